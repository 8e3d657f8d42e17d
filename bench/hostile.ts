/**
 * The hostile corpus (test/hostile/corpus.ts) timed against each case's budget: how long the shared check path
 * (parseDeclaration, validation, rules; what both the CLI and the API run) takes on every hostile input that
 * reaches it. The tests assert what each case answers, never how fast; this is where the time is measured.
 *
 * For each case: the median and max wall time of --reps checks, the budget (the case's maxMs, default 5,000 ms)
 * and the share of the budget used. A baseline measured in the same run, JSON.parse of a 1 MiB generated
 * declaration (the largest JSON accepted), gives the scale: "x floor" is the case's median over it.
 *
 *   node bench/run.mjs bench/hostile.ts [--reps 3] [--only H17,H25] [--gate]
 *   npm run bench:hostile
 * --gate exits 1 when a case's median is over its budget.
 */
import { parseArgs } from 'node:util';

import { CASES } from '../test/hostile/corpus.js';
import { checkDeclaration } from '../core/check.js';
import { generateDocument, isScript } from './generate.js';
import { machine } from './lib/measure.js';
import { writeResults } from './baseline-server.js';

interface Row {
  id: string;
  what: string;
  bytes: number;
  medianMs: number;
  maxMs: number;
  budgetMs: number;
  shareOfBudget: number;
  timesFloor: number;
  outcome: string;
}

function time(fn: () => unknown, reps: number): { median: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      reps: { type: 'string', default: '3' },
      only: { type: 'string', default: '' },
      gate: { type: 'boolean', default: false },
    },
  });
  const reps = Math.max(1, Number(values.reps));
  const only = values.only.split(',').filter(Boolean);

  const floorText = generateDocument({ seed: 1, targetBytes: 1_000_000, format: 'json' }).text;
  const floor = time(() => JSON.parse(floorText), Math.max(5, reps)).median;

  const rows: Row[] = [];
  for (const c of CASES) {
    if (only.length > 0 && !only.some((prefix) => c.id.startsWith(prefix))) continue;
    const input = c.input?.();
    if (!input) continue; // transport-only cases (headers, methods, encodings) never reach the check
    const filename = `hostile.${input.format}`;
    let outcome = '';
    const t = time(() => {
      const result = checkDeclaration(input.bytes, { filename, evaluationDate: '2029-04-01' });
      outcome = result.valid ? 'valid' : (result.validation.issues[0]?.code ?? 'invalid');
    }, reps);
    const budget = c.maxMs ?? 5000;
    rows.push({ id: c.id, what: c.what, bytes: input.bytes.byteLength, medianMs: t.median, maxMs: t.max, budgetMs: budget, shareOfBudget: t.median / budget, timesFloor: t.median / floor, outcome });
  }

  const over = rows.filter((r) => r.medianMs > r.budgetMs);
  rows.sort((a, b) => b.shareOfBudget - a.shareOfBudget);
  const md = [
    `# Hostile corpus timings`,
    '',
    `${rows.length} cases through checkDeclaration, ${reps} runs each; floor: JSON.parse of 1 MB = ${floor.toFixed(1)} ms. Sorted by share of budget.`,
    '',
    '| case | bytes | median ms | max ms | budget ms | share of budget | x floor | first issue |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.id} | ${r.bytes.toLocaleString('en')} | ${r.medianMs.toFixed(1)} | ${r.maxMs.toFixed(1)} | ${r.budgetMs} | ${(r.shareOfBudget * 100).toFixed(1)} % | ${r.timesFloor.toFixed(1)} | ${r.outcome} |`),
    '',
    over.length === 0 ? 'Every case within its budget.' : `Over budget: ${over.map((r) => r.id).join(', ')}.`,
    '',
  ].join('\n');
  writeResults('hostile', { benchmark: 'hostile', date: new Date().toISOString(), machine: machine(), floorMs: floor, rows }, md);
  process.stdout.write(md);
  if (values.gate && over.length > 0) process.exit(1);
}

if (isScript('hostile')) await main(process.argv.slice(2));
