/** Property tests (fast-check, fixed seeds): the parser never throws and only ever returns plain data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';

import { parseDeclaration, type ParseIssueCode } from '../../../core/parse/index.js';
import { expectWellFormedIssues, isPlainData } from './helpers.js';

const RUNS = 400;

const atoms = ['{', '}', '[', ']', ',', ':', ': ', '"', "'", '"k"', '- ', '? ', '\n', '\n  ', '  ', '\t', '#', ' # c', '/*', '*/', '//', '\\', '\\u', 'x', '1', '-0', '1e400', '9007199254740993', 'true', 'null', '&a ', '*a', '!!str ', '<<', '---\n', '|', '>', '__proto__', '\ud800', '\u00a0', '%YAML 1.2\n'];
const tokenSoup = fc.array(fc.constantFrom(...atoms), { maxLength: 60 }).map((parts) => parts.join(''));

function check(input: string | Uint8Array, format: 'json' | 'yaml' | 'auto'): void {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  const result = parseDeclaration(input, { format, limits: { maxDepth: 8 } });
  if (result.ok) {
    expect(isPlainData(result.document.value)).toBe(true);
    expect(result.document.locate('')?.exact ?? true).toBe(true);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.map((issue) => issue.code)).not.toContain('INTERNAL_PARSE_ERROR');
    expectWellFormedIssues(result.issues);
  }
  expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
}

describe('parseDeclaration on arbitrary input', () => {
  it.each(['json', 'yaml', 'auto'] as const)('never throws on token soup (%s)', (format) => {
    fc.assert(fc.property(tokenSoup, (text) => check(text, format)), { seed: 20_240_601, numRuns: RUNS });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(text, 'auto')), { seed: 7, numRuns: RUNS });
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(bytes, 'auto')), { seed: 11, numRuns: RUNS });
  });
});

const EXPECTED_REJECTIONS: readonly ParseIssueCode[] = ['UNSAFE_NUMBER', 'FORBIDDEN_KEY', 'TOO_DEEP'];

describe('round trips', () => {
  it('JSON.stringify output parses back to the same value (or is rejected for a stated reason)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const result = parseDeclaration(text, { format: 'json' });
        if (result.ok) expect(result.document.value).toEqual(JSON.parse(text));
        else expect(result.issues.every((issue) => EXPECTED_REJECTIONS.includes(issue.code))).toBe(true);
      }),
      { seed: 42, numRuns: RUNS },
    );
  });

  it('YAML.stringify output parses back to the same value, and agrees with JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        // yaml.stringify writes a "<<" key unquoted, which is the merge key, rejected on purpose.
        fc.pre(!JSON.stringify(value).includes('"<<"'));
        const expected = JSON.parse(JSON.stringify(value)) as unknown;
        const fromYaml = parseDeclaration(toYaml(value), { format: 'yaml' });
        const fromJson = parseDeclaration(JSON.stringify(value), { format: 'json' });
        expect(fromYaml.ok).toBe(fromJson.ok);
        if (fromYaml.ok) expect(fromYaml.document.value).toEqual(expected);
        else expect(fromYaml.ok === false && fromYaml.issues.map((i) => i.code)).toEqual(fromJson.ok === false && fromJson.issues.map((i) => i.code));
      }),
      { seed: 43, numRuns: RUNS },
    );
  });
});
