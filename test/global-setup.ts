/**
 * Builds the CLI bundle once before the test run, so that the tests that spawn the real `bin/campaigncheck.js`
 * test what users run (the bundle is what `npm ci` builds through the `prepare` script).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
