/** `campaigncheck screen`: a folder of submissions, ranked, with a report per submission and one row per input. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareRows, indexCsv, reportNames } from '../../cli/commands/screen.js';
import type { ScreenRow } from '../../cli/screen-task.js';
import { cli, failing, invalid, needsInfo, passing, tempDir, writeFiles } from './helpers.js';

const ONE = ['--rule', 'PECR-01', '--date', '2029-04-01', '--no-config'];

/** Splits our CSV (every cell quoted, CRLF rows). */
function csvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"')));
}

function twoCriticals() {
  const d = failing();
  d.communications!.push({ id: 'autumn-sms', name: 'Autumn SMS', channel: 'sms', purpose: 'persuasion', marketingBasis: 'legitimate_interests' } as never);
  return d;
}

describe('campaigncheck screen', () => {
  it('ranks every submission by risk, writes a report per submission, and lists broken ones', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'subs/green.json': passing(),
      'subs/red-one.yaml': failing(),
      'subs/nested/red-two.json': twoCriticals(),
      'subs/amber.json': needsInfo(),
      'subs/broken.json': '{"schemaVersion": ',
      'subs/invalid.yaml': invalid(),
      'subs/empty.yml': '',
    });
    const r = await cli(['screen', 'subs', '--out', 'out', ...ONE, '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(2); // an unreadable submission (empty.yml)
    const rows = csvRows(readFileSync(join(dir, 'out/index.csv'), 'utf8'));
    expect(rows[0]!.slice(0, 6)).toEqual(['rank', 'submission', 'state', 'rating', 'critical', 'high']);
    const body = rows.slice(1);
    expect(body).toHaveLength(7); // exactly one row per input
    expect(body.map((x) => x[1])).toEqual([
      'nested/red-two.json',
      'red-one.yaml',
      'amber.json',
      'green.json',
      'broken.json',
      'empty.yml',
      'invalid.yaml',
    ]);
    expect(body.map((x) => x[2])).toEqual(['evaluated', 'evaluated', 'evaluated', 'evaluated', 'invalid', 'unreadable', 'invalid']);
    expect(body.map((x) => x[3])).toEqual(['red', 'red', 'amber', 'green', '', '', '']);
    expect(body[0]![4]).toBe('2');
    expect(body[4]![17]).toContain('SYNTAX_ERROR');
    expect(body[5]![17]).toContain('EMPTY_DOCUMENT');

    const reports = readdirSync(join(dir, 'out/reports')).sort();
    expect(reports).toEqual(
      ['amber', 'broken', 'empty', 'green', 'invalid', 'nested__red-two', 'red-one'].flatMap((n) => [`${n}.html`, `${n}.json`]).sort(),
    );
    const json = JSON.parse(readFileSync(join(dir, 'out/reports/nested__red-two.json'), 'utf8'));
    expect(json.input.filename).toBe('nested/red-two.json');

    const html = readFileSync(join(dir, 'out/index.html'), 'utf8');
    expect(html).toContain('<a href="reports/nested__red-two.html">nested/red-two.json</a>');
    expect(html).toContain('Submissions with problems');
    expect(html).toContain('EMPTY_DOCUMENT');
    expect(r.stderr).toContain('empty.yml: unreadable: EMPTY_DOCUMENT');
    expect(r.stderr).toContain('7 submissions screened');
  });

  it('exit codes follow --fail-on: 1 for findings, 0 with none', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'subs/a.json': failing(), 'subs/b.json': passing() });
    expect((await cli(['screen', 'subs', '-o', 'out', ...ONE, '-j', '1'], { cwd: dir })).code).toBe(1);
    expect((await cli(['screen', 'subs', '-o', 'out', ...ONE, '-j', '1', '--fail-on', 'none', '-q'], { cwd: dir })).code).toBe(0);
  });

  it('usage: one folder and --out are required', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'file.json': passing() });
    expect((await cli(['screen', '--out', 'out'], { cwd: dir })).code).toBe(2);
    expect((await cli(['screen', 'subs'], { cwd: dir })).stderr).toContain('--out <dir> is required');
    expect((await cli(['screen', 'file.json', '--out', 'out'], { cwd: dir })).stderr).toContain('is not a folder');
    const cannot = await cli(['screen', '.', '--out', 'file.json/out', ...ONE], { cwd: dir });
    expect(cannot.code).toBe(2);
    expect(cannot.stderr).toContain('cannot create');
  });

  it('an empty folder gives an empty index', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'subs/readme.txt': 'nothing here' });
    const r = await cli(['screen', 'subs', '--out', 'out', ...ONE], { cwd: dir });
    expect(r.code).toBe(0);
    expect(csvRows(readFileSync(join(dir, 'out/index.csv'), 'utf8'))).toHaveLength(1);
    expect(existsSync(join(dir, 'out/index.html'))).toBe(true);
  });

  it('shows no progress bar on a non-TTY and stops cleanly when aborted', async () => {
    const dir = tempDir();
    writeFiles(dir, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`subs/s${i}.json`, passing()])));
    const quietRun = await cli(['screen', 'subs', '--out', 'out', ...ONE, '-j', '1'], { cwd: dir, stderrIsTTY: false });
    expect(quietRun.stderr).not.toContain('screening [');
    const controller = new AbortController();
    controller.abort();
    const aborted = await cli(['screen', 'subs', '--out', 'out2', ...ONE, '-j', '1'], { cwd: dir, signal: controller.signal });
    expect(aborted.code).toBe(130);
    expect(existsSync(join(dir, 'out2/index.csv'))).toBe(false);
  });
});

describe('screen helpers', () => {
  it('report names are safe, keep the folder structure and never collide', () => {
    expect(reportNames(['/s/a.json', '/s/a.yaml', '/s/x/a.json', '/s/A.json', '/s/we ird$.yml', '/s/.hidden.json'], '/s')).toEqual([
      'a',
      'a-2',
      'x__a',
      'A-3',
      'we_ird_',
      '_hidden',
    ]);
  });

  it('CSV cells are quoted and formula-like values neutralised', () => {
    const row: ScreenRow = {
      file: 'a.json',
      name: 'a',
      state: 'evaluated',
      rating: 'red',
      open: { critical: 1, high: 0, medium: 0, low: 0, info: 0 },
      fail: 1,
      needsInfo: 0,
      warn: 0,
      declarant: '=HYPERLINK("http://evil")',
      organisationType: 'registered_party',
      campaign: 'Say "hi"',
      problems: [],
      exitCode: 1,
      reports: ['reports/a.html', 'reports/a.json'],
    };
    const csv = indexCsv([row]);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toContain('"Say ""hi"""');
    expect(compareRows(row, { ...row, rating: 'green' })).toBeLessThan(0);
    expect(compareRows(row, { ...row, rating: null })).toBeLessThan(0);
    expect(compareRows({ ...row, open: { ...row.open, high: 2 } }, row)).toBeLessThan(0);
    void parse;
  });
});
