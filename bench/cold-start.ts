/**
 * CLI cold start (PERFORMANCE-BASELINES.md sections 4 and 5.8): N runs (default 21) of `node -e ''`,
 * `campaigncheck --version`, `campaigncheck --help`, `campaigncheck check <one json> --format json` and (for
 * information) the same check of the declaration as YAML, interleaved, after one warm-up round. Ratios against
 * `node -e ''` (targets: --version <= 1.3x, check <= 2x) from the medians, and also from the fastest run of each
 * (min) and the first quartile: on a shared machine other jobs slow some runs down, and the min is the least
 * disturbed figure. Uses the built bin (dist/).
 *
 *   node bench/run.mjs bench/cold-start.ts [--runs 21] [--quick]
 *
 * Writes bench/results/cold-start.json and cold-start.md. For where the time goes: node --cpu-prof
 * --cpu-prof-dir=<dir> bin/campaigncheck.js check <file> --format json, then npm run bench:profile -- <file>.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDocument } from './generate.js';
import { machine } from './lib/measure.js';
import { ROOT, median, writeResults } from './baseline-server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, quick: { type: 'boolean', default: false } } });
const runs = values.quick ? 7 : Number(values.runs);
const bin = join(ROOT, 'bin', 'campaigncheck.js');
const dir = mkdtempSync(join(tmpdir(), 'campaigncheck-cold-'));
const json = join(dir, 'declaration.json');
const yaml = join(dir, 'declaration.yaml');
const doc = generateDocument({ seed: 1, size: 'typical', format: 'json' });
writeFileSync(json, doc.text);
writeFileSync(yaml, generateDocument({ seed: 1, size: 'typical', format: 'yaml' }).text);

const CHECK = 'campaigncheck check <one json> --format json';
const subjects: [string, string[]][] = [
  ["node -e ''", ['-e', '']],
  ['campaigncheck --version', [bin, '--version']],
  ['campaigncheck --help', [bin, '--help']],
  [CHECK, [bin, 'check', json, '--format', 'json', '--no-config', '--fail-on', 'none']],
  ['campaigncheck check <one yaml> --format json', [bin, 'check', yaml, '--format', 'json', '--no-config', '--fail-on', 'none']],
];
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
const times = new Map<string, number[]>(subjects.map(([name]) => [name, []]));
for (let i = 0; i < runs + 1; i++) {
  for (const [name, args] of subjects) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    if (i > 0) times.get(name)!.push(ms); // the first round warms the file cache
  }
}
const quantile = (values: readonly number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)]!;
};
const base = times.get(subjects[0]![0])!;
const rows = subjects.map(([name]) => {
  const t = times.get(name)!;
  return {
    name,
    medianMs: median(t),
    minMs: Math.min(...t),
    p25Ms: quantile(t, 0.25),
    maxMs: Math.max(...t),
    ratio: median(t) / median(base),
    ratioMin: Math.min(...t) / Math.min(...base),
    ratioP25: quantile(t, 0.25) / quantile(base, 0.25),
  };
});
const targets: Record<string, number> = { 'campaigncheck --version': 1.3, [CHECK]: 2 };
const out = { date: new Date().toISOString(), machine: machine(), runs, loadBefore, loadAfter: loadavg().map((l) => l.toFixed(2)).join(' '), payloadBytes: Buffer.byteLength(doc.text), rows, targets };
const md = [
  '# CLI cold start',
  '',
  `${out.date}; ${runs} runs each (interleaved, after one warm-up round); load average ${loadBefore} before, ${out.loadAfter} after (shared box).`,
  '',
  "| command | median ms (min–max) | ratio vs node -e '' (median) | ratio (min) | ratio (first quartile) | target |",
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| \`${r.name}\` | ${r.medianMs.toFixed(0)} (${r.minMs.toFixed(0)}–${r.maxMs.toFixed(0)}) | ${r.ratio.toFixed(2)} | ${r.ratioMin.toFixed(2)} | ${r.ratioP25.toFixed(2)} | ${targets[r.name] !== undefined ? `<= ${targets[r.name]} (${r.ratio <= targets[r.name]! ? 'met' : 'NOT met'})` : ''} |`,
  ),
  '',
].join('\n');
writeResults('cold-start', out, md);
process.stdout.write(md);
rmSync(dir, { recursive: true, force: true });
