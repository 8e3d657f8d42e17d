/**
 * Batch CLI throughput and memory (PERFORMANCE-BASELINES.md sections 4 and 5.7): the real CLI (bin/campaigncheck.js,
 * the built bundle) over a folder of generated JSON declarations (bench/make-corpus.ts: typical size, 200 distinct
 * documents repeated), each run under `/usr/bin/time -v` (wall time, CPU time, max RSS):
 *
 *   check <corpus> --format ndjson=<file> --jobs J        for each J of --jobs (default 1,2), --rounds times, interleaved
 *   screen <screen corpus> --out <dir> --jobs J           the same, on a smaller corpus (its reports take ~0.8 MB each)
 *
 * and reports files/s, files/s per core, CPU ms per file, max RSS, and that the output records == inputs. Before
 * each round, a calibration measures how well two threads of pure arithmetic scale on this machine at that moment
 * (other jobs share the cores): the ceiling for any --jobs 2 ratio. Targets: >= 2,000 files/s per core, --jobs 2 >=
 * 1.7x --jobs 1, max RSS <= 200 MB.
 *
 *   node bench/run.mjs bench/batch.ts [--n 2000] [--corpus <folder>] [--rounds 1] [--jobs 1,2]
 *                                     [--screen-n 500] [--no-screen] [--quick] [--keep]
 *
 * The memory soak: `check <corpus> --format ndjson --jobs J` to a pipe (counted by `wc -l`) on each size given, with
 * a probe preloaded (node --expose-gc --import) in the main thread and every worker that forces a GC every
 * --probe-ms and records the heap used after it; reports the heap after GC (the highest sample, and the last) per
 * thread, max RSS, and the ratios of the largest size to the smallest (target: heap within +10 %, RSS <= 200 MB).
 *
 *   node bench/run.mjs bench/batch.ts --soak 10000,100000 [--jobs 2] [--probe-ms 2000]
 *
 * Corpora are made on first use under bench/.corpus/json-typical-<n> (as `npm run bench:corpus -- --count <n>`
 * makes them) and kept. Writes bench/results/batch.json and batch.md (the soak: batch-soak.json and .md).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { machine } from './lib/measure.js';
import { ROOT, median, writeResults } from './baseline-server.js';
import { makeCorpus, type CorpusManifest } from './make-corpus.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    corpus: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '1,2' },
    'screen-n': { type: 'string', default: '500' },
    'no-screen': { type: 'boolean', default: false },
    soak: { type: 'string' },
    'probe-ms': { type: 'string', default: '2000' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const bin = join(ROOT, 'bin', 'campaigncheck.js');
const hasTime = existsSync('/usr/bin/time');
const jobsList = values.jobs.split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'campaigncheck-batch-'));
const common = ['--no-config', '--fail-on', 'none', '--date', '2029-04-01'];

/** A corpus of n typical JSON declarations, made once and kept (bench/.corpus is ignored by git). */
function corpusOf(n: number, given?: string): { dir: string; files: number; bytes: number } {
  if (given) {
    const dir = resolve(given);
    const files = readdirSync(dir, { recursive: true }).filter((f) => /\.(json|ya?ml)$/.test(String(f)));
    const bytes = files.reduce((sum, f) => sum + statSync(join(dir, String(f))).size, 0);
    return { dir, files: files.length, bytes };
  }
  const dir = join(ROOT, 'bench', '.corpus', `json-typical-${n}`);
  const manifestPath = join(dir, '.manifest');
  let manifest: CorpusManifest | undefined;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (manifest.files !== n || manifest.options.format !== 'json' || manifest.options.size !== 'typical' || manifest.options.broken !== 0) manifest = undefined;
  } catch {
    manifest = undefined;
  }
  if (!manifest) {
    const t0 = performance.now();
    manifest = makeCorpus({ out: dir, count: n, format: 'json', size: 'typical', broken: 0, seed: 1, distinct: 200 });
    process.stderr.write(`made ${dir}: ${n} files (${(manifest.bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  return { dir, files: manifest.files, bytes: manifest.bytes };
}

/** Newlines in a file, read in chunks (a 10,000-result ndjson report is gigabytes: no string could hold it). */
function countLines(path: string): number {
  if (!existsSync(path)) return 0;
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let lines = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      for (let at = buffer.indexOf(10, 0); at !== -1 && at < n; at = buffer.indexOf(10, at + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

interface Timing {
  seconds: number;
  cpuSeconds: number | null;
  maxRssKb: number | null;
  exit: number | null;
  stderr: string;
}

/** Runs a shell-free command under /usr/bin/time -v (when present), the time report going to its own file. */
function timed(argv: string[], options: { stdoutTo?: string; shellPipe?: string; env?: Record<string, string> } = {}): Timing {
  const timeFile = join(work, 'time.txt');
  rmSync(timeFile, { force: true });
  const env = { ...process.env, NO_COLOR: '1', ...options.env };
  const start = performance.now();
  let status: number | null;
  let stderr: string;
  if (options.shellPipe) {
    // node ... | <pipe>: the CLI writes to a pipe; time measures the CLI alone.
    const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
    const timePrefix = hasTime ? `/usr/bin/time -v -o ${quote(timeFile)} ` : '';
    const errFile = join(work, 'stderr.txt');
    const line = `${timePrefix}${[process.execPath, ...argv].map(quote).join(' ')} 2>${quote(errFile)} | ${options.shellPipe}`;
    const r = spawnSync('/bin/sh', ['-c', line], { cwd: work, encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 });
    status = r.status;
    stderr = `${existsSync(errFile) ? readFileSync(errFile, 'utf8') : ''}`;
    if (options.stdoutTo) writeFileSync(options.stdoutTo, r.stdout);
  } else {
    const cmd = hasTime ? '/usr/bin/time' : process.execPath;
    const args = hasTime ? ['-v', '-o', timeFile, process.execPath, ...argv] : argv;
    const r = spawnSync(cmd, args, { cwd: work, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    status = r.status;
    stderr = r.stderr ?? '';
  }
  const seconds = (performance.now() - start) / 1000;
  const report = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const num = (re: RegExp): number | null => {
    const m = re.exec(report);
    return m ? Number(m[1]) : null;
  };
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  return { seconds, cpuSeconds: user !== null && sys !== null ? user + sys : null, maxRssKb: num(/Maximum resident set size \(kbytes\): (\d+)/), exit: status, stderr };
}

/**
 * How well two threads scale on this machine right now: a fixed amount of arithmetic on one thread, then split
 * over two. The result is the ceiling for any --jobs 2 / --jobs 1 ratio measured in the same minute.
 */
async function calibrate(): Promise<{ oneThreadMs: number; twoThreadsMs: number; ratio: number }> {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    let x = 0; for (let i = 0; i < workerData; i++) x += Math.sqrt(i) * Math.sin(i); parentPort.postMessage(x);`;
  const run = (threads: number, total: number): Promise<number> => {
    const t0 = performance.now();
    return Promise.all(
      Array.from({ length: threads }, () => new Promise((done) => new Worker(code, { eval: true, workerData: total / threads }).once('message', done))),
    ).then(() => performance.now() - t0);
  };
  const total = 6e7;
  await run(1, total / 10); // warm up
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < 3; i++) {
    one.push(await run(1, total));
    two.push(await run(2, total));
  }
  return { oneThreadMs: median(one), twoThreadsMs: median(two), ratio: median(one) / median(two) };
}

interface Run {
  command: 'check' | 'screen';
  jobs: number;
  round: number;
  files: number;
  seconds: number;
  filesPerSecond: number;
  filesPerSecondPerCore: number;
  cpuMsPerFile: number | null;
  maxRssKb: number | null;
  exit: number | null;
  records: number;
  recordsMatch: boolean;
}

function runCheck(dir: string, files: number, jobs: number, round: number): Run {
  const out = join(work, `check-j${jobs}.ndjson`);
  const t = timed([bin, 'check', dir, '--format', `ndjson=${out}`, '--jobs', String(jobs), '--quiet', ...common]);
  const records = countLines(out);
  rmSync(out, { force: true });
  return result('check', jobs, round, files, t, records);
}

function runScreen(dir: string, files: number, jobs: number, round: number): Run {
  const out = join(work, `screen-j${jobs}`);
  const t = timed([bin, 'screen', dir, '--out', out, '--jobs', String(jobs), '--quiet', ...common]);
  const csv = join(out, 'index.csv');
  const records = Math.max(0, countLines(csv) - 1);
  rmSync(out, { recursive: true, force: true });
  return result('screen', jobs, round, files, t, records);
}

function result(command: Run['command'], jobs: number, round: number, files: number, t: Timing, records: number): Run {
  const run: Run = {
    command,
    jobs,
    round,
    files,
    seconds: t.seconds,
    filesPerSecond: files / t.seconds,
    filesPerSecondPerCore: files / t.seconds / jobs,
    cpuMsPerFile: t.cpuSeconds === null ? null : (t.cpuSeconds * 1000) / files,
    maxRssKb: t.maxRssKb,
    exit: t.exit,
    records,
    recordsMatch: records === files,
  };
  process.stderr.write(
    `${command} --jobs ${jobs} (round ${round}): ${t.seconds.toFixed(2)} s, ${run.filesPerSecond.toFixed(0)} files/s, CPU ${run.cpuMsPerFile?.toFixed(2) ?? '?'} ms/file, max RSS ${t.maxRssKb === null ? '?' : (t.maxRssKb / 1024).toFixed(0)} MB, exit ${t.exit}, records ${records}/${files}${t.exit !== 0 && t.exit !== 1 ? `\n${t.stderr.slice(0, 2000)}` : ''}\n`,
  );
  return run;
}

/** The heap probe: preloaded with --import in the main thread and in every worker (execArgv is inherited). */
const PROBE = `import { isMainThread, threadId } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { writeFileSync } from 'node:fs';
const prefix = process.env.CAMPAIGNCHECK_HEAP_PROBE;
if (prefix && typeof globalThis.gc === 'function') {
  const samples = [];
  const file = prefix + '.' + (isMainThread ? 'main' : 'worker-' + threadId) + '.json';
  const sample = () => {
    globalThis.gc();
    samples.push(getHeapStatistics().used_heap_size);
    writeFileSync(file, JSON.stringify({ thread: isMainThread ? 'main' : 'worker', samples }));
  };
  setInterval(sample, Number(process.env.CAMPAIGNCHECK_HEAP_PROBE_MS || 2000)).unref();
  process.on('exit', sample);
}
`;

interface ThreadHeap {
  thread: string;
  samples: number;
  /** Heap used after GC, MB: the highest sample, the median and the last. */
  maxMb: number;
  medianMb: number;
  lastMb: number;
}

interface SoakRun {
  files: number;
  jobs: number;
  seconds: number;
  filesPerSecond: number;
  maxRssKb: number | null;
  exit: number | null;
  records: number;
  recordsMatch: boolean;
  /** Main thread first, then the workers. */
  heaps: ThreadHeap[];
}

function soak(sizes: number[], jobs: number, probeMs: number): SoakRun[] {
  const probe = join(work, 'heap-probe.mjs');
  writeFileSync(probe, PROBE);
  const runs: SoakRun[] = [];
  for (const n of sizes) {
    const { dir, files } = corpusOf(n);
    const prefix = join(work, `heap-${n}`);
    const counted = join(work, `count-${n}.txt`);
    const t = timed(['--expose-gc', '--import', probe, bin, 'check', dir, '--format', 'ndjson', '--jobs', String(jobs), ...common], {
      shellPipe: 'wc -l',
      stdoutTo: counted,
      env: { CAMPAIGNCHECK_HEAP_PROBE: prefix, CAMPAIGNCHECK_HEAP_PROBE_MS: String(probeMs) },
    });
    const records = Number(readFileSync(counted, 'utf8').trim());
    const heaps: ThreadHeap[] = readdirSync(work)
      .filter((f) => f.startsWith(`heap-${n}.`) && f.endsWith('.json'))
      .sort((a, b) => (a.includes('.main.') ? -1 : b.includes('.main.') ? 1 : a < b ? -1 : 1))
      .map((f) => {
        const { thread, samples } = JSON.parse(readFileSync(join(work, f), 'utf8')) as { thread: string; samples: number[] };
        const mb = (b: number): number => b / 1024 / 1024;
        return { thread, samples: samples.length, maxMb: mb(Math.max(...samples)), medianMb: mb(median(samples)), lastMb: mb(samples.at(-1)!) };
      });
    const run: SoakRun = { files, jobs, seconds: t.seconds, filesPerSecond: files / t.seconds, maxRssKb: t.maxRssKb, exit: t.exit, records, recordsMatch: records === files, heaps };
    process.stderr.write(
      `soak ${files} files --jobs ${jobs}: ${t.seconds.toFixed(0)} s, ${run.filesPerSecond.toFixed(0)} files/s, max RSS ${t.maxRssKb === null ? '?' : (t.maxRssKb / 1024).toFixed(0)} MB, exit ${t.exit}, records ${records}/${files}; heap after GC (max/median/last MB): ${heaps.map((h) => `${h.thread} ${h.maxMb.toFixed(1)}/${h.medianMb.toFixed(1)}/${h.lastMb.toFixed(1)}`).join(', ')}\n${t.exit !== 0 ? t.stderr.slice(0, 2000) : ''}`,
    );
    runs.push(run);
  }
  return runs;
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

if (values.soak) {
  const sizes = values.soak.split(',').map(Number);
  const jobs = jobsList.at(-1)!;
  const loadBefore = load();
  const runs = soak(sizes, jobs, Number(values['probe-ms']));
  const first = runs[0]!;
  const last = runs.at(-1)!;
  const total = (r: SoakRun, pick: (h: ThreadHeap) => number): number => r.heaps.reduce((s, h) => s + pick(h), 0);
  const heapRatio = total(last, (h) => h.maxMb) / total(first, (h) => h.maxMb);
  const heapRatioMedian = total(last, (h) => h.medianMb) / total(first, (h) => h.medianMb);
  const out = { date: new Date().toISOString(), machine: machine(), loadBefore, loadAfter: load(), jobs, runs, heapRatioMax: heapRatio, heapRatioMedian, targets: { heapRatio: 1.1, maxRssMb: 200 } };
  const md = [
    '# Batch memory soak',
    '',
    `${out.date}; \`check <corpus> --format ndjson --jobs ${jobs}\` to a pipe (\`wc -l\`), heap probe forcing a GC every ${values['probe-ms']} ms in every thread. Load average ${loadBefore} before, ${out.loadAfter} after.`,
    '',
    '| files | seconds | files/s | max RSS MB | records == inputs | heap after GC, MB: max / median / last, per thread |',
    '| --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      (r) =>
        `| ${r.files} | ${r.seconds.toFixed(0)} | ${r.filesPerSecond.toFixed(0)} | ${r.maxRssKb === null ? '?' : (r.maxRssKb / 1024).toFixed(0)} | ${r.recordsMatch} (${r.records}) | ${r.heaps.map((h) => `${h.thread} ${h.maxMb.toFixed(1)} / ${h.medianMb.toFixed(1)} / ${h.lastMb.toFixed(1)}`).join('; ')} |`,
    ),
    '',
    `Heap after GC, ${last.files} against ${first.files} files (sum over threads): ${heapRatioMedian.toFixed(3)}x by each thread's median sample, ${heapRatio.toFixed(3)}x by its highest (target <= 1.10x). Max RSS target <= 200 MB.`,
    '',
  ].join('\n');
  writeResults('batch-soak', out, md);
  process.stdout.write(md);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  process.exit(runs.every((r) => r.recordsMatch) ? 0 : 1);
}

const n = values.quick ? 300 : Number(values.n);
const rounds = values.quick ? 1 : Number(values.rounds);
const corpus = corpusOf(n, values.corpus);
const screenN = Math.min(values.quick ? 100 : Number(values['screen-n']), n);
const screenCorpus = values['no-screen'] ? undefined : values.corpus ? corpus : corpusOf(screenN);

const loadBefore = load();
const runs: Run[] = [];
const calibrations: Awaited<ReturnType<typeof calibrate>>[] = [];
for (let round = 1; round <= rounds; round++) {
  // Other jobs come and go on a shared machine: the ceiling is measured again before every round.
  const calibration = await calibrate();
  calibrations.push(calibration);
  process.stderr.write(`round ${round}: two threads of arithmetic run ${calibration.ratio.toFixed(2)}x as fast as one right now (load ${load()})\n`);
  const order = round % 2 === 1 ? jobsList : [...jobsList].reverse();
  for (const jobs of order) runs.push(runCheck(corpus.dir, corpus.files, jobs, round));
  if (screenCorpus) for (const jobs of order) runs.push(runScreen(screenCorpus.dir, screenCorpus.files, jobs, round));
}

interface Row {
  command: string;
  jobs: number;
  files: number;
  seconds: number;
  filesPerSecond: number;
  filesPerSecondPerCore: number;
  cpuMsPerFile: number | null;
  maxRssMb: number | null;
  exits: (number | null)[];
  recordsMatch: boolean;
}
const rows: Row[] = [];
for (const command of ['check', 'screen'] as const) {
  for (const jobs of jobsList) {
    const mine = runs.filter((r) => r.command === command && r.jobs === jobs);
    if (mine.length === 0) continue;
    const cpu = mine.map((r) => r.cpuMsPerFile).filter((c): c is number => c !== null);
    const rss = mine.map((r) => r.maxRssKb).filter((c): c is number => c !== null);
    rows.push({
      command,
      jobs,
      files: mine[0]!.files,
      seconds: median(mine.map((r) => r.seconds)),
      filesPerSecond: median(mine.map((r) => r.filesPerSecond)),
      filesPerSecondPerCore: median(mine.map((r) => r.filesPerSecondPerCore)),
      cpuMsPerFile: cpu.length ? median(cpu) : null,
      maxRssMb: rss.length ? Math.max(...rss) / 1024 : null,
      exits: mine.map((r) => r.exit),
      recordsMatch: mine.every((r) => r.recordsMatch),
    });
  }
}
/** --jobs J / --jobs 1 per round (the two ran a minute apart at most), then the median. */
const perRound = (command: string, jobs: number): number[] => {
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const base = runs.find((r) => r.command === command && r.jobs === 1 && r.round === round);
    const other = runs.find((r) => r.command === command && r.jobs === jobs && r.round === round);
    if (base && other) ratios.push(other.filesPerSecond / base.filesPerSecond);
  }
  return ratios;
};
const ratios = rows
  .filter((r) => r.jobs !== 1)
  .map((r) => {
    const each = perRound(r.command, r.jobs);
    return { command: r.command, jobs: r.jobs, ratio: each.length ? median(each) : null, perRound: each };
  });
const calibration = { ratio: median(calibrations.map((c) => c.ratio)), perRound: calibrations.map((c) => c.ratio) };
const out = {
  date: new Date().toISOString(),
  machine: machine(),
  availableParallelism: availableParallelism(),
  loadBefore,
  loadAfter: load(),
  corpus,
  screenCorpus,
  rounds,
  calibration,
  calibrations,
  runs,
  rows,
  ratios,
  targets: { filesPerSecondPerCore: 2000, scalingJobs2: 1.7, maxRssMb: 200 },
};
const fmt = (v: number | null, digits = 0): string => (v === null ? '?' : v.toFixed(digits));
const md = [
  '# Batch CLI throughput',
  '',
  `${out.date}; check: ${corpus.files} JSON declarations (${(corpus.bytes / 1e6).toFixed(0)} MB) in ${corpus.dir.replace(`${ROOT}/`, '')}${screenCorpus ? `; screen: ${screenCorpus.files}` : ''}; real CLI, \`/usr/bin/time -v\`: ${hasTime}; median of ${rounds} round(s). Load average ${loadBefore} before, ${out.loadAfter} after (shared 2-core box).`,
  '',
  `Calibration before each round: two threads of pure arithmetic ran ${calibration.perRound.map((r) => r.toFixed(2)).join(', ')}x as fast as one (the ceiling for a --jobs 2 ratio at that moment).`,
  '',
  '| run | files | seconds | files/s | files/s per core | CPU ms per file | max RSS MB | exit | records == inputs |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| \`${r.command} --jobs ${r.jobs}\` | ${r.files} | ${r.seconds.toFixed(2)} | ${r.filesPerSecond.toFixed(0)} | ${r.filesPerSecondPerCore.toFixed(0)} | ${fmt(r.cpuMsPerFile, 2)} | ${fmt(r.maxRssMb)} | ${[...new Set(r.exits)].join(',')} | ${r.recordsMatch} |`,
  ),
  '',
  ...ratios.map((r) => `${r.command} --jobs ${r.jobs} / --jobs 1: ${fmt(r.ratio, 2)}x (per round: ${r.perRound.map((x) => x.toFixed(2)).join(', ')}; target >= 1.7x for --jobs 2).`),
  '',
  'Targets: >= 2,000 files/s per core, max RSS <= 200 MB.',
  '',
].join('\n');
writeResults('batch', out, md);
process.stdout.write(md);
if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exit(runs.every((r) => r.recordsMatch) ? 0 : 1);
