/**
 * A small benchmark harness: warm-up, then rounds in which every case runs for a fixed window, in an order
 * that rotates from round to round (A B C, B C A, ...), so slow drift and GC debt are shared out evenly.
 * Each round gives one ops/s figure per case; we report the min, median and max over rounds, and ratios
 * between cases computed per round (two cases of the same round ran seconds apart on the same machine
 * state), then summarised the same way. Absolute figures are for orientation only: compare ratios.
 * Time is taken twice: wall clock, and this process's CPU time (process.cpuUsage), which is less disturbed
 * when other processes share the cores; ratios use CPU time unless told otherwise.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface BenchCase {
  name: string;
  /** Runs once per call; its return value is kept, so the work cannot be optimised away. */
  fn: () => unknown;
}

export interface MeasureOptions {
  rounds: number;
  /** Time per case per round. */
  windowMs: number;
  /** Warm-up time per case, before the first round. */
  warmupMs: number;
  /** At least this many calls per case per round, whatever the window. */
  minIterations: number;
}

export interface Summary {
  min: number;
  median: number;
  max: number;
}

export interface CaseResult {
  name: string;
  /** ops/s (wall clock) per round, in round order. */
  opsPerSecond: number[];
  /** ops per CPU-second of this process (all its threads, so GC helper threads count) per round. */
  opsPerCpuSecond: number[];
  ops: Summary;
  /** Wall-clock microseconds per call (from the ops/s summary: min µs is at max ops/s). */
  microseconds: Summary;
  /** CPU microseconds per call: less sensitive than wall time to other processes on a shared machine. */
  cpuMicroseconds: Summary;
}

let sink: unknown;
/** Keeps a value alive (the harness reads it nowhere else). */
export function keep(value: unknown): void {
  sink = value;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { min: sorted[0]!, median, max: sorted[n - 1]! };
}

function runFor(fn: () => unknown, windowMs: number, minIterations: number): { wall: number; cpu: number } {
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (count < minIterations || now - start < windowMs) {
    sink = fn();
    count++;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (count * 1000) / (now - start), cpu: (count * 1e6) / Math.max(1, cpu.user + cpu.system) };
}

export function measure(cases: readonly BenchCase[], options: MeasureOptions, log: (line: string) => void = () => {}): CaseResult[] {
  for (const c of cases) runFor(c.fn, options.warmupMs, Math.max(3, options.minIterations));
  const wall: number[][] = cases.map(() => []);
  const cpu: number[][] = cases.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + round) % cases.length;
      const r = runFor(cases[i]!.fn, options.windowMs, options.minIterations);
      wall[i]!.push(r.wall);
      cpu[i]!.push(r.cpu);
    }
    log(`  round ${round + 1}/${options.rounds}`);
  }
  void sink;
  const inverse = (s: Summary): Summary => ({ min: 1e6 / s.max, median: 1e6 / s.median, max: 1e6 / s.min });
  return cases.map((c, i) => {
    const ops = summarise(wall[i]!);
    return {
      name: c.name,
      opsPerSecond: wall[i]!,
      opsPerCpuSecond: cpu[i]!,
      ops,
      microseconds: inverse(ops),
      cpuMicroseconds: inverse(summarise(cpu[i]!)),
    };
  });
}

/** subject/baseline throughput, per round, summarised; by CPU time (the default) or wall time. */
export function ratio(results: readonly CaseResult[], subject: string, baseline: string, clock: 'cpu' | 'wall' = 'cpu'): Summary {
  const s = results.find((r) => r.name === subject);
  const b = results.find((r) => r.name === baseline);
  if (!s || !b) throw new Error(`no results for ${subject} or ${baseline}`);
  const pick = (r: CaseResult) => (clock === 'cpu' ? r.opsPerCpuSecond : r.opsPerSecond);
  return summarise(pick(s).map((x, i) => x / pick(b)[i]!));
}

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    const path = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** The commit and the uncommitted changes under the measured code (read-only git commands). */
function sourceState(): { commit: string; uncommitted: string[] } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'core', 'rules', 'formatters', 'schema'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit, uncommitted: status.split('\n').filter(Boolean).map((l) => l.slice(3)) };
  } catch {
    return { commit: 'unknown', uncommitted: [] };
  }
}

export function machine(): Record<string, unknown> {
  return {
    source: sourceState(),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    packages: Object.fromEntries(['yaml', 'js-yaml', 'ajv', 'jsonc-parser', 'fast-check', 'esbuild', 'fastify', 'handlebars'].map((n) => [n, packageVersion(n)])),
  };
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function fmtSummary(s: Summary, digits = 0): string {
  return `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
}
