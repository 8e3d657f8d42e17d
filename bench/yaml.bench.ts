/**
 * The YAML design experiment: what parsing a YAML declaration costs with the `yaml` package (today), with
 * js-yaml, and with the proposed fast path (bench/whatif/fast-yaml.ts: js-yaml's event parser for the value
 * and lazy positions, the existing `yaml`-based safe parser for everything unusual).
 *
 *   node bench/run.mjs bench/yaml.bench.ts [--sizes small,typical,large] [--rounds 7] [--window 300] [--soup 20000] [--mutants 5000]
 *
 * First a differential check (no measurement without it): on generated declarations (valid and invalid,
 * plain and with exotic strings), the examples, a list of hostile YAML snippets and random token soup,
 * parseDeclaration with the fast path must return exactly what today's parser returns: the same verdict, the
 * same issues, the same value, and the same position for every pointer of the value (and for missing
 * pointers and key positions). Mutants are small random edits of valid generated YAML (near-valid input,
 * where two parsers are most likely to disagree). Then, per size, interleaved rounds of:
 *   yaml.parse        YAML.parse (`yaml` package, default options)             the floor of today's design
 *   yaml.cst          the `yaml` package's CST parser alone (no document, no values)
 *   core.parse        parseDeclaration today (CST checks + compose + checks + toJS)
 *   core.check        checkDeclaration today
 *   jsyaml.load       js-yaml load (CORE_SCHEMA, duplicate keys rejected), no safety checks, no positions
 *   jsyaml.events     js-yaml parseEvents alone
 *   fast.parse        parseDeclaration with the fast path
 *   fast.check        checkDeclaration with the fast path and the engine what-ifs (bench/whatif.bench.ts)
 *   json.floor        JSON.parse + validateDeclaration of the same declaration, for scale
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load as jsyamlLoad, parseEvents } from 'js-yaml';
import { Parser, parse as yamlParse } from 'yaml';

import { RULES } from '../rules/index.js';
import { Draw, EXOTIC_TEXT, SIZE_BYTES, generateDocument, isScript, seededEntropy, type SizeName } from './generate.js';
import { fmt, fmtSummary, machine, measure, ratio, type BenchCase } from './lib/measure.js';
import { loadVariants, type Pipeline } from './whatif.bench.js';

const EVALUATION_DATE = '2026-06-01';

/** YAML that has tripped parsers, or that the policy rejects (core/parse/yaml.ts), plus ordinary odd shapes. */
export const TRICKY_YAML: readonly string[] = [
  'a: 1\n',
  '# comment\nschemaVersion: "1.0"\n',
  '---\na: 1\n',
  '---\na: 1\n...\n',
  '%YAML 1.2\n---\na: 1\n',
  '%YAML 1.1\n---\na: 1\n',
  '%TAG ! tag:example.com,2000:\n---\na: 1\n',
  'a: 1\r\nb: [x, y]\r\n',
  'a: 1\rb: 2\r',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: !!binary aGVsbG8=\n',
  'a: !custom x\n',
  '<<: {a: 1}\n',
  'base: &b {a: 1}\nc:\n  <<: *b\n',
  '"<<": 1\n',
  'a: 1\na: 2\n',
  'a:\n  b: 1\n  b: 2\n',
  '__proto__: {x: 1}\n',
  'constructor: 1\n',
  'a:\n  prototype: 1\n',
  '1: one\n',
  'true: yes\n',
  'null: x\n',
  '~: x\n',
  '? [a, b]\n: c\n',
  '? complex\n: value\n',
  '? lonely\n',
  'a: 12345678901234567890\n',
  'a: 1e400\n',
  'a: .inf\n',
  'a: -.inf\n',
  'a: .nan\n',
  'a: -0\n',
  'a: -0.0\n',
  'a: 0o17\n',
  'a: 0x1F\n',
  'a: 0777\n',
  'a: +12\n',
  'a: 1_000\n',
  'a: 1.5e3\n',
  'a: .5\n',
  'a: 5.\n',
  'a: 0.10000000000000000000000000000001\n',
  'a: NO\nb: yes\nc: off\nd: 2024-01-01\ne: ~\nf: Null\ng: TRUE\n',
  'a: "quoted \\" and \\u00e9"\nb: \'single \'\' quote\'\n',
  'a: |\n  literal\n  text\nb: >-\n  folded\n  text\n',
  'a: |+\n  keep\n\nb: 1\n',
  'a: >2\n    indented\n',
  'a: |\n\n  after blank\n',
  'a: | # comment\n  text\n',
  'list:\n- a\n- b\n',
  'list:\n  - a\n  -\n  - c\n',
  'a:\n',
  'a: []\nb: {}\n',
  'a: [1, [2, [3]]]\n',
  'a: {b: {c: {d: 1}}}\n',
  '- 1\n- 2\n',
  'just a string\n',
  '42\n',
  '',
  '   \n',
  '# only a comment\n',
  '---\n---\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\n... \n',
  'a:\tb\n',
  '\ta: 1\n',
  'a:\n\t- b\n',
  'a: b: c\n',
  'a: [1, 2\n',
  'a: {b: 1\n',
  'a: "unclosed\n',
  "a: 'unclosed\n",
  'key with spaces: value\n',
  'a: value # comment\n',
  'a: multi\n  line\n  plain\n',
  'a: "multi\n  line quoted"\n',
  'a:\n  - b: 1\n    c: 2\n  - d: 3\n',
  '[1, 2]: x\n',
  '{a: 1}: x\n',
  'a: @bad\n',
  'a: `bad\n',
  'a: %bad\n',
  'a: - b\n',
  '- - - x\n',
  'a: *undefined\n',
  '&anchor a: 1\n',
  'é: ü\n',
  'a: "\\ud800"\n',
  'a: 😀\n',
  '"a\\u0000b": 1\n',
  'a: "\\x41"\n',
  `a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
  `${'a:\n'.repeat(1)}${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
];

const SOUP_ATOMS = ['{', '}', '[', ']', ',', ':', ': ', '"', "'", '"k"', '- ', '? ', '\n', '\n  ', '\n    ', '  ', '\t', '#', ' # c', '\\', 'x', 'key', '1', '-0', '1e400', '0x1F', 'true', 'null', '~', '&a ', '*a', '!!str ', '!x ', '<<', '---\n', '...\n', '|', '|-', '>', '>+', '__proto__', '\ud800', '\u00a0', '%YAML 1.2\n', '\r', '\r\n', 'é', '@', '`', '%'];

function tokenSoup(count: number, seed: number): string[] {
  const draw = new Draw(seededEntropy(seed));
  return Array.from({ length: count }, () => Array.from({ length: draw.int(1, 40) }, () => draw.pick(SOUP_ATOMS)).join(''));
}

/** Small edits of valid generated YAML: near-valid input, where two parsers are most likely to disagree. */
function mutants(count: number, seed: number): string[] {
  const draw = new Draw(seededEntropy(seed));
  const bases = Array.from({ length: 10 }, (_, i) => generateDocument({ seed: i + 1, size: 'small', format: 'yaml', shape: i % 2 ? { exotic: 0.4 } : {} }).text);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = draw.pick(bases);
    for (let edits = draw.int(1, 3); edits > 0; edits--) {
      const at = draw.int(0, text.length);
      const lines = text.split('\n');
      const line = draw.int(0, lines.length - 1);
      switch (draw.int(0, 5)) {
        case 0:
          text = text.slice(0, at) + draw.pick(SOUP_ATOMS) + text.slice(at);
          break;
        case 1:
          text = text.slice(0, at) + text.slice(at + draw.int(1, 5));
          break;
        case 2:
          lines.splice(line, 0, lines[line]!);
          text = lines.join('\n');
          break;
        case 3:
          lines[line] = `  ${lines[line]}`;
          text = lines.join('\n');
          break;
        case 4:
          lines[line] = lines[line]!.replace(/^  /, '');
          text = lines.join('\n');
          break;
        default:
          text = text.slice(0, at) + draw.pick([':', '-', ' ', '#', '"', "'", '[', '{', '\n', '|', '>']) + text.slice(at + 1);
      }
    }
    out.push(text);
  }
  return out;
}

function pointersOf(value: unknown): string[] {
  const out: string[] = [''];
  const walk = (v: unknown, pointer: string) => {
    if (Array.isArray(v)) v.forEach((item, i) => (out.push(`${pointer}/${i}`), walk(item, `${pointer}/${i}`)));
    else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        out.push(p);
        walk(item, p);
      }
    }
  };
  walk(value, '');
  // Missing facts: one level below every object, and past the end of every list.
  return [...out, ...out.map((p) => `${p}/missingFact`), ...out.map((p) => `${p}/999`)];
}

export interface Differential {
  inputs: number;
  fastPath: number;
  mismatches: { input: string; why: string }[];
}

/** parseDeclaration with the fast path must agree with today's, in every observable way. */
export function differential(base: Pipeline, fast: Pipeline, inputs: readonly string[]): Differential {
  const before = { ...fast.fastYamlStats };
  const mismatches: Differential['mismatches'] = [];
  for (const input of inputs) {
    const a = base.parseDeclaration(input, { format: 'yaml' });
    const b = fast.parseDeclaration(input, { format: 'yaml' });
    const why = (() => {
      if (a.ok !== b.ok) return `verdict ${a.ok} vs ${b.ok}`;
      if (!a.ok || !b.ok) return JSON.stringify(a) === JSON.stringify(b) ? undefined : 'different issues';
      if (JSON.stringify(a.document.value) !== JSON.stringify(b.document.value)) return 'different value';
      if (Object.is(a.document.value, -0) !== Object.is(b.document.value, -0)) return 'different -0';
      for (const pointer of pointersOf(a.document.value)) {
        for (const keyPosition of [false, true]) {
          const pa = JSON.stringify(a.document.locate(pointer, { keyPosition }));
          const pb = JSON.stringify(b.document.locate(pointer, { keyPosition }));
          if (pa !== pb) return `position of ${pointer}${keyPosition ? ' (key)' : ''}: ${pa} vs ${pb}`;
        }
      }
      return undefined;
    })();
    if (why) mismatches.push({ input, why });
  }
  return { inputs: inputs.length, fastPath: fast.fastYamlStats.fast - before.fast, mismatches };
}

function differentialInputs(soup: number, mutantCount: number): string[] {
  const inputs: string[] = [...TRICKY_YAML];
  for (const name of readdirSync('examples').filter((f) => f.endsWith('.yaml'))) inputs.push(readFileSync(join('examples', name), 'utf8'));
  for (const shape of [{}, { exotic: 0.4, exoticIds: 0.3, edges: 0.3 }]) {
    for (const size of ['small', 'typical'] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        inputs.push(generateDocument({ seed, size, format: 'yaml', shape }).text);
        inputs.push(generateDocument({ seed, size, format: 'yaml', shape, invalid: true }).text);
      }
    }
  }
  for (const text of EXOTIC_TEXT) inputs.push(`a: ${JSON.stringify(text)}\nb: '${text.replace(/'/g, "''")}'\n`);
  inputs.push(...tokenSoup(soup, 20_261_130));
  inputs.push(...mutants(mutantCount, 20_261_131));
  return inputs;
}

function cases(size: SizeName, seed: number, base: Pipeline, fast: Pipeline): { cases: BenchCase[]; bytes: number } {
  const yaml = generateDocument({ seed, size, format: 'yaml' }).text;
  const json = generateDocument({ seed, size, format: 'json' }).text;
  const knownRuleIds = new Set(RULES.map((r) => r.id));
  const check = (p: Pipeline) => () => p.checkDeclaration(yaml, { format: 'yaml', evaluationDate: EVALUATION_DATE });
  return {
    bytes: Buffer.byteLength(yaml),
    cases: [
      { name: 'yaml.parse', fn: () => yamlParse(yaml) },
      { name: 'yaml.cst', fn: () => Array.from(new Parser().parse(yaml)) },
      { name: 'core.parse', fn: () => base.parseDeclaration(yaml, { format: 'yaml' }) },
      { name: 'core.check', fn: check(base) },
      { name: 'jsyaml.load', fn: () => jsyamlLoad(yaml) },
      { name: 'jsyaml.events', fn: () => parseEvents(yaml, {}) },
      { name: 'fast.parse', fn: () => fast.parseDeclaration(yaml, { format: 'yaml' }) },
      { name: 'fast.check', fn: check(fast) },
      { name: 'json.floor', fn: () => base.validateDeclaration(JSON.parse(json), { knownRuleIds }) },
    ],
  };
}

const RATIOS: readonly [string, string, number | undefined][] = [
  ['core.check', 'yaml.parse', 0.8],
  ['fast.check', 'yaml.parse', 0.8],
  ['core.parse', 'yaml.parse', undefined],
  ['jsyaml.load', 'yaml.parse', undefined],
  ['fast.parse', 'jsyaml.load', undefined],
  ['fast.parse', 'core.parse', undefined],
  ['fast.check', 'core.check', undefined],
  ['fast.check', 'jsyaml.load', undefined],
  ['fast.check', 'json.floor', undefined],
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
      out: { type: 'string', default: 'bench/.build/results/yaml.json' },
    },
  });
  const variants = await loadVariants(process.cwd(), ['base', 'fastyaml']);
  // fastyaml includes every engine what-if that still applies (bench/whatif.bench.ts), so fast.check shows the engine as it could be.
  const base = variants.base!;
  const fast = variants.fastyaml!;
  const diff = differential(base, fast, differentialInputs(Number(values.soup), Number(values.mutants)));
  process.stdout.write(`differential: ${diff.inputs} inputs, ${diff.fastPath} decided by the fast path, ${diff.mismatches.length} mismatches\n`);
  for (const m of diff.mismatches.slice(0, 20)) process.stdout.write(`  MISMATCH ${m.why}: ${JSON.stringify(m.input).slice(0, 200)}\n`);
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
    const built = cases(size, Number(values.seed), base, fast);
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
