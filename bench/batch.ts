/**
 * Batch CLI throughput (PERFORMANCE-BASELINES.md sections 4 and 5.7): generates N JSON declarations
 * (bench/generate.ts, typical size, seeds 1..N) into a temporary folder, then runs the real CLI
 * (bin/campaigncheck.js) under `/usr/bin/time -v`:
 *
 *   check <folder> --format ndjson=<file> --jobs 1
 *   check <folder> --format ndjson=<file> --jobs 2
 *   screen <folder> --out <dir> --jobs 2
 *
 * and reports files/s, files/s per core, max RSS, and that output records == inputs. Target: >= 2,000 files/s
 * per core, --jobs 2 >= 1.7x --jobs 1, max RSS <= 200 MB.
 *
 *   node bench/run.mjs bench/batch.ts [--n 2000] [--quick]
 *
 * Writes bench/results/batch.json and batch.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDocument } from './generate.js';
import { machine } from './lib/measure.js';
import { ROOT, writeResults } from './baseline-server.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, quick: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const n = values.quick ? 300 : Number(values.n);
const bin = join(ROOT, 'bin', 'campaigncheck.js');
const dir = mkdtempSync(join(tmpdir(), 'campaigncheck-batch-'));
const corpus = join(dir, 'corpus');
mkdirSync(corpus);

const t0 = performance.now();
let bytes = 0;
// A few distinct documents, repeated: generating is the slow part, checking is what is measured.
const distinct = Math.min(n, 50);
const texts = Array.from({ length: distinct }, (_, i) => generateDocument({ seed: i + 1, size: 'typical', format: 'json' }).text);
for (let i = 0; i < n; i++) {
  const text = texts[i % distinct]!;
  bytes += Buffer.byteLength(text);
  writeFileSync(join(corpus, `d${String(i).padStart(6, '0')}.json`), text);
}
process.stderr.write(`generated ${n} files (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

const hasTime = existsSync('/usr/bin/time');
interface Run {
  name: string;
  jobs: number;
  seconds: number;
  filesPerSecond: number;
  filesPerSecondPerCore: number;
  maxRssKb: number | null;
  exit: number | null;
  records: number;
  recordsMatch: boolean;
}

function timed(name: string, jobs: number, args: string[], countRecords: () => number): Run {
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-v', process.execPath, bin, ...args] : [bin, ...args];
  const start = performance.now();
  const r = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - start) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const records = countRecords();
  const run: Run = { name, jobs, seconds, filesPerSecond: n / seconds, filesPerSecondPerCore: n / seconds / jobs, maxRssKb: rss ? Number(rss[1]) : null, exit: r.status, records, recordsMatch: records === n };
  process.stderr.write(`${name}: ${seconds.toFixed(2)} s, ${run.filesPerSecond.toFixed(0)} files/s, max RSS ${run.maxRssKb ?? '?'} KB, exit ${r.status}, records ${records}/${n}\n`);
  return run;
}

const ndjsonLines = (file: string) => () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).length : 0);
const common = ['--no-config', '--fail-on', 'none', '--date', '2029-04-01', '--quiet'];
const runs: Run[] = [];
for (const jobs of [1, 2]) {
  const out = join(dir, `out-j${jobs}.ndjson`);
  runs.push(timed(`check --jobs ${jobs}`, jobs, ['check', 'corpus', '--format', `ndjson=${out}`, '--jobs', String(jobs), ...common], ndjsonLines(out)));
}
const screenOut = join(dir, 'screen');
runs.push(
  timed('screen --jobs 2', 2, ['screen', 'corpus', '--out', screenOut, '--jobs', '2', '--no-config', '--fail-on', 'none', '--date', '2029-04-01'], () => {
    const csv = join(screenOut, 'index.csv');
    return existsSync(csv) ? readFileSync(csv, 'utf8').split('\n').filter((l) => l.length > 0).length - 1 : 0;
  }),
);
const scaling = runs[1]!.filesPerSecond / runs[0]!.filesPerSecond;
const out = { date: new Date().toISOString(), machine: machine(), n, distinctDocuments: distinct, bytes, runs, scalingJobs2: scaling, targets: { filesPerSecondPerCore: 2000, scalingJobs2: 1.7, maxRssMb: 200 } };
const md = [
  '# Batch CLI throughput',
  '',
  `${out.date}; ${n} typical JSON declarations (${(bytes / 1e6).toFixed(1)} MB, ${distinct} distinct), real CLI, \`/usr/bin/time -v\`: ${hasTime}. Noisy shared box.`,
  '',
  '| run | seconds | files/s | files/s per core | max RSS MB | exit | records == inputs |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...runs.map((r) => `| \`${r.name}\` | ${r.seconds.toFixed(2)} | ${r.filesPerSecond.toFixed(0)} | ${r.filesPerSecondPerCore.toFixed(0)} | ${r.maxRssKb === null ? '?' : (r.maxRssKb / 1024).toFixed(0)} | ${r.exit} | ${r.recordsMatch} (${r.records}) |`),
  '',
  `--jobs 2 / --jobs 1: ${scaling.toFixed(2)}x (target >= 1.7x). Target >= 2,000 files/s per core, max RSS <= 200 MB.`,
  '',
].join('\n');
writeResults('batch', out, md);
process.stdout.write(md);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
process.exit(runs.every((r) => r.recordsMatch) ? 0 : 1);
