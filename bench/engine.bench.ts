/**
 * In-process benchmark of the check pipeline against its floor, on generated declarations (bench/generate.ts).
 *
 *   npm run bench                       # all sizes, 7 rounds
 *   node bench/run.mjs bench/engine.bench.ts --sizes typical --rounds 5 --window 300 --out bench/.build/engine.json
 *   node bench/run.mjs --cpu-prof --cpu-prof-dir=bench/.build/prof bench/engine.bench.ts --sizes typical --only json.check
 *
 * Cases, per size (the same declaration as JSON and as YAML):
 *   json.parse          JSON.parse alone
 *   json.floor          JSON.parse + validateDeclaration (schema + references): the floor the engine is judged against
 *   json.safeParse      parseDeclaration (the safe parse: scan for duplicate/forbidden keys, numbers, depth)
 *   json.check          checkDeclaration: safe parse + validation + every rule + the result
 *   json.checkFormat    checkDeclaration + the JSON formatter (what the CLI writes)
 *   json.format         the JSON formatter alone, on a ready result
 *   json.rules          every rule's evaluate() on the parsed value, nothing else (the rules' own cost)
 *   json.evaluate       evaluateDeclaration without positions (rules + outcomes, messages, fingerprints, summaries, rating)
 *   json.evaluatePos    parseDeclaration + evaluateDeclaration with positions (minus json.safeParse: the cost of positions)
 *   yaml.raw            YAML.parse from the `yaml` package, default options: the YAML floor
 *   yaml.safeParse      parseDeclaration on the YAML text
 *   yaml.check          checkDeclaration on the YAML text
 *
 * Targets (docs/performance.md): json.check >= 0.5 x json.floor; yaml.check >= 0.8 x yaml.raw (engine overhead
 * on top of parsing at most 20 %). Only ratios measured in the same run are compared; `--gate` exits 1 when a
 * median ratio is more than 10 points below its target.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as yamlParse } from 'yaml';

import { checkDeclaration } from '../core/check.js';
import { DeclarationIndex } from '../core/declaration-index.js';
import { evaluateDeclaration } from '../core/engine/evaluate.js';
import type { RuleContext } from '../core/rule.js';
import { parseDeclaration } from '../core/parse/index.js';
import type { Declaration } from '../schema/generated/declaration.js';
import { validateDeclaration } from '../core/validate/index.js';
import { formatters } from '../formatters/index.js';
import { RULES, UK_RULESET } from '../rules/index.js';
import { SIZE_BYTES, generateDocument, isScript, type SizeName } from './generate.js';
import { fmt, fmtSummary, keep, machine, measure, ratio, type BenchCase, type CaseResult, type Summary } from './lib/measure.js';

const EVALUATION_DATE = '2026-06-01';
const KNOWN_RULES = new Set(RULES.map((r) => r.id));

export interface Target {
  name: string;
  subject: string;
  baseline: string;
  /** Minimum subject/baseline throughput ratio. */
  goal: number;
}

export const TARGETS: readonly Target[] = [
  { name: 'JSON: full check vs JSON.parse + validation', subject: 'json.check', baseline: 'json.floor', goal: 0.5 },
  { name: 'YAML: full check vs raw YAML.parse (engine overhead <= 20 %)', subject: 'yaml.check', baseline: 'yaml.raw', goal: 0.8 },
];

/** Ratios reported for information (no goal). */
const INFO_RATIOS: readonly [string, string][] = [
  ['json.safeParse', 'json.parse'],
  ['json.check', 'json.safeParse'],
  ['json.checkFormat', 'json.floor'],
  ['json.rules', 'json.floor'],
  ['json.evaluate', 'json.floor'],
  ['yaml.safeParse', 'yaml.raw'],
  ['yaml.check', 'yaml.safeParse'],
  ['yaml.check', 'json.check'],
];

export function cases(size: SizeName, seed: number): { cases: BenchCase[]; bytes: { json: number; yaml: number }; items: number } {
  const json = generateDocument({ seed, size, format: 'json' });
  const yaml = generateDocument({ seed, size, format: 'yaml' });
  if (json.text === yaml.text) throw new Error('unreachable');
  const checkOptions = { format: 'json' as const, evaluationDate: EVALUATION_DATE };
  const ready = checkDeclaration(json.text, checkOptions);
  if (!ready.valid || ready.errors.length > 0) throw new Error(`the ${size} benchmark declaration does not check cleanly`);
  const yamlReady = checkDeclaration(yaml.text, { format: 'yaml', evaluationDate: EVALUATION_DATE });
  if (!yamlReady.valid) throw new Error(`the ${size} YAML benchmark declaration is not valid`);
  const formatJson = formatters.json.format;
  const value = JSON.parse(json.text) as Declaration;
  const input = { filename: '<bench>', format: 'json' as const, sha256: '' };
  const rulesOnly = () => {
    const context: RuleContext = { evaluationDate: EVALUATION_DATE, index: new DeclarationIndex(value), waivers: [] };
    let n = 0;
    for (const rule of RULES) n += rule.evaluate(value, context).length;
    return n;
  };
  const list: BenchCase[] = [
    { name: 'json.parse', fn: () => JSON.parse(json.text) },
    { name: 'json.floor', fn: () => validateDeclaration(JSON.parse(json.text), { knownRuleIds: KNOWN_RULES }) },
    { name: 'json.safeParse', fn: () => parseDeclaration(json.text, { format: 'json' }) },
    { name: 'json.check', fn: () => checkDeclaration(json.text, checkOptions) },
    { name: 'json.checkFormat', fn: () => formatJson([checkDeclaration(json.text, checkOptions)], {}) },
    { name: 'json.format', fn: () => formatJson([ready], {}) },
    { name: 'json.rules', fn: rulesOnly },
    { name: 'json.evaluate', fn: () => evaluateDeclaration(value, { ruleset: UK_RULESET, input, evaluationDate: EVALUATION_DATE }) },
    {
      name: 'json.evaluatePos',
      fn: () => {
        const parsed = parseDeclaration(json.text, { format: 'json' });
        if (!parsed.ok) throw new Error('unreachable');
        const doc = parsed.document;
        return evaluateDeclaration(doc.value as Declaration, { ruleset: UK_RULESET, input, evaluationDate: EVALUATION_DATE, locate: (p) => doc.locate(p) });
      },
    },
    { name: 'yaml.raw', fn: () => yamlParse(yaml.text) },
    { name: 'yaml.safeParse', fn: () => parseDeclaration(yaml.text, { format: 'yaml' }) },
    { name: 'yaml.check', fn: () => checkDeclaration(yaml.text, { format: 'yaml', evaluationDate: EVALUATION_DATE }) },
  ];
  const items = Object.values(json.counts).reduce((a, b) => a + (b ?? 0), 0);
  return { cases: list, bytes: { json: Buffer.byteLength(json.text), yaml: Buffer.byteLength(yaml.text) }, items };
}

interface SizeReport {
  size: SizeName;
  bytes: { json: number; yaml: number };
  items: number;
  outcomes: number;
  results: CaseResult[];
  targets: { name: string; subject: string; baseline: string; goal: number; ratio: Summary; wallRatio: Summary; met: boolean }[];
  ratios: { subject: string; baseline: string; ratio: Summary; wallRatio: Summary }[];
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: 'small,typical,large' },
      rounds: { type: 'string', default: '7' },
      window: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      only: { type: 'string' },
      out: { type: 'string', default: 'bench/.build/results/engine.json' },
      gate: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',') as SizeName[];
  for (const s of sizes) if (!Object.hasOwn(SIZE_BYTES, s)) throw new Error(`unknown size ${s}`);
  const options = { rounds: Number(values.rounds), windowMs: Number(values.window), warmupMs: Number(values.warmup), minIterations: 3 };
  const only = values.only?.split(',');
  const info = machine();
  process.stdout.write(
    `campaigncheck engine benchmark: ${info.cpuModel} x${info.nproc}, Node ${info.node}, load average ${(info.loadAverage as number[]).join(' ')}; ${options.rounds} rounds of ${options.windowMs} ms per case\n`,
  );

  const reports: SizeReport[] = [];
  let missed = false;
  for (const size of sizes) {
    const built = cases(size, Number(values.seed));
    const selected = only ? built.cases.filter((c) => only.includes(c.name)) : built.cases;
    const outcomes = checkDeclaration(generateDocument({ seed: Number(values.seed), size }).text, { format: 'json', evaluationDate: EVALUATION_DATE }).outcomes.length;
    process.stdout.write(`\n${size}: JSON ${fmt(built.bytes.json)} bytes, YAML ${fmt(built.bytes.yaml)} bytes, ${built.items} list items, ${outcomes} outcomes\n`);
    const results = measure(selected, options, (line) => process.stderr.write(`${line}\r`));
    process.stderr.write('\n');
    process.stdout.write(`  ${'case'.padEnd(18)} ${'CPU µs/op median (min–max)'.padEnd(36)} ${'wall µs/op'.padEnd(36)} wall ops/s\n`);
    for (const r of results) {
      process.stdout.write(`  ${r.name.padEnd(18)} ${fmtSummary(r.cpuMicroseconds, 1).padEnd(36)} ${fmtSummary(r.microseconds, 1).padEnd(36)} ${fmt(r.ops.median)}\n`);
    }
    const has = (n: string) => results.some((r) => r.name === n);
    const targets = TARGETS.filter((t) => has(t.subject) && has(t.baseline)).map((t) => {
      const r = ratio(results, t.subject, t.baseline);
      const met = r.median >= t.goal;
      if (r.median < t.goal - 0.1) missed = true;
      return { ...t, ratio: r, wallRatio: ratio(results, t.subject, t.baseline, 'wall'), met };
    });
    const ratios = INFO_RATIOS.filter(([s, b]) => has(s) && has(b)).map(([subject, baseline]) => ({
      subject,
      baseline,
      ratio: ratio(results, subject, baseline),
      wallRatio: ratio(results, subject, baseline, 'wall'),
    }));
    process.stdout.write('  ratios of throughput (CPU time; wall time in brackets), median (min–max) over rounds:\n');
    for (const t of targets) {
      process.stdout.write(
        `  target ${t.met ? 'MET   ' : 'MISSED'} ${t.subject}/${t.baseline} = ${fmtSummary(t.ratio, 3)} [${fmtSummary(t.wallRatio, 3)}] (goal >= ${t.goal}): ${t.name}\n`,
      );
    }
    for (const r of ratios) process.stdout.write(`  ratio ${r.subject}/${r.baseline} = ${fmtSummary(r.ratio, 3)} [${fmtSummary(r.wallRatio, 3)}]\n`);
    reports.push({ size, bytes: built.bytes, items: built.items, outcomes, results, targets, ratios });
  }

  mkdirSync(dirname(values.out), { recursive: true });
  const after = machine().loadAverage;
  writeFileSync(values.out, `${JSON.stringify({ benchmark: 'engine', date: new Date().toISOString(), machine: info, loadAverageAfter: after, options, seed: Number(values.seed), reports }, null, 2)}\n`);
  process.stdout.write(`\nresults: ${values.out}\n`);
  if (values.gate && missed) {
    process.stdout.write('gate: a median ratio is more than 10 points below its target\n');
    process.exitCode = 1;
  }
}

if (isScript('engine.bench')) main(process.argv.slice(2));
