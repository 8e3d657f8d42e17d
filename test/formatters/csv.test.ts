import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csv } from '../../formatters/csv.js';
import { FIXTURE_NAMES, fixture, parseCsv } from './helpers.js';

const FORMULA_START = /^[=+\-@\t\r\n]/;

function table(names: string[]): Record<(typeof CSV_COLUMNS)[number], string>[] {
  const [header, ...rows] = parseCsv(csv(names.map(fixture), {}));
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((r) => {
    expect(r).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])) as Record<(typeof CSV_COLUMNS)[number], string>;
  });
}

describe('csv', () => {
  it('has the documented, stable columns', () => {
    expect(CSV_COLUMNS).toEqual([
      'file', 'sha256', 'ruleset_version', 'rule_id', 'area', 'severity', 'status', 'subject', 'message',
      'pointer', 'line', 'column', 'citations', 'waiver_expires', 'fingerprint',
    ]);
  });

  it('matches the snapshot for a batch', async () => {
    await expect(csv(['mixed', 'invalid', 'engine-error'].map(fixture), {})).toMatchFileSnapshot('__snapshots__/report-batch.csv');
  });

  it('is RFC 4180 with a byte order mark: CRLF line ends, a header row', () => {
    const out = csv([fixture('mixed')], {});
    expect(out.startsWith('\ufefffile,sha256,ruleset_version,')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per open or waived outcome, with its location, citations and fingerprint', () => {
    const result = fixture('mixed');
    const rows = table(['mixed']);
    expect(rows).toHaveLength(result.outcomes.filter((o) => ['fail', 'warn', 'needs_info', 'waived'].includes(o.status)).length);
    expect(rows.find((r) => r.rule_id === 'LB-01')).toEqual({
      file: 'examples/northfield-independents.json',
      sha256: 'c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2',
      ruleset_version: '2026.11.0',
      rule_id: 'LB-01',
      area: 'lawful-basis',
      severity: 'high',
      status: 'fail',
      subject: 'activity "Canvass returns"',
      message: 'activity "Canvass returns" does not declare a lawful basis.',
      pointer: '/processingActivities/1/lawfulBasis',
      line: '52',
      column: '5',
      citations: 'UK GDPR Art. 6(1); ICO guidance: Lawful bases',
      waiver_expires: '',
      fingerprint: result.outcomes.find((o) => o.ruleId === 'LB-01' && o.status === 'fail')!.fingerprint,
    });
    expect(rows.find((r) => r.status === 'waived')).toMatchObject({ rule_id: 'PECR-04', waiver_expires: '2027-06-30' });
    expect(rows.find((r) => r.rule_id === 'WVR-01')).toMatchObject({ pointer: '', line: '', column: '' });
  });

  it('has rows for validation issues and engine errors', () => {
    const rows = table(['invalid', 'engine-error']);
    expect(rows.filter((r) => r.status === 'invalid')).toHaveLength(4);
    expect(rows[1]).toMatchObject({ rule_id: 'campaigncheck/validation', area: 'validation', severity: 'error', subject: 'UNKNOWN_PROPERTY', line: '17', column: '5', pointer: '/communications/0/marketing_basis' });
    expect(rows.find((r) => r.status === 'error')).toMatchObject({ file: '<stdin>', rule_id: 'PECR-01', area: 'pecr', subject: 'RULE_FAILED' });
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const rows = table(['hostile']);
    for (const row of rows) for (const [column, value] of Object.entries(row)) expect(value, `${column}: ${value}`).not.toMatch(FORMULA_START);
    expect(rows.find((r) => r.rule_id === 'LB-01')!.message.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(rows.find((r) => r.rule_id === 'RET-01')!.subject).toBe(`' =HYPERLINK("https://evil.example","x")`);
    expect(rows.find((r) => r.rule_id === 'RET-01')!.message).toBe(`'@<script>alert(1)</script>`);
    expect(rows.every((r) => r.file.startsWith(`'-evil/`))).toBe(true);
  });

  it('removes control characters from cells', () => {
    const out = csv([fixture('hostile')], {});
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });

  it.for(FIXTURE_NAMES)('parses back with a constant column count for %s', (name) => {
    table([name]);
  });
});
