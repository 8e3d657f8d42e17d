/**
 * Worker threads against in-process: `check` and `screen` give byte-identical output whichever path runs them, in
 * every output format, with exactly one record per input — including unreadable, invalid and oversize files and a
 * worker that crashes. The worker path needs the bundle (dist/, built by the test run's global setup, as `npm ci`
 * builds it through `prepare`), so it runs the real bin/campaigncheck.js; the in-process path is also run from the
 * TypeScript sources through run(). No timings are asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.js';
import { FORMAT_NAMES } from '../../cli/formats.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { cli, failing, invalid, needsInfo, passing, tempDir, writeFiles } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/campaigncheck.js');
const EVAL = ['--date', '2029-04-01', '--no-config'];
/** Every file on a worker thread (by default the main thread takes a share). */
const WORKERS_ONLY = { CAMPAIGNCHECK_TEST_WORKERS_ONLY: '1' };

function campaigncheck(args: string[], cwd: string, env: Readonly<Record<string, string>> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    timeout: 120_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A corpus with every kind of input: generated declarations (valid and not, JSON and YAML), small fixtures, and files that cannot be read. */
function corpus(dir: string): { folder: string; count: number } {
  const files: Record<string, string | object> = {};
  for (let seed = 1; seed <= 6; seed++) {
    const format = seed % 2 === 0 ? 'yaml' : 'json';
    files[`subs/gen-${seed}.${format}`] = generateDocument({ seed, size: 'small', format, invalid: seed === 5 }).text;
  }
  Object.assign(files, {
    'subs/a-passing.json': passing(),
    'subs/b-failing.yaml': failing(),
    'subs/c-needs-info.json': needsInfo(),
    'subs/d-invalid.json': invalid(),
    'subs/e-syntax.json': '{"schemaVersion": "1.0", ',
    'subs/f-empty.yml': '',
    'subs/g-binary.json': Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0xfe]),
    'subs/nested/h-passing.yaml': passing(),
    // Text beyond ASCII: records cross threads as UTF-8 bytes.
    'subs/l-unicode.json': { ...passing(), declarant: { ...passing().declarant, name: 'Ça ira 🎉 — Ünïcödé «campagne» 选举' } },
  });
  writeFiles(dir, files);
  const folder = join(dir, 'subs');
  // Over the 1 MiB limit for JSON (sparse: rejected by its size before anything is read).
  writeFileSync(join(folder, 'i-oversize.json'), '');
  truncateSync(join(folder, 'i-oversize.json'), 2 * 1024 * 1024);
  // A link to nothing: listed, then unreadable.
  symlinkSync(join(dir, 'missing.json'), join(folder, 'j-dangling.json'));
  return { folder, count: Object.keys(files).length + 2 };
}

let dir: string;
let count: number;

beforeAll(() => {
  // The worker path loads the bundle; the global setup has built it.
  expect(existsSync(join(root, 'dist/cli.js'))).toBe(true);
});

describe('check: worker threads and in-process give the same bytes', { timeout: 180_000 }, () => {
  // One corpus for the whole block (tempDir() folders are removed after each test).
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'campaigncheck-workers-'));
    count = corpus(dir).count;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Every format is compared through files below; these go through stdout (the streamed ones and the default).
  it.each(['ndjson', 'json', 'text'])('--format %s to stdout', async (format) => {
    const args = ['check', 'subs', ...EVAL, '--format', format];
    const one = campaigncheck([...args, '--jobs', '1'], dir);
    const two = campaigncheck([...args, '--jobs', '2'], dir);
    const workersOnly = campaigncheck([...args, '--jobs', '2'], dir, WORKERS_ONLY);
    const inProcess = await cli([...args, '--jobs', '2'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(one.code).toBe(2); // unreadable inputs
    expect(two).toEqual(one);
    expect(workersOnly).toEqual(one);
    expect(inProcess).toEqual(one);
    if (format === 'ndjson') expect(one.stdout.split('\n').filter((l) => l !== '')).toHaveLength(count);
    if (format === 'json') expect(JSON.parse(one.stdout) as CheckResult[]).toHaveLength(count);
  });

  it('every format to a file at once, the baseline, and a check against a baseline', async () => {
    const outputs = (tag: string): string[] => FORMAT_NAMES.flatMap((f) => ['--format', `${f}=out-${tag}/report.${f}`]);
    const runs: Record<string, string> = {};
    for (const [tag, jobs, env] of [
      ['j1', '1', {}],
      ['j2', '2', {}],
      ['workers', '2', WORKERS_ONLY],
    ] as const) {
      mkdirSync(join(dir, `out-${tag}`), { recursive: true });
      const r = campaigncheck(['check', 'subs', ...EVAL, ...outputs(tag), '--write-baseline', `out-${tag}/baseline.json`, '--jobs', jobs, '--quiet'], dir, env);
      expect(r.code).toBe(2);
      runs[tag] = r.stderr;
    }
    mkdirSync(join(dir, 'out-ip'), { recursive: true });
    const inProcess = await cli(['check', 'subs', ...EVAL, ...outputs('ip'), '--write-baseline', 'out-ip/baseline.json', '--jobs', '2', '--quiet'], { cwd: dir });
    expect(inProcess.code).toBe(2);
    expect(runs.j2).toBe(runs.j1);
    expect(runs.workers).toBe(runs.j1);
    expect(inProcess.stderr).toBe(runs.j1);
    for (const name of [...FORMAT_NAMES.map((f) => `report.${f}`), 'baseline.json']) {
      const expected = readFileSync(join(dir, 'out-j1', name), 'utf8');
      for (const tag of ['j2', 'workers', 'ip']) expect(readFileSync(join(dir, `out-${tag}`, name), 'utf8'), `${tag}/${name}`).toBe(expected);
    }
    const baseline = JSON.parse(readFileSync(join(dir, 'out-j1/baseline.json'), 'utf8')) as CheckResult[];
    expect(baseline).toHaveLength(count);
    expect(readFileSync(join(dir, 'out-j1/baseline.json'), 'utf8')).toBe(readFileSync(join(dir, 'out-j1/report.json'), 'utf8'));

    // Against that baseline, only the new file's findings block (its fingerprints are new: another rule fails).
    const fresh = failing();
    fresh.communications![0]!.marketingBasis = 'consent'; // PECR-01 passes...
    writeFiles(dir, { 'subs/z-new-failure.json': { ...fresh, communications: [...fresh.communications!, { id: 'autumn-sms', name: 'Autumn SMS', channel: 'sms', purpose: 'persuasion', marketingBasis: 'legitimate_interests' }] } });
    const args = ['check', 'subs', ...EVAL, '--baseline', 'out-j1/baseline.json', '--format', 'ndjson'];
    const one = campaigncheck([...args, '--jobs', '1'], dir);
    expect(campaigncheck([...args, '--jobs', '2'], dir)).toEqual(one);
    expect(campaigncheck([...args, '--jobs', '2'], dir, WORKERS_ONLY)).toEqual(one);
    const files = (stderr: string): number => Number(/at or above high(?: not in the baseline)? in (\d+) files?/.exec(stderr)?.[1]);
    expect(files(one.stderr)).toBeGreaterThanOrEqual(1); // the new file
    expect(files(one.stderr)).toBeLessThan(files(campaigncheck(args.filter((a) => a !== '--baseline' && a !== 'out-j1/baseline.json'), dir).stderr));
  });

  it('a crashed worker: its file gets an INTERNAL_ERROR record, every other file its usual one', () => {
    writeFiles(dir, { 'subs/k-crash-me.json': passing() });
    const args = ['check', 'subs', ...EVAL, '--format', 'ndjson'];
    const one = campaigncheck([...args, '--jobs', '1'], dir);
    const two = campaigncheck([...args, '--jobs', '2'], dir, { CAMPAIGNCHECK_TEST_WORKER_CRASH: 'k-crash-me.json' });
    expect(two.code).toBe(2);
    const expected = one.stdout.split('\n').filter((l) => l !== '');
    const got = two.stdout.split('\n').filter((l) => l !== '');
    expect(got).toHaveLength(expected.length);
    got.forEach((line, i) => {
      const result = JSON.parse(line) as CheckResult;
      if (result.input.filename.endsWith('k-crash-me.json')) {
        expect(result.validation.issues[0]!.code).toBe('INTERNAL_ERROR');
        expect(result.validation.issues[0]!.message).toContain('worker');
      } else {
        expect(line).toBe(expected[i]);
      }
    });
  });

  it('workers that keep dying: still exactly one record per input', () => {
    // Every .json file kills its worker (the name ends in "n"); YAML files are answered until the workers are
    // given up on, then every input left gets INTERNAL_ERROR. Never a missing or a doubled record.
    const r = campaigncheck(['check', 'subs', ...EVAL, '--format', 'ndjson', '--jobs', '2'], dir, { CAMPAIGNCHECK_TEST_WORKER_CRASH: 'n' });
    expect(r.code).toBe(2);
    const results = r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as CheckResult);
    const inputs = readdirSync(join(dir, 'subs'), { recursive: true })
      .map(String)
      .filter((n) => /\.(json|ya?ml)$/.test(n))
      .map((n) => `subs/${n}`)
      .sort();
    expect(results.map((x) => x.input.filename)).toEqual(inputs);
    expect(results.filter((x) => x.input.filename.endsWith('.json')).every((x) => x.validation.issues[0]?.code === 'INTERNAL_ERROR')).toBe(true);
  });

  it('standard input among files keeps its place', async () => {
    const args = ['check', 'subs/a-passing.json', '-', 'subs/b-failing.yaml', ...EVAL, '--format', 'ndjson', '--stdin-filename', 'stdin.json'];
    const two = spawnSync(process.execPath, [bin, ...args, '--jobs', '2'], { cwd: dir, input: JSON.stringify(needsInfo()), encoding: 'utf8' });
    const inProcess = await cli([...args, '--jobs', '1'], { cwd: dir, stdin: JSON.stringify(needsInfo()) });
    expect(two.stdout).toBe(inProcess.stdout);
    expect(two.stdout.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as CheckResult).input.filename)).toEqual(['subs/a-passing.json', 'stdin.json', 'subs/b-failing.yaml']);
  });
});

describe('screen: worker threads and in-process write the same files', { timeout: 180_000 }, () => {
  /** Every file under a folder, by relative path. */
  function snapshot(out: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(out, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(out.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    }
    return files;
  }

  it('index.csv, index.html and every report, byte for byte; one row per input; a crashed worker', async () => {
    const d = tempDir();
    const { count: n } = corpus(d);
    const one = campaigncheck(['screen', 'subs', '--out', 'j1', ...EVAL, '--jobs', '1'], d);
    const two = campaigncheck(['screen', 'subs', '--out', 'j2', ...EVAL, '--jobs', '2'], d);
    const workersOnly = campaigncheck(['screen', 'subs', '--out', 'wo', ...EVAL, '--jobs', '2'], d, WORKERS_ONLY);
    const inProcess = await cli(['screen', 'subs', '--out', 'ip', ...EVAL, '--jobs', '2'], { cwd: d, env: { NO_COLOR: '1' } });
    expect(one.code).toBe(2);
    expect({ ...two, stderr: two.stderr.replaceAll('/j2/', '/j1/') }).toEqual(one);
    expect({ ...workersOnly, stderr: workersOnly.stderr.replaceAll('/wo/', '/j1/') }).toEqual(one);
    expect({ ...inProcess, stderr: inProcess.stderr.replaceAll('/ip/', '/j1/') }).toEqual(one);
    const expected = snapshot(join(d, 'j1'));
    expect(snapshot(join(d, 'j2'))).toEqual(expected);
    expect(snapshot(join(d, 'wo'))).toEqual(expected);
    expect(snapshot(join(d, 'ip'))).toEqual(expected);
    expect(readFileSync(join(d, 'j1/index.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(n + 1);

    writeFiles(d, { 'subs/k-crash-me.json': passing() });
    const crashed = campaigncheck(['screen', 'subs', '--out', 'crash', ...EVAL, '--jobs', '2'], d, { CAMPAIGNCHECK_TEST_WORKER_CRASH: 'k-crash-me.json' });
    expect(crashed.code).toBe(2);
    const rows = readFileSync(join(d, 'crash/index.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(n + 1);
    expect(rows.filter((r) => r.includes('"k-crash-me.json"'))).toHaveLength(1);
    expect(rows.find((r) => r.includes('"k-crash-me.json"'))).toContain('INTERNAL_ERROR');
    expect(crashed.stderr).toContain('k-crash-me.json: error: INTERNAL_ERROR');
  });
});
