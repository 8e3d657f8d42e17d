/**
 * (d) JSON and YAML are the same language to the checker: the same declaration written as JSON and as YAML
 * gets the same outcomes (same rules, statuses, messages, subjects, evidence pointers and exactness; only the
 * line and column differ), the same rule summaries and the same summary. Only the input info differs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { toText } from '../../bench/generate.js';
import { checkDeclaration } from '../../core/check.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { declarationArbitrary, params, timeoutFor } from './support.js';

const EVALUATION_DATE = '2026-06-01';

/** What must not depend on the format: everything but the input info and source positions. */
function comparable(result: CheckResult): unknown {
  return {
    valid: result.valid,
    declaration: result.declaration,
    validation: result.validation.issues.map((i) => ({ code: i.code, pointer: i.pointer })),
    outcomes: result.outcomes.map((o) => ({ ...o, evidence: o.evidence.map((e) => ({ pointer: e.pointer, exact: e.exact })) })),
    rules: result.rules,
    waivers: result.waivers,
    summary: result.summary,
    errors: result.errors,
    ruleset: result.ruleset,
  };
}

describe('JSON and YAML forms of the same declaration', () => {
  it(
    '(d) give identical outcomes, rule summaries and summary',
    () => {
      fc.assert(
        fc.property(declarationArbitrary({ exotic: true }), (declaration) => {
          const fromJson = checkDeclaration(toText(declaration, 'json'), { format: 'json', evaluationDate: EVALUATION_DATE });
          const fromYaml = checkDeclaration(toText(declaration, 'yaml'), { format: 'yaml', evaluationDate: EVALUATION_DATE });
          expect(fromJson.valid).toBe(true);
          expect(comparable(fromYaml)).toEqual(comparable(fromJson));
        }),
        params(20_261_104),
      );
    },
    timeoutFor(80),
  );

  it(
    '(d) agree on invalid declarations too: same verdict and the same issue codes and pointers',
    () => {
      fc.assert(
        fc.property(
          declarationArbitrary({ exotic: true }),
          fc.constantFrom<[string, unknown]>(['schemaVersion', '2.0'], ['declarant', 'x'], ['unknownSection', {}], ['campaign', { name: 7 }]),
          (declaration, [key, bad]) => {
            const broken = { ...declaration, [key]: bad };
            const fromJson = checkDeclaration(toText(broken, 'json'), { format: 'json', evaluationDate: EVALUATION_DATE });
            const fromYaml = checkDeclaration(toText(broken, 'yaml'), { format: 'yaml', evaluationDate: EVALUATION_DATE });
            expect(fromJson.valid).toBe(false);
            expect(comparable(fromYaml)).toEqual(comparable(fromJson));
          },
        ),
        params(20_261_105),
      );
    },
    timeoutFor(80),
  );
});
