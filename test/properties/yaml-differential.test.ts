/**
 * The YAML fast path (core/parse/yaml-fast.ts) is invisible: for any YAML input, parseDeclaration with the fast
 * path and parseDeclaration with the `yaml`-package path alone (withYamlFastPathDisabled) give the same verdict,
 * the same issues (code, wording, pointer, position), the same value, and the same `locate()` result for every
 * pointer of the value, for its property names (keyPosition), and for missing and malformed pointers.
 *
 * Inputs come from bench/lib/yaml-inputs.ts (shared with the differential check of `npm run bench:yaml`), drawn
 * through fast-check so failures shrink: random values written in random YAML styles, schema-valid declarations
 * written by the `yaml` package with random options, small edits of both, token soup, and custom limits. Each
 * property also counts the inputs the fast path accepted, so the comparison cannot pass by never using it.
 *
 * CAMPAIGNCHECK_PROPERTY_RUNS sets the number of cases (support.ts); FC_SEED / FC_PATH replay a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Draw, toText, type Entropy } from '../../bench/generate.js';
import { SOUP_ATOMS, TRICKY_YAML, decidedByFastPath, disagreement, editYaml, randomYaml, stringifyVariant } from '../../bench/lib/yaml-inputs.js';
import { RUNS, declarationArbitrary, params, timeoutFor } from './support.js';

/** A Draw whose every choice comes from fast-check, so a failing input shrinks. */
const drawArbitrary: fc.Arbitrary<Draw> = fc.gen().map((g) => {
  const entropy: Entropy = { int: (min, max) => (max <= min ? min : g(fc.integer, { min, max })) };
  return new Draw(entropy);
});

const styled = drawArbitrary.map((draw) => randomYaml(draw));
const declarationYaml = fc.tuple(declarationArbitrary({ exotic: true }), drawArbitrary).map(([declaration, draw]) =>
  draw.chance(0.3) ? toText(declaration, 'yaml') : stringifyVariant(declaration, draw),
);
const edited = fc.tuple(fc.oneof(styled, declarationYaml, fc.constantFrom(...TRICKY_YAML)), drawArbitrary).map(([text, draw]) => editYaml(text, draw));
const soup = fc.array(fc.constantFrom(...SOUP_ATOMS), { maxLength: 60 }).map((parts) => parts.join(''));

/** Runs the comparison on every case and returns how many inputs the fast path accepted. */
function compare(arbitrary: fc.Arbitrary<string>, seed: number, limits?: { maxDepth?: number; maxIssues?: number }): number {
  let fast = 0;
  fc.assert(
    fc.property(arbitrary, (text) => {
      const why = disagreement(text, limits);
      expect(why, JSON.stringify(text).slice(0, 2000)).toBeUndefined();
      if (decidedByFastPath(text, limits)) fast++;
    }),
    params(seed),
  );
  return fast;
}

describe('the YAML fast path gives exactly what the yaml-package path gives', () => {
  it('on the tricky snippets', () => {
    for (const text of TRICKY_YAML) expect(disagreement(text), JSON.stringify(text)).toBeUndefined();
  });

  it(
    'on random values written in random YAML styles',
    () => {
      const fast = compare(styled, 20_261_121);
      // Most generated texts are valid YAML without anything unusual: the fast path must really be compared.
      expect(fast).toBeGreaterThanOrEqual(Math.floor(RUNS * 0.2));
    },
    timeoutFor(40),
  );

  it(
    'on declarations written by the yaml package with random options',
    () => {
      const fast = compare(declarationYaml, 20_261_122);
      expect(fast).toBeGreaterThanOrEqual(Math.floor(RUNS * 0.5));
    },
    timeoutFor(60),
  );

  it(
    'on small edits of both (near-valid input)',
    () => {
      compare(edited, 20_261_123);
    },
    timeoutFor(60),
  );

  it(
    'on token soup',
    () => {
      compare(soup, 20_261_124);
    },
    timeoutFor(10),
  );

  it(
    'with custom limits (shallow nesting, few issues)',
    () => {
      for (const [i, limits] of [{ maxDepth: 2 }, { maxDepth: 4, maxIssues: 1 }, { maxDepth: 6, maxIssues: 3 }].entries()) {
        compare(fc.oneof(styled, edited), 20_261_125 + i, limits);
      }
    },
    timeoutFor(120),
  );
});
