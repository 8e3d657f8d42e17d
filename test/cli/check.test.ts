/** `campaigncheck check`: every exit-code path, the flags, outputs and per-file problems, in-process. */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, chmodSync, unlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateInputs } from '../../cli/commands/check.js';
import { findRule } from '../../rules/index.js';
import { cli, cliAsUser, failing, fakeIo, invalid, jsonResults, needsInfo, ONE_RULE, passing, sharedTempDir, tempDir, testFormatters, writeFiles } from './helpers.js';

const JSON_OUT = ['--format', 'json'];

function mkfifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

describe('exit codes', () => {
  it('0 when nothing is at or above the threshold', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const r = await cli(['check', 'ok.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(0);
    const [result] = jsonResults(r.stdout);
    expect(result!.outcomes.map((o) => o.status)).toEqual(['pass']);
    expect(r.stderr).toContain('1 declaration checked, 0 findings at or above high in 0 files.');
  });

  it('1 for a finding at or above the threshold', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.yaml': failing() });
    const r = await cli(['check', 'bad.yaml', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonResults(r.stdout)[0]!.outcomes[0]!.status).toBe('fail');
    expect(r.stderr).toContain('1 finding at or above high in 1 file');
  });

  it('1 for an invalid declaration', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'invalid.json': invalid() });
    const r = await cli(['check', 'invalid.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonResults(r.stdout)[0]!.valid).toBe(false);
    expect(r.stderr).toContain('1 invalid');
  });

  it('1 for a syntax error (the file was read, but is not a valid declaration)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'broken.json': '{"schemaVersion": "1.0",' });
    const r = await cli(['check', 'broken.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(1);
    expect(jsonResults(r.stdout)[0]!.validation.issues[0]!.code).toBe('SYNTAX_ERROR');
  });

  it('2 for an unreadable input, 2 for a usage error', async () => {
    const dir = tempDir();
    const r = await cli(['check', 'missing.yaml', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(2);
    expect(jsonResults(r.stdout)[0]!.validation.issues[0]!.code).toBe('FILE_NOT_FOUND');
    expect((await cli(['check', ...ONE_RULE], { cwd: dir })).code).toBe(2);
  });

  it('2 when a rule is in engine error', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const rule = findRule('PECR-01')!;
    const spy = vi.spyOn(rule, 'evaluate').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const r = await cli(['check', 'ok.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
      expect(r.code).toBe(2);
      const [result] = jsonResults(r.stdout);
      expect(result!.errors[0]!.ruleId).toBe('PECR-01');
      expect(r.stderr).toContain('1 with engine errors');
    } finally {
      spy.mockRestore();
    }
  });

  it('with several files the worst code wins and every file still gets its record', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a-ok.json': passing(), 'b-bad.json': failing(), 'c-empty.json': '', 'd-invalid.yaml': invalid() });
    const r = await cli(['check', '.', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(2);
    const results = jsonResults(r.stdout);
    expect(results.map((x) => x.input.filename)).toEqual(['a-ok.json', 'b-bad.json', 'c-empty.json', 'd-invalid.yaml']);
    expect(results.map((x) => x.valid)).toEqual([true, true, false, false]);
    expect(results[2]!.validation.issues[0]!.code).toBe('EMPTY_DOCUMENT');
    const without = await cli(['check', 'a-ok.json', 'b-bad.json', 'd-invalid.yaml', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(without.code).toBe(1);
  });
});

describe('--fail-on and --needs-info-is-not-failure', () => {
  it('--fail-on sets the threshold; none never fails on findings but still fails an invalid declaration', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.json': failing(), 'invalid.json': invalid() });
    // PECR-01 is critical
    expect((await cli(['check', 'bad.json', ...ONE_RULE, '--fail-on', 'critical'], { cwd: dir })).code).toBe(1);
    expect((await cli(['check', 'bad.json', ...ONE_RULE, '--fail-on', 'info'], { cwd: dir })).code).toBe(1);
    const none = await cli(['check', 'bad.json', ...ONE_RULE, '--fail-on', 'none'], { cwd: dir });
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('findings never fail (--fail-on none)');
    expect((await cli(['check', 'invalid.json', ...ONE_RULE, '--fail-on', 'none'], { cwd: dir })).code).toBe(1);
  });

  it('a severity below the threshold does not fail', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.json': failing(), 'tailoring.yaml': { rules: { 'PECR-01': { severity: 'low', reason: 'test' } } } });
    expect((await cli(['check', 'bad.json', ...ONE_RULE, '--tailoring', 'tailoring.yaml'], { cwd: dir })).code).toBe(0);
    expect((await cli(['check', 'bad.json', ...ONE_RULE, '--tailoring', 'tailoring.yaml', '--fail-on', 'low'], { cwd: dir })).code).toBe(1);
  });

  it('a bad --fail-on value is a usage error with a did-you-mean', async () => {
    const r = await cli(['check', 'x.json', ...ONE_RULE, '--fail-on', 'hihg'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "high"?');
  });

  it('needs_info counts like a fail by default; the flag relaxes it and the summary says so', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ni.json': needsInfo() });
    const strict = await cli(['check', 'ni.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(jsonResults(strict.stdout)[0]!.outcomes[0]!.status).toBe('needs_info');
    expect(strict.code).toBe(1);
    const relaxed = await cli(['check', 'ni.json', ...ONE_RULE, '--needs-info-is-not-failure'], { cwd: dir });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain('needs_info is not counted as a failure (--needs-info-is-not-failure)');
  });
});

describe('--format', () => {
  it('defaults to text on stdout', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const r = await cli(['check', 'ok.json', ...ONE_RULE], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok.json');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('writes several formats, each to its own file, and at most one to stdout', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.json': failing() });
    const r = await cli(['check', 'bad.json', ...ONE_RULE, '--format', 'html=out/report.html', '--format', 'sarif=report.sarif', '-f', 'json'], { cwd: dir });
    expect(existsSync(join(dir, 'report.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toHaveProperty('runs');
    expect(r.code).toBe(2); // out/ does not exist: the html report could not be written
    expect(r.stderr).toContain('cannot write');
    expect(jsonResults(r.stdout)).toHaveLength(1);
    mkdirSync(join(dir, 'out'));
    const again = await cli(['check', 'bad.json', ...ONE_RULE, '--format', 'html=out/report.html', '--format', 'sarif=report.sarif'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, 'out/report.html'), 'utf8')).toContain('<');
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('wrote html report to');
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('every format name is accepted', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    for (const name of ['text', 'json', 'html', 'markdown', 'sarif', 'junit', 'csv', 'ndjson']) {
      const r = await cli(['check', 'ok.json', ...ONE_RULE, '--format', `${name}=out.${name}`], { cwd: dir });
      expect(r.code, name).toBe(0);
      expect(readFileSync(join(dir, `out.${name}`), 'utf8').length, name).toBeGreaterThan(0);
    }
  });

  it('two formats to stdout, an unknown format and two formats to one file are usage errors', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const two = await cli(['check', 'ok.json', '--format', 'json', '--format', 'text'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('only one format can go to stdout');
    const unknown = await cli(['check', 'ok.json', '--format', 'sarf=x.sarif'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "sarif"?');
    const same = await cli(['check', 'ok.json', '--format', 'json=a', '--format', 'sarif=a'], { cwd: dir });
    expect(same.code).toBe(2);
    expect(same.stdout).toBe('');
  });

  it('json, ndjson and the baseline are written result by result, exactly as the formatters would write the batch', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.json': passing(), 'b.yaml': failing(), 'c.json': invalid(), 'd.json': '' });
    const r = await cli(['check', '.', ...ONE_RULE, '--format', 'json', '--format', 'ndjson=out.ndjson', '--write-baseline', 'base.json'], { cwd: dir });
    expect(r.code).toBe(2);
    const registry = await testFormatters();
    const results = jsonResults(r.stdout);
    expect(results).toHaveLength(4);
    expect(r.stdout).toBe(registry.json!.format(results, {}));
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe(registry.ndjson!.format(results, {}));
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe(`${JSON.stringify(results, null, 2)}\n`);
    const one = await cli(['check', 'a.json', ...ONE_RULE, '--format', 'json', '--write-baseline', 'one.json'], { cwd: dir });
    expect(one.stdout).toBe(registry.json!.format(jsonResults(one.stdout), {}));
    expect(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8'))).toHaveLength(1);
  });

  it('json=- goes to stdout', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const r = await cli(['check', 'ok.json', ...ONE_RULE, '--format', 'json=-'], { cwd: dir });
    expect(jsonResults(r.stdout)).toHaveLength(1);
  });
});

describe('atomic writes', () => {
  it('a write error (/dev/full) is reported and exits 2', async () => {
    if (!existsSync('/dev/full')) return;
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const r = await cli(['check', 'ok.json', ...ONE_RULE, '--format', 'html=/dev/full'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write /dev/full: the disk is full');
  });

  it('a missing folder or a path through a file exits 2 and leaves no temporary file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing(), 'plain': 'x' });
    for (const target of ['nowhere/report.html', 'plain/report.html']) {
      const r = await cli(['check', 'ok.json', ...ONE_RULE, '--format', `html=${target}`], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot write');
    }
    expect(readdirSync(dir).sort()).toEqual(['ok.json', 'plain']);
  });

  it('replaces an existing report in one step', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing(), 'report.json': 'old' });
    const r = await cli(['check', 'ok.json', ...ONE_RULE, '--format', 'json=report.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonResults(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['ok.json', 'report.json']);
  });

  it('a read-only folder exits 2 (without root privileges)', () => {
    const dir = sharedTempDir();
    writeFiles(dir, { 'ok.json': passing() });
    chmodSync(join(dir, 'ok.json'), 0o644);
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const r = cliAsUser(['check', 'ok.json', ...ONE_RULE, '--format', 'html=ro/report.html'], dir);
    expect(r.stderr).toMatch(/ro\/report\.html/);
    expect(r.code).toBe(2);
    expect(readdirSync(join(dir, 'ro'))).toEqual([]);
  });
});

describe('colour', () => {
  it('is on for a terminal, off with NO_COLOR, --no-color or a pipe', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.json': failing() });
    const args = ['check', 'bad.json', ...ONE_RULE];
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    expect((await cli(args, { cwd: dir, stdoutIsTTY: true })).stdout).toMatch(ansi);
    expect((await cli(args, { cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await cli([...args, '--no-color'], { cwd: dir, stdoutIsTTY: true })).stdout).not.toMatch(ansi);
    expect((await cli(args, { cwd: dir, stdoutIsTTY: false })).stdout).not.toMatch(ansi);
    expect((await cli(args, { cwd: dir, stdoutIsTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
  });
});

describe('inputs', () => {
  it('reads - from stdin, named by --stdin-filename (which also picks YAML or JSON)', async () => {
    const dir = tempDir();
    const yaml = (await import('yaml')).stringify(failing());
    const r = await cli(['check', '-', ...ONE_RULE, ...JSON_OUT, '--stdin-filename', 'party.yaml'], { cwd: dir, stdin: yaml });
    expect(r.code).toBe(1);
    const [result] = jsonResults(r.stdout);
    expect(result!.input).toMatchObject({ filename: 'party.yaml', format: 'yaml' });
    const anonymous = await cli(['check', '-', ...ONE_RULE, ...JSON_OUT], { cwd: dir, stdin: JSON.stringify(passing()) });
    expect(anonymous.code).toBe(0);
    expect(jsonResults(anonymous.stdout)[0]!.input.filename).toBe('<stdin>');
  });

  it('prints help instead of waiting when - is given and stdin is a terminal', async () => {
    const r = await cli(['check', '-'], { cwd: tempDir(), stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standard input is a terminal');
    expect(r.stderr).toContain('Usage:');
  });

  it('stdin over the size limit is TOO_LARGE (exit 2)', async () => {
    const r = await cli(['check', '-', ...ONE_RULE, ...JSON_OUT, '--stdin-filename', 'x.yaml'], { cwd: tempDir(), stdin: `# ${'x'.repeat(300_000)}\n` });
    expect(r.code).toBe(2);
    expect(jsonResults(r.stdout)[0]!.validation.issues[0]!.code).toBe('TOO_LARGE');
  });

  it('expands folders recursively (json, yaml, yml; no hidden files, no node_modules) and globs', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'decl/a.json': passing(),
      'decl/sub/b.yaml': passing(),
      'decl/sub/c.yml': passing(),
      'decl/notes.txt': 'not a declaration',
      'decl/.hidden.json': '{',
      'decl/node_modules/x.json': '{',
      'other/d.json': passing(),
    });
    const folder = await cli(['check', 'decl', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(folder.code).toBe(0);
    expect(jsonResults(folder.stdout).map((r) => r.input.filename)).toEqual(['decl/a.json', 'decl/sub/b.yaml', 'decl/sub/c.yml']);
    const glob = await cli(['check', '**/*.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(jsonResults(glob.stdout).map((r) => r.input.filename)).toEqual(['decl/a.json', 'other/d.json']);
  });

  it('a glob that matches nothing or an empty folder exits 2, and the other inputs are still checked', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    mkdirSync(join(dir, 'empty'));
    const r = await cli(['check', 'ok.json', 'nothing/*.yaml', 'empty', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing/*.yaml: no files match this pattern.');
    expect(r.stderr).toContain('empty: no .json, .yaml or .yml files in this folder.');
    expect(jsonResults(r.stdout)).toHaveLength(1);
  });

  it('reports each per-file problem with its code and carries on', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'good.json': passing(),
      'zero.json': '',
      'binary.json': Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x89, 0x50]),
      'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(passing()), 'utf16le')]),
      'big.yaml': `# ${'x'.repeat(300_000)}\n`,
    });
    symlinkSync(join(dir, 'gone.json'), join(dir, 'dangling.json'));
    symlinkSync(join(dir, 'loop-b.json'), join(dir, 'loop-a.json'));
    symlinkSync(join(dir, 'loop-a.json'), join(dir, 'loop-b.json'));
    const hasFifo = mkfifo(join(dir, 'fifo.json'));
    const r = await cli(['check', '.', 'missing.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(2);
    const byName = new Map(jsonResults(r.stdout).map((x) => [x.input.filename, x.validation.issues[0]?.code ?? 'OK']));
    expect(Object.fromEntries(byName)).toEqual({
      'big.yaml': 'TOO_LARGE',
      'binary.json': 'BINARY_CONTENT',
      'dangling.json': 'DANGLING_SYMLINK',
      ...(hasFifo ? { 'fifo.json': 'NOT_A_REGULAR_FILE' } : {}),
      'good.json': 'OK',
      'loop-a.json': 'SYMLINK_LOOP',
      'loop-b.json': 'SYMLINK_LOOP',
      'missing.json': 'FILE_NOT_FOUND',
      'utf16.json': 'INVALID_ENCODING',
      'zero.json': 'EMPTY_DOCUMENT',
    });
  });

  it('checks the size with stat before reading (a sparse 8 GiB file is rejected at once)', async () => {
    const dir = tempDir();
    const { openSync, ftruncateSync, closeSync } = await import('node:fs');
    const fd = openSync(join(dir, 'huge.json'), 'w');
    ftruncateSync(fd, 8 * 1024 ** 3);
    closeSync(fd);
    const started = Date.now();
    const r = await cli(['check', 'huge.json', ...ONE_RULE, ...JSON_OUT], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(2);
    expect(jsonResults(r.stdout)[0]!.validation.issues[0]!.message).toContain('8.0 GB');
  });

  it('a file deleted mid-run gets FILE_NOT_FOUND and the batch goes on', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.json': passing(), 'b.json': passing() });
    const io = fakeIo({ cwd: dir });
    unlinkSync(join(dir, 'a.json')); // listed before, gone when read
    const results = await evaluateInputs(
      [
        { kind: 'file', path: join(dir, 'a.json'), display: 'a.json' },
        { kind: 'file', path: join(dir, 'b.json'), display: 'b.json' },
      ],
      { rulesetId: 'uk-political-campaigning', evaluationDate: '2029-01-01', selection: { ruleIds: ['PECR-01'] } },
      io,
      '<stdin>',
      1,
    );
    expect(results.map((x) => x.validation.issues[0]?.code ?? 'OK')).toEqual(['FILE_NOT_FOUND', 'OK']);
  });

  it('permission denied is PERMISSION_DENIED (without root privileges)', () => {
    const dir = sharedTempDir();
    writeFiles(dir, { 'secret.json': passing() });
    chmodSync(join(dir, 'secret.json'), 0o000);
    const r = cliAsUser(['check', 'secret.json', ...ONE_RULE, ...JSON_OUT], dir);
    expect(jsonResults(r.stdout)[0]!.validation.issues[0]!.code).toBe('PERMISSION_DENIED');
    expect(r.code).toBe(2);
  });

  it('--jobs must be a positive whole number', async () => {
    const r = await cli(['check', 'x.json', '--jobs', '0'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number');
  });
});

describe('evaluation options', () => {
  it('--date is recorded in the result; the default is today in UTC; a bad date is a usage error', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const dated = await cli(['check', 'ok.json', '--rule', 'PECR-01', '--no-config', '--date', '2029-05-03', ...JSON_OUT], { cwd: dir });
    expect(jsonResults(dated.stdout)[0]!.evaluationDate).toBe('2029-05-03');
    const today = await cli(['check', 'ok.json', '--rule', 'PECR-01', '--no-config', ...JSON_OUT], { cwd: dir });
    expect(jsonResults(today.stdout)[0]!.evaluationDate).toBe(new Date().toISOString().slice(0, 10));
    for (const bad of ['2029-02-30', '03/05/2029', 'tomorrow']) {
      const r = await cli(['check', 'ok.json', '--date', bad], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--date must be a date written YYYY-MM-DD');
    }
  });

  it('--ruleset picks a ruleset; an unknown one gets a did-you-mean', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const r = await cli(['check', 'ok.json', ...ONE_RULE, '--ruleset', 'uk-political-campaigning', ...JSON_OUT], { cwd: dir });
    expect(jsonResults(r.stdout)[0]!.ruleset.id).toBe('uk-political-campaigning');
    const bad = await cli(['check', 'ok.json', '--ruleset', 'uk-political-campaign'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Did you mean "uk-political-campaigning"?');
  });

  it('--rule, --area, --severity and --tag select rules (recorded in the result); unknown values get a did-you-mean', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const r = await cli(['check', 'ok.json', '--no-config', '--area', 'pecr', '--severity', 'critical', '--tag', 'consent', ...JSON_OUT], { cwd: dir });
    const [result] = jsonResults(r.stdout);
    expect(result!.ruleset.selection).toEqual({ areas: ['pecr'], severities: ['critical'], tags: ['consent'] });
    expect(result!.rules.length).toBeGreaterThan(0);
    expect(result!.rules.every((x) => x.area === 'pecr' && x.severity === 'critical')).toBe(true);
    const lower = await cli(['check', 'ok.json', '--no-config', '--rule', 'pecr-01', ...JSON_OUT], { cwd: dir });
    expect(jsonResults(lower.stdout)[0]!.rules.map((x) => x.id)).toEqual(['PECR-01']);
    for (const [flag, value, guess] of [
      ['--rule', 'PECR-1', 'PECR-01'],
      ['--area', 'peccr', 'pecr'],
      ['--severity', 'critcal', 'critical'],
      ['--tag', 'consnt', 'consent'],
    ] as const) {
      const bad = await cli(['check', 'ok.json', flag, value], { cwd: dir });
      expect(bad.code, flag).toBe(2);
      expect(bad.stderr, flag).toContain(`Did you mean "${guess}"?`);
    }
  });

  it('--tailoring switches a rule off; an invalid tailoring file is a usage error', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'bad.json': failing(),
      'tailoring.json': { rules: { 'PECR-01': { enabled: false, reason: 'not relevant' } } },
      'broken-tailoring.json': { rules: { 'PECR-01': { enabled: false } } },
    });
    const r = await cli(['check', 'bad.json', ...ONE_RULE, '--tailoring', 'tailoring.json', ...JSON_OUT], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonResults(r.stdout)[0]!.ruleset.tailoring?.disabled).toEqual([{ ruleId: 'PECR-01', reason: 'not relevant' }]);
    const bad = await cli(['check', 'bad.json', ...ONE_RULE, '--tailoring', 'broken-tailoring.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('the tailoring file is not valid');
    expect(bad.stderr).toMatch(/broken-tailoring\.json:\d+:\d+ {2}/);
    const missing = await cli(['check', 'bad.json', ...ONE_RULE, '--tailoring', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('FILE_NOT_FOUND');
  });

  it('--waivers (repeatable) waives findings until they expire at the evaluation date', async () => {
    const dir = tempDir();
    const waiver = { ruleId: 'PECR-01', justification: 'Agreed with the ICO', approvedBy: { name: 'A. Person', role: 'DPO' }, expires: '2029-06-30' };
    writeFiles(dir, { 'bad.json': failing(), 'waivers.yaml': { waivers: [waiver] }, 'more.yaml': { waivers: [] }, 'broken.yaml': { waivers: [{ ruleId: 'PECR-01' }] } });
    const inForce = await cli(['check', 'bad.json', '--rule', 'PECR-01', '--no-config', '--date', '2029-05-01', '--waivers', 'waivers.yaml', '--waivers', 'more.yaml', ...JSON_OUT], { cwd: dir });
    expect(inForce.code).toBe(0);
    const [result] = jsonResults(inForce.stdout);
    expect(result!.outcomes[0]!.status).toBe('waived');
    expect(result!.waiverSources?.map((s) => s.filename)).toEqual(['waivers.yaml', 'more.yaml']);
    const expired = await cli(['check', 'bad.json', '--rule', 'PECR-01', '--no-config', '--date', '2029-07-01', '--waivers', 'waivers.yaml'], { cwd: dir });
    expect(expired.code).toBe(1);
    const broken = await cli(['check', 'bad.json', ...ONE_RULE, '--waivers', 'broken.yaml'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('the waivers file is not valid');
  });
});

describe('--baseline and --write-baseline', () => {
  it('fails only on findings that are new since the baseline', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'decl.json': failing() });
    const written = await cli(['check', 'decl.json', ...ONE_RULE, '--write-baseline', 'baseline.json'], { cwd: dir });
    expect(written.code).toBe(1);
    expect(written.stderr).toContain('wrote baseline to');
    expect(written.stderr).not.toContain('.tmp');
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(Array.isArray(baseline)).toBe(true);
    expect(baseline[0].outcomes[0].status).toBe('fail');

    const same = await cli(['check', 'decl.json', ...ONE_RULE, '--baseline', 'baseline.json'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('0 findings at or above high not in the baseline');

    const worse = failing();
    worse.communications!.push({ id: 'autumn-sms', name: 'Autumn SMS', channel: 'sms', purpose: 'persuasion', marketingBasis: 'legitimate_interests' } as never);
    writeFiles(dir, { 'decl.json': worse });
    const more = await cli(['check', 'decl.json', ...ONE_RULE, '--baseline', 'baseline.json'], { cwd: dir });
    expect(more.code).toBe(1);
    expect(more.stderr).toContain('1 finding at or above high not in the baseline');
  });

  it('accepts a result written by --format json as a baseline', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'decl.json': failing() });
    await cli(['check', 'decl.json', ...ONE_RULE, '--format', 'json=result.json'], { cwd: dir });
    expect((await cli(['check', 'decl.json', ...ONE_RULE, '--baseline', 'result.json'], { cwd: dir })).code).toBe(0);
  });

  it('an unreadable or foreign baseline is a usage error; an invalid declaration still fails', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'decl.json': failing(), 'other.json': { hello: 'world' }, 'invalid.json': invalid() });
    const missing = await cli(['check', 'decl.json', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    const foreign = await cli(['check', 'decl.json', '--baseline', 'other.json'], { cwd: dir });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('not a campaigncheck result');
    await cli(['check', 'decl.json', ...ONE_RULE, '--write-baseline', 'b.json'], { cwd: dir });
    expect((await cli(['check', 'invalid.json', ...ONE_RULE, '--baseline', 'b.json'], { cwd: dir })).code).toBe(1);
  });
});

describe('--quiet', () => {
  it('prints only errors', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': passing() });
    const ok = await cli(['check', 'ok.json', ...ONE_RULE, '--format', 'json=r.json', '-q'], { cwd: dir });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    const bad = await cli(['check', 'ok.json', 'nope/*.json', ...ONE_RULE, '--quiet', '--format', 'json=r.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no files match');
  });
});

afterEach(() => vi.restoreAllMocks());
