/**
 * Pathological YAML at the size cap (256 KiB) and at a quarter of it: what each parser costs, so that nothing
 * super-linear or stack-hungry hides behind the fast path (core/parse/yaml-fast.ts). For every case:
 *
 *   jsyaml.events   js-yaml 5 parseEvents with its default options (maxDepth 100), errors caught
 *   yaml.parse      YAML.parse from the `yaml` package with uniqueKeys: false (its default duplicate-key check is
 *                   quadratic; parseDeclaration never uses it), errors caught, one call; not run on the deep-nesting
 *                   cases, where the library can die with a fatal out-of-memory error (see core/parse/yaml.ts), nor
 *                   on runs of quotes, where it is super-linear (57 s at 128 KiB)
 *   slow.parse      parseDeclaration with the fast path switched off (the `yaml`-package path alone: the old cost)
 *   core.parse      parseDeclaration as it is (depth pre-scan, fast path, `yaml`-package path for the rest)
 *
 * plus which path decided (pre-scan, fast, or declined by the fast path) and the outcome (ok or the first issue
 * code). Times are wall-clock milliseconds, the median (and max) of --reps calls. The growth column is the fastest
 * call at 256 KiB over the fastest at 64 KiB: about 4 for linear cost (small figures are noisy).
 *
 *   node bench/run.mjs bench/yaml-hostile.ts [--reps 3] [--only flow-nesting,many-keys] [--small 65536] [--large 262144]
 *   npm run bench:yaml-hostile
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseEvents } from 'js-yaml';
import { parse as yamlParse } from 'yaml';

import { parseDeclaration, type ParseResult } from '../core/parse/index.js';
import { DEFAULT_PARSE_LIMITS } from '../core/parse/limits.js';
import { LineIndex } from '../core/parse/positions.js';
import { prescanYamlDepth, withYamlFastPathDisabled } from '../core/parse/yaml.js';
import { parseYamlFast } from '../core/parse/yaml-fast.js';
import { isScript } from './generate.js';
import { fmt, machine } from './lib/measure.js';

interface HostileYaml {
  name: string;
  what: string;
  make: (bytes: number) => string;
  /** Do not run YAML.parse on this input: the `yaml` package may die on it (fatal, not catchable), or take minutes. */
  noRaw?: string;
}

/** `head`, then `unit(i)` for i = 0, 1, … while the whole stays within `bytes` (UTF-8), then `tail`. */
function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; ; i++) {
    const u = unit(i);
    const n = Buffer.byteLength(u);
    if (size + n > bytes) break;
    parts.push(u);
    size += n;
  }
  parts.push(tail);
  return parts.join('');
}

/** Lines `k:` indented one more space each time, as deep as `bytes` allows (about 720 levels at 256 KiB). */
function staircase(bytes: number): string {
  return fill(bytes, (i) => `${' '.repeat(i)}k:\n`);
}

export const HOSTILE_YAML: readonly HostileYaml[] = [
  { name: 'flow-nesting', what: '[[[[… to the cap', make: (b) => '['.repeat(b), noRaw: 'deep' },
  { name: 'flow-nesting-maps', what: 'a: {a: {a: … to the cap', make: (b) => `a: ${'{a: '.repeat(Math.floor((b - 3) / 4))}`, noRaw: 'deep' },
  { name: 'dash-line', what: 'one line of "- - - …"', make: (b) => `${'- '.repeat(Math.floor((b - 2) / 2))}x`, noRaw: 'deep' },
  { name: 'dash-lines-60', what: 'lines of 60 "- " each (depth 61, allowed)', make: (b) => fill(b, () => `${'- '.repeat(60)}x\n`) },
  { name: 'block-staircase', what: 'k: indented one more space per line, ~720 levels (the pre-scan cannot see it)', make: (b) => staircase(b) },
  { name: 'block-chains-60', what: 'top-level keys each over a 60-deep chain of mappings', make: (b) => fill(b, (i) => `t${i}:\n${Array.from({ length: 59 }, (_, d) => `${' '.repeat(d + 1)}k:`).join('\n')} 1\n`) },
  { name: 'many-keys', what: 'k0: 1 … (~25,000 keys)', make: (b) => fill(b, (i) => `k${i}: 1\n`) },
  { name: 'many-keys-duplicate', what: 'the same with one duplicate at the end', make: (b) => fill(b - 8, (i) => `k${i}: 1\n`, '', 'k0: 2\n') },
  { name: 'long-plain-scalar', what: 'a: xxxx… (one 256 KiB plain scalar)', make: (b) => `a: ${'x'.repeat(b - 4)}\n` },
  { name: 'long-plain-multiline', what: 'a: one plain scalar folded over ~40,000 lines', make: (b) => fill(b, () => 'word\n  ', 'a: ', 'end\n') },
  { name: 'long-key', what: 'a 256 KiB implicit key', make: (b) => `${'k'.repeat(b - 4)}: 1` },
  { name: 'tab-after-colon', what: 'k0:<TAB>v on every line', make: (b) => fill(b, (i) => `k${i}:\tv\n`) },
  { name: 'tab-indent', what: 'a tab as indentation on every line', make: (b) => fill(b, (i) => `\tk${i}: v\n`, 'a:\n') },
  { name: 'complex-keys', what: '"? k" / ": v" pairs (~20,000 explicit keys)', make: (b) => fill(b, (i) => `? k${i}\n: v\n`) },
  { name: 'complex-keys-bare', what: '"? k" without values', make: (b) => fill(b, (i) => `? k${i}\n`) },
  { name: 'dq-escapes', what: 'a: "\\"\\"\\"…" (double-quoted escapes)', make: (b) => `a: "${'\\"'.repeat(Math.floor((b - 7) / 2))}"\n` },
  { name: 'dq-unicode-escapes', what: 'a: "\\u00e9\\u00e9…"', make: (b) => `a: "${'\\u00e9'.repeat(Math.floor((b - 7) / 6))}"\n` },
  { name: 'sq-quotes', what: "a: '''''…' (single-quoted doubled quotes)", make: (b) => `a: '${"''".repeat(Math.floor((b - 7) / 2))}'\n` },
  { name: 'unclosed-quote', what: 'a: "xxx… with no closing quote', make: (b) => `a: "${'x'.repeat(b - 5)}` },
  // YAML.parse is super-linear here: about 1 s at 32 KiB, 2.5 s at 64 KiB, 57 s at 128 KiB (measured once).
  { name: 'quote-runs', what: '"""""… (quotes only)', make: (b) => '"'.repeat(b), noRaw: 'super-linear' },
  { name: 'many-documents', what: '---\\n repeated (~65,000 empty documents)', make: (b) => '---\n'.repeat(Math.floor(b / 4)) },
  { name: 'many-documents-content', what: '---\\na: 1\\n repeated', make: (b) => fill(b, () => '---\na: 1\n') },
  { name: 'block-scalar-indent', what: 'a: | with every line indented 4,000 spaces', make: (b) => fill(b, () => `${' '.repeat(4000)}x\n`, 'a: |\n') },
  { name: 'block-scalar-blank', what: 'a: | then 256 KiB of lines of spaces', make: (b) => fill(b, (i) => `${' '.repeat(i % 200)}\n`, 'a: |\n', '  x\n') },
  { name: 'unicode-values', what: 'k0: 😀日本語é… on every line', make: (b) => fill(b, (i) => `k${i}: 😀日本語é ü 🗳️ ${'ж'.repeat(20)}\n`) },
  { name: 'unicode-keys', what: '日本0: é on every line', make: (b) => fill(b, (i) => `日本語${i}: é\n`) },
  { name: 'anchors-aliases', what: 'a0: &a0 x / b0: *a0 pairs', make: (b) => fill(b, (i) => `a${i}: &a${i} x\nb${i}: *a${i}\n`) },
  { name: 'flow-list-wide', what: 'a: [1, 1, 1, …] (~85,000 items)', make: (b) => `a: [${fill(b - 6, (i) => (i === 0 ? '1' : ', 1'))}]\n` },
  { name: 'flow-map-wide', what: '{k0: 1, k1: 1, …}', make: (b) => `{${fill(b - 3, (i) => `${i === 0 ? '' : ', '}k${i}: 1`)}}\n` },
  { name: 'comments', what: '# comment lines, then a: 1', make: (b) => fill(b, () => '# a comment line\n', '', 'a: 1\n') },
  { name: 'colon-soup', what: ': : : : …', make: (b) => ': '.repeat(Math.floor(b / 2)) },
  { name: 'bracket-soup', what: '[{[{… unbalanced', make: (b) => '[{'.repeat(Math.floor(b / 2)), noRaw: 'deep' },
];

type Subject = 'jsyaml.events' | 'yaml.parse' | 'slow.parse' | 'core.parse';
const SUBJECTS: readonly Subject[] = ['jsyaml.events', 'yaml.parse', 'slow.parse', 'core.parse'];

function outcomeOf(result: ParseResult): string {
  return result.ok ? 'ok' : result.issues[0]!.code;
}

/** Which path decides: the depth pre-scan, the fast path, or the `yaml`-package path after the fast path declined. */
function pathOf(text: string): 'pre-scan' | 'fast' | 'declined' {
  if (prescanYamlDepth(text, DEFAULT_PARSE_LIMITS.maxDepth) !== undefined) return 'pre-scan';
  return parseYamlFast(text, DEFAULT_PARSE_LIMITS, new LineIndex(text), () => ({ ok: false, issues: [] })) ? 'fast' : 'declined';
}

function run(subject: Subject, text: string): { ms: number; outcome: string } {
  const t0 = performance.now();
  let outcome: string;
  switch (subject) {
    case 'jsyaml.events':
      try {
        outcome = `${parseEvents(text, {}).length} events`;
      } catch (error) {
        outcome = error instanceof RangeError ? `RangeError: ${error.message}` : 'error';
      }
      break;
    case 'yaml.parse':
      try {
        yamlParse(text, { uniqueKeys: false, logLevel: 'silent' });
        outcome = 'ok';
      } catch (error) {
        outcome = error instanceof RangeError ? `RangeError: ${error.message}` : 'error';
      }
      break;
    case 'slow.parse':
      outcome = outcomeOf(withYamlFastPathDisabled(() => parseDeclaration(text, { format: 'yaml' })));
      break;
    default:
      outcome = outcomeOf(parseDeclaration(text, { format: 'yaml' }));
  }
  return { ms: performance.now() - t0, outcome };
}

interface Timing {
  min: number;
  median: number;
  max: number;
  outcome: string;
}

function time(subject: Subject, text: string, reps: number): Timing {
  const ms: number[] = [];
  let outcome = '';
  for (let r = 0; r < reps; r++) {
    const one = run(subject, text);
    ms.push(one.ms);
    outcome = one.outcome;
  }
  ms.sort((a, b) => a - b);
  return { min: ms[0]!, median: ms[Math.floor(ms.length / 2)]!, max: ms[ms.length - 1]!, outcome };
}

const f = (ms: number | undefined): string => (ms === undefined ? '–' : ms < 10 ? fmt(ms, 2) : fmt(ms, 0));

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      reps: { type: 'string', default: '3' },
      only: { type: 'string' },
      small: { type: 'string', default: '65536' },
      large: { type: 'string', default: String(DEFAULT_PARSE_LIMITS.maxYamlBytes) },
      out: { type: 'string', default: 'bench/.build/results/yaml-hostile.json' },
    },
  });
  const reps = Number(values.reps);
  const sizes = [Number(values.small), Number(values.large)];
  const only = values.only?.split(',');
  const info = machine();
  process.stdout.write(`YAML hostile inputs: ${info.cpuModel} x${info.nproc}, Node ${info.node}, load average ${(info.loadAverage as number[]).join(' ')}; ${reps} calls each, wall ms median (max)\n\n`);
  const header = `| case | path | outcome | ${SUBJECTS.map((s) => `${s} ms`).join(' | ')} | core.parse growth ×4 size |`;
  process.stdout.write(`${header}\n|${' --- |'.repeat(SUBJECTS.length + 4)}\n`);
  const rows = [];
  for (const c of HOSTILE_YAML) {
    if (only && !only.includes(c.name)) continue;
    const perSize: Record<string, Partial<Record<Subject, Timing>>> = {};
    let path = '';
    let outcome = '';
    for (const bytes of sizes) {
      const text = c.make(bytes);
      if (Buffer.byteLength(text) > DEFAULT_PARSE_LIMITS.maxYamlBytes) throw new Error(`${c.name} is over the cap`);
      path = pathOf(text);
      const timings: Partial<Record<Subject, Timing>> = {};
      for (const subject of SUBJECTS) {
        if (subject === 'yaml.parse' && c.noRaw) continue;
        // YAML.parse is the reference only (parseDeclaration never runs it) and can take seconds: one call.
        timings[subject] = time(subject, text, subject === 'yaml.parse' ? 1 : reps);
      }
      outcome = timings['core.parse']!.outcome;
      if (timings['slow.parse']!.outcome !== outcome) throw new Error(`${c.name}: the two paths disagree (${outcome} vs ${timings['slow.parse']!.outcome})`);
      perSize[bytes] = timings;
    }
    const large = perSize[sizes[1]!]!;
    const small = perSize[sizes[0]!]!;
    // From the fastest calls, which other processes on the machine disturb least.
    const growth = large['core.parse']!.min / Math.max(small['core.parse']!.min, 0.01);
    const cells = SUBJECTS.map((s) => (large[s] ? (s === 'yaml.parse' ? f(large[s]!.median) : `${f(large[s]!.median)} (${f(large[s]!.max)})`) : `not run (${c.noRaw})`));
    process.stdout.write(`| ${c.name} | ${path} | ${outcome} | ${cells.join(' | ')} | ${fmt(growth, 1)} |\n`);
    rows.push({ name: c.name, what: c.what, path, outcome, bytes: sizes, timings: perSize, growth });
  }
  mkdirSync('bench/.build/results', { recursive: true });
  writeFileSync(values.out, `${JSON.stringify({ benchmark: 'yaml-hostile', date: new Date().toISOString(), machine: info, reps, rows }, null, 2)}\n`);
  process.stdout.write(`\nresults: ${values.out}\n`);
}

if (isScript('yaml-hostile')) await main(process.argv.slice(2));
