/** docs/api.md keeps up with the code: every route, problem code and environment variable is documented. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEMS } from '../../server/problem.js';
import { ROUTES } from './helpers.js';

const DOC = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
const CONFIG = readFileSync(new URL('../../server/config.ts', import.meta.url), 'utf8');

describe('docs/api.md', () => {
  it.each(ROUTES)('documents %s %s', (method, path) => {
    expect(DOC).toContain(`${method.toUpperCase()} ${path.replace(/\/(declaration|result|tailoring|waivers)$/, '/declaration')}`);
  });

  it.each(Object.entries(PROBLEMS))('documents the problem code %s (%j)', (code, { status }) => {
    expect(DOC).toContain(`\`${code}\``);
    const row = DOC.split('\n').find((line) => line.startsWith(`| ${status} |`) && line.includes(code));
    expect(row, `a status-code table row for ${status} naming ${code}`).toBeDefined();
  });

  it('documents every environment variable the server reads', () => {
    const variables = [...new Set(CONFIG.match(/CAMPAIGNCHECK_[A-Z_]+/g))];
    expect(variables.length).toBeGreaterThan(10);
    for (const variable of variables) expect(DOC, variable).toContain(`\`${variable}\``);
  });

  it('shows how to check a bundled example with curl', () => {
    expect(DOC).toContain(
      "curl -s -X POST --data-binary @examples/national-party-general-election.yaml \\\n  -H 'content-type: application/yaml' 'http://127.0.0.1:8080/v1/check?format=markdown'",
    );
  });
});
