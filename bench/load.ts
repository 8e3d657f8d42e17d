/**
 * Load and soak (HOSTILE-INPUTS.md section 5, PERFORMANCE-BASELINES.md section 4): the real server (production
 * config, rate limiting off) as a child process (pinned to core 0 with taskset unless --no-pin), autocannon with
 * `--connections` (default 50) for `--seconds` (default 60) on 127.0.0.1, 90 % valid requests (a typical 20 KB
 * generated declaration) and 10 % hostile ones taken from the hostile corpus (test/hostile/corpus.ts: every API
 * case that is a plain POST to /v1/check).
 *
 *   node bench/run.mjs bench/load.ts [--seconds 60] [--connections 50] [--hostile 0.1] [--exclude ID,ID] [--no-pin]
 *                                    [--workers N] [--warm-up S] [--strict] [--out name]
 *
 * Reports status counts, 5xx, socket errors and timeouts, unexpected statuses for hostile requests, the latency of
 * valid requests alone (p50/p99, timed per request here), server event-loop delay p99 (perf_hooks
 * .monitorEventLoopDelay, over IPC), RSS and heapUsed samples with their slope (MB/min, least squares) after the
 * warm-up (`--warm-up`, default a third of the run, at most 120 s), and the server's worker-pool counters.
 *
 * Targets (HOSTILE-INPUTS.md section 5): no 5xx, socket errors or timeouts (the hard checks: exit 1 when one
 * fails); event-loop delay p99 under 100 ms; RSS flat after warm-up (slope under 1 MB/min). With `--strict` a missed
 * target also makes the exit code 1. `--workers N` sets the server's worker threads (0: checks on the event loop,
 * as before the pool); the worker entry is built next to the bench bundle. test/hostile/load-short.test.ts runs it
 * for 5 s at c=4.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CASES, type HostileCase } from '../test/hostile/corpus.js';
import { generateDocument } from './generate.js';
import { machine } from './lib/measure.js';
import { installProbe, spawnServer, workerArgs, workersFromArgs, writeResults, HAS_TASKSET } from './baseline-server.js';

const SCRIPT = fileURLToPath(import.meta.url);

interface Planned {
  id: string;
  hostile: boolean;
  expected: number;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The hostile requests: API cases that are a plain POST to /v1/check on the default app. Over-limit bodies (413)
 * are left out: the server answers them from the headers and closes the connection without reading the body, as
 * HTTP allows, so a load generator still writing that body sees a reset that is not a server fault. The corpus
 * tests (test/hostile/) cover them one by one.
 */
function hostileRequests(exclude: ReadonlySet<string>): Planned[] {
  const usable = (c: HostileCase) =>
    c.api !== null && c.input !== undefined && c.api.status !== 413 && !c.api.app && !c.api.realSocket && !c.api.repeat && !c.api.method && !c.api.url && !c.twin && !exclude.has(c.id);
  return CASES.filter(usable).map((c) => {
    const input = c.input!();
    const api = c.api!;
    const headers: Record<string, string> = { ...(api.headers ?? {}) };
    const contentType = api.contentType === undefined ? (input.format === 'yaml' ? 'application/yaml' : 'application/json') : api.contentType;
    if (contentType !== null) headers['content-type'] = contentType;
    return { id: c.id, hostile: true, expected: api.status, path: `/v1/check?date=2029-04-01${c.format ? `&format=${c.format}` : ''}`, headers, body: input.bytes };
  });
}

async function childMain(): Promise<void> {
  const { startServer } = await import('../server/main.js');
  const server = await startServer({ host: '127.0.0.1', port: 0, rateLimit: false, handleSignals: true, workers: workersFromArgs() });
  installProbe({ pool: () => server.app.declarationPool.stats() });
  process.send!({ url: server.url });
}

/** Least-squares slope of y over t (seconds), per minute; NaN with fewer than 3 points. */
function slopePerMinute(points: readonly { t: number; y: number }[]): number {
  if (points.length < 3) return NaN;
  const n = points.length;
  const mt = points.reduce((a, p) => a + p.t, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const num = points.reduce((a, p) => a + (p.t - mt) * (p.y - my), 0);
  const den = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  return den === 0 ? NaN : (num / den) * 60;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface PoolStats {
  mode: string;
  threads: number;
  alive: number;
  maxQueue: number;
  taskTimeoutMs: number;
  queued: number;
  completed: number;
  refused: number;
  timedOut: number;
  failed: number;
  abandoned: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      connections: { type: 'string', default: '50' },
      hostile: { type: 'string', default: '0.1' },
      exclude: { type: 'string', default: '' },
      'no-pin': { type: 'boolean', default: false },
      out: { type: 'string', default: 'load' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string' },
      'warm-up': { type: 'string' },
      strict: { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const warmUp = values['warm-up'] !== undefined ? Number(values['warm-up']) : Math.min(120, seconds / 3);
  const connections = Number(values.connections);
  const hostileShare = Number(values.hostile);
  const pin = !values['no-pin'] && HAS_TASKSET;

  const valid: Planned = { id: 'valid', hostile: false, expected: 200, path: '/v1/check?date=2029-04-01', headers: { 'content-type': 'application/json' }, body: Buffer.from(generateDocument({ seed: Number(values.seed), size: 'typical', format: 'json' }).text) };
  const hostile = hostileRequests(new Set(values.exclude.split(',').filter(Boolean)));
  process.stderr.write(`load: ${seconds} s, c=${connections}, ${Math.round(hostileShare * 100)} % hostile from ${hostile.length} corpus cases, server pinned: ${pin}\n`);

  const server = await spawnServer(SCRIPT, 'real', pin ? '0' : null, await workerArgs(values.workers), { CAMPAIGNCHECK_LOG_LEVEL: process.env.CAMPAIGNCHECK_LOG_LEVEL ?? 'warn' });
  const poolBefore = await server.ask<PoolStats>('pool');
  process.stderr.write(`server: checks ${poolBefore.mode === 'workers' ? `on ${poolBefore.threads} worker thread(s), queue ${poolBefore.maxQueue}, time limit ${poolBefore.taskTimeoutMs} ms` : 'in-process'}\n`);
  const rss: { t: number; rssMb: number; heapUsedMb: number }[] = [];
  const started = Date.now();
  // About 30 samples over the run (every 1 to 10 s), enough for a slope.
  const sampleEvery = Math.max(1000, Math.min(10_000, (seconds * 1000) / 30));
  const sampler = setInterval(() => {
    void server.ask<NodeJS.MemoryUsage>('mem').then((m) => rss.push({ t: (Date.now() - started) / 1000, rssMb: m.rss / 1048576, heapUsedMb: m.heapUsed / 1048576 }));
  }, sampleEvery);

  const statuses: Record<string, number> = {};
  const unexpected: Record<string, number> = {};
  let sent = 0;
  // Deterministic mix: every 1/share-th request is hostile, cycling through the corpus.
  const period = hostileShare > 0 ? Math.round(1 / hostileShare) : Infinity;
  // Latency of valid requests alone: each connection sends one request at a time, so its queue is in order.
  const validLatencies: number[] = [];
  let result: { errors: number; timeouts: number; requests: { total: number; average: number }; latency: { p50: number; p99: number } };
  try {
    const spec: string = 'autocannon'; // untyped package: loaded by name
    const { default: autocannon } = (await import(spec)) as { default: (options: Record<string, unknown>) => Promise<unknown> };
    await server.ask('eld'); // reset: measure the run only
    const instance = autocannon({
      url: server.url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
            const n = sent++;
            const plan = n % period === period - 1 && hostile.length > 0 ? hostile[Math.floor(n / period) % hostile.length]! : valid;
            const queue = (context.queue as { plan: Planned; at: number }[] | undefined) ?? [];
            queue.push({ plan, at: performance.now() });
            context.queue = queue;
            return { ...req, method: 'POST', path: plan.path, headers: plan.headers, body: plan.body };
          },
          onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
            const sent = (context.queue as { plan: Planned; at: number }[] | undefined)?.shift();
            const plan = sent?.plan;
            if (sent && !plan!.hostile) validLatencies.push(performance.now() - sent.at);
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (plan && status !== plan.expected) {
              const key = `${plan.id}: ${status} (expected ${plan.expected})`;
              unexpected[key] = (unexpected[key] ?? 0) + 1;
            }
          },
        },
      ],
    });
    result = (await instance) as unknown as typeof result;
  } finally {
    clearInterval(sampler);
  }
  const eld = await server.ask<{ p50Ms: number; p99Ms: number; maxMs: number; meanMs: number }>('eld');
  const mem = await server.ask<NodeJS.MemoryUsage>('mem');
  const pool = await server.ask<PoolStats>('pool');
  await server.stop();

  const fiveXx = Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce((a, [, c]) => a + c, 0);
  const socketErrors = result.errors;
  const ok = fiveXx === 0 && socketErrors === 0 && result.timeouts === 0;
  validLatencies.sort((a, b) => a - b);
  const validStats = { count: validLatencies.length, p50Ms: percentile(validLatencies, 50), p99Ms: percentile(validLatencies, 99), maxMs: validLatencies.at(-1) ?? NaN };
  const afterWarmUp = rss.filter((s) => s.t >= warmUp);
  const rssSlope = slopePerMinute(afterWarmUp.map((s) => ({ t: s.t, y: s.rssMb })));
  const heapSlope = slopePerMinute(afterWarmUp.map((s) => ({ t: s.t, y: s.heapUsedMb })));
  const targets = {
    eventLoopDelayP99: { value: eld.p99Ms, target: '< 100 ms', met: eld.p99Ms < 100 },
    rssFlat: { value: rssSlope, target: '< 1 MB/min after warm-up', met: Number.isFinite(rssSlope) && rssSlope < 1 },
  };
  const targetsMet = Object.values(targets).every((t) => t.met);
  const out = {
    date: new Date().toISOString(),
    machine: machine(),
    settings: { seconds, connections, hostileShare, hostileCases: hostile.map((h) => h.id), pinned: pin, warmUpSeconds: warmUp, sampleEveryMs: sampleEvery },
    requests: result.requests,
    latency: result.latency,
    validLatency: validStats,
    statuses,
    fiveXx,
    socketErrors,
    timeouts: result.timeouts,
    unexpected,
    eventLoopDelay: eld,
    rss,
    rssSlopeMbPerMin: rssSlope,
    heapUsedSlopeMbPerMin: heapSlope,
    final: { rssMb: mem.rss / 1048576, heapUsedMb: mem.heapUsed / 1048576 },
    pool,
    targets,
    targetsMet,
    ok,
  };
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const md = [
    '# Load and soak',
    '',
    `${out.date}; ${seconds} s, c=${connections}, ${Math.round(hostileShare * 100)} % hostile requests from ${hostile.length} corpus cases; server pinned: ${pin}. Noisy shared box.`,
    '',
    `- server: checks ${pool.mode === 'workers' ? `on ${pool.threads} worker thread(s) (queue ${pool.maxQueue}, time limit ${pool.taskTimeoutMs} ms)` : 'in-process'}`,
    `- requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; valid requests alone (${validStats.count}): p50 ${f(validStats.p50Ms, 0)} ms, p99 ${f(validStats.p99Ms, 0)} ms`,
    `- statuses: ${JSON.stringify(statuses)}`,
    `- **5xx: ${fiveXx}**, **socket errors: ${socketErrors}**, **timeouts: ${result.timeouts}**`,
    `- unexpected statuses: ${Object.keys(unexpected).length === 0 ? 'none' : JSON.stringify(unexpected)}`,
    `- server event-loop delay: p50 ${eld.p50Ms.toFixed(1)} ms, p99 ${eld.p99Ms.toFixed(1)} ms (target < 100 ms: ${targets.eventLoopDelayP99.met ? 'met' : 'missed'}), max ${eld.maxMs.toFixed(0)} ms`,
    `- RSS samples (MB): ${rss.map((s) => `${s.t.toFixed(0)}s ${s.rssMb.toFixed(0)}`).join(', ')}; final RSS ${out.final.rssMb.toFixed(0)} MB, heapUsed ${out.final.heapUsedMb.toFixed(0)} MB (main thread)`,
    `- after the ${warmUp.toFixed(0)} s warm-up (${afterWarmUp.length} samples): RSS slope ${f(rssSlope, 2)} MB/min (target < 1: ${targets.rssFlat.met ? 'met' : 'missed'}), heapUsed slope ${f(heapSlope, 2)} MB/min`,
    `- worker pool: completed ${pool.completed}, refused (queue full) ${pool.refused}, stopped at the time limit ${pool.timedOut}, failed ${pool.failed}, abandoned ${pool.abandoned}; threads alive at the end ${pool.alive}`,
    '',
    ok ? 'PASS: no 5xx, socket errors or timeouts.' : 'FAIL: 5xx, socket errors or timeouts (see above).',
    targetsMet ? 'Targets met: event-loop delay p99, RSS flat.' : `Targets missed: ${Object.entries(targets).filter(([, t]) => !t.met).map(([k]) => k).join(', ')}${values.strict ? '' : ' (exit code unaffected without --strict)'}.`,
    '',
  ].join('\n');
  writeResults(values.out, out, md);
  process.stdout.write(md);
  process.exit(ok && (targetsMet || !values.strict) ? 0 : 1);
}

if (process.argv.includes('--child')) await childMain();
else await main();
