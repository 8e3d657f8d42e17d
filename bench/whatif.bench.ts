/**
 * What-if benchmark: measures proposed engine fixes WITHOUT changing core/. Each variant is the real pipeline
 * (bench/whatif/entry.ts) bundled with esbuild, with a set of source patches applied to core/ files at bundle
 * time. Every patch must match the current source exactly (the build fails loudly when core/ has moved on).
 * Before measuring, each variant's results are compared with the unpatched pipeline's on many generated
 * declarations (JSON and YAML, sizes small and typical, with exotic strings and ids): they must be
 * byte-identical, so a variant's speed-up is a pure speed-up.
 *
 *   node bench/run.mjs bench/whatif.bench.ts [--size typical] [--rounds 7] [--window 300]
 *
 * Variants (cumulative; a group whose target code has changed upstream is skipped and reported):
 *   base        the code as it is in the working tree
 *   sort        rules sorted once per ruleset with a shared Intl.Collator (core/engine/evaluate.ts selectRules)
 *   hash        + one-shot crypto.hash for outcome fingerprints (core/engine/evaluate.ts fingerprint)
 *   summaries   + the static part of each rule summary built once per rule (core/engine/evaluate.ts summariseRule)
 *   locator     + JSON positions from an on-demand scanner instead of jsonc-parser's tree (bench/whatif/fast-json-locator.ts);
 *               a negative result: slower than jsonc-parser's tree (about 1.2 ms against 0.5 ms for 318 pointers in 20 KB)
 *
 * The YAML fast path that was measured here as `fastyaml` has been adopted (core/parse/yaml-fast.ts); bench/yaml.bench.ts
 * compares it with the `yaml`-package path alone.
 */
import { readFileSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';

import { SIZE_BYTES, generateDocument, isScript, type SizeName } from './generate.js';
import { fmtSummary, keep, machine, measure, ratio, type BenchCase } from './lib/measure.js';

interface Patch {
  file: string;
  find: string;
  replace: string;
}

const EVALUATE = 'core/engine/evaluate.ts';

const SORT: Patch[] = [
  {
    file: EVALUATE,
    find: `export function compareRuleIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}`,
    replace: `const RULE_ID_COLLATOR = new Intl.Collator('en', { numeric: true });
export function compareRuleIds(a: string, b: string): number {
  return RULE_ID_COLLATOR.compare(a, b);
}
const SORTED_RULES = new WeakMap<readonly RuleDefinition[], readonly RuleDefinition[]>();
function sortedRules(rules: readonly RuleDefinition[]): readonly RuleDefinition[] {
  let sorted = SORTED_RULES.get(rules);
  if (!sorted) {
    sorted = [...rules].sort((a, b) => compareRuleIds(a.id, b.id));
    SORTED_RULES.set(rules, sorted);
  }
  return sorted;
}`,
  },
  {
    file: EVALUATE,
    find: 'for (const rule of [...ruleset.rules].sort((a, b) => compareRuleIds(a.id, b.id))) {',
    replace: 'for (const rule of sortedRules(ruleset.rules)) {',
  },
];

const HASH: Patch[] = [
  { file: EVALUATE, find: "import { createHash } from 'node:crypto';", replace: "import { hash as oneShotHash } from 'node:crypto';" },
  {
    file: EVALUATE,
    find: "return createHash('sha256').update(`${ruleId}\\u0000${subjectKey}\\u0000${messageId}`).digest('hex').slice(0, 32);",
    replace: "return oneShotHash('sha256', `${ruleId}\\u0000${subjectKey}\\u0000${messageId}`, 'hex').slice(0, 32);",
  },
];

const SUMMARIES: Patch[] = [
  {
    file: EVALUATE,
    find: `  const helpUri =
    rule.citations.find((c) => c.instrument === 'ICO guidance')?.url ?? rule.citations.find((c) => c.url)?.url ?? '';
  return {
    id: rule.id,
    title: rule.title,
    area: rule.area,
    severity,
    defaultSeverity: rule.severity,
    status,
    counts,
    citations: rule.citations.map((c) => {
      const citation: RuleSummary['citations'][number] = { instrument: c.instrument, provision: c.provision, text: canonical(c) };
      if (c.url) citation.url = c.url;
      return citation;
    }),
    rationale: rule.rationale,
    remediation: [...rule.remediation],
    guidance: (rule.guidance ?? []).map((g) => ({ title: g.title, url: g.url })),
    tags: [...(rule.tags ?? [])],
    helpUri,
  };
}`,
    replace: `  const fixed = staticSummary(rule);
  return {
    id: rule.id,
    title: rule.title,
    area: rule.area,
    severity,
    defaultSeverity: rule.severity,
    status,
    counts,
    citations: fixed.citations,
    rationale: rule.rationale,
    remediation: fixed.remediation,
    guidance: fixed.guidance,
    tags: fixed.tags,
    helpUri: fixed.helpUri,
  };
}
type StaticSummary = Pick<RuleSummary, 'citations' | 'remediation' | 'guidance' | 'tags' | 'helpUri'>;
const STATIC_SUMMARIES = new WeakMap<RuleDefinition, StaticSummary>();
/** The parts of a rule summary that do not depend on the declaration: built once per rule, frozen, shared by results. */
function staticSummary(rule: RuleDefinition): StaticSummary {
  let fixed = STATIC_SUMMARIES.get(rule);
  if (!fixed) {
    fixed = Object.freeze({
      citations: Object.freeze(rule.citations.map((c) => {
        const citation: RuleSummary['citations'][number] = { instrument: c.instrument, provision: c.provision, text: canonical(c) };
        if (c.url) citation.url = c.url;
        return Object.freeze(citation);
      })) as RuleSummary['citations'],
      remediation: Object.freeze([...rule.remediation]) as string[],
      guidance: Object.freeze((rule.guidance ?? []).map((g) => Object.freeze({ title: g.title, url: g.url }))) as RuleSummary['guidance'],
      tags: Object.freeze([...(rule.tags ?? [])]) as string[],
      helpUri: rule.citations.find((c) => c.instrument === 'ICO guidance')?.url ?? rule.citations.find((c) => c.url)?.url ?? '',
    });
    STATIC_SUMMARIES.set(rule, fixed);
  }
  return fixed;
}`,
  },
];

const LOCATOR: Patch[] = [
  {
    file: 'core/parse/json.ts',
    find: "import { normaliseNegativeZero, numberProblem } from './values.js';",
    replace: "import { normaliseNegativeZero, numberProblem } from './values.js';\nimport { FastJsonLocator } from '../../bench/whatif/fast-json-locator.js';",
  },
  {
    file: 'core/parse/json.ts',
    find: 'return { ok: true, value, locator: new JsonLocator(text, lines) };',
    replace: 'void JsonLocator;\n  return { ok: true, value, locator: new FastJsonLocator(text, lines) };',
  },
];

/** Patch groups, applied cumulatively in this order; a group whose code has already changed upstream is skipped whole. */
export const GROUPS: readonly { name: string; patches: readonly Patch[] }[] = [
  { name: 'sort', patches: SORT },
  { name: 'hash', patches: HASH },
  { name: 'summaries', patches: SUMMARIES },
  // Last, so no other variant carries it: measured slower than jsonc-parser's tree (kept as a negative result).
  { name: 'locator', patches: LOCATOR },
];

function applies(root: string, group: { patches: readonly Patch[] }): boolean {
  return group.patches.every((p) => readFileSync(resolve(root, p.file), 'utf8').includes(p.find));
}

/**
 * The variants to build: `base` (the code as it is in the working tree), then one per applicable group, each
 * with every earlier applicable group too. Groups that no longer apply are listed in `skipped`.
 */
export function variantsFor(root: string): { variants: Record<string, Patch[]>; skipped: string[] } {
  const variants: Record<string, Patch[]> = { base: [] };
  const skipped: string[] = [];
  let cumulative: Patch[] = [];
  for (const group of GROUPS) {
    if (!applies(root, group)) {
      skipped.push(group.name);
      continue;
    }
    cumulative = [...cumulative, ...group.patches];
    variants[group.name] = cumulative;
  }
  return { variants, skipped };
}

function patchPlugin(root: string, patches: readonly Patch[]): Plugin {
  const byFile = new Map<string, Patch[]>();
  for (const p of patches) byFile.set(resolve(root, p.file), [...(byFile.get(resolve(root, p.file)) ?? []), p]);
  return {
    name: 'whatif-patches',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const list = byFile.get(args.path);
        if (!list) return undefined;
        let source = readFileSync(args.path, 'utf8');
        for (const p of list) {
          if (!source.includes(p.find)) throw new Error(`what-if patch no longer applies to ${p.file}: ${p.find.slice(0, 80)}`);
          // A function replacement, so `$` in the patch is not a replacement pattern.
          source = source.replace(p.find, () => p.replace);
        }
        return { contents: source, loader: 'ts' };
      });
    },
  };
}

export interface Pipeline {
  checkDeclaration: typeof import('../core/check.js').checkDeclaration;
  parseDeclaration: typeof import('../core/parse/index.js').parseDeclaration;
  validateDeclaration: typeof import('../core/validate/index.js').validateDeclaration;
}

export async function loadVariants(root: string, names?: readonly string[]): Promise<Record<string, Pipeline>> {
  const outdir = join(root, 'bench', '.build', 'whatif');
  mkdirSync(outdir, { recursive: true });
  const { variants } = variantsFor(root);
  const loaded: Record<string, Pipeline> = {};
  for (const name of names ?? Object.keys(variants)) {
    const patches = variants[name];
    if (!patches) throw new Error(`variant ${name} does not apply to the current source`);
    const outfile = join(outdir, `${name}.mjs`);
    await build({
      entryPoints: [join(root, 'bench', 'whatif', 'entry.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
      plugins: [patchPlugin(root, patches)],
    });
    loaded[name] = (await import(pathToFileURL(outfile).href)) as Pipeline;
  }
  return loaded;
}

const EVALUATION_DATE = '2026-06-01';

/** The variants must give byte-identical results to the unpatched pipeline. Returns the number of documents compared. */
export function checkEquivalence(variants: Record<string, Pipeline>): number {
  const base = variants.base!;
  let compared = 0;
  const shapes = [{}, { exotic: 0.3, exoticIds: 0.3, edges: 0.3 }];
  for (const shape of shapes) {
    for (const size of ['small', 'typical'] as const) {
      for (const format of ['json', 'yaml'] as const) {
        for (let seed = 1; seed <= 8; seed++) {
          for (const invalid of [false, true]) {
            const doc = generateDocument({ seed, size, format, invalid, shape });
            const expected = JSON.stringify(base.checkDeclaration(doc.text, { format, evaluationDate: EVALUATION_DATE }));
            for (const [name, pipeline] of Object.entries(variants)) {
              const got = JSON.stringify(pipeline.checkDeclaration(doc.text, { format, evaluationDate: EVALUATION_DATE }));
              if (got !== expected) throw new Error(`variant ${name} differs from base on seed ${seed} ${size} ${format}${invalid ? ' invalid' : ''}`);
            }
            compared++;
          }
        }
      }
    }
  }
  return compared;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'typical' },
      rounds: { type: 'string', default: '7' },
      window: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/.build/results/whatif.json' },
    },
  });
  const size = values.size as SizeName;
  if (!Object.hasOwn(SIZE_BYTES, size)) throw new Error(`unknown size ${values.size}`);
  const root = process.cwd();
  const { skipped } = variantsFor(root);
  if (skipped.length) process.stdout.write(`what-if: already changed in the source, so not measured: ${skipped.join(', ')}\n`);
  const variants = await loadVariants(root);
  const compared = checkEquivalence(variants);
  process.stdout.write(`what-if: ${Object.keys(variants).length} variants give byte-identical results on ${compared} generated declarations\n`);

  const json = generateDocument({ seed: Number(values.seed), size, format: 'json' }).text;
  const yaml = generateDocument({ seed: Number(values.seed), size, format: 'yaml' }).text;
  const base = variants.base!;
  const knownRuleIds = new Set((await import('../rules/index.js')).RULES.map((r) => r.id));
  const cases: BenchCase[] = [
    { name: 'json.floor', fn: () => base.validateDeclaration(JSON.parse(json), { knownRuleIds }) },
    ...Object.entries(variants).map(([name, p]) => ({ name: `json.check.${name}`, fn: () => p.checkDeclaration(json, { format: 'json', evaluationDate: EVALUATION_DATE }) })),
    ...Object.entries(variants).map(([name, p]) => ({ name: `yaml.check.${name}`, fn: () => p.checkDeclaration(yaml, { format: 'yaml', evaluationDate: EVALUATION_DATE }) })),
  ];
  keep(cases);
  const options = { rounds: Number(values.rounds), windowMs: Number(values.window), warmupMs: Number(values.warmup), minIterations: 3 };
  const info = machine();
  process.stdout.write(`${size} (${Buffer.byteLength(json)} bytes JSON); load average ${(info.loadAverage as number[]).join(' ')}\n`);
  const results = measure(cases, options, (line) => process.stderr.write(`${line}\r`));
  process.stderr.write('\n');
  for (const r of results) {
    const vsFloor = r.name.startsWith('json.check') ? `  check/floor = ${fmtSummary(ratio(results, r.name, 'json.floor'), 3)}` : '';
    process.stdout.write(`  ${r.name.padEnd(22)} CPU µs/op ${fmtSummary(r.cpuMicroseconds, 0).padEnd(28)}${vsFloor}\n`);
  }
  mkdirSync(join(root, 'bench', '.build', 'results'), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify({ benchmark: 'whatif', date: new Date().toISOString(), machine: info, options, size, skipped, compared, results }, null, 2)}\n`);
  process.stdout.write(`results: ${values.out}\n`);
}

if (isScript('whatif.bench')) await main(process.argv.slice(2));
