#!/usr/bin/env node
// Runs a TypeScript bench script: bundles it with esbuild into bench/.build/<name>.mjs (dependencies stay in
// node_modules), then runs that file with node in a child process, so no TypeScript loader is needed.
//
//   node bench/run.mjs [node flags...] bench/<script>.ts [script args...]
//   node bench/run.mjs --cpu-prof --cpu-prof-dir=bench/.build/prof bench/engine.bench.ts --only check
//
// Everything before the first argument ending in .ts goes to node; everything after it to the script.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.findIndex((a) => a.endsWith('.ts'));
if (at === -1) {
  process.stderr.write('usage: node bench/run.mjs [node flags...] bench/<script>.ts [script args...]\n');
  process.exit(2);
}
const nodeFlags = args.slice(0, at);
const entry = args[at];
const scriptArgs = args.slice(at + 1);

const outdir = join(root, 'bench', '.build');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
await build({
  entryPoints: [join(process.cwd(), entry)],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // A banner so bundled CommonJS-style code that needs require() still works in ESM.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const child = spawnSync(process.execPath, ['--enable-source-maps', ...nodeFlags, outfile, ...scriptArgs], { stdio: 'inherit', cwd: process.cwd() });
process.exit(child.status ?? 1);
