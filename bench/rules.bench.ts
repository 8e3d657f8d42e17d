/**
 * Cost of each rule's evaluate() on a generated declaration, to find the expensive rules.
 *
 *   node bench/run.mjs bench/rules.bench.ts [--size typical] [--rounds 5] [--top 20]
 *
 * Each rule runs in a tight loop for a short window per round (rules interleaved, order rotating per round);
 * the median CPU µs per call is reported with the rule's share of the sum, and outcomes per call. Each call
 * gets a fresh DeclarationIndex, as in the engine, so lookups cached on the index are not reused across calls.
 */
import { parseArgs } from 'node:util';

import { DeclarationIndex } from '../core/declaration-index.js';
import type { RuleContext } from '../core/rule.js';
import type { Declaration } from '../schema/generated/declaration.js';
import { RULES } from '../rules/index.js';
import { SIZE_BYTES, generateDocument, isScript, type SizeName } from './generate.js';
import { fmt, machine, measure } from './lib/measure.js';

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'typical' },
      rounds: { type: 'string', default: '5' },
      window: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      top: { type: 'string', default: '20' },
    },
  });
  const size = values.size as SizeName;
  if (!Object.hasOwn(SIZE_BYTES, size)) throw new Error(`unknown size ${values.size}`);
  const value = JSON.parse(generateDocument({ seed: Number(values.seed), size }).text) as Declaration;
  const context: RuleContext = { evaluationDate: '2026-06-01', index: new DeclarationIndex(value), waivers: [] };
  // A fresh index per call, as in the engine (helpers may cache lookups on it); its cost is reported apart.
  const fresh = (): RuleContext => ({ ...context, index: new DeclarationIndex(value) });
  const cases = RULES.map((rule) => ({ name: rule.id, fn: () => rule.evaluate(value, fresh()) }));
  const outcomes = new Map(RULES.map((rule) => [rule.id, rule.evaluate(value, context).length]));
  const info = machine();
  process.stdout.write(`rules on the ${size} declaration (${RULES.length} rules); load average ${(info.loadAverage as number[]).join(' ')}\n`);
  const results = measure(cases, { rounds: Number(values.rounds), windowMs: Number(values.window), warmupMs: 50, minIterations: 3 });
  const total = results.reduce((a, r) => a + r.cpuMicroseconds.median, 0);
  const indexCost = measure([{ name: 'index', fn: () => new DeclarationIndex(value) }], { rounds: Number(values.rounds), windowMs: 200, warmupMs: 100, minIterations: 3 })[0]!;
  process.stdout.write(`sum of medians: ${fmt(total, 0)} CPU µs per declaration; DeclarationIndex: ${fmt(indexCost.cpuMicroseconds.median, 1)} µs\n`);
  process.stdout.write(`  ${'rule'.padEnd(10)} ${'CPU µs'.padStart(8)} ${'share'.padStart(7)} outcomes\n`);
  for (const r of [...results].sort((a, b) => b.cpuMicroseconds.median - a.cpuMicroseconds.median).slice(0, Number(values.top))) {
    const share = ((r.cpuMicroseconds.median / total) * 100).toFixed(1);
    process.stdout.write(`  ${r.name.padEnd(10)} ${fmt(r.cpuMicroseconds.median, 1).padStart(8)} ${`${share} %`.padStart(7)} ${outcomes.get(r.name)}\n`);
  }
}

if (isScript('rules.bench')) main(process.argv.slice(2));
