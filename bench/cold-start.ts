/**
 * CLI cold start (PERFORMANCE-BASELINES.md sections 4 and 5.8): the median of N runs (default 21) of
 * `node -e ''`, `campaigncheck --version` and `campaigncheck check <one json> --format json`, interleaved, with
 * ratios against `node -e ''` (targets: --version <= 1.3x, check <= 2x). Uses the built bin (dist/).
 *
 *   node bench/run.mjs bench/cold-start.ts [--runs 21] [--quick]
 *
 * Writes bench/results/cold-start.json and cold-start.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDocument } from './generate.js';
import { machine } from './lib/measure.js';
import { ROOT, median, writeResults } from './baseline-server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, quick: { type: 'boolean', default: false } } });
const runs = values.quick ? 7 : Number(values.runs);
const bin = join(ROOT, 'bin', 'campaigncheck.js');
const dir = mkdtempSync(join(tmpdir(), 'campaigncheck-cold-'));
const file = join(dir, 'declaration.json');
writeFileSync(file, generateDocument({ seed: 1, size: 'typical', format: 'json' }).text);

const subjects: [string, string[]][] = [
  ["node -e ''", ['-e', '']],
  ['campaigncheck --version', [bin, '--version']],
  ['campaigncheck check <one json> --format json', [bin, 'check', file, '--format', 'json', '--no-config', '--fail-on', 'none']],
];
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
const base = median(times.get(subjects[0]![0])!);
const rows = subjects.map(([name]) => {
  const t = times.get(name)!;
  return { name, medianMs: median(t), minMs: Math.min(...t), maxMs: Math.max(...t), ratio: median(t) / base };
});
const targets: Record<string, number> = { 'campaigncheck --version': 1.3, 'campaigncheck check <one json> --format json': 2 };
const out = { date: new Date().toISOString(), machine: machine(), runs, payloadBytes: Buffer.byteLength(generateDocument({ seed: 1, size: 'typical', format: 'json' }).text), rows, targets };
const md = [
  '# CLI cold start',
  '',
  `${out.date}; median of ${runs} runs each (interleaved, after one warm-up round). Noisy shared box.`,
  '',
  '| command | median ms (min–max) | ratio vs node -e \'\' | target |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| \`${r.name}\` | ${r.medianMs.toFixed(0)} (${r.minMs.toFixed(0)}–${r.maxMs.toFixed(0)}) | ${r.ratio.toFixed(2)} | ${targets[r.name] !== undefined ? `<= ${targets[r.name]} (${r.ratio <= targets[r.name]! ? 'met' : 'NOT met'})` : ''} |`),
  '',
].join('\n');
writeResults('cold-start', out, md);
process.stdout.write(md);
