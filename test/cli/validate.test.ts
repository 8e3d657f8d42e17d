/** `campaigncheck validate`: schema only; 0 valid, 1 invalid, 2 unreadable. */
import { describe, expect, it } from 'vitest';
import { cli, failing, invalid, passing, tempDir, writeFiles } from './helpers.js';

describe('campaigncheck validate', () => {
  it('exits 0 for valid declarations (rules are not run: a failing one is still valid)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.json': passing(), 'b.yaml': failing() });
    const r = await cli(['validate', 'a.json', 'b.yaml'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '2 declarations: 2 valid.\n' });
  });

  it('exits 1 and prints file:line:col  CODE  message plus a hint for each issue', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.yaml': 'schemaVersion: "1.0"\ndeclarant:\n  name: X\n  organisationType: registered_partyy\ncampaign:\n  name: C\n' });
    const r = await cli(['validate', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.yaml:4:21 {2}[A-Z_]+ {2}.+\n {2}hint: /m);
    expect(r.stderr).toContain('1 invalid');
  });

  it('exits 2 for an unreadable file, and the worst code wins', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing(), 'invalid.json': invalid(), 'empty.yaml': '' });
    const r = await cli(['validate', 'ok.json', 'invalid.json', 'empty.yaml', 'missing.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('empty.yaml  EMPTY_DOCUMENT');
    expect(r.stdout).toContain('missing.json  FILE_NOT_FOUND');
    expect(r.stderr).toContain('4 declarations: 1 valid, 1 invalid, 2 unreadable.');
  });

  it('reads stdin, and prints help instead of waiting on a terminal', async () => {
    const dir = tempDir();
    const ok = await cli(['validate', '-', '--stdin-filename', 'x.json', '-q'], { cwd: dir, stdin: JSON.stringify(passing()) });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    const bad = await cli(['validate', '-'], { cwd: dir, stdin: '{"a":1,"a":2}' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('<stdin>:1:');
    expect(bad.stdout).toContain('DUPLICATE_KEY');
    const tty = await cli(['validate', '-'], { cwd: dir, stdinIsTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('Usage:');
  });

  it('needs at least one input', async () => {
    expect((await cli(['validate'], { cwd: tempDir() })).code).toBe(2);
  });

  it('strips terminal control characters from what it prints', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'x.json': '{"schemaVersion":"1.0","declarant":{"name":"X","organisationType":"\u001b[31mevil"},"campaign":{"name":"C"}}' });
    const r = await cli(['validate', 'x.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
  });
});
