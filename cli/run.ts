/**
 * The CLI as a function: `run(argv, io)` returns the exit code and touches nothing but `io`, so tests call it
 * in-process. Commands are loaded with dynamic import(), so `--version` and `--help` load almost nothing.
 */
import { TOOL_VERSION } from '../core/version.js';
import { UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { HELP } from './help.js';
import { write, type CliIo } from './io.js';

export type { CliIo } from './io.js';

export type CommandFn = (args: string[], io: CliIo) => Promise<number>;

/** The commands, in help order. Each module exports `command`. */
const COMMANDS: Record<string, () => Promise<{ command: CommandFn }>> = {
  check: () => import('./commands/check.js'),
  validate: () => import('./commands/validate.js'),
  rules: () => import('./commands/rules.js'),
  explain: () => import('./commands/explain.js'),
  init: () => import('./commands/init.js'),
  schema: () => import('./commands/schema.js'),
  screen: () => import('./commands/screen.js'),
  diff: () => import('./commands/diff.js'),
  serve: () => import('./commands/serve.js'),
};

export const COMMAND_NAMES = Object.keys(COMMANDS);

/** Exit code for a run stopped by SIGINT or SIGTERM. */
export const INTERRUPTED = 130;

function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** The did-you-mean is loaded only when a command or option is mistyped. */
async function didYouMean(value: string, candidates: readonly string[]): Promise<string> {
  return (await import('./args.js')).didYouMean(value, candidates);
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let brokenPipe = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') brokenPipe = true;
  };
  io.stdout.on('error', onStdoutError);
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      await write(io.stderr, `${HELP.main}\n`);
      return ExitCode.Error;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      await write(io.stdout, `${TOOL_VERSION}\n`);
      return ExitCode.Ok;
    }
    if (first === '--help' || first === '-h') {
      await write(io.stdout, `${HELP.main}\n`);
      return ExitCode.Ok;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        await write(io.stdout, `${HELP.main}\n`);
        return ExitCode.Ok;
      }
      if (!Object.hasOwn(COMMANDS, topic)) throw new UsageError(`unknown command "${topic}".${await didYouMean(topic, COMMAND_NAMES)}`);
      await write(io.stdout, `${HELP[topic]}\n`);
      return ExitCode.Ok;
    }
    if (first.startsWith('-')) {
      throw new UsageError(`unknown option ${first.split('=')[0]}; options come after the command.${await didYouMean(first, ['--help', '--version'])}`);
    }
    if (!Object.hasOwn(COMMANDS, first)) {
      throw new UsageError(`unknown command "${first}".${await didYouMean(first, COMMAND_NAMES)} Commands: ${COMMAND_NAMES.join(', ')}.`);
    }
    if (wantsHelp(rest)) {
      await write(io.stdout, `${HELP[first]}\n`);
      return ExitCode.Ok;
    }
    const { command } = await COMMANDS[first]!();
    const code = await command(rest, io);
    // A signal is how `serve` is meant to stop; for other commands it means the work was cut short.
    return io.signal?.aborted && first !== 'serve' ? INTERRUPTED : code;
  } catch (error) {
    if (brokenPipe || (error as NodeJS.ErrnoException).code === 'EPIPE') return ExitCode.Error;
    if (error instanceof UsageError) {
      const where = error.command ? `campaigncheck ${error.command}` : 'campaigncheck';
      await write(io.stderr, `${where}: error: ${error.message}\nRun "${where} --help" for usage.\n`);
      return ExitCode.Error;
    }
    const e = error as Error;
    const detail = io.env.CAMPAIGNCHECK_DEBUG ? `\n${e.stack ?? ''}` : '';
    await write(io.stderr, `campaigncheck: internal error: ${e.message}${detail}\nThis is a fault in campaigncheck; please report it (set CAMPAIGNCHECK_DEBUG=1 for details).\n`);
    return ExitCode.Error;
  } finally {
    io.stdout.off('error', onStdoutError);
  }
}
