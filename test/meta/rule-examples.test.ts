/**
 * Every rule carries a passing and a failing example (`examples` in core/rule.ts), shown by `campaigncheck explain`
 * and in the rules catalogue. This test keeps them true: each example is parsed as a declaration file would be,
 * added as top-level sections to the minimal declaration of test/helpers/declarations.ts, must validate, and must
 * give the outcome it stands for when the rule is run on it:
 * - passing: no fail, warn or needs_info (only pass, not_applicable or manual);
 * - failing: at least one fail or warn, or, for the few rules that cannot conclude either, the status they use
 *   instead (FAILING_STATUS below).
 * A rule without examples fails here, so new rules must add them.
 */
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../core/parse/index.js';
import type { RuleDefinition, RuleStatus } from '../../core/rule.js';
import { validateDeclaration } from '../../core/validate/index.js';
import { RULES } from '../../rules/index.js';
import type { Declaration } from '../../schema/generated/declaration.js';
import { declaration } from '../helpers/declarations.js';
import { runRule } from '../helpers/rule-tester.js';

/** The date examples are judged at. The CLI uses today's date; a fixed one keeps this test stable. */
const EVALUATION_DATE = '2026-12-01';

/** Examples are meant to be read at a glance. */
const MAX_LINES = 20;

/**
 * Rules that never conclude fail or warn, with the status their failing example shows instead and why. A rule
 * whose failing example is `manual` must not give `manual` for its passing example (else the two would not differ).
 */
const FAILING_STATUS: Readonly<Record<string, { status: Extract<RuleStatus, 'manual' | 'needs_info'>; why: string }>> = {
  'ROLE-01': { status: 'needs_info', why: 'a role left out is a missing fact; whether a declared role fits is judged by ROLE-02 to ROLE-04' },
  'LB-02': { status: 'needs_info', why: 'a justification left out of the declaration may be recorded elsewhere, so it is asked for, not failed' },
  'SRC-04': { status: 'manual', why: 'whether a platform\'s terms amount to a joint controller arrangement must be checked by a person' },
  'IMP-06': { status: 'manual', why: 'following the Electoral Commission\'s statutory guidance can only be attested by a person' },
};

const PASSING_STATUSES: ReadonlySet<RuleStatus> = new Set<RuleStatus>(['pass', 'not_applicable', 'manual']);
const knownRuleIds = new Set(RULES.map((r) => r.id));

type Kind = 'passing' | 'failing';

/** The example as a full declaration: parsed, checked to be a mapping of sections, merged into the minimal declaration. */
function load(rule: RuleDefinition, kind: Kind): Declaration {
  const text = rule.examples?.[kind];
  expect(text, `${rule.id} has no ${kind} example`).toBeTypeOf('string');
  const parsed = parseDeclaration(text!, { filename: `${rule.id.toLowerCase()}-${kind}.yaml` });
  expect(parsed.ok ? [] : parsed.issues, `${rule.id} ${kind} example does not parse`).toEqual([]);
  if (!parsed.ok) throw new Error('unreachable');
  const value = parsed.document.value;
  expect(value !== null && typeof value === 'object' && !Array.isArray(value), `${rule.id} ${kind} example is not a mapping of sections`).toBe(true);
  const sections = value as Record<string, unknown>;
  expect(Object.keys(sections).length, `${rule.id} ${kind} example is empty`).toBeGreaterThan(0);
  expect(Object.keys(sections), `${rule.id} ${kind} example should hold sections only`).not.toContain('schemaVersion');
  const merged = declaration({ ...(sections as Partial<Declaration>) });
  const validation = validateDeclaration(merged, { knownRuleIds });
  expect(validation.ok ? [] : validation.issues, `${rule.id} ${kind} example is not a valid declaration`).toEqual([]);
  return merged;
}

function statuses(rule: RuleDefinition, kind: Kind): RuleStatus[] {
  return runRule(rule, { declaration: load(rule, kind), evaluationDate: EVALUATION_DATE }).map((o) => o.status);
}

describe('rule examples', () => {
  it('every registered rule has a passing and a failing example', () => {
    const missing = RULES.filter((r) => !r.examples?.passing?.trim() || !r.examples?.failing?.trim()).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('names only registered rules among the exceptions', () => {
    expect(Object.keys(FAILING_STATUS).filter((id) => !knownRuleIds.has(id))).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  it.each(['passing', 'failing'] as const)('the %s example is short, with a comment line on top', (kind) => {
    const text = rule.examples?.[kind];
    expect(text, `${rule.id} has no ${kind} example`).toBeTypeOf('string');
    const lines = text!.trimEnd().split('\n');
    expect(lines[0], 'the first line should be a # comment saying why the example passes or fails').toMatch(/^# \S/);
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
  });

  it('the passing example gives no fail, warn or needs_info', () => {
    const got = statuses(rule, 'passing');
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((s) => !PASSING_STATUSES.has(s)), `outcomes: ${got.join(', ')}`).toEqual([]);
    if (FAILING_STATUS[rule.id]?.status === 'manual') expect(got, 'a manual-only rule should not apply, or pass, here').not.toContain('manual');
  });

  it('the failing example gives the failure it shows', () => {
    const got = statuses(rule, 'failing');
    const exception = FAILING_STATUS[rule.id];
    if (exception) expect(got, `outcomes: ${got.join(', ')} (${exception.why})`).toContain(exception.status);
    else expect(got.some((s) => s === 'fail' || s === 'warn'), `outcomes: ${got.join(', ')}`).toBe(true);
  });
});
