/** SARIF 2.1.0: valid against the OASIS schema (draft-04, validated with ajv-draft-04) and mapped as documented. */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, VALIDATION_RULE_ID, artifactUri, sarif } from '../../formatters/sarif.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { FIXTURE_NAMES, fixture } from './helpers.js';

const SCHEMA_PATH = new URL('../../../shared/vendor-schemas/sarif-schema-2.1.0.json', import.meta.url);
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const ajv = new AjvModule.default({ allErrors: true, strict: false });
const isUri = (s: string) => {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};
ajv.addFormat('uri', isUri);
ajv.addFormat('uri-reference', (s: string) => isUri(s) || /^[^\s:/?#]*(?:\/[^\s?#]*)?(?:\?[^\s#]*)?(?:#\S*)?$/.test(s) && !/[\s<>"{}|\\^`]/.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

interface Log {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: Record<string, any>[] }[];
    artifacts: Record<string, any>[];
    results: Record<string, any>[];
    properties: Record<string, any>;
  }[];
}

function run(results: CheckResult[], options = {}): Log['runs'][number] {
  const log = JSON.parse(sarif(results, options)) as Log;
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

describe('sarif', () => {
  it.for([...FIXTURE_NAMES.map((n) => [n]), ['mixed', 'clean', 'invalid', 'engine-error', 'hostile'], []])(
    'is valid SARIF 2.1.0 for %j',
    (names) => {
      const out = sarif(names.map(fixture), {});
      const ok = validate(JSON.parse(out));
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('matches the snapshot for mixed', async () => {
    await expect(sarif([fixture('mixed')], {})).toMatchFileSnapshot('__snapshots__/report-mixed.sarif');
  });

  it('describes the tool and every rule evaluated', () => {
    const { tool } = run([fixture('mixed')]);
    expect(tool.driver).toMatchObject({ name: 'campaigncheck', version: '0.1.0', informationUri: 'https://campaigncheck.dev' });
    expect(tool.driver.rules.map((r) => r.id)).toEqual(fixture('mixed').rules.map((r) => r.id));
    const pecr = tool.driver.rules.find((r) => r.id === 'PECR-01')!;
    expect(pecr.shortDescription.text).toBe('Campaign emails, texts and other electronic messages are sent only with prior consent');
    expect(pecr.fullDescription.text).toMatch(/^Emails, texts, messaging-app messages/);
    expect(pecr.help.text).toContain('1. Send campaign emails');
    expect(pecr.help.text).toContain('PECR reg. 22(2) https://www.legislation.gov.uk/uksi/2003/2426/regulation/22');
    expect(pecr.help.markdown).toContain('[PECR reg. 22(2)](https://www.legislation.gov.uk/uksi/2003/2426/regulation/22)');
    expect(pecr.helpUri).toMatch(/^https:\/\/ico\.org\.uk\//);
    expect(pecr.defaultConfiguration).toEqual({ level: 'error' });
    expect(pecr.properties).toMatchObject({ area: 'pecr', severity: 'critical', citations: ['PECR reg. 22(2)', 'UK GDPR Art. 4(11)', 'ICO guidance: Political campaigning - opinion research and direct marketing'] });
    expect(pecr.properties.tags).toContain('pecr');
  });

  it('reports open and waived outcomes only, with levels by status', () => {
    const result = fixture('mixed');
    const { results } = run([result]);
    const reported = result.outcomes.filter((o) => ['fail', 'warn', 'needs_info', 'waived'].includes(o.status));
    expect(results).toHaveLength(reported.length);
    const level = (ruleId: string, status: string) => results.find((r) => r.ruleId === ruleId && r.properties.status === status)!.level;
    expect(level('LB-01', 'fail')).toBe('error');
    expect(level('PRF-01', 'warn')).toBe('warning');
    expect(level('TR-01', 'needs_info')).toBe('warning');
    expect(level('PECR-04', 'waived')).toBe('error'); // the level of the status before the waiver
    for (const r of results) expect(r.ruleIndex).toBe(result.rules.findIndex((x) => x.id === r.ruleId));
  });

  it('locates results in the file and in the declaration, with stable fingerprints', () => {
    const result = fixture('mixed');
    const { results, artifacts } = run([result]);
    expect(artifacts).toEqual([
      {
        location: { uri: 'examples/northfield-independents.json' },
        length: 6143,
        mimeType: 'application/json',
        hashes: { 'sha-256': 'c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2' },
      },
    ]);
    const sc = results.find((r) => r.ruleId === 'SC-01')!;
    expect(sc.message.text).toBe('activity "Voting intention modelling" infers political opinions but declares no Article 9(2) condition.');
    expect(sc.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'examples/northfield-independents.json', index: 0 }, region: { startLine: 38, startColumn: 5 } },
        logicalLocations: [{ name: 'specialCategoryCondition', fullyQualifiedName: '/processingActivities/0/specialCategoryCondition' }],
      },
    ]);
    expect(sc.relatedLocations).toHaveLength(1);
    expect(sc.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: result.outcomes.find((o) => o.ruleId === 'SC-01')!.fingerprint });
    const expired = results.find((r) => r.ruleId === 'WVR-01')!;
    expect(expired.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'examples/northfield-independents.json', index: 0 } });
    expect(expired.locations[0].logicalLocations).toBeUndefined();
  });

  it('marks waived outcomes as accepted external suppressions with the justification', () => {
    const { results } = run([fixture('mixed')]);
    const waived = results.find((r) => r.properties.status === 'waived')!;
    expect(waived.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification:
          'Consent records for members who joined before 2024 are held on paper forms at the party office; they are being scanned. (approved by Priya Shah, Data protection lead, on 2027-01-10; expires 2027-06-30; reference DP-2027-004)',
      },
    ]);
    expect(waived.properties).toMatchObject({ waivedStatus: 'fail', waiverExpires: '2027-06-30' });
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
  });

  it('reports validation issues of an invalid declaration as results', () => {
    const { results, tool } = run([fixture('invalid')]);
    expect(tool.driver.rules.map((r) => r.id)).toEqual([VALIDATION_RULE_ID]);
    expect(results).toHaveLength(4);
    expect(results[1]).toMatchObject({
      ruleId: VALIDATION_RULE_ID,
      ruleIndex: 0,
      level: 'error',
      message: { text: 'communications/0: "marketing_basis" is not a known property. Did you mean "marketingBasis"?' },
      locations: [{ physicalLocation: { region: { startLine: 17, startColumn: 5 } }, logicalLocations: [{ fullyQualifiedName: '/communications/0/marketing_basis' }] }],
      properties: { code: 'UNKNOWN_PROPERTY', source: 'schema' },
    });
    expect(new Set(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(4);
  });

  it('reports engine errors as tool execution notifications', () => {
    const { invocations } = run([fixture('engine-error')]);
    expect(invocations[0]!.executionSuccessful).toBe(false);
    expect(invocations[0]!.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', descriptor: { id: 'RULE_FAILED' }, associatedRule: { id: 'PECR-01', index: 1 } }),
    ]);
    expect(run([fixture('clean')]).invocations[0]).toEqual({ executionSuccessful: true });
  });

  it('carries the ruleset and the input hashes in the run properties', () => {
    const { properties } = run([fixture('mixed'), fixture('clean')]);
    expect(properties).toMatchObject({ rulesetId: 'uk-political-campaigning', rulesetVersion: '2026.11.0' });
    expect(properties.inputs).toEqual([
      { uri: 'examples/northfield-independents.json', index: 0, sha256: 'c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2', valid: true, verdict: 'fail', rating: 'red', evaluationDate: '2027-03-01' },
      { uri: 'examples/harbour-ward-candidate.yaml', index: 1, sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', valid: true, verdict: 'pass', rating: 'green', evaluationDate: '2027-01-20' },
    ]);
  });

  it('makes artifact URIs relative and percent-encoded', () => {
    expect(artifactUri('examples/a b.json')).toBe('examples/a%20b.json');
    expect(artifactUri('./examples/x.yaml')).toBe('examples/x.yaml');
    expect(artifactUri('examples\\win\\x.json')).toBe('examples/win/x.json');
    expect(artifactUri('<stdin>')).toBe('%3Cstdin%3E');
    expect(artifactUri('/repo/examples/x.json', '/repo')).toBe('examples/x.json');
    expect(artifactUri('/elsewhere/x.json', '/repo')).toBe('file:///elsewhere/x.json');
    expect(artifactUri('/abs/x.json')).toBe('file:///abs/x.json');
    const { artifacts } = run([{ ...fixture('clean'), input: { ...fixture('clean').input, filename: '/repo/decl.yaml' } }], { baseDir: '/repo' });
    expect(artifacts[0]!.location.uri).toBe('decl.yaml');
  });

  it('keeps hostile strings as data: valid JSON, no control characters, no links', () => {
    const out = sarif([fixture('hostile')], {});
    const log = JSON.parse(out) as Log;
    expect(out).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f])/);
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'PECR-01')!;
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help.markdown).not.toContain('](javascript:');
    expect(rule.help.markdown).not.toContain('](data:');
    expect(rule.help.text).not.toContain('javascript:alert');
    expect(log.runs[0]!.results.find((r) => r.ruleId === 'PECR-01')!.message.text).toContain('{{constructor.constructor}}');
  });
});

describe('sarif rule descriptors (remembered between reports)', () => {
  it('describes a rule from the summary it is given, not from an earlier report', () => {
    const result = fixture('mixed');
    const withMeta = result.rules.find((r) => r.rationale !== undefined)!;
    const first = JSON.parse(sarif([result], {}));
    expect(JSON.parse(sarif([result], {}))).toEqual(first);
    const changed = { ...result, rules: result.rules.map((r) => (r === withMeta ? { ...r, rationale: 'A different rationale.' } : r)) };
    const again = JSON.parse(sarif([changed], {}));
    const descriptor = again.runs[0].tool.driver.rules.find((d: { id: string }) => d.id === withMeta.id);
    expect(descriptor.fullDescription.text).toBe('A different rationale.');
    expect(JSON.parse(sarif([result], {}))).toEqual(first);
  });
});
