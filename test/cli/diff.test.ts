/** `campaigncheck diff`: better and worse between declarations or results. */
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../cli/commands/diff.js';
import { cli, failing, invalid, passing, tempDir, writeFiles } from './helpers.js';

const ONE = ['--rule', 'PECR-01', '--date', '2029-04-01', '--no-config'];

describe('campaigncheck diff', () => {
  it('exit 1 when something got worse: new findings, status changes, area ratings', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'old.yaml': passing(), 'new.yaml': failing() });
    const r = await cli(['diff', 'old.yaml', 'new.yaml', ...ONE, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as DiffReport;
    expect(report.worse).toBe(true);
    expect(report.newFindings.map((f) => [f.ruleId, f.status])).toEqual([['PECR-01', 'fail']]);
    expect(report.resolvedFindings).toEqual([]);
    expect(report.ratingChanges).toEqual([expect.objectContaining({ area: 'pecr', from: 'green', to: 'red', direction: 'worse' })]);
    expect(report.old.rating).toBe('green');
    expect(report.new.rating).toBe('red');
  });

  it('exit 0 when things only got better; text output names both', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'old.yaml': failing(), 'new.yaml': passing() });
    const r = await cli(['diff', 'old.yaml', 'new.yaml', ...ONE], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('old.yaml -> new.yaml');
    expect(r.stdout).toContain('Overall rating: red -> green');
    expect(r.stdout).toContain('Better: 1 resolved finding');
    expect(r.stdout).toContain('Nothing got worse.');
  });

  it('compares results (JSON from --format json) without re-evaluating them', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.json': failing(), 'b.json': failing() });
    await cli(['check', 'a.json', ...ONE, '--format', 'json=old-result.json'], { cwd: dir });
    await cli(['check', 'b.json', ...ONE, '--write-baseline', 'new-result.json'], { cwd: dir });
    const r = await cli(['diff', 'old-result.json', 'new-result.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as DiffReport;
    expect(report).toMatchObject({ worse: false, newFindings: [], resolvedFindings: [], statusChanges: [] });
    // a result against a declaration works too
    writeFiles(dir, { 'c.json': passing() });
    expect((await cli(['diff', 'old-result.json', 'c.json', ...ONE], { cwd: dir })).code).toBe(0);
  });

  it('a status change on the same finding is reported (waived -> fail is worse)', async () => {
    const dir = tempDir();
    const waiver = { ruleId: 'PECR-01', justification: 'ok', approvedBy: { name: 'A', role: 'DPO' }, expires: '2029-12-31' };
    writeFiles(dir, { 'old.json': { ...failing(), waivers: [waiver] }, 'new.json': failing() });
    const r = await cli(['diff', 'old.json', 'new.json', ...ONE, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as DiffReport;
    expect(report.statusChanges).toEqual([expect.objectContaining({ ruleId: 'PECR-01', from: 'waived', to: 'fail', direction: 'worse' })]);
  });

  it('a declaration that became invalid is worse; unreadable input exits 2', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'old.json': passing(), 'new.json': invalid(), 'empty.json': '' });
    const r = await cli(['diff', 'old.json', 'new.json', ...ONE], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The new declaration is invalid.');
    const unreadable = await cli(['diff', 'old.json', 'empty.json', ...ONE], { cwd: dir });
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('EMPTY_DOCUMENT');
    const missing = await cli(['diff', 'old.json', 'nope.json', ...ONE], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('FILE_NOT_FOUND');
  });

  it('needs exactly two inputs; a results file with several results is refused', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.json': passing(), 'b.json': passing() });
    expect((await cli(['diff', 'a.json'], { cwd: dir })).code).toBe(2);
    await cli(['check', 'a.json', 'b.json', ...ONE, '--write-baseline', 'both.json'], { cwd: dir });
    const r = await cli(['diff', 'both.json', 'a.json', ...ONE], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds 2 results');
  });
});
