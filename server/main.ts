/**
 * Starts the HTTP API: builds the app (server/app.ts), listens, and shuts down gracefully. `campaigncheck serve`
 * calls startServer; `node dist/server.js` runs it directly. The only server file that touches `process`.
 *
 * Graceful shutdown (SIGTERM/SIGINT, or the `signal` option aborting, or `close()`): the server stops accepting
 * connections, idle keep-alive connections are closed, requests already in flight finish, and requests that
 * still arrive on open connections get 503 (Fastify's return503OnClosing). Connections still open after
 * `shutdownTimeoutMs` (default 9 s) are destroyed; when startServer owns the process signals, the process is
 * made to exit by 10 s whatever happens.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ConfigError, DEFAULTS, optionsFromEnv, type AppOptions, type Env, type ListenOptions } from './config.js';

export interface StartOptions extends AppOptions, ListenOptions {
  /** Close the server when this aborts (the CLI passes one; startServer then leaves process signals alone). */
  signal?: AbortSignal;
  /** Close on SIGTERM/SIGINT and exit the process. Default: true when no `signal` is given. */
  handleSignals?: boolean;
  /** After this, connections still open are destroyed (ms). Default 9,000. */
  shutdownTimeoutMs?: number;
  /** Environment to read CAMPAIGNCHECK_* variables from. Default process.env. Explicit options win. */
  env?: Env;
}

export interface RunningServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  host: string;
  port: number;
  /** Graceful close; idempotent. Resolves when every connection is closed. */
  close(): Promise<void>;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { signal, handleSignals, shutdownTimeoutMs, env, ...rest } = options;
  const merged: AppOptions & ListenOptions = { ...optionsFromEnv(env ?? process.env), ...definedOnly(rest) };
  const { host = DEFAULTS.host, port = DEFAULTS.port, ...appOptions } = merged;
  const app = await buildApp({ ...appOptions, logLevel: appOptions.logLevel ?? DEFAULTS.serverLogLevel });
  const grace = shutdownTimeoutMs ?? DEFAULTS.shutdownTimeoutMs - 1000;

  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let removeSignalHandlers = (): void => undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const force = setTimeout(() => {
        app.log.warn('shutdown: closing the connections still open');
        app.server.closeAllConnections();
      }, grace);
      force.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(force);
        removeSignalHandlers();
      }
    })();
    return closing;
  };

  if (signal) {
    if (signal.aborted) void close();
    else signal.addEventListener('abort', () => void close(), { once: true });
  }

  if (handleSignals ?? signal === undefined) {
    const onSignal = (name: NodeJS.Signals) => {
      removeSignalHandlers();
      app.log.info({ signal: name }, 'shutting down');
      const hardStop = setTimeout(() => {
        app.log.error('shutdown did not finish in time; exiting');
        process.exit(1);
      }, DEFAULTS.shutdownTimeoutMs - 500);
      hardStop.unref();
      close().then(
        () => {
          process.exitCode ??= 0;
        },
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        },
      );
    };
    removeSignalHandlers = () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  return { app, url: `http://${urlHost}:${boundPort}`, host, port: boundPort, close };
}

/** `node dist/server.js`: options from CAMPAIGNCHECK_* only. Exit 2 on a configuration or listen error. */
async function main(): Promise<void> {
  try {
    await startServer({ handleSignals: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const message = error instanceof ConfigError ? error.message : `could not start: ${e.code ?? e.message}`;
    process.stderr.write(`campaigncheck server: error: ${message}\n`);
    process.exitCode = 2;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) void main();
