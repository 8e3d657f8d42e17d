/**
 * Shared pieces of the property tests: run counts and seeds, and arbitraries built from the benchmark
 * generator's building blocks (bench/generate.ts), so every generated declaration is schema-valid.
 *
 * Runs: 200 per property in the default test run; `npm run test:properties` sets CAMPAIGNCHECK_PROPERTY_RUNS
 * (10,000 there). Seeds are fixed per property; FC_SEED (and FC_PATH, both printed by fast-check on a
 * failure) replay a counterexample: FC_SEED=123 FC_PATH=4:2 npx vitest run test/properties/engine.test.ts
 */
import fc from 'fast-check';

import { Draw, buildDeclaration, COLLECTIONS, type Collection, type Entropy, type Shape } from '../../bench/generate.js';
import type { Declaration } from '../../schema/generated/declaration.js';

export const RUNS = positiveInt(process.env.CAMPAIGNCHECK_PROPERTY_RUNS) ?? 200;

function positiveInt(text: string | undefined): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** fast-check parameters: the property's own seed unless FC_SEED is set; FC_PATH replays one case. */
export function params(seed: number, runs: number = RUNS): fc.Parameters<unknown> {
  const envSeed = process.env.FC_SEED;
  const path = process.env.FC_PATH;
  return {
    seed: envSeed !== undefined && envSeed !== '' ? Number(envSeed) : seed,
    numRuns: runs,
    ...(path ? { path } : {}),
  };
}

/** A test timeout that grows with the number of runs (ms per case is a generous bound on the 2-core box). */
export function timeoutFor(msPerCase: number, runs: number = RUNS): number {
  return Math.max(60_000, runs * msPerCase);
}

export interface DeclarationArbitraryOptions {
  /** Free text sometimes taken from the generator's list of hostile strings. */
  exotic?: boolean;
  /** Most items per id list (small keeps each case fast; shrinking goes towards 0). */
  maxItems?: number;
}

/**
 * Schema-valid declarations. Every choice the generator makes is a draw from fast-check (`fc.gen()`), so a
 * failing case shrinks towards fewer items, absent optional fields and first enum values.
 */
export function declarationArbitrary(options: DeclarationArbitraryOptions = {}): fc.Arbitrary<Declaration> {
  const maxItems = options.maxItems ?? 3;
  return fc.gen().map((g) => {
    const entropy: Entropy = { int: (min, max) => (max <= min ? min : g(fc.integer, { min, max })) };
    const draw = new Draw(entropy);
    const counts: Partial<Record<Collection, number>> = {};
    for (const name of COLLECTIONS) counts[name] = draw.int(0, maxItems);
    const shape: Shape = {
      counts,
      waivers: draw.int(0, 2),
      optional: draw.pick([0.2, 0.5, 0.9]),
      nested: draw.pick([0.5, 1]),
      sections: draw.pick([0.3, 0.8, 1]),
      exotic: options.exotic ? 0.25 : 0,
      exoticIds: 0.2,
      edges: 0.2,
      maxListItems: 3,
    };
    return buildDeclaration(entropy, shape);
  });
}

/** The value at a JSON pointer, and whether it exists (own properties only). */
export function resolvePointer(root: unknown, pointer: string): { exists: boolean; value: unknown } {
  if (pointer === '') return { exists: true, value: root };
  if (!pointer.startsWith('/')) return { exists: false, value: undefined };
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(token) || Number(token) >= value.length) return { exists: false, value: undefined };
      value = value[Number(token)];
    } else if (value !== null && typeof value === 'object') {
      if (!Object.hasOwn(value, token)) return { exists: false, value: undefined };
      value = (value as Record<string, unknown>)[token];
    } else return { exists: false, value: undefined };
  }
  return { exists: true, value };
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** Own property names of the built-in prototypes that a pollution would change. */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort()));
}
