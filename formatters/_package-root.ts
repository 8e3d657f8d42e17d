/**
 * The package root: the nearest folder, walking up from this module, that holds package.json and templates/.
 * Works from the source tree (formatters/) and from the bundle (dist/ or dist/chunks/), and does not depend
 * on the working directory.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findPackageRoot(from: string | URL = import.meta.url): string {
  const start = fileURLToPath(from);
  let dir = dirname(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`campaigncheck: cannot find the package root (package.json and templates/) above ${start}`);
    dir = parent;
  }
}
