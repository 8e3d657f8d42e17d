// Builds dist/ with esbuild: one bundle per entry point (the CLI and the server), so that the CLI starts fast
// (no TypeScript at run time, no server code on the CLI path). Runs on `npm ci` through the `prepare` script.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entries = [
  { in: 'cli/main.ts', out: 'cli' },
  { in: 'server/main.ts', out: 'server' },
  // The server's worker threads (server/pool.ts) load this one: parse, check and report, no Fastify.
  { in: 'server/worker.ts', out: 'server-worker' },
].filter((e) => existsSync(new URL(`../${e.in}`, import.meta.url)));

if (entries.length > 0) {
  await build({
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
}
