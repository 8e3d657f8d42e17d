/** GET /v1/rules and /v1/rules/{id}: the same catalogue as `campaigncheck rules --format json`. */
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { ruleJson } from '../../../cli/commands/rules.js';
import { AJV_OPTIONS } from '../../../core/validate/ajv.js';
import { RULES, UK_RULESET } from '../../../rules/index.js';
import { RuleSchema } from '../../../server/catalogue.js';
import { cli, tempDir } from '../../cli/helpers.js';
import { build, expectProblem, json } from '../helpers.js';

interface Catalogue {
  ruleset: { id: string; version: string };
  rules: { id: string; area: string; severity: string; tags: string[] }[];
}

describe('GET /v1/rules', () => {
  it('every rule, with the same metadata as the CLI (rules --format json), byte for byte once parsed', async () => {
    const app = await build();
    const response = await app.inject({ url: '/v1/rules' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const catalogue = json(response) as unknown as Catalogue;
    expect(catalogue.rules).toHaveLength(RULES.length);
    const run = await cli(['rules', '--format', 'json'], { cwd: tempDir() });
    expect(catalogue).toEqual(JSON.parse(run.stdout));
    expect(catalogue.ruleset).toMatchObject({ id: UK_RULESET.id, version: UK_RULESET.version });
  });

  it('each rule matches the published Rule schema and the CLI function that builds it', async () => {
    const app = await build();
    const catalogue = json(await app.inject({ url: '/v1/rules' })) as unknown as Catalogue;
    const validate = new Ajv(AJV_OPTIONS).compile(RuleSchema);
    for (const rule of catalogue.rules) {
      expect(validate(rule), JSON.stringify(validate.errors)).toBe(true);
      expect(rule).toEqual(ruleJson(RULES.find((r) => r.id === rule.id)!));
    }
  });

  it.each([
    ['area=pecr', (r: Catalogue['rules'][number]) => r.area === 'pecr'],
    ['severity=critical,high', (r: Catalogue['rules'][number]) => ['critical', 'high'].includes(r.severity)],
    ['severity=critical&severity=high', (r: Catalogue['rules'][number]) => ['critical', 'high'].includes(r.severity)],
    ['tag=privacy-notice', (r: Catalogue['rules'][number]) => r.tags.includes('privacy-notice')],
  ])('?%s filters as the CLI does', async (query, keep) => {
    const app = await build();
    const catalogue = json(await app.inject({ url: `/v1/rules?${query}` })) as unknown as Catalogue;
    expect(catalogue.rules.length).toBeGreaterThan(0);
    expect(catalogue.rules.every(keep)).toBe(true);
    const args = query.split('&').flatMap((p) => {
      const [k, v] = p.split('=');
      return [`--${k}`, v!];
    });
    const run = await cli(['rules', '--format', 'json', ...args], { cwd: tempDir() });
    expect(catalogue).toEqual(JSON.parse(run.stdout));
  });

  it.each([['area=nope', 'area'], ['severity=severe', 'severity'], ['tag=nope-nope', 'tag'], ['rule=PECR-01', 'rule']])('?%s: 400 naming %s', async (query, parameter) => {
    const app = await build();
    expect(expectProblem(await app.inject({ url: `/v1/rules?${query}` }), 400, 'INVALID_PARAMETER').parameter).toBe(parameter);
  });
});

describe('GET /v1/rules/{id}', () => {
  it('one rule, any case', async () => {
    const app = await build();
    const rule = RULES[0]!;
    for (const id of [rule.id, rule.id.toLowerCase()]) {
      const response = await app.inject({ url: `/v1/rules/${id}` });
      expect(response.statusCode).toBe(200);
      expect(json(response)).toEqual(ruleJson(rule));
    }
  });

  it('citations carry canonical text and URL', async () => {
    const app = await build();
    const rule = json(await app.inject({ url: '/v1/rules/PECR-01' })) as { citations: { text: string; url?: string }[] };
    expect(rule.citations.length).toBeGreaterThan(0);
    expect(rule.citations.some((c) => typeof c.url === 'string' && c.url.startsWith('https://'))).toBe(true);
    expect(rule.citations.every((c) => c.text.length > 0)).toBe(true);
  });

  it('an unknown id: 404 RULE_NOT_FOUND with a did-you-mean', async () => {
    const app = await build();
    const problem = expectProblem(await app.inject({ url: '/v1/rules/PECR-1' }), 404, 'RULE_NOT_FOUND');
    expect(problem.suggestion).toMatch(/^PECR-/);
    expect(problem.detail).toContain('Did you mean');
    const far = expectProblem(await app.inject({ url: '/v1/rules/ZZZZZZZZZZ' }), 404, 'RULE_NOT_FOUND');
    expect(far.suggestion).toBeUndefined();
  });

  it('an id that cannot be a rule id: 400', async () => {
    const app = await build();
    expectProblem(await app.inject({ url: '/v1/rules/%3Cscript%3E' }), 400, 'INVALID_PARAMETER');
    expectProblem(await app.inject({ url: `/v1/rules/${'A'.repeat(60)}` }), 400, 'INVALID_PARAMETER');
  });
});
