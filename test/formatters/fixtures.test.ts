/**
 * The fixture results are written by hand, so that formatter tests never run the engine. These checks keep
 * them honest: each is valid against the published result schema and internally consistent (the counts are
 * the tallies of the outcomes, as the engine would build them).
 */
import { describe, expect, it } from 'vitest';
import { rate } from '../../core/engine/rating.js';
import { validateResult } from '../../core/validate/index.js';
import type { CheckResult, StatusCounts } from '../../schema/generated/result.js';
import { FIXTURE_NAMES, fixture, fixtureFiles } from './helpers.js';

function tally(statuses: readonly string[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, fail: 0, warn: 0, needs_info: 0, not_applicable: 0, manual: 0, waived: 0 };
  for (const s of statuses) counts[s as keyof StatusCounts] += 1;
  return counts;
}

describe('fixture results', () => {
  it('lists every fixture file', () => {
    expect(fixtureFiles()).toEqual([...FIXTURE_NAMES].sort());
  });

  describe.for(FIXTURE_NAMES)('%s', (name) => {
    const result: CheckResult = fixture(name);

    it('is valid against schema/result.schema.json', () => {
      expect(validateResult(result)).toEqual([]);
    });

    it('has summary counts that are the tallies of its outcomes', () => {
      expect(result.summary.counts).toEqual(tally(result.outcomes.map((o) => o.status)));
      const open = result.outcomes.filter((o) => ['fail', 'warn', 'needs_info'].includes(o.status));
      for (const severity of ['critical', 'high', 'medium', 'low', 'info'] as const) {
        expect(result.summary.bySeverity[severity], severity).toBe(open.filter((o) => o.severity === severity).length);
      }
    });

    it('has rule summaries that match its outcomes', () => {
      for (const rule of result.rules) {
        expect(rule.counts, rule.id).toEqual(tally(result.outcomes.filter((o) => o.ruleId === rule.id).map((o) => o.status)));
      }
      const ruleIds = new Set(result.rules.map((r) => r.id));
      for (const outcome of result.outcomes) expect(ruleIds.has(outcome.ruleId), outcome.ruleId).toBe(true);
      expect(result.ruleset.rulesEvaluated).toBe(result.rules.length);
    });

    it('has the ratings the RAG rule gives', () => {
      if (!result.valid) return;
      const areasInError = new Set(result.rules.filter((r) => r.status === 'error').map((r) => r.area));
      expect(result.summary.rating).toEqual(rate(result.outcomes, areasInError, false));
      expect(result.summary.ratingBeforeWaivers).toEqual(rate(result.outcomes, areasInError, true));
    });
  });

  it('covers every status, a waiver, an expired waiver, an invalid declaration and an engine error', () => {
    const all = FIXTURE_NAMES.map((n) => fixture(n));
    const statuses = new Set(all.flatMap((r) => r.outcomes.map((o) => o.status)));
    expect([...statuses].sort()).toEqual(['fail', 'manual', 'needs_info', 'not_applicable', 'pass', 'waived', 'warn']);
    expect(all.some((r) => r.waivers.expired.length > 0)).toBe(true);
    expect(all.some((r) => !r.valid && r.validation.issues.length > 0)).toBe(true);
    expect(all.some((r) => r.errors.length > 0)).toBe(true);
    expect(fixture('clean').summary.rating.overall).toBe('green');
  });
});
