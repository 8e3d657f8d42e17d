/**
 * The YAML parser costs and the differential check of the fast path (core/parse/yaml-fast.ts, docs/performance.md
 * "YAML: options", option C, adopted): what parsing a YAML declaration costs with the `yaml` package alone (the
 * path before the fast path, still used for everything unusual), with js-yaml, and as parseDeclaration does it now.
 *
 *   node bench/run.mjs bench/yaml.bench.ts [--sizes small,typical,large] [--rounds 7] [--window 300] [--soup 20000] [--mutants 5000] [--shapes 20000]
 *
 * First a differential check (no measurement without it; inputs from bench/lib/yaml-inputs.ts): on the tricky
 * snippets, the examples, generated declarations (valid and invalid, plain and with exotic strings), declarations
 * and random values written in random YAML styles, small random edits of all of these and token soup,
 * parseDeclaration (fast path first) must return exactly what the `yaml`-package path alone returns: the same
 * verdict, the same issues, the same value, and the same position for every pointer of the value (and for missing
 * pointers and key positions). test/properties/yaml-differential.test.ts runs the same comparison as a property.
 * Then, per size, interleaved rounds of:
 *   yaml.parse        YAML.parse (`yaml` package, default options)             the floor of the old design
 *   yaml.cst          the `yaml` package's CST parser alone (no document, no values)
 *   slow.parse        parseDeclaration with the fast path switched off (CST checks + compose + checks + toJS)
 *   slow.check        checkDeclaration with the fast path switched off
 *   jsyaml.load       js-yaml load (CORE_SCHEMA, duplicate keys rejected), no safety checks, no positions
 *   jsyaml.events     js-yaml parseEvents alone
 *   core.parse        parseDeclaration as it is (fast path)
 *   core.check        checkDeclaration as it is (fast path)
 *   json.floor        JSON.parse + validateDeclaration of the same declaration, for scale
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load as jsyamlLoad, parseEvents } from 'js-yaml';
import { Parser, parse as yamlParse } from 'yaml';

import { checkDeclaration } from '../core/check.js';
import { parseDeclaration } from '../core/parse/index.js';
import { withYamlFastPathDisabled } from '../core/parse/yaml.js';
import { validateDeclaration } from '../core/validate/index.js';
import { RULES } from '../rules/index.js';
import { Draw, EXOTIC_TEXT, SIZE_BYTES, generateDocument, isScript, seededEntropy, type SizeName } from './generate.js';
import { TRICKY_YAML, decidedByFastPath, disagreement, editYaml, randomYaml, stringifyVariant, tokenSoup } from './lib/yaml-inputs.js';
import { fmt, fmtSummary, machine, measure, ratio, type BenchCase } from './lib/measure.js';

const EVALUATION_DATE = '2026-06-01';

export interface Differential {
  inputs: number;
  /** Inputs the fast path accepted (all others were decided by the `yaml`-package path alone). */
  fastPath: number;
  mismatches: { input: string; why: string }[];
}

/** parseDeclaration with the fast path must agree with the `yaml`-package path alone, in every observable way. */
export function differential(inputs: readonly string[]): Differential {
  const mismatches: Differential['mismatches'] = [];
  let fastPath = 0;
  for (const input of inputs) {
    if (decidedByFastPath(input)) fastPath++;
    const why = disagreement(input);
    if (why) mismatches.push({ input, why });
  }
  return { inputs: inputs.length, fastPath, mismatches };
}

function differentialInputs(soup: number, mutantCount: number, shapes: number): string[] {
  const inputs: string[] = [...TRICKY_YAML];
  for (const name of readdirSync('examples').filter((f) => f.endsWith('.yaml'))) inputs.push(readFileSync(join('examples', name), 'utf8'));
  const declarations: string[] = [];
  for (const shape of [{}, { exotic: 0.4, exoticIds: 0.3, edges: 0.3 }]) {
    for (const size of ['small', 'typical'] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        declarations.push(generateDocument({ seed, size, format: 'yaml', shape }).text);
        declarations.push(generateDocument({ seed, size, format: 'yaml', shape, invalid: true }).text);
      }
    }
  }
  inputs.push(...declarations);
  for (const text of EXOTIC_TEXT) inputs.push(`a: ${JSON.stringify(text)}\nb: '${text.replace(/'/g, "''")}'\n`);
  const soupDraw = new Draw(seededEntropy(20_261_130));
  for (let n = 0; n < soup; n++) inputs.push(tokenSoup(soupDraw));
  // Declarations and random values in random YAML styles, and edits of them.
  const draw = new Draw(seededEntropy(20_261_131));
  const small = Array.from({ length: 10 }, (_, i) => generateDocument({ seed: i + 1, size: 'small', format: 'json', shape: i % 2 ? { exotic: 0.4 } : {} }).text);
  for (let n = 0; n < shapes; n++) {
    const text = n % 4 === 0 ? stringifyVariant(JSON.parse(draw.pick(small)), draw) : randomYaml(draw);
    inputs.push(text);
  }
  const bases = [...small.map((json) => stringifyVariant(JSON.parse(json), draw)), ...TRICKY_YAML];
  for (let n = 0; n < mutantCount; n++) inputs.push(editYaml(n % 2 ? draw.pick(bases) : randomYaml(draw), draw));
  return inputs;
}

function cases(size: SizeName, seed: number): { cases: BenchCase[]; bytes: number } {
  const yaml = generateDocument({ seed, size, format: 'yaml' }).text;
  const json = generateDocument({ seed, size, format: 'json' }).text;
  if (!decidedByFastPath(yaml)) throw new Error(`the ${size} YAML declaration does not take the fast path`);
  const knownRuleIds = new Set(RULES.map((r) => r.id));
  const check = () => checkDeclaration(yaml, { format: 'yaml', evaluationDate: EVALUATION_DATE });
  return {
    bytes: Buffer.byteLength(yaml),
    cases: [
      { name: 'yaml.parse', fn: () => yamlParse(yaml) },
      { name: 'yaml.cst', fn: () => Array.from(new Parser().parse(yaml)) },
      { name: 'slow.parse', fn: () => withYamlFastPathDisabled(() => parseDeclaration(yaml, { format: 'yaml' })) },
      { name: 'slow.check', fn: () => withYamlFastPathDisabled(check) },
      { name: 'jsyaml.load', fn: () => jsyamlLoad(yaml) },
      { name: 'jsyaml.events', fn: () => parseEvents(yaml, {}) },
      { name: 'core.parse', fn: () => parseDeclaration(yaml, { format: 'yaml' }) },
      { name: 'core.check', fn: check },
      { name: 'json.floor', fn: () => validateDeclaration(JSON.parse(json), { knownRuleIds }) },
    ],
  };
}

const RATIOS: readonly [string, string, number | undefined][] = [
  ['core.check', 'yaml.parse', 0.8],
  ['slow.check', 'yaml.parse', 0.8],
  ['slow.parse', 'yaml.parse', undefined],
  ['jsyaml.load', 'yaml.parse', undefined],
  ['core.parse', 'jsyaml.load', undefined],
  ['core.parse', 'slow.parse', undefined],
  ['core.check', 'slow.check', undefined],
  ['core.check', 'jsyaml.load', undefined],
  ['core.check', 'json.floor', undefined],
];

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: 'small,typical,large' },
      rounds: { type: 'string', default: '7' },
      window: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      soup: { type: 'string', default: '20000' },
      mutants: { type: 'string', default: '5000' },
      shapes: { type: 'string', default: '20000' },
      out: { type: 'string', default: 'bench/.build/results/yaml.json' },
    },
  });
  const started = performance.now();
  const diff = differential(differentialInputs(Number(values.soup), Number(values.mutants), Number(values.shapes)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`differential: ${diff.inputs} inputs, ${diff.fastPath} accepted by the fast path, ${diff.mismatches.length} mismatches (${seconds} s)\n`);
  for (const m of diff.mismatches.slice(0, 20)) process.stdout.write(`  MISMATCH ${m.why}: ${JSON.stringify(m.input).slice(0, 300)}\n`);
  if (diff.mismatches.length > 0) {
    process.exitCode = 1;
    return;
  }

  const options = { rounds: Number(values.rounds), windowMs: Number(values.window), warmupMs: Number(values.warmup), minIterations: 3 };
  const info = machine();
  process.stdout.write(`${info.cpuModel} x${info.nproc}, Node ${info.node}, load average ${(info.loadAverage as number[]).join(' ')}\n`);
  const reports = [];
  for (const size of values.sizes.split(',') as SizeName[]) {
    if (!Object.hasOwn(SIZE_BYTES, size)) throw new Error(`unknown size ${size}`);
    const built = cases(size, Number(values.seed));
    process.stdout.write(`\n${size}: YAML ${fmt(built.bytes)} bytes\n`);
    const results = measure(built.cases, options, (line) => process.stderr.write(`${line}\r`));
    process.stderr.write('\n');
    for (const r of results) process.stdout.write(`  ${r.name.padEnd(16)} CPU µs/op ${fmtSummary(r.cpuMicroseconds, 0).padEnd(30)} wall ${fmtSummary(r.microseconds, 0)}\n`);
    const ratios = RATIOS.map(([s, b, goal]) => ({ subject: s, baseline: b, goal, ratio: ratio(results, s, b) }));
    for (const r of ratios) {
      const verdict = r.goal === undefined ? '' : r.ratio.median >= r.goal ? ` MET (goal >= ${r.goal})` : ` MISSED (goal >= ${r.goal})`;
      process.stdout.write(`  ratio ${`${r.subject}/${r.baseline}`.padEnd(24)} ${fmtSummary(r.ratio, 3)}${verdict}\n`);
    }
    reports.push({ size, bytes: built.bytes, results, ratios });
  }
  mkdirSync('bench/.build/results', { recursive: true });
  writeFileSync(values.out, `${JSON.stringify({ benchmark: 'yaml', date: new Date().toISOString(), machine: info, options, differential: { inputs: diff.inputs, fastPath: diff.fastPath, mismatches: diff.mismatches.length }, reports }, null, 2)}\n`);
  process.stdout.write(`\nresults: ${values.out}\n`);
}

if (isScript('yaml.bench')) await main(process.argv.slice(2));
