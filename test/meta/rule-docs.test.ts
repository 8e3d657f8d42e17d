/** docs/rules.md and docs/coverage.md are generated from the rules' metadata and must be current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OBLIGATIONS } from '../../rules/obligations.js';
import { UK_RULESET } from '../../rules/index.js';
import { renderCoverage, renderRulesCatalogue } from '../../scripts/rule-docs.js';

const read = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('generated rule documentation', () => {
  it('docs/rules.md is current', () => {
    expect(read('rules.md'), 'docs/rules.md is stale: run `npm run generate`').toBe(renderRulesCatalogue(UK_RULESET));
  });

  it('docs/coverage.md is current', () => {
    expect(read('coverage.md'), 'docs/coverage.md is stale: run `npm run generate`').toBe(renderCoverage(UK_RULESET, OBLIGATIONS));
  });

  it('lists every rule in the catalogue and every obligation in the coverage table', () => {
    const catalogue = renderRulesCatalogue(UK_RULESET);
    for (const rule of UK_RULESET.rules) expect(catalogue).toContain(`### ${rule.id}`);
    const coverage = renderCoverage(UK_RULESET, OBLIGATIONS);
    for (const o of OBLIGATIONS) expect(coverage).toContain(`| ${o.id} |`);
  });
});
