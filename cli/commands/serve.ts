/**
 * `campaigncheck serve`: starts the HTTP service from server/main.ts (loaded only now, so the CLI's other commands
 * never load the server or Fastify). Stops cleanly on SIGINT/SIGTERM.
 */
import { COMMON_OPTIONS, parse, positiveInt, UsageError } from '../args.js';
import { ExitCode } from '../exit-codes.js';
import { say, type CliIo } from '../io.js';

const OPTIONS = { ...COMMON_OPTIONS, host: { type: 'string' }, port: { type: 'string', short: 'p' } } as const;

export interface ServeOptions {
  host: string;
  port: number;
}

function parsedQuiet(args: string[]): boolean | undefined {
  return parse('serve', args, OPTIONS, false).values.quiet;
}

export function serveOptions(args: string[], io: CliIo): ServeOptions {
  const { values } = parse('serve', args, OPTIONS, false);
  const host = values.host ?? io.env.CAMPAIGNCHECK_HOST ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty.', 'serve');
  const portText = values.port ?? io.env.CAMPAIGNCHECK_PORT ?? '3000';
  const port = portText === '0' ? 0 : positiveInt('serve', values.port !== undefined ? '--port' : 'CAMPAIGNCHECK_PORT', portText, 65535);
  return { host, port };
}

interface RunningServer {
  url?: string;
  close?: () => Promise<unknown> | unknown;
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const options = serveOptions(args, io);
  let startServer: ((options: ServeOptions & { signal?: AbortSignal; env?: CliIo['env'] }) => Promise<unknown>) | undefined;
  try {
    const suffix = '';
    const module = (await import(`../../server/main${suffix}.ts`)) as { startServer?: typeof startServer };
    startServer = module.startServer;
  } catch (error) {
    await say(io, `campaigncheck serve: error: the HTTP service is not available in this build (${(error as Error).message}).`);
    return ExitCode.Error;
  }
  if (typeof startServer !== 'function') {
    await say(io, 'campaigncheck serve: error: server/main.ts does not export startServer.');
    return ExitCode.Error;
  }
  let server: RunningServer | undefined;
  try {
    server = (await startServer({ ...options, env: io.env, ...(io.signal ? { signal: io.signal } : {}) })) as RunningServer | undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    await say(io, `campaigncheck serve: error: could not start on ${options.host}:${options.port}: ${e.code ?? e.message}.`);
    return ExitCode.Error;
  }
  if (parsedQuiet(args) !== true) await say(io, `campaigncheck: listening on ${server?.url ?? `http://${options.host}:${options.port}`} (Ctrl-C to stop)`);
  if (io.signal && typeof server?.close === 'function') {
    if (!io.signal.aborted) await new Promise<void>((resolve) => io.signal!.addEventListener('abort', () => resolve(), { once: true }));
    await server.close();
  }
  return ExitCode.Ok;
}
