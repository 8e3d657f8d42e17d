/**
 * The short load run CI can afford: bench/load.ts for about 5 s at c=4 (the rest of the test suite runs beside it on the same 2 cores) against the real server on a real port,
 * 90 % valid and 10 % hostile requests from the corpus. Zero 5xx, zero socket errors, zero timeouts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('load: 5 s at c=4 with 10 % hostile requests gives no 5xx and no socket errors', { timeout: 180_000 }, () => {
  const r = spawnSync(process.execPath, ['bench/run.mjs', 'bench/load.ts', '--seconds', '5', '--connections', '4', '--no-pin', '--out', 'load-short-ci'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, CAMPAIGNCHECK_LOG_LEVEL: 'warn' },
  });
  const summary = `exit ${r.status}\n${r.stdout}\n${r.stderr.slice(-2000)}`;
  const result = JSON.parse(readFileSync(join(root, 'bench/results/load-short-ci.json'), 'utf8')) as { fiveXx: number; socketErrors: number; timeouts: number; requests: { total: number } };
  expect(result.requests.total, summary).toBeGreaterThan(0);
  expect(result.fiveXx, summary).toBe(0);
  expect(result.socketErrors, summary).toBe(0);
  expect(result.timeouts, summary).toBe(0);
  expect(r.status, summary).toBe(0);
});
