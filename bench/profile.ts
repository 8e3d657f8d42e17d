/**
 * Summarises a V8 CPU profile (node --cpu-prof) of a bench script: the functions with the most self time and
 * the most inclusive time, named by original source file, function and line (through the bundle's source map).
 *
 *   node bench/run.mjs --cpu-prof --cpu-prof-dir=bench/.build/prof bench/engine.bench.ts --sizes typical --only json.check
 *   node bench/run.mjs bench/profile.ts bench/.build/prof/<file>.cpuprofile [--top 30] [--filter core/,rules/] [--root runFor]
 *
 * `--root runFor` keeps only the samples taken inside the measured loop (not module loading, schema
 * compilation or document generation), so shares are shares of the benchmarked work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { isScript } from './generate.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  key: string;
  selfMs: number;
  totalMs: number;
  selfShare: number;
  totalShare: number;
}

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const path = fileURLToPath(url);
    if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

function describe(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  if (frame.url.startsWith('file://')) {
    const map = sourceMapFor(frame.url);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) {
      const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
      const file = relative(process.cwd(), source).replace(/^(\.\.\/)+/, '');
      return `${file}:${name}:${(entry.originalLine ?? 0) + 1}`;
    }
    const file = relative(process.cwd(), fileURLToPath(frame.url));
    return `${file.replace(/^.*node_modules\//, '')}:${name}:${frame.lineNumber + 1}`;
  }
  return `${frame.url.replace(/^node:/, 'node:')}:${name}`;
}

/** Self and inclusive time per function; with `root`, only samples whose stack has a frame matching it count. */
export function hotspots(profile: Profile, root?: string): { total: number; hotspots: Hotspot[] } {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const keyOf = new Map<number, string>();
  for (const node of profile.nodes) keyOf.set(node.id, describe(node.callFrame));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  const underRoot = (id: number): boolean => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) if (keyOf.get(n)!.includes(root!)) return true;
    return false;
  };
  let lastUnderRoot = false;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (root !== undefined) {
      // GC samples have no stack: they count when the sample before them was under the root.
      const isGc = keyOf.get(id) === '(garbage collector)';
      const inside = isGc ? lastUnderRoot : underRoot(id);
      if (!isGc) lastUnderRoot = inside;
      if (!inside) return;
    }
    all += dt;
    const key = keyOf.get(id)!;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = keyOf.get(n)!;
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const list = [...total.keys()].map((key) => ({
    key,
    selfMs: self.get(key) ?? 0,
    totalMs: total.get(key) ?? 0,
    selfShare: (self.get(key) ?? 0) / all,
    totalShare: (total.get(key) ?? 0) / all,
  }));
  return { total: all, hotspots: list };
}

/** A coarse place for a hotspot key: the source folder (core/engine, rules, ...), the package, node internals or GC. */
export function placeOf(key: string): string {
  if (key.startsWith('(')) return key;
  if (key.startsWith('node:')) return 'node internals';
  if (/^validate\d+$/.test(key)) return 'ajv generated validators';
  const file = key.split(':')[0]!;
  if (file.startsWith('lib/') && !file.includes('/measure')) return 'ajv (lib/)';
  if (file.startsWith('rules/')) return 'rules/';
  const parts = file.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : file;
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' }, filter: { type: 'string' }, root: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: profile.ts <file.cpuprofile> [--top N] [--filter core/,rules/] [--root runFor]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { total, hotspots: list } = hotspots(profile, values.root);
  const top = Number(values.top);
  const filters = values.filter?.split(',');
  const keep = (h: Hotspot) => !filters || filters.some((f) => h.key.includes(f));
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  process.stdout.write(`profile ${file}: ${(total / 1000).toFixed(2)} s sampled${values.root ? ` under ${values.root}` : ''}\n\nself time:\n`);
  for (const h of list.filter(keep).sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) {
    process.stdout.write(`  ${pct(h.selfShare)}  ${h.key}\n`);
  }
  process.stdout.write('\nself time by place:\n');
  const places = new Map<string, number>();
  for (const h of list) {
    const place = placeOf(h.key);
    places.set(place, (places.get(place) ?? 0) + h.selfShare);
  }
  for (const [place, share] of [...places].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`  ${pct(share)}  ${place}\n`);
  }
  process.stdout.write('\ninclusive time:\n');
  for (const h of list.filter(keep).sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) {
    process.stdout.write(`  ${pct(h.totalShare)}  ${h.key}\n`);
  }
}

if (isScript('profile')) main(process.argv.slice(2));
