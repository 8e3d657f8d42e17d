/** `campaigncheck rules` and `campaigncheck explain`. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { cli, tempDir } from './helpers.js';

describe('campaigncheck rules', () => {
  it('prints the catalogue as a table by default', async () => {
    const r = await cli(['rules'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^RULE\s+SEVERITY\s+AREA\s+REQUIREMENT$/);
    for (const rule of RULES) expect(r.stdout).toContain(rule.id);
    expect(r.stdout).toContain(`${RULES.length} rule`);
  });

  it('filters by --area, --severity and --tag', async () => {
    const r = await cli(['rules', '--format', 'json', '--area', 'pecr', '--severity', 'critical', '--tag', 'consent'], { cwd: tempDir() });
    const { rules } = JSON.parse(r.stdout) as { rules: { id: string; area: string; severity: string; tags: string[] }[] };
    expect(rules.map((x) => x.id)).toContain('PECR-01');
    expect(rules.every((x) => x.area === 'pecr' && x.severity === 'critical' && x.tags.includes('consent'))).toBe(true);
    const none = await cli(['rules', '--area', 'pecr', '--severity', 'info', '--tag', 'consent'], { cwd: tempDir() });
    expect(none.code).toBe(0);
  });

  it('--format json gives every field a client needs; --format markdown a table', async () => {
    const json = await cli(['rules', '--format', 'json'], { cwd: tempDir() });
    const parsed = JSON.parse(json.stdout);
    expect(parsed.ruleset.id).toBe('uk-political-campaigning');
    expect(parsed.rules).toHaveLength(RULES.length);
    expect(parsed.rules.find((x: { id: string }) => x.id === 'PECR-01')).toMatchObject({ area: 'pecr', severity: 'critical', covers: ['UK-DM-01'] });
    const md = await cli(['rules', '--format', 'markdown'], { cwd: tempDir() });
    expect(md.stdout).toContain('| Rule | Severity | Area | Requirement | Citations |');
    expect(md.stdout).toMatch(/\| PECR-01 \| critical \|/);
  });

  it('rejects an unknown format, area or argument with exit 2', async () => {
    expect((await cli(['rules', '--format', 'yaml'], { cwd: tempDir() })).code).toBe(2);
    const area = await cli(['rules', '--area', 'pcr'], { cwd: tempDir() });
    expect(area.code).toBe(2);
    expect(area.stderr).toContain('Did you mean "pecr"?');
    expect((await cli(['rules', 'extra'], { cwd: tempDir() })).code).toBe(2);
  });
});

describe('campaigncheck explain', () => {
  it('tells everything about a rule (ids are case-insensitive)', async () => {
    const r = await cli(['explain', 'pecr-01'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const rule = RULES.find((x) => x.id === 'PECR-01')!;
    expect(r.stdout).toContain(rule.title);
    expect(r.stdout).toContain('Severity:  critical');
    expect(r.stdout).toContain('Direct marketing by channel (PECR)');
    expect(r.stdout).toContain(rule.rationale.slice(0, 40));
    expect(r.stdout).toContain('PECR reg. 22(2)');
    expect(r.stdout).toContain('https://www.legislation.gov.uk/');
    expect(r.stdout).toContain(`1. ${rule.remediation[0]}`);
    expect(r.stdout).toContain('UK-DM-01: Email, SMS');
    expect(r.stdout).toContain('Examples');
    if (rule.examples) {
      expect(r.stdout).toContain('Passing');
      expect(r.stdout).toContain('Failing');
    } else {
      expect(r.stdout).toContain('No passing or failing example is recorded');
    }
  });

  it('shows recorded examples, or says that none is recorded', async () => {
    const withExamples = RULES.find((x) => x.examples);
    const without = RULES.find((x) => !x.examples);
    if (withExamples) {
      const r = await cli(['explain', withExamples.id], { cwd: tempDir() });
      expect(r.stdout).toContain(withExamples.examples!.passing.trim().split('\n')[0]!);
      expect(r.stdout).toContain(withExamples.examples!.failing.trim().split('\n')[0]!);
    }
    if (without) expect((await cli(['explain', without.id], { cwd: tempDir() })).stdout).toContain('No passing or failing example is recorded');
  });

  it('--format json', async () => {
    const r = await cli(['explain', 'PECR-01', '--format', 'json'], { cwd: tempDir() });
    const rule = JSON.parse(r.stdout);
    expect(rule).toMatchObject({ id: 'PECR-01', area: 'pecr', severity: 'critical' });
    expect(rule.covers[0]).toMatchObject({ id: 'UK-DM-01' });
    expect(rule.citations[0].url).toMatch(/^https:/);
  });

  it('an unknown id gets a did-you-mean and exit 2; no id or two ids is a usage error', async () => {
    const r = await cli(['explain', 'PECR-1'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "PECR-01"?');
    expect(r.stdout).toBe('');
    expect((await cli(['explain'], { cwd: tempDir() })).code).toBe(2);
    expect((await cli(['explain', 'PECR-01', 'PECR-02'], { cwd: tempDir() })).code).toBe(2);
  });
});
