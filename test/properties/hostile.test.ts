/**
 * (e) Arbitrary bytes and strings never crash the parser or the check: there is always a result, never an
 * exception; anything that is not a valid declaration is `valid: false` with at least one issue; no engine
 * error and no INTERNAL_PARSE_ERROR. (f) And nothing an input contains can change the built-in prototypes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { EXOTIC_TEXT, toText } from '../../bench/generate.js';
import { checkDeclaration } from '../../core/check.js';
import { parseDeclaration } from '../../core/parse/index.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { declarationArbitrary, params, prototypeSnapshot, timeoutFor } from './support.js';

const formatArb = fc.constantFrom('json' as const, 'yaml' as const, 'auto' as const);

const ATOMS = ['{', '}', '[', ']', ',', ':', ': ', '"', "'", '"k"', '- ', '? ', '\n', '\n  ', '  ', '\t', '#', '\\', 'x', '1', '-0', '1e400', '9007199254740993', 'true', 'null', '&a ', '*a', '!!js/function ', '!!binary ', '<<', '---\n', '|', '>', '__proto__', 'constructor', 'prototype', '"__proto__"', '\ud800', '\u00a0', '\ufeff', '\u0000', '%YAML 1.1\n', '\r'];
const tokenSoup = fc.array(fc.constantFrom(...ATOMS), { maxLength: 80 }).map((parts) => parts.join(''));

/** Keys that have polluted prototypes before, as property names at any depth. */
const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'polluted');
const pollutingValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.dictionary(fc.oneof(pollutingKey, fc.string({ maxLength: 5 })), tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;
/** JSON text with polluting keys written literally (JSON.stringify would drop a __proto__ set by assignment). */
const pollutingJson = pollutingValue.map((v) => JSON.stringify(v, null, 1)).chain((text) =>
  fc.constantFrom(text, text.replace(/"polluted"/g, '"__proto__"'), `{"schemaVersion":"1.0","__proto__":{"polluted":true},"x":${text}}`),
);

/** A valid declaration with a random edit: near-valid input. */
const mutated = fc
  .tuple(declarationArbitrary(), fc.constantFrom('json' as const, 'yaml' as const), fc.nat(), fc.constantFrom(...ATOMS, ...EXOTIC_TEXT), fc.nat({ max: 20 }))
  .map(([declaration, format, at, insert, cut]) => {
    const text = toText(declaration, format);
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + cut);
  });

function expectProperResult(result: CheckResult): void {
  expect(typeof result).toBe('object');
  expect(result.errors).toEqual([]);
  if (!result.valid) {
    expect(result.validation.issues.length).toBeGreaterThan(0);
    expect(result.validation.totalIssues).toBeGreaterThanOrEqual(result.validation.issues.length);
    expect(result.outcomes).toEqual([]);
  }
  expect(result.validation.issues.map((i) => i.code)).not.toContain('INTERNAL_PARSE_ERROR');
}

function checkBoth(input: string | Uint8Array, format: 'json' | 'yaml' | 'auto'): void {
  const parsed = parseDeclaration(input, { format });
  if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
  expectProperResult(checkDeclaration(input, { format, evaluationDate: '2026-06-01' }));
}

describe('arbitrary input never crashes the parser or the check', () => {
  it(
    '(e) arbitrary strings',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), formatArb, (text, format) => checkBoth(text, format)), params(20_261_111));
    },
    timeoutFor(10),
  );

  it(
    '(e) arbitrary bytes',
    () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), formatArb, (bytes, format) => checkBoth(bytes, format)), params(20_261_112));
    },
    timeoutFor(10),
  );

  it(
    '(e) token soup of JSON and YAML syntax',
    () => {
      fc.assert(fc.property(tokenSoup, formatArb, (text, format) => checkBoth(text, format)), params(20_261_113));
    },
    timeoutFor(10),
  );

  it(
    '(e) valid declarations with a random edit',
    () => {
      fc.assert(fc.property(mutated, formatArb, (text, format) => checkBoth(text, format)), params(20_261_114));
    },
    timeoutFor(40),
  );

  it(
    '(f) polluting keys in JSON and YAML never change the built-in prototypes',
    () => {
      const before = prototypeSnapshot();
      const input = fc.oneof(pollutingJson, pollutingValue.map((v) => toText(v, 'yaml').replace(/\bpolluted\b/g, '__proto__')));
      fc.assert(
        fc.property(input, formatArb, (text, format) => {
          checkBoth(text, format);
          expect(prototypeSnapshot()).toBe(before);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype.toString.call([])).toBe('[object Array]');
        }),
        params(20_261_116),
      );
    },
    timeoutFor(10),
  );
});
