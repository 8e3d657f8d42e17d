/**
 * The bare-Fastify baseline for the API benchmarks (PERFORMANCE-BASELINES.md section 5.2), and the harness
 * helpers that bench/api.ts and bench/load.ts share: servers started as child processes pinned with taskset, their
 * CPU time and event-loop delay fetched over IPC, and autocannon run in a child pinned to the other core.
 *
 *   node bench/run.mjs bench/baseline-server.ts [--port 3100]   # the baseline on its own
 *
 * The baseline parses the same JSON payload (JSON.parse of the raw body, as the real server parses raw bytes)
 * and sends a small JSON reply, logger off. The IPC handlers exist only in these bench child processes; the
 * server code (server/) has no debug endpoint.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file (bundled into bench/.build/) with a package.json. */
export const ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
export const RESULTS_DIR = join(ROOT, 'bench', 'results');
export const HAS_TASKSET = existsSync('/usr/bin/taskset') || existsSync('/bin/taskset');

/** Starts the bare Fastify baseline on 127.0.0.1. */
export async function startBaseline(port: number): Promise<{ url: string; close(): Promise<void> }> {
  const { default: fastify } = await import('fastify');
  const app = fastify({ logger: false, bodyLimit: 1_048_576 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/v1/check', async (request, reply) => {
    const value = JSON.parse((request.body as Buffer).toString('utf8')) as Record<string, unknown>;
    reply.header('content-type', 'application/json; charset=utf-8');
    return `{"ok":true,"keys":${Object.keys(value).length}}`;
  });
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${bound}`, close: () => app.close() };
}

/**
 * Builds the server's worker entry (server/worker.ts) next to the bench bundles, as scripts/build.mjs builds
 * dist/server-worker.js: the bench bundles are single files, so the server they contain finds no worker module
 * of its own and would otherwise run the checks in-process. Returns the file to pass as `workers.workerFile`.
 */
export async function buildServerWorker(): Promise<string> {
  const { build } = await import('esbuild'); // a devDependency: external to the bench bundle, loaded when needed
  const outfile = join(ROOT, 'bench', '.build', 'server-worker.mjs');
  await build({
    entryPoints: [join(ROOT, 'server', 'worker.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}

/**
 * The worker-pool options a server child gets from its arguments: `--worker-file <path>` and `--workers <n>`
 * (bench/api.ts and bench/load.ts pass them). Without them the server's own defaults apply.
 */
export function workersFromArgs(argv: readonly string[] = process.argv): { workerFile?: string; threads?: number } {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const workerFile = value('--worker-file');
  const threads = value('--workers');
  return { ...(workerFile ? { workerFile } : {}), ...(threads !== undefined ? { threads: Number(threads) } : {}) };
}

/** The arguments that carry the pool options to a server child (see workersFromArgs). */
export async function workerArgs(threads: string | undefined): Promise<string[]> {
  if (threads === '0') return ['--workers', '0'];
  return ['--worker-file', await buildServerWorker(), ...(threads !== undefined ? ['--workers', threads] : [])];
}

/**
 * CPU time of this process's main thread alone (the event loop, without worker threads), in µs: the first field of
 * /proc/self/task/<pid>/schedstat (ns on the CPU). NaN where there is no such file (not Linux).
 */
export function mainThreadCpuUs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
  } catch {
    return NaN;
  }
}

/**
 * Installs the IPC probe in a child server process: cpu (the whole process, worker threads included), event-loop
 * delay, the main thread's CPU time (mainCpu), memory, and any `extra` operations
 * (the real server adds `pool`, its worker-pool counters).
 */
export function installProbe(extra: Record<string, () => unknown> = {}): void {
  if (!process.send) return;
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  process.on('message', (message: { id: number; op: string }) => {
    let value: unknown;
    if (message.op === 'cpu') value = process.cpuUsage();
    else if (message.op === 'eld') {
      value = { p50Ms: eld.percentile(50) / 1e6, p99Ms: eld.percentile(99) / 1e6, maxMs: eld.max / 1e6, meanMs: eld.mean / 1e6 };
      eld.reset();
    } else if (message.op === 'mem') value = process.memoryUsage();
    else if (message.op === 'mainCpu') value = mainThreadCpuUs();
    else if (Object.hasOwn(extra, message.op)) value = extra[message.op]!();
    else if (message.op === 'exit') {
      process.exit(0);
    }
    process.send!({ id: message.id, value });
  });
}

/** A server child process (this bundle re-run with --child <kind>), pinned to `cpu` with taskset when it exists. */
export interface ChildServer {
  url: string;
  child: ChildProcess;
  ask<T>(op: 'cpu' | 'eld' | 'mem' | 'pool' | 'mainCpu'): Promise<T>;
  stop(): Promise<void>;
}

export async function spawnServer(script: string, kind: string, cpu: string | null, extraArgs: string[] = [], env: Record<string, string> = {}): Promise<ChildServer> {
  const nodeArgs = [script, '--child', kind, ...extraArgs];
  const [cmd, args] = cpu !== null && HAS_TASKSET ? ['taskset', ['-c', cpu, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { ...process.env, ...env } });
  let next = 1;
  const pending = new Map<number, (value: unknown) => void>();
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.on('message', (message: { id?: number; value?: unknown; url?: string }) => {
      if (message.url) resolve(message.url);
      else if (message.id !== undefined) {
        pending.get(message.id)?.(message.value);
        pending.delete(message.id);
      }
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    child,
    ask<T>(op: 'cpu' | 'eld' | 'mem' | 'pool' | 'mainCpu'): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve) => {
        pending.set(id, resolve as (v: unknown) => void);
        child.send({ id, op });
      });
    },
    async stop(): Promise<void> {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** What the autocannon child prints. */
export interface CannonResult {
  requests: { average: number; mean: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
}

export interface CannonConfig {
  url: string;
  bodyFile: string;
  contentType: string;
  connections: number;
  duration: number;
}

/** Runs autocannon in a child process (this bundle with --cannon), pinned to `cpu`. */
export async function runCannon(script: string, config: CannonConfig, cpu: string | null): Promise<CannonResult> {
  const nodeArgs = [script, '--cannon', JSON.stringify(config)];
  const [cmd, args] = cpu !== null && HAS_TASKSET ? ['taskset', ['-c', cpu, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`autocannon child exited with ${code}`);
  return JSON.parse(out) as CannonResult;
}

/** The --cannon side: one autocannon run, its result as JSON on stdout. */
export async function cannonMain(configJson: string): Promise<void> {
  const config = JSON.parse(configJson) as CannonConfig;
  const { readFileSync } = await import('node:fs');
  const spec: string = 'autocannon'; // untyped package: loaded by name
  const { default: autocannon } = (await import(spec)) as { default: (options: Record<string, unknown>) => Promise<unknown> };
  const body = readFileSync(config.bodyFile);
  const result = await autocannon({
    url: config.url,
    method: 'POST',
    connections: config.connections,
    duration: config.duration,
    headers: { 'content-type': config.contentType },
    body,
  });
  const r = result as unknown as CannonResult;
  process.stdout.write(JSON.stringify({ requests: r.requests, latency: r.latency, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, duration: r.duration, statusCodeStats: r.statusCodeStats }));
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function writeResults(name: string, json: unknown, markdown: string): { json: string; md: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const jsonPath = join(RESULTS_DIR, `${name}.json`);
  const mdPath = join(RESULTS_DIR, `${name}.md`);
  writeFileSync(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(mdPath, markdown);
  return { json: jsonPath, md: mdPath };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Run on its own: node bench/run.mjs bench/baseline-server.ts [--port N] (also the --child baseline of api.ts).
if (/baseline-server\.m?js$/.test(process.argv[1] ?? '')) {
  const at = process.argv.indexOf('--port');
  const port = at === -1 ? 3100 : Number(process.argv[at + 1]);
  const server = await startBaseline(port);
  process.stderr.write(`baseline listening on ${server.url}\n`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}
