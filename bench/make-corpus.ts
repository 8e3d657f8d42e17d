/**
 * Writes a corpus of generated declarations into a folder, for the batch benchmark (the CLI over many files).
 *
 *   node bench/run.mjs bench/make-corpus.ts [--out bench/.corpus/json-2000] [--count 2000] [--format json|yaml|mixed]
 *       [--size small|typical|large] [--broken 0.01] [--seed 1] [--distinct 200]
 *
 * File i is generated from seed `seed + (i % distinct)`, so a large corpus costs `distinct` generations, not
 * `count`. A share `--broken` of the files (chosen with the seed) get one to three realistic mistakes. The
 * folder's `.manifest` file (JSON, no .json extension, so a glob for declarations does not pick it up) lists
 * what was written and which files are expected to be invalid. The folder is emptied of earlier declarations first.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { Draw, SIZE_BYTES, generateDocument, isScript, seededEntropy, type Format, type GeneratedDocument, type SizeName } from './generate.js';

export interface CorpusOptions {
  out: string;
  count: number;
  format: Format | 'mixed';
  size: SizeName;
  broken: number;
  seed: number;
  distinct: number;
}

export interface CorpusManifest {
  options: CorpusOptions;
  files: number;
  bytes: number;
  invalid: string[];
}

export function makeCorpus(options: CorpusOptions): CorpusManifest {
  const { out, count, size, broken, seed } = options;
  const distinct = Math.max(1, Math.min(options.distinct, count));
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) if (/^decl-\d+\.(json|yaml)$/.test(name)) rmSync(join(out, name));

  const draw = new Draw(seededEntropy(seed ^ 0x2545f491));
  const cache = new Map<string, GeneratedDocument>();
  const invalid: string[] = [];
  let bytes = 0;
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const format: Format = options.format === 'mixed' ? (draw.chance(0.5) ? 'yaml' : 'json') : options.format;
    const isBroken = draw.chance(broken);
    const docSeed = seed + (i % distinct);
    const key = `${docSeed}:${format}:${isBroken}`;
    let doc = cache.get(key);
    if (!doc) {
      doc = generateDocument({ seed: docSeed, size, format, invalid: isBroken });
      cache.set(key, doc);
    }
    const name = `decl-${String(i + 1).padStart(width, '0')}.${format}`;
    writeFileSync(join(out, name), doc.text);
    bytes += Buffer.byteLength(doc.text);
    if (!doc.valid) invalid.push(name);
  }
  const manifest: CorpusManifest = { options: { ...options, distinct }, files: count, bytes, invalid };
  writeFileSync(join(out, '.manifest'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '2000' },
      format: { type: 'string', default: 'json' },
      size: { type: 'string', default: 'typical' },
      broken: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      distinct: { type: 'string', default: '200' },
    },
  });
  const format = values.format as CorpusOptions['format'];
  if (!['json', 'yaml', 'mixed'].includes(format)) throw new Error('--format must be json, yaml or mixed');
  const size = values.size as SizeName;
  if (!Object.hasOwn(SIZE_BYTES, size)) throw new Error('--size must be small, typical or large');
  const count = Number(values.count);
  const broken = Number(values.broken);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error('--count must be a positive whole number');
  if (!(broken >= 0 && broken <= 1)) throw new Error('--broken must be a share between 0 and 1');
  const out = values.out ?? join('bench', '.corpus', `${format}-${size}-${count}`);
  const started = performance.now();
  const manifest = makeCorpus({ out, count, format, size, broken, seed: Number(values.seed), distinct: Number(values.distinct) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${out}: ${manifest.files} files, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MB, ${manifest.invalid.length} invalid, in ${seconds} s\n`,
  );
}

if (isScript('make-corpus')) main(process.argv.slice(2));
