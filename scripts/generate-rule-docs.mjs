// Writes docs/rules.md and docs/coverage.md from the rules' metadata (bundles the TypeScript renderer with esbuild).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const dir = await mkdtemp(join(tmpdir(), 'campaigncheck-docs-'));
try {
  const entry = join(dir, 'entry.ts');
  const root = new URL('..', import.meta.url).pathname;
  await writeFile(
    entry,
    `import { renderRulesCatalogue, renderCoverage } from '${root}scripts/rule-docs.ts';
     import { UK_RULESET } from '${root}rules/index.ts';
     import { OBLIGATIONS } from '${root}rules/obligations.ts';
     export const rules = renderRulesCatalogue(UK_RULESET);
     export const coverage = renderCoverage(UK_RULESET, OBLIGATIONS);`,
  );
  const out = join(dir, 'entry.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'warning' });
  const { rules, coverage } = await import(pathToFileURL(out).href);
  await writeFile(new URL('../docs/rules.md', import.meta.url), rules);
  await writeFile(new URL('../docs/coverage.md', import.meta.url), coverage);
  console.log('wrote docs/rules.md and docs/coverage.md');
} finally {
  await rm(dir, { recursive: true, force: true });
}
