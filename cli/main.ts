// The executable's entry: the only module that touches `process` (argv, streams, TTY flags, env, exit code, signals).
import { run } from './run.js';

const stop = new AbortController();
const onSignal = (signal: NodeJS.Signals): void => {
  if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: stop now
  stop.abort(signal);
};
process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
const { stdout, stderr } = process;
process.exitCode = await run(process.argv.slice(2), {
  stdout, stderr, get stdin() { return process.stdin; }, stdoutIsTTY: stdout.isTTY === true, stderrIsTTY: stderr.isTTY === true,
  get stdinIsTTY() { return process.stdin.isTTY === true; }, env: process.env, cwd: process.cwd(), signal: stop.signal, columns: stdout.columns ?? stderr.columns,
});
process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
