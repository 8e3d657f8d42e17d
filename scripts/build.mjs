// Builds dist/ with esbuild: one bundle per entry point (the CLI and the server), so that the CLI starts fast
// (no TypeScript at run time, no server code on the CLI path). Runs on `npm ci` through the `prepare` script.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const entries = [
  { in: 'cli/main.ts', out: 'cli' },
  { in: 'server/main.ts', out: 'server' },
  // The server's worker threads (server/pool.ts) load this one: parse, check and report, no Fastify.
  { in: 'server/worker.ts', out: 'server-worker' },
].filter((e) => existsSync(new URL(`../${e.in}`, import.meta.url)));

if (entries.length > 0) {
  const result = await build({
    metafile: true,
    entryPoints: entries,
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    packages: 'external',
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
  // Chunks are named by content hash, so every change leaves the previous ones behind: remove those this build
  // did not write (never the whole folder, which a running CLI or server may be reading).
  const written = new Set(Object.keys(result.metafile.outputs).map((f) => relative('dist', f)));
  const chunks = join('dist', 'chunks');
  if (existsSync(chunks)) {
    for (const name of readdirSync(chunks)) {
      const file = join('chunks', name);
      if (!written.has(file)) rmSync(join('dist', file), { force: true });
    }
  }
}
