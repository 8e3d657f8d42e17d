#!/usr/bin/env node
// `npm run bench`: every benchmark in one command, one after the other (never in parallel: they would measure
// each other), then a summary. Each benchmark measures its own baseline in the same run and reports ratios.
//   npm run bench            # the full runs (about 20 minutes on the 2-core machine)
//   npm run bench -- --quick # one short round of each (about 3 minutes), for a smoke test
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const results = join(root, 'bench', 'results');
mkdirSync(results, { recursive: true });

const suite = [
  { name: 'engine', script: 'bench/engine.bench.ts', args: quick ? ['--rounds', '3', '--window', '150', '--warmup', '300'] : [], out: 'bench/results/engine' },
  {
    name: 'yaml',
    script: 'bench/yaml.bench.ts',
    // The quick run checks the fast YAML path against the yaml-package path on fewer inputs (45,000 in the full run).
    args: quick ? ['--rounds', '3', '--window', '150', '--warmup', '300', '--soup', '2000', '--mutants', '500', '--shapes', '2000'] : [],
    out: 'bench/results/yaml',
  },
  { name: 'hostile', script: 'bench/hostile.ts', args: quick ? ['--reps', '1'] : ['--reps', '3'], out: 'bench/results/hostile' },
  { name: 'cold-start', script: 'bench/cold-start.ts', args: quick ? ['--quick'] : [], out: 'bench/results/cold-start' },
  { name: 'batch', script: 'bench/batch.ts', args: quick ? ['--quick'] : [], out: 'bench/results/batch' },
  { name: 'api', script: 'bench/api.ts', args: quick ? ['--quick'] : [], out: 'bench/results/api' },
  // The load and soak run: 50 connections, 90 % valid and 10 % hostile requests (longer soaks: npm run load -- --seconds 600).
  { name: 'load', script: 'bench/load.ts', args: quick ? ['--seconds', '10', '--connections', '20'] : ['--seconds', '90', '--connections', '50', '--warm-up', '30'], out: 'bench/results/load' },
];

const summary = [`# campaigncheck benchmarks (${quick ? 'quick' : 'full'} run)`, '', `Node ${process.version}; see docs/performance.md for the method and the targets.`, ''];
let failed = 0;
for (const step of suite) {
  process.stdout.write(`\n== ${step.name} ==\n`);
  const outArgs = step.name === 'engine' || step.name === 'yaml' ? ['--out', `${step.out}.json`] : [];
  const r = spawnSync(process.execPath, ['bench/run.mjs', step.script, ...step.args, ...outArgs], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
  const md = [`${step.out}.md`, `bench/results/${step.name}.md`].map((p) => join(root, p)).find((p) => existsSync(p));
  summary.push(`## ${step.name}${r.status === 0 ? '' : ' (failed)'}`, '', md ? readFileSync(md, 'utf8').trim() : '(no Markdown summary written)', '');
}
writeFileSync(join(results, 'summary.md'), `${summary.join('\n')}\n`);
writeFileSync(join(results, 'summary.json'), `${JSON.stringify({ quick, node: process.version, steps: suite.map((s) => s.name), failed }, null, 2)}\n`);
process.stdout.write(`\nwrote bench/results/summary.md (${failed} step(s) failed)\n`);
process.exit(failed === 0 ? 0 : 1);
