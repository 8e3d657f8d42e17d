/**
 * The real executable (bin/campaigncheck.js -> dist/cli.js, built by the test run's global setup): exit codes,
 * stdin, --version, worker threads, and a full run on examples/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { TOOL_VERSION } from '../../core/version.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { failing, invalid, passing, tempDir, writeFiles } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/campaigncheck.js');
const ONE = ['--rule', 'PECR-01', '--date', '2029-04-01', '--no-config'];

function campaigncheck(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    timeout: 120_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/campaigncheck.js', { timeout: 180_000 }, () => {
  it('is an executable node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--version prints the version', () => {
    expect(campaigncheck(['--version'])).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  });

  it('exit 0, 1 and 2 from checks of standard input', () => {
    const dir = tempDir();
    const ok = campaigncheck(['check', '-', ...ONE, '--stdin-filename', 'ok.yaml', '--format', 'json'], { cwd: dir, input: stringify(passing()) });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).input.filename).toBe('ok.yaml');
    expect(campaigncheck(['check', '-', ...ONE], { cwd: dir, input: JSON.stringify(failing()) }).code).toBe(1);
    expect(campaigncheck(['check', '-', ...ONE], { cwd: dir, input: JSON.stringify(invalid()) }).code).toBe(1);
    expect(campaigncheck(['check', '-', ...ONE], { cwd: dir, input: '' }).code).toBe(2);
    expect(campaigncheck(['check', '--bogus'], { cwd: dir }).code).toBe(2);
  });

  it('writing to /dev/full exits 2', () => {
    if (!existsSync('/dev/full')) return;
    const r = campaigncheck(['check', '-', ...ONE, '--format', 'sarif=/dev/full'], { cwd: tempDir(), input: JSON.stringify(passing()) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the disk is full');
  });

  it('NO_COLOR and a pipe give plain text', () => {
    const r = campaigncheck(['check', '-', ...ONE], { cwd: tempDir(), input: JSON.stringify(failing()), env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).not.toContain('\u001b[');
  });

  it('checks and validates examples/ (one record per file)', () => {
    let cwd = root;
    let folder = 'examples';
    const files = existsSync(join(root, 'examples')) ? readdirSync(join(root, 'examples')).filter((f) => /\.(json|ya?ml)$/.test(f)) : [];
    if (files.length === 0) {
      cwd = tempDir();
      writeFiles(cwd, { 'examples/a.yaml': passing(), 'examples/b.json': failing() });
      files.push('a.yaml', 'b.json');
      folder = 'examples';
    }
    expect(campaigncheck(['validate', folder], { cwd }).code).toBe(0);
    const r = campaigncheck(['check', folder, '--no-config', '--format', 'json'], { cwd });
    const parsed = JSON.parse(r.stdout) as CheckResult | CheckResult[];
    const results = Array.isArray(parsed) ? parsed : [parsed];
    expect(results.map((x) => x.input.filename).sort()).toEqual(files.map((f) => `${folder}/${f}`).sort());
    expect(results.every((x) => x.valid)).toBe(true);
    // 2 only when a rule is in engine error; otherwise the findings decide between 0 and 1
    expect(r.code).toBe(results.some((x) => x.errors.length > 0) ? 2 : results.some((x) => x.summary.bySeverity.critical + x.summary.bySeverity.high > 0) ? 1 : 0);
  });

  it('screen on worker threads: a broken file among good ones, exactly one index row per input', () => {
    const dir = tempDir();
    const files: Record<string, object | string> = {};
    for (let i = 0; i < 40; i++) files[`subs/s${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'yaml' : 'json'}`] = i % 4 === 0 ? failing() : passing();
    files['subs/broken.json'] = '{"schemaVersion": "1.0", ';
    writeFiles(dir, files);
    const r = campaigncheck(['screen', 'subs', '--out', 'out', ...ONE, '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(1);
    const rows = readFileSync(join(dir, 'out/index.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(41);
    const names = rows.map((row) => row.split(',')[1]!.replace(/"/g, ''));
    expect(new Set(names).size).toBe(41);
    expect(rows.at(-1)).toContain('"broken.json","invalid"');
    expect(readdirSync(join(dir, 'out/reports'))).toHaveLength(82);
    expect(r.stderr).toContain('broken.json: invalid: SYNTAX_ERROR');
  });

  it('serve listens until SIGTERM, then exits 0', async () => {
    if (!existsSync(join(root, 'server/main.ts'))) return;
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 60_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const m = /listening on (\S+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('check uses worker threads for large batches with the same results as in-process', () => {
    const dir = tempDir();
    const files: Record<string, object> = {};
    for (let i = 0; i < 30; i++) files[`d/f${String(i).padStart(2, '0')}.json`] = i % 5 === 0 ? failing() : passing();
    writeFiles(dir, files);
    const one = campaigncheck(['check', 'd', ...ONE, '--format', 'json', '--jobs', '1'], { cwd: dir });
    const two = campaigncheck(['check', 'd', ...ONE, '--format', 'json', '--jobs', '2'], { cwd: dir });
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });
});
