/** The benchmark generator (bench/generate.ts): deterministic, the sizes it promises, valid when asked, and each mistake caught. */
import { describe, expect, it } from 'vitest';

import { MISTAKE_KINDS, SIZE_BYTES, generateDocument, type Format, type SizeName } from '../../bench/generate.js';
import { checkDeclaration } from '../../core/check.js';
import { validateDeclaration } from '../../core/validate/index.js';
import { RULES } from '../../rules/index.js';

const KNOWN_RULES = new Set(RULES.map((r) => r.id));
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const FORMATS: Format[] = ['json', 'yaml'];

// Generous timeouts: these build and check dozens of documents, and the test machines are shared.
const SLOW = 120_000;

describe('generateDocument', () => {
  it('is deterministic: the same seed and options give the same text', () => {
    for (const size of ['small', 'typical'] as const) {
      for (const format of FORMATS) {
        const a = generateDocument({ seed: 99, size, format });
        const b = generateDocument({ seed: 99, size, format });
        expect(a.text).toBe(b.text);
        const c = generateDocument({ seed: 99, size, format, invalid: true });
        expect(c.text).toBe(generateDocument({ seed: 99, size, format, invalid: true }).text);
      }
    }
    expect(generateDocument({ seed: 1 }).text).not.toBe(generateDocument({ seed: 2 }).text);
  }, SLOW);

  it.each(['small', 'typical', 'large'] as SizeName[])('makes %s documents of the promised size (pretty JSON; within 15 percent for small, 10 otherwise)', (size) => {
    for (const seed of size === 'large' ? [1, 2] : SEEDS.slice(0, 6)) {
      const bytes = Buffer.byteLength(generateDocument({ seed, size }).text);
      expect(Math.abs(bytes - SIZE_BYTES[size]) / SIZE_BYTES[size]).toBeLessThan(size === 'small' ? 0.15 : 0.1);
    }
  }, SLOW);

  it.each(FORMATS)('makes valid %s declarations that check without engine errors', (format) => {
    for (const size of ['small', 'typical'] as const) {
      for (const seed of SEEDS) {
        const doc = generateDocument({ seed, size, format });
        expect(doc.valid).toBe(true);
        const validation = validateDeclaration(doc.value, { knownRuleIds: KNOWN_RULES });
        expect(validation.ok ? [] : validation.issues).toEqual([]);
        const result = checkDeclaration(doc.text, { format, evaluationDate: '2026-06-01' });
        expect(result.validation.issues).toEqual([]);
        expect(result.valid).toBe(true);
        expect(result.errors).toEqual([]);
        expect(result.outcomes.length).toBeGreaterThan(0);
      }
    }
  }, SLOW);

  it('makes a valid large declaration in both formats', () => {
    for (const format of FORMATS) {
      const doc = generateDocument({ seed: 3, size: 'large', format });
      const result = checkDeclaration(doc.text, { format, evaluationDate: '2026-06-01' });
      expect(result.validation.issues).toEqual([]);
      expect(result.errors).toEqual([]);
    }
  }, SLOW);

  it.each(MISTAKE_KINDS.flatMap((kind) => FORMATS.map((format) => [kind, format] as const)))('a %s mistake in %s is reported with its code', (kind, format) => {
    for (const seed of SEEDS.slice(0, 6)) {
      const doc = generateDocument({ seed, size: 'small', format, invalid: [kind] });
      expect(doc.valid).toBe(false);
      const result = checkDeclaration(doc.text, { format });
      expect(result.valid).toBe(false);
      const codes = result.validation.issues.map((i) => i.code);
      expect(codes, `${kind} at ${doc.mistakes[0]!.pointer}`).toContain(doc.mistakes[0]!.expectedCode);
    }
  }, SLOW);

  it('makes invalid documents with one to three mistakes, all rejected', () => {
    for (const format of FORMATS) {
      for (const seed of SEEDS) {
        const doc = generateDocument({ seed, size: 'typical', format, invalid: true });
        expect(doc.mistakes.length).toBeGreaterThanOrEqual(1);
        expect(doc.mistakes.length).toBeLessThanOrEqual(3);
        expect(checkDeclaration(doc.text, { format }).valid).toBe(false);
      }
    }
  }, SLOW);
});
