/** The config file: found from the working directory upwards, sets defaults, flags override, validated. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, failing, jsonResults, needsInfo, passing, tempDir, writeFiles } from './helpers.js';

describe('campaigncheck.config.json / .yaml', () => {
  it('is found from the working directory upwards and sets defaults (ruleset, failOn, date, formats, waivers, tailoring)', async () => {
    const root = tempDir();
    writeFiles(root, {
      'campaigncheck.config.yaml': [
        'ruleset: uk-political-campaigning',
        'failOn: none',
        'date: "2029-05-03"',
        'formats: [json, "html=reports/report.html"]',
        'waivers: policy/waivers.yaml',
        'tailoring: policy/tailoring.yaml',
        '',
      ].join('\n'),
      'policy/waivers.yaml': { waivers: [] },
      'policy/tailoring.yaml': { rules: { 'PECR-02': { enabled: false, reason: 'no soft opt-in used' } } },
      'project/sub/bad.json': failing(),
    });
    mkdirSync(join(root, 'reports'));
    const cwd = join(root, 'project/sub');
    const r = await cli(['check', 'bad.json', '--rule', 'PECR-01'], { cwd });
    expect(r.code).toBe(0); // failOn: none
    const [result] = jsonResults(r.stdout);
    expect(result!.evaluationDate).toBe('2029-05-03');
    expect(result!.waiverSources?.[0]?.filename).toContain('waivers.yaml');
    expect(result!.ruleset.tailoring?.disabled[0]?.ruleId).toBe('PECR-02');
    expect(readFileSync(join(root, 'reports/report.html'), 'utf8')).toContain('<'); // relative to the config file

    // flags override the config
    const flagged = await cli(['check', 'bad.json', '--rule', 'PECR-01', '--fail-on', 'high', '--date', '2029-01-01', '--format', 'json'], { cwd });
    expect(flagged.code).toBe(1);
    expect(jsonResults(flagged.stdout)[0]!.evaluationDate).toBe('2029-01-01');

    // --no-config ignores it; --config names one
    const ignored = await cli(['check', 'bad.json', '--rule', 'PECR-01', '--no-config', '--format', 'json'], { cwd });
    expect(ignored.code).toBe(1);
    expect(jsonResults(ignored.stdout)[0]!.evaluationDate).not.toBe('2029-05-03');
  });

  it('needsInfoIsNotFailure in the config relaxes needs_info', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'campaigncheck.config.json': { needsInfoIsNotFailure: true }, 'ni.json': needsInfo() });
    const r = await cli(['check', 'ni.json', '--rule', 'PECR-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--needs-info-is-not-failure');
  });

  it('--config names a config file explicitly', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ci.json': { failOn: 'none' }, 'bad.json': failing() });
    expect((await cli(['check', 'bad.json', '--rule', 'PECR-01', '--config', 'ci.json'], { cwd: dir })).code).toBe(0);
    expect((await cli(['check', 'bad.json', '--rule', 'PECR-01'], { cwd: dir })).code).toBe(1);
    const missing = await cli(['check', 'bad.json', '--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the config file');
  });

  it('applies to screen and diff too', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'campaigncheck.config.json': { date: '2030-01-01' }, 'a.json': passing(), 'b.json': passing() });
    const d = await cli(['diff', 'a.json', 'b.json', '--format', 'json'], { cwd: dir });
    expect(d.code).toBe(0);
  });

  it.each([
    ['campaigncheck.config.json', '{\n  "failOn": "hihg"\n}\n', ':2:', 'Did you mean "high"?'],
    ['campaigncheck.config.json', '{\n  "fail_on": "high"\n}\n', ':2:3', 'unknown key "fail_on". Did you mean "failOn"?'],
    ['campaigncheck.config.yaml', 'date: 2029-13-01\n', ':1:7', '"date" must be a date'],
    ['campaigncheck.config.yaml', 'formats:\n  - htm=report.html\n', ':2:5', 'unknown format "htm". Did you mean "html"?'],
    ['campaigncheck.config.yaml', 'waivers: [1]\n', ':1:10', '"waivers" must be a string or a list of strings'],
    ['campaigncheck.config.yaml', 'ruleset: [x\n', ':2:1', 'SYNTAX_ERROR'],
    ['campaigncheck.config.json', '[]', ':1:1', 'must be an object'],
    ['campaigncheck.config.json', '{"needsInfoIsNotFailure": "yes"}', ':1:', 'must be true or false'],
  ])('a bad config (%s: %j) is an error with line:col, exit 2', async (name, content, where, message) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: content, 'ok.json': passing() });
    const r = await cli(['check', 'ok.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${name}${where}`);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('campaigncheck check: error:');
  });

  it('two config files in one folder is an error', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'campaigncheck.config.json': {}, 'campaigncheck.config.yaml': 'failOn: high\n', 'ok.json': passing() });
    const r = await cli(['check', 'ok.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('found 2 config files');
  });

  it('an unknown ruleset in the config gets the same did-you-mean as the flag', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'campaigncheck.config.json': { ruleset: 'uk' }, 'ok.json': passing() });
    const r = await cli(['check', 'ok.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no ruleset "uk"');
  });
});
