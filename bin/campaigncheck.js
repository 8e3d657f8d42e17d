#!/usr/bin/env node
// campaigncheck's executable: the bundle built by scripts/build.mjs from cli/main.ts (npm runs it on install).
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  process.stderr.write('campaigncheck: dist/cli.js is missing; build it with `npm run build`.\n');
  process.exitCode = 2;
}
