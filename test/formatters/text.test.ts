import { describe, expect, it } from 'vitest';
import { text } from '../../formatters/text.js';
import { FIXTURE_NAMES, fixture } from './helpers.js';

const ESC = '\u001b';

describe('text', () => {
  it.for(FIXTURE_NAMES)('matches the snapshot for %s', async (name) => {
    await expect(text([fixture(name)], {})).toMatchFileSnapshot(`__snapshots__/report-${name}.txt`);
  });

  it('matches the snapshot for a batch', async () => {
    await expect(text(['mixed', 'clean', 'invalid', 'engine-error'].map(fixture), {})).toMatchFileSnapshot('__snapshots__/report-batch.txt');
  });

  it('prints one line per open finding: file:line:col  severity  status  message  [RULE-ID]', () => {
    const lines = text([fixture('mixed')], {}).split('\n');
    expect(lines).toContain(
      'examples/northfield-independents.json:52:5   high      fail        activity "Canvass returns" does not declare a lawful basis.  [LB-01]',
    );
    const findings = lines.filter((l) => /\[[A-Z]+-\d+\]$/.test(l));
    expect(findings).toHaveLength(9); // 4 fail + 2 needs_info + 3 warn; waived, manual and passes are only counted
    expect(findings.every((l) => l.startsWith('examples/northfield-independents.json'))).toBe(true);
  });

  it('ends with totals across files, counting passes too', () => {
    const out = text(['mixed', 'clean', 'invalid', 'engine-error'].map(fixture), {});
    expect(out.trimEnd().split('\n').at(-1)).toBe('4 files, 5 fail, 2 needs info, 3 warn, 15 pass, 1 waived, 1 manual, 1 invalid, 1 engine error');
  });

  it('has no colour unless asked for, and colour when asked for', () => {
    expect(text([fixture('mixed')], {})).not.toContain(ESC);
    expect(text([fixture('mixed')], { color: false })).not.toContain(ESC);
    const coloured = text([fixture('mixed')], { color: true });
    expect(coloured).toContain(`${ESC}[31m${ESC}[1mcritical`);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text([fixture('mixed')], {}));
  });

  it('strips control characters and escape sequences from user strings, even in colour', () => {
    for (const color of [false, true]) {
      const out = text([fixture('hostile')], { color });
      const withoutOurColours = out.replace(/\u001b\[(?:1|2|4|22|24|31|32|33|35|36|39)m/g, '');
      expect(withoutOurColours).not.toContain(ESC);
      expect(out).not.toContain('\u009b');
      expect(withoutOurColours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
      expect(out).not.toContain('\r');
      expect(out).toContain('nulbyte new lineevil');
      expect(out).toContain('REDclick');
    }
  });
});
