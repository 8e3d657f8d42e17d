/**
 * The hostile corpus (corpus.ts) through the CLI: every case with a `cli` expectation is run with `run()` in-process
 * and fake io (standard-input cases through the real bin/campaigncheck.js), and held to its exit code and the issue
 * codes of the records it prints with `--format json`. The batch must keep one record per input; Object.prototype
 * must stay unchanged. api.test.ts runs the same table through the API.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/helpers.js';
import { cliCases, findings, prototypeSnapshot, type HostileCase, type Input } from './corpus.js';

const DATE = '2029-04-01';
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/campaigncheck.js');

interface Record_ {
  input: { filename: string };
  validation?: { issues: { code: string }[]; totalIssues: number };
}

function records(stdout: string): Record_[] {
  if (stdout.trim() === '') return [];
  const value = JSON.parse(stdout) as Record_ | Record_[];
  return Array.isArray(value) ? value : [value];
}

function writeInput(dir: string, input: Input, name = 'decl'): string {
  const path = join(dir, `${name}.${input.format}`);
  writeFileSync(path, input.bytes);
  return path;
}

async function runCase(c: HostileCase, dir: string, inputs: string[], stdinInput?: Input): Promise<{ code: number; stdout: string; stderr: string }> {
  const expect_ = c.cli!;
  const common = ['--no-config', '--fail-on', 'none', '--date', DATE];
  const formatArgs = expect_.args ?? ['--format', c.format ?? 'json'];
  if (stdinInput) {
    const r = spawnSync(process.execPath, [bin, 'check', '-', '--stdin-filename', `decl.${stdinInput.format}`, ...common, ...formatArgs], {
      cwd: dir,
      input: stdinInput.bytes,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  return cli(['check', ...inputs, ...common, ...formatArgs], { cwd: dir, env: { NO_COLOR: '1' } });
}

describe('hostile corpus: CLI', () => {
  for (const c of cliCases()) {
    it(`${c.id}: ${c.what}`, { timeout: 60_000 }, async () => {
      const expected = c.cli!;
      const dir = tempDir();
      const input = c.input?.();
      const before = prototypeSnapshot();

      const inputs = expected.setup ? expected.setup(dir) : input && !expected.stdin ? [writeInput(dir, input)] : [];
      // No timed assertion here: how fast each case is answered is measured by `npm run bench:hostile`
      // against its budget; the test's timeout only catches a hang.
      const r = await runCase(c, dir, inputs, expected.stdin ? input : undefined);
      const summary = `exit ${r.code}\nstderr: ${r.stderr.slice(0, 600)}\nstdout: ${r.stdout.slice(0, 600)}`;

      expect(r.code, summary).toBe(expected.exit);

      if (expected.args === undefined && (c.format === undefined || c.format === 'json')) {
        const recs = records(r.stdout);
        expect(recs.length, `one record per input\n${summary}`).toBe(expected.records ?? 1);
        const codes = new Set(recs.flatMap((x) => (x.validation?.issues ?? []).map((i) => i.code)));
        for (const code of expected.issues ?? []) expect([...codes], summary).toContain(code);
        for (const rec of recs) {
          if (!rec.validation) continue;
          expect(rec.validation.issues.length).toBeLessThanOrEqual(100);
          expect(rec.validation.totalIssues).toBeGreaterThanOrEqual(rec.validation.issues.length);
        }
        // The issue code is printed for people too (text on stdout lists `[CODE]`): the JSON record carries it.
      }
      if (c.check) c.check(r.stdout);

      if (c.twin) {
        const twin = c.twin();
        const other = await cli(['check', writeInput(dir, twin, 'twin'), '--no-config', '--fail-on', 'none', '--date', DATE, '--format', 'json'], { cwd: dir });
        expect(other.code).toBe(expected.exit);
        expect(findings(other.stdout)).toEqual(findings(r.stdout));
      }

      expect(prototypeSnapshot(), 'Object.prototype unchanged').toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
