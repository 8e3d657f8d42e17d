/** Validation issues a volunteer can act on: what, where (line:column and pointer), how to fix it. */
import { describe, expect, it } from 'vitest';
import { checkDeclaration, loadTailoring, loadWaivers } from '../../../core/check.js';
import { validateDeclaration } from '../../../core/validate/index.js';
import { declaration } from '../../helpers/declarations.js';

const yaml = (body: string) => `schemaVersion: "1.0"\ndeclarant:\n  name: Test Party\n  organisationType: registered_party\ncampaign:\n  name: Test\n${body}`;

function issuesOf(text: string) {
  const result = checkDeclaration(text, { filename: 'd.yaml' });
  expect(result.valid).toBe(false);
  return result.validation.issues;
}

describe('schema issues', () => {
  it('names a near-miss enum value with a did-you-mean, at its line and column', () => {
    const [issue] = issuesOf(yaml('communications:\n  - id: a\n    name: A\n    channel: sns\n'));
    expect(issue).toMatchObject({ code: 'INVALID_VALUE', pointer: '/communications/0/channel', line: 10, column: 14, source: 'schema' });
    expect(issue!.message).toContain('Did you mean "sms"?');
    expect(issue!.hint).toMatch(/^Use one of: email, sms/);
  });

  it('treats an unknown property as an error with a did-you-mean, at the key', () => {
    const [issue] = issuesOf(yaml('privacyNotice:\n  published: true\n  urll: https://example.org/privacy\n'));
    expect(issue).toMatchObject({ code: 'UNKNOWN_FIELD', pointer: '/privacyNotice/urll', line: 9, column: 3 });
    expect(issue!.message).toBe('Unknown field "urll" in "privacyNotice". Did you mean "url"?');
  });

  it('reports a missing required field with the property\'s own title and description', () => {
    const issues = issuesOf('schemaVersion: "1.0"\ndeclarant:\n  organisationType: candidate\ncampaign:\n  name: X\n');
    expect(issues[0]).toMatchObject({ code: 'MISSING_FIELD', pointer: '/declarant/name', line: 3 });
    expect(issues[0]!.message).toBe('"declarant" is missing the required field "name" (Name).');
    expect(issues[0]!.hint).toContain('The legal name of the organisation or person.');
  });

  it('explains a wrong type in words, without coercing "true" to true', () => {
    const [issue] = issuesOf(yaml('privacyNotice:\n  published: "true"\n'));
    expect(issue).toMatchObject({ code: 'WRONG_TYPE', pointer: '/privacyNotice/published' });
    expect(issue!.message).toBe('Published (privacyNotice.published) must be true or false (without quotes), not the text "true".');
  });

  it('explains a date in the wrong form using the field\'s own words', () => {
    const issues = issuesOf('schemaVersion: "1.0"\ndeclarant:\n  name: X\n  organisationType: candidate\ncampaign:\n  name: X\n  pollingDate: 7 May 2026\n');
    expect(issues[0]).toMatchObject({ code: 'INVALID_FORMAT', pointer: '/campaign/pollingDate', line: 7, column: 16 });
    expect(issues[0]!.message).toContain('Polling day (campaign.pollingDate)');
  });

  it('reports every problem at once, in source order', () => {
    const issues = issuesOf(yaml('privacyNotice:\n  published: yes\n  url: not-a-url\ncanvassing:\n  used: true\n  tool: tablet\n'));
    expect(issues.map((i) => i.pointer)).toEqual(['/privacyNotice/published', '/privacyNotice/url', '/canvassing/tool']);
  });

  it('caps the issues returned and gives the total', () => {
    const many = Array.from({ length: 150 }, (_, i) => `  k${i}: 1`).join('\n');
    const result = checkDeclaration(yaml(`privacyNotice:\n  published: true\n${many}\n`), { filename: 'd.yaml' });
    expect(result.validation.issues).toHaveLength(100);
    expect(result.validation.totalIssues).toBe(150);
  });

  it('rejects a top-level value that is not an object', () => {
    for (const text of ['[]', '"x"', '1', 'null']) {
      const result = checkDeclaration(text, { filename: 'd.json' });
      expect(result.valid).toBe(false);
      expect(result.validation.issues[0]!.code).toBe('WRONG_TYPE');
    }
  });
});

describe('reference checks', () => {
  it('reports a dangling reference with a did-you-mean', () => {
    const d = declaration({
      dataSources: [{ id: 'petition-2026', name: 'Petition', type: 'petition' }],
      communications: [{ id: 'sms', name: 'SMS', channel: 'sms', audienceSourceIds: ['petition-2025'] }],
    });
    const result = validateDeclaration(d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', pointer: '/communications/0/audienceSourceIds/0', source: 'reference' }),
    ]);
    expect(result.issues[0]!.message).toContain('Did you mean "petition-2026"?');
  });

  it('reports a duplicate id', () => {
    const d = declaration({ vendors: [{ id: 'crm', name: 'A' }, { id: 'crm', name: 'B' }] });
    const result = validateDeclaration(d);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([['DUPLICATE_ID', '/vendors/1/id']]);
  });

  it('treats a waiver naming an unknown rule, or an item that does not exist, as an error', () => {
    const d = declaration({
      communications: [{ id: 'sms', name: 'SMS', channel: 'sms' }],
      waivers: [
        { ruleId: 'PECR-99', justification: 'x', approvedBy: { name: 'A', role: 'DPO' }, expires: '2027-01-01' },
        { ruleId: 'PECR-01', subject: 'communications/smss', justification: 'x', approvedBy: { name: 'A', role: 'DPO' }, expires: '2027-01-01' },
      ],
    });
    const result = validateDeclaration(d, { knownRuleIds: new Set(['PECR-01']) });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['UNKNOWN_RULE', '/waivers/0/ruleId'],
      ['UNKNOWN_WAIVER_SUBJECT', '/waivers/1/subject'],
    ]);
    if (!result.ok) expect(result.issues[1]!.message).toContain('Did you mean "communications/sms"?');
  });
});

describe('side files', () => {
  it('loads a tailoring file and rejects unknown rules in it', () => {
    const good = loadTailoring('rules:\n  PECR-01:\n    severity: high\n    reason: Agreed\n', 't.yaml');
    expect(good).toMatchObject({ ok: true, value: { tailoring: { rules: { 'PECR-01': { severity: 'high', reason: 'Agreed' } } } } });
    const bad = loadTailoring('rules:\n  PECR-77:\n    enabled: false\n    reason: x\n', 't.yaml');
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['UNKNOWN_RULE']);
    const missingReason = loadTailoring('rules:\n  PECR-01:\n    enabled: false\n', 't.yaml');
    expect(missingReason.ok ? [] : missingReason.issues.map((i) => i.code)).toEqual(['MISSING_FIELD']);
  });

  it('loads a waivers file', () => {
    const text = 'waivers:\n  - ruleId: PECR-01\n    justification: x\n    approvedBy: { name: A, role: DPO }\n    expires: "2027-01-01"\n';
    const loaded = loadWaivers(text, 'w.yaml');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.waivers[0]!.source).toBe('w.yaml');
  });
});

describe('hostile sizes', () => {
  it('rejects a list longer than any the schema allows before validating its items', () => {
    const items = Array.from({ length: 450_000 }, () => 1);
    const text = JSON.stringify({ schemaVersion: '1.0', declarant: { name: 'X', organisationType: 'candidate', jurisdictions: items }, campaign: { name: 'C' } });
    const result = checkDeclaration(text, { filename: 'd.json' });
    expect(result.valid).toBe(false);
    expect(result.validation.issues).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', pointer: '/declarant/jurisdictions', line: 1 }),
    ]);
    expect(result.validation.issues[0]!.message).toContain('450000 items');
    // One issue, not 450,000: the items were never validated one by one.
    expect(result.validation.totalIssues).toBe(1);
  });

  it('names an oversized list nested in lists and under escaped names by its exact pointer', () => {
    const text = JSON.stringify({ schemaVersion: '1.0', 'odd/name~x': [{}, { deeper: Array.from({ length: 1001 }, (_, i) => i) }] });
    const result = checkDeclaration(text, { filename: 'd.json' });
    expect(result.validation.issues).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE', pointer: '/odd~1name~0x/1/deeper' })]);
    expect(result.validation.issues[0]!.message).toContain('1001 items');
  });
});
