/** POST /v1/validate: parse and validate only, as `campaigncheck validate`. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateBytes } from '../../../cli/commands/validate.js';
import { REQUEST_FILENAME } from '../../../server/app.js';
import { minimalDeclaration } from '../../helpers/declarations.js';
import { build, example, expectProblem, json, JSON_CT, minimalJson, YAML_CT } from '../helpers.js';

describe('POST /v1/validate', () => {
  it.each([
    ['national-party-general-election.yaml', YAML_CT],
    ['non-party-campaigner.json', JSON_CT],
  ] as const)('%s: 200 { valid: true }', async (name, headers) => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/validate', headers, payload: example(name) });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ valid: true });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['an unknown property', JSON.stringify({ ...minimalDeclaration(), colour: 'red' }), JSON_CT, 'INVALID_DECLARATION'],
    ['a waiver naming an unknown rule', stringify({ ...minimalDeclaration(), waivers: [{ ruleId: 'NOPE-99', justification: 'A documented reason for this waiver.', approvedBy: 'Data protection officer', expires: '2030-01-01' }] }), YAML_CT, 'INVALID_DECLARATION'],
    ['malformed YAML', 'a: [1, 2\n', YAML_CT, 'INVALID_DECLARATION'],
    ['a byte-order mark', `\ufeff${minimalJson()}`, JSON_CT, 'UNREADABLE_DECLARATION'],
  ] as const)('%s: 422 with the issues `campaigncheck validate` prints', async (_name, payload, headers, code) => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/validate', headers, payload });
    const problem = expectProblem(response, 422, code);
    const bytes = Buffer.from(payload);
    const expected = validateBytes({ ok: true, bytes }, REQUEST_FILENAME);
    expect(expected.length).toBeGreaterThan(0);
    expect(problem.issues).toEqual(expected);
  });

  it('validate and check agree on validity', async () => {
    const app = await build();
    for (const payload of [minimalJson(), '{"schemaVersion": 1}', '{}']) {
      const v = await app.inject({ method: 'POST', url: '/v1/validate', headers: JSON_CT, payload });
      const c = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload });
      expect(v.statusCode === 200).toBe(c.statusCode === 200);
      if (v.statusCode !== 200) expect(json(v).issues).toEqual(json(c).issues);
    }
  });
});
