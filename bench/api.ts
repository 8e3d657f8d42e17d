/**
 * API throughput against bare Fastify (PERFORMANCE-BASELINES.md sections 4 and 5): the real server (production
 * config, rate limiting off) and bench/baseline-server.ts, each a child process pinned to core 0 with taskset,
 * autocannon in a child pinned to core 1, rounds interleaved A B A B on 127.0.0.1, c=50, POST /v1/check with a
 * typical 20 KB generated declaration (bench/generate.ts), as JSON and with ?format=html.
 *
 *   node bench/run.mjs bench/api.ts [--rounds 3] [--warmup 3] [--seconds 5] [--connections 50] [--quick]
 *                                   [--log-level info|silent] [--no-pin] [--workers N]
 *
 * The real server runs its checks on its worker pool (server/pool.ts), with the worker entry built next to the
 * bench bundle (bench/.build/server-worker.mjs); `--workers N` sets the thread count (default: the server's own,
 * one fewer than the CPUs the process may use, so 1 when pinned to one core), `--workers 0` runs them on the
 * event loop as before the pool.
 *
 * Reports req/s, p50/p99, non-2xx, server CPU µs/request (process.cpuUsage() over the measured window, fetched
 * over IPC: the whole process, worker threads included) and the main thread's share of it (Linux schedstat: the
 * HTTP side of the work, without the worker threads), with ratios against the baseline (targets:
 * JSON >= 0.6x, HTML >= 0.25x, CPU <= 2x). Writes bench/results/api.json and api.md. Exits 1 when a hard check fails
 * (non-2xx, errors, timeouts).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateDocument } from './generate.js';
import { machine } from './lib/measure.js';
import { cannonMain, installProbe, median, runCannon, sleep, spawnServer, startBaseline, workerArgs, workersFromArgs, writeResults, HAS_TASKSET, type ChildServer } from './baseline-server.js';

const SCRIPT = fileURLToPath(import.meta.url);

async function childMain(kind: string, logLevel: string): Promise<void> {
  if (kind === 'baseline') {
    installProbe();
    const server = await startBaseline(0);
    process.send!({ url: server.url });
    process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
    return;
  }
  const { startServer } = await import('../server/main.js');
  // Production config from the environment, with rate limiting off so the load generator is not refused.
  const server = await startServer({ host: '127.0.0.1', port: 0, rateLimit: false, logLevel: logLevel as 'info', handleSignals: true, workers: workersFromArgs() });
  installProbe({ pool: () => server.app.declarationPool.stats() });
  process.send!({ url: server.url });
}

interface Sample {
  subject: string;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  total: number;
  cpuUsPerReq: number;
  /** The main thread's CPU time per request: the HTTP side, without the worker threads. */
  loopUsPerReq: number;
}

async function measureOne(server: ChildServer, subject: string, round: number, url: string, bodyFile: string, o: { warmup: number; seconds: number; connections: number; pinClient: string | null }): Promise<Sample> {
  if (o.warmup > 0) await runCannon(SCRIPT, { url, bodyFile, contentType: 'application/json', connections: o.connections, duration: o.warmup }, o.pinClient);
  const before = await server.ask<NodeJS.CpuUsage>('cpu');
  const loopBefore = await server.ask<number>('mainCpu');
  const r = await runCannon(SCRIPT, { url, bodyFile, contentType: 'application/json', connections: o.connections, duration: o.seconds }, o.pinClient);
  const loopAfter = await server.ask<number>('mainCpu');
  const after = await server.ask<NodeJS.CpuUsage>('cpu');
  const cpu = after.user - before.user + (after.system - before.system);
  const total = r.requests.total;
  const loop = loopAfter - loopBefore;
  return { subject, round, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, total, cpuUsPerReq: total > 0 ? cpu / total : NaN, loopUsPerReq: total > 0 ? loop / total : NaN };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      quick: { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
      'no-pin': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string' },
    },
  });
  const rounds = values.quick ? 1 : Number(values.rounds);
  const warmup = values.quick ? 1 : Number(values.warmup);
  const seconds = values.quick ? 2 : Number(values.seconds);
  const connections = Number(values.connections);
  const pin = !values['no-pin'] && HAS_TASKSET;
  const pinServer = pin ? '0' : null;
  const pinClient = pin ? '1' : null;

  const doc = generateDocument({ seed: Number(values.seed), size: 'typical', format: 'json' });
  const dir = mkdtempSync(join(tmpdir(), 'campaigncheck-bench-api-'));
  const bodyFile = join(dir, 'body.json');
  writeFileSync(bodyFile, doc.text);
  process.stderr.write(`payload: ${Buffer.byteLength(doc.text)} bytes (seed ${values.seed}), pinned: ${pin}, rounds ${rounds} x (${warmup}+${seconds}) s, c=${connections}\n`);

  const baseline = await spawnServer(SCRIPT, 'baseline', pinServer);
  const real = await spawnServer(SCRIPT, 'real', pinServer, await workerArgs(values.workers), { CAMPAIGNCHECK_LOG_LEVEL: values['log-level'] });
  const pool = await real.ask<{ mode: string; threads: number }>('pool');
  process.stderr.write(`server: checks ${pool.mode === 'workers' ? `on ${pool.threads} worker thread(s)` : 'in-process'}\n`);
  const samples: Sample[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const [subject, server, path] of [
        ['baseline', baseline, '/v1/check'],
        ['json', real, '/v1/check?format=json'],
        ['baseline', baseline, '/v1/check'],
        ['html', real, '/v1/check?format=html'],
      ] as const) {
        const s = await measureOne(server, subject, round, `${server.url}${path}`, bodyFile, { warmup, seconds, connections, pinClient });
        samples.push(s);
        process.stderr.write(`round ${round} ${subject.padEnd(8)} ${s.rps.toFixed(0)} req/s p50 ${s.p50} ms p99 ${s.p99} ms cpu ${s.cpuUsPerReq.toFixed(0)} µs/req (main thread ${s.loopUsPerReq.toFixed(0)}) non2xx ${s.non2xx} errors ${s.errors}\n`);
        await sleep(200);
      }
    }
  } finally {
    await baseline.stop();
    await real.stop();
  }

  const by = (subject: string) => samples.filter((s) => s.subject === subject);
  const stat = (subject: string, key: keyof Sample) => {
    const v = by(subject).map((s) => s[key] as number);
    return { median: median(v), min: Math.min(...v), max: Math.max(...v) };
  };
  const summary: Record<string, unknown> = {};
  for (const subject of ['baseline', 'json', 'html']) {
    summary[subject] = { rps: stat(subject, 'rps'), p50: stat(subject, 'p50'), p99: stat(subject, 'p99'), cpuUsPerReq: stat(subject, 'cpuUsPerReq'), loopUsPerReq: stat(subject, 'loopUsPerReq'), non2xx: by(subject).reduce((a, s) => a + s.non2xx, 0), errors: by(subject).reduce((a, s) => a + s.errors + s.timeouts, 0) };
  }
  // Ratios per round against the baseline runs of the same round, then the median.
  const ratios = (subject: string, key: 'rps' | 'cpuUsPerReq' | 'loopUsPerReq' | 'p99') =>
    median(by(subject).map((s) => s[key] / median(by('baseline').filter((b) => b.round === s.round).map((b) => b[key]))));
  const r = {
    jsonThroughput: ratios('json', 'rps'),
    htmlThroughput: ratios('html', 'rps'),
    jsonCpu: ratios('json', 'cpuUsPerReq'),
    htmlCpu: ratios('html', 'cpuUsPerReq'),
    jsonLoop: ratios('json', 'loopUsPerReq'),
    htmlLoop: ratios('html', 'loopUsPerReq'),
    jsonP99: ratios('json', 'p99'),
  };
  const targets = { jsonThroughput: '>= 0.6', htmlThroughput: '>= 0.25', jsonCpu: '<= 2', jsonP99: '<= 2' };
  const met = { jsonThroughput: r.jsonThroughput >= 0.6, htmlThroughput: r.htmlThroughput >= 0.25, jsonCpu: r.jsonCpu <= 2, jsonP99: r.jsonP99 <= 2 };
  const hardFail = samples.some((s) => s.non2xx > 0 || s.errors > 0 || s.timeouts > 0);

  const out = { date: new Date().toISOString(), machine: machine(), settings: { rounds, warmup, seconds, connections, pinned: pin, logLevel: values['log-level'], payloadBytes: Buffer.byteLength(doc.text), seed: Number(values.seed), pool }, samples, summary, ratios: r, targets, met, hardFail };
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const row = (subject: string) => {
    const s = summary[subject] as { rps: { median: number; min: number; max: number }; p50: { median: number }; p99: { median: number }; cpuUsPerReq: { median: number }; loopUsPerReq: { median: number }; non2xx: number; errors: number };
    return `| ${subject} | ${f(s.rps.median)} (${f(s.rps.min)}–${f(s.rps.max)}) | ${f(s.p50.median)} | ${f(s.p99.median)} | ${f(s.cpuUsPerReq.median)} | ${f(s.loopUsPerReq.median)} | ${s.non2xx} | ${s.errors} |`;
  };
  const md = [
    '# API throughput vs bare Fastify',
    '',
    `${out.date}; ${rounds} round(s) of ${warmup} s warm-up + ${seconds} s, c=${connections}, payload ${out.settings.payloadBytes} bytes, server pinned to core 0 and autocannon to core 1: ${pin}; log level ${values['log-level']}; checks ${pool.mode === 'workers' ? `on ${pool.threads} worker thread(s)` : 'in-process'}. The box is shared and noisy: read ratios, not absolute req/s.`,
    '',
    '| subject | req/s median (min–max) | p50 ms | p99 ms | server CPU µs/req | of which main thread | non-2xx | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('baseline'),
    row('json'),
    row('html'),
    '',
    '| ratio vs baseline | value | target | met |',
    '| --- | --- | --- | --- |',
    `| JSON throughput | ${f(r.jsonThroughput, 2)} | ${targets.jsonThroughput} | ${met.jsonThroughput} |`,
    `| HTML throughput | ${f(r.htmlThroughput, 2)} | ${targets.htmlThroughput} | ${met.htmlThroughput} |`,
    `| JSON CPU/request | ${f(r.jsonCpu, 2)} | ${targets.jsonCpu} | ${met.jsonCpu} |`,
    `| HTML CPU/request | ${f(r.htmlCpu, 2)} | (about 3x measured for templates) | |`,
    `| JSON main-thread CPU/request (the HTTP side; the checks run on worker threads) | ${f(r.jsonLoop, 2)} | | |`,
    `| HTML main-thread CPU/request | ${f(r.htmlLoop, 2)} | | |`,
    `| JSON p99 | ${f(r.jsonP99, 2)} | ${targets.jsonP99} | ${met.jsonP99} |`,
    '',
    hardFail ? '**Hard check failed**: non-2xx, errors or timeouts (see samples).' : 'Hard checks: no non-2xx, errors or timeouts.',
    '',
  ].join('\n');
  const paths = writeResults('api', out, md);
  process.stdout.write(md);
  process.stderr.write(`wrote ${paths.json} and ${paths.md}\n`);
  process.exit(hardFail ? 1 : 0);
}

const childAt = process.argv.indexOf('--child');
const cannonAt = process.argv.indexOf('--cannon');
if (childAt !== -1) {
  const levelAt = process.argv.indexOf('--log-level');
  await childMain(process.argv[childAt + 1]!, levelAt === -1 ? (process.env.CAMPAIGNCHECK_LOG_LEVEL ?? 'info') : process.argv[levelAt + 1]!);
} else if (cannonAt !== -1) {
  await cannonMain(process.argv[cannonAt + 1]!);
} else {
  await main();
}
