/**
 * Properties of the whole check on schema-valid declarations (HOSTILE-INPUTS.md section 5):
 *   (a) the engine never fails: no rule throws (a throwing rule shows up in `errors`), every declaration is valid;
 *   (b) the result is deterministic: the same input gives byte-identical JSON;
 *   (c) every evidence pointer exists in the input, or is a missing fact whose parent exists (exact: false),
 *       and its line and column are inside the text (in JSON, exactly where the value starts);
 *   (f) Object.prototype and the other built-in prototypes are never changed;
 *   (g) every result validates against the result schema, and its SARIF against the SARIF 2.1.0 schema.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { toText, type Format } from '../../bench/generate.js';
import { checkDeclaration } from '../../core/check.js';
import { validateResult } from '../../core/validate/index.js';
import { formatters } from '../../formatters/index.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { RUNS, declarationArbitrary, params, parentPointer, prototypeSnapshot, resolvePointer, timeoutFor } from './support.js';

const EVALUATION_DATE = '2026-06-01';
const formatArb = fc.constantFrom<Format>('json', 'yaml');

function check(text: string, format: Format): CheckResult {
  return checkDeclaration(text, { format, filename: `declaration.${format}`, evaluationDate: EVALUATION_DATE });
}

/** Line starts of a text, counting LF, CRLF and a lone CR as line breaks (as the parse layer does). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

describe('checkDeclaration on schema-valid declarations', () => {
  it(
    '(a) never fails: the declaration is valid and no rule throws',
    () => {
      fc.assert(
        fc.property(declarationArbitrary({ exotic: true }), formatArb, (declaration, format) => {
          const result = check(toText(declaration, format), format);
          expect(result.validation.issues).toEqual([]);
          expect(result.valid).toBe(true);
          expect(result.errors).toEqual([]);
          expect(result.rules.every((r) => r.status !== 'error')).toBe(true);
          expect(result.outcomes.length).toBeGreaterThan(0);
        }),
        params(20_261_101),
      );
    },
    timeoutFor(40),
  );

  it(
    '(b) is deterministic: the same input gives byte-identical JSON',
    () => {
      fc.assert(
        fc.property(declarationArbitrary({ exotic: true }), formatArb, (declaration, format) => {
          const text = toText(declaration, format);
          const first = JSON.stringify(check(text, format));
          // A second, structurally equal but separately built input must give the same bytes too.
          const again = JSON.stringify(check(toText(structuredClone(declaration), format), format));
          expect(again).toBe(first);
          expect(JSON.stringify(check(text, format))).toBe(first);
        }),
        params(20_261_102),
      );
    },
    timeoutFor(80),
  );

  it(
    '(c) every evidence pointer exists (exact), or is a missing fact placed at its nearest existing ancestor (not exact), inside the text',
    () => {
      fc.assert(
        fc.property(declarationArbitrary({ exotic: true }), formatArb, (declaration, format) => {
          const text = toText(declaration, format);
          const result = check(text, format);
          const starts = lineStarts(text);
          for (const outcome of result.outcomes) {
            const where = `${outcome.ruleId} ${outcome.messageId}`;
            // The subject is an item or section of the input, or a missing section whose parent exists.
            const subject = outcome.subject.pointer;
            expect(resolvePointer(declaration, subject).exists || resolvePointer(declaration, parentPointer(subject)).exists, `${where}: subject ${subject}`).toBe(true);
            for (const evidence of outcome.evidence) {
              const label = `${where}: evidence ${evidence.pointer}`;
              expect(evidence.pointer === '' || evidence.pointer.startsWith('/'), label).toBe(true);
              const found = resolvePointer(declaration, evidence.pointer);
              expect(evidence.exact, label).toBe(found.exists);
              expect(evidence.line, label).toBeDefined();
              expect(evidence.column, label).toBeDefined();
              const line = evidence.line!;
              const column = evidence.column!;
              expect(line, label).toBeGreaterThanOrEqual(1);
              expect(line, label).toBeLessThanOrEqual(starts.length);
              const lineStart = starts[line - 1]!;
              const lineEnd = line < starts.length ? starts[line]! : text.length + 1;
              expect(column, label).toBeGreaterThanOrEqual(1);
              expect(lineStart + column - 1, label).toBeLessThan(lineEnd);
              if (format === 'json') {
                // In JSON the position is exactly where the value (or, for a missing fact, the nearest existing ancestor) is written.
                let anchor = evidence.pointer;
                while (!resolvePointer(declaration, anchor).exists) anchor = parentPointer(anchor);
                const v = resolvePointer(declaration, anchor).value;
                const expected = v !== null && typeof v === 'object' ? (Array.isArray(v) ? '[' : '{') : JSON.stringify(v);
                const offset = lineStart + column - 1;
                expect(text.slice(offset, offset + expected.length), `${label} (placed at ${anchor || 'the root'})`).toBe(expected);
              }
            }
          }
        }),
        params(20_261_103),
      );
    },
    timeoutFor(40),
  );

  it(
    '(f) never changes Object.prototype or the other built-in prototypes',
    () => {
      const before = prototypeSnapshot();
      fc.assert(
        fc.property(declarationArbitrary({ exotic: true }), formatArb, (declaration, format) => {
          check(toText(declaration, format), format);
          expect(prototypeSnapshot()).toBe(before);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        params(20_261_106),
      );
    },
    timeoutFor(40),
  );
});

const SARIF_SCHEMA = JSON.parse(readFileSync(new URL('../../../shared/vendor-schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const sarifAjv = new AjvModule.default({ allErrors: true, strict: false });
const isUri = (s: string) => {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};
sarifAjv.addFormat('uri', isUri);
sarifAjv.addFormat('uri-reference', (s: string) => isUri(s) || (/^[^\s:/?#]*(?:\/[^\s?#]*)?(?:\?[^\s#]*)?(?:#\S*)?$/.test(s) && !/[\s<>"{}|\\^`]/.test(s)));
sarifAjv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validateSarif = sarifAjv.compile(SARIF_SCHEMA);

describe('results and SARIF reports are always schema-valid', () => {
  it(
    '(g) for valid declarations',
    () => {
      fc.assert(
        fc.property(declarationArbitrary({ exotic: true }), formatArb, (declaration, format) => {
          const result = check(toText(declaration, format), format);
          expect(validateResult(result)).toEqual([]);
          const sarif = JSON.parse(formatters.sarif.format([result], {})) as unknown;
          expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([]);
        }),
        params(20_261_107),
      );
    },
    timeoutFor(60),
  );

  it(
    '(g) for invalid and hostile input (arbitrary JSON values and strings), one result or a batch',
    () => {
      const input = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc.string({ unit: 'binary', maxLength: 300 }),
        declarationArbitrary({ exotic: true }).map((d) => JSON.stringify({ ...d, unknownField: true })),
      );
      fc.assert(
        fc.property(fc.array(input, { minLength: 1, maxLength: 3 }), (texts) => {
          const results = texts.map((text, i) => checkDeclaration(text, { filename: `input-${i}.json`, evaluationDate: EVALUATION_DATE }));
          for (const result of results) expect(validateResult(result)).toEqual([]);
          const sarif = JSON.parse(formatters.sarif.format(results, {})) as unknown;
          expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([]);
        }),
        params(20_261_108),
      );
    },
    timeoutFor(30),
  );
});
