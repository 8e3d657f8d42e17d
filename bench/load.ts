/**
 * Load and soak (HOSTILE-INPUTS.md section 5, PERFORMANCE-BASELINES.md section 4): the real server (production
 * config, rate limiting off) as a child process (pinned to core 0 with taskset unless --no-pin), autocannon with
 * `--connections` (default 50) for `--seconds` (default 60) on 127.0.0.1, 90 % valid requests (a typical 20 KB
 * generated declaration) and 10 % hostile ones taken from the hostile corpus (test/hostile/corpus.ts: every API
 * case that is a plain POST to /v1/check).
 *
 *   node bench/run.mjs bench/load.ts [--seconds 60] [--connections 50] [--hostile 0.1] [--exclude ID,ID] [--no-pin] [--out name]
 *
 * Reports status counts, 5xx, socket errors and timeouts, unexpected statuses for hostile requests, server
 * event-loop delay p99 (perf_hooks.monitorEventLoopDelay, over IPC) and RSS samples. Exits 1 on any 5xx, socket
 * error or timeout. test/hostile/load-short.test.ts runs it for 5 s at c=4.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CASES, type HostileCase } from '../test/hostile/corpus.js';
import { generateDocument } from './generate.js';
import { machine } from './lib/measure.js';
import { installProbe, spawnServer, writeResults, HAS_TASKSET } from './baseline-server.js';

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
  installProbe();
  const { startServer } = await import('../server/main.js');
  const server = await startServer({ host: '127.0.0.1', port: 0, rateLimit: false, handleSignals: true });
  process.send!({ url: server.url });
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
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const hostileShare = Number(values.hostile);
  const pin = !values['no-pin'] && HAS_TASKSET;

  const valid: Planned = { id: 'valid', hostile: false, expected: 200, path: '/v1/check?date=2029-04-01', headers: { 'content-type': 'application/json' }, body: Buffer.from(generateDocument({ seed: Number(values.seed), size: 'typical', format: 'json' }).text) };
  const hostile = hostileRequests(new Set(values.exclude.split(',').filter(Boolean)));
  process.stderr.write(`load: ${seconds} s, c=${connections}, ${Math.round(hostileShare * 100)} % hostile from ${hostile.length} corpus cases, server pinned: ${pin}\n`);

  const server = await spawnServer(SCRIPT, 'real', pin ? '0' : null, [], { CAMPAIGNCHECK_LOG_LEVEL: process.env.CAMPAIGNCHECK_LOG_LEVEL ?? 'warn' });
  const rss: { t: number; rssMb: number; heapUsedMb: number }[] = [];
  const started = Date.now();
  const sampleEvery = Math.max(1000, Math.min(10_000, (seconds * 1000) / 10));
  const sampler = setInterval(() => {
    void server.ask<NodeJS.MemoryUsage>('mem').then((m) => rss.push({ t: (Date.now() - started) / 1000, rssMb: m.rss / 1048576, heapUsedMb: m.heapUsed / 1048576 }));
  }, sampleEvery);

  const statuses: Record<string, number> = {};
  const unexpected: Record<string, number> = {};
  let sent = 0;
  // Deterministic mix: every 1/share-th request is hostile, cycling through the corpus.
  const period = hostileShare > 0 ? Math.round(1 / hostileShare) : Infinity;
  const inFlight = new Map<unknown, Planned[]>();
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
            const queue = (context.queue as Planned[] | undefined) ?? [];
            queue.push(plan);
            context.queue = queue;
            return { ...req, method: 'POST', path: plan.path, headers: plan.headers, body: plan.body };
          },
          onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
            const plan = (context.queue as Planned[] | undefined)?.shift();
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (plan && status !== plan.expected) {
              const key = `${plan.id}: ${status} (expected ${plan.expected})`;
              unexpected[key] = (unexpected[key] ?? 0) + 1;
            }
          },
        },
      ],
    });
    void inFlight;
    result = (await instance) as unknown as typeof result;
  } finally {
    clearInterval(sampler);
  }
  const eld = await server.ask<{ p50Ms: number; p99Ms: number; maxMs: number; meanMs: number }>('eld');
  const mem = await server.ask<NodeJS.MemoryUsage>('mem');
  await server.stop();

  const fiveXx = Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce((a, [, c]) => a + c, 0);
  const socketErrors = result.errors;
  const ok = fiveXx === 0 && socketErrors === 0 && result.timeouts === 0;
  const out = {
    date: new Date().toISOString(),
    machine: machine(),
    settings: { seconds, connections, hostileShare, hostileCases: hostile.map((h) => h.id), pinned: pin },
    requests: result.requests,
    latency: result.latency,
    statuses,
    fiveXx,
    socketErrors,
    timeouts: result.timeouts,
    unexpected,
    eventLoopDelay: eld,
    rss,
    final: { rssMb: mem.rss / 1048576, heapUsedMb: mem.heapUsed / 1048576 },
    ok,
  };
  const md = [
    '# Load and soak',
    '',
    `${out.date}; ${seconds} s, c=${connections}, ${Math.round(hostileShare * 100)} % hostile requests from ${hostile.length} corpus cases; server pinned: ${pin}. Noisy shared box.`,
    '',
    `- requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    `- statuses: ${JSON.stringify(statuses)}`,
    `- **5xx: ${fiveXx}**, **socket errors: ${socketErrors}**, **timeouts: ${result.timeouts}**`,
    `- unexpected statuses: ${Object.keys(unexpected).length === 0 ? 'none' : JSON.stringify(unexpected)}`,
    `- server event-loop delay: p50 ${eld.p50Ms.toFixed(1)} ms, p99 ${eld.p99Ms.toFixed(1)} ms (target < 100 ms), max ${eld.maxMs.toFixed(0)} ms`,
    `- RSS samples (MB): ${rss.map((s) => `${s.t.toFixed(0)}s ${s.rssMb.toFixed(0)}`).join(', ')}; final RSS ${out.final.rssMb.toFixed(0)} MB, heapUsed ${out.final.heapUsedMb.toFixed(0)} MB`,
    '',
    ok ? 'PASS: no 5xx, socket errors or timeouts.' : 'FAIL: 5xx, socket errors or timeouts (see above).',
    '',
  ].join('\n');
  writeResults(values.out, out, md);
  process.stdout.write(md);
  process.exit(ok ? 0 : 1);
}

if (process.argv.includes('--child')) await childMain();
else await main();
