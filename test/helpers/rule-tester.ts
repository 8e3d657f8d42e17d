/**
 * The rule tester: runs a table of scenarios through one rule and compares the outcomes.
 * - Every scenario declaration must validate against the schema (a scenario cannot test an impossible document).
 * - Outcomes are compared by status, messageId and subject key (never by wording, so wording can change).
 * - Every message is interpolated and must have no unfilled {{placeholder}}.
 * - The table must cover a pass, a fail (or warn, or manual) and a needs_info, unless the table says why not.
 */
import { describe, expect, it } from 'vitest';
import { declarationWaivers, ruleContext } from '../../core/engine/evaluate.js';
import { interpolate } from '../../core/engine/interpolate.js';
import type { RuleContext, RuleDefinition, RuleStatus } from '../../core/rule.js';
import { validateDeclaration } from '../../core/validate/index.js';
import { RULES } from '../../rules/index.js';
import type { Declaration } from '../../schema/generated/declaration.js';

export interface ExpectedOutcome {
  status: RuleStatus;
  messageId?: string;
  /** The subject key, e.g. 'communications/spring-sms' or 'declaration'. */
  subject?: string;
  /** Expected evidence pointers (all of them, in order), when the scenario cares. */
  evidence?: string[];
}

export interface Scenario {
  name: string;
  declaration: Declaration;
  evaluationDate?: string;
  waivers?: RuleContext['waivers'];
  expect: ExpectedOutcome[];
}

export interface ScenarioTable {
  scenarios: Scenario[];
  /** Why the rule never yields needs_info (for example: it reads no optional fact). */
  noNeedsInfo?: string;
  /** Why the rule never yields a pass or not_applicable (for example: an item a person must always attest). */
  noPass?: string;
  /** Why the rule never yields a fail, warn or manual. */
  noFailure?: string;
}

const knownRuleIds = new Set(RULES.map((r) => r.id));

export function runRule(rule: RuleDefinition, scenario: Pick<Scenario, 'declaration' | 'evaluationDate' | 'waivers'>) {
  // The same context the engine builds: the declaration's own waivers are in it, unless the scenario says otherwise.
  const context: RuleContext = ruleContext(scenario.declaration, scenario.evaluationDate, declarationWaivers(scenario.declaration));
  if (scenario.waivers) context.waivers = scenario.waivers;
  return rule.evaluate(scenario.declaration, context);
}

export function testRule(rule: RuleDefinition, table: ScenarioTable): void {
  describe(`${rule.id}: ${rule.title}`, () => {
    it.each(table.scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
      const validation = validateDeclaration(scenario.declaration, { knownRuleIds });
      expect(validation.ok ? [] : validation.issues).toEqual([]);
      const outcomes = runRule(rule, scenario);
      const actual = outcomes.map((o, i) => {
        const want = scenario.expect[i];
        const got: ExpectedOutcome = { status: o.status };
        if (want?.messageId !== undefined) got.messageId = o.messageId;
        if (want?.subject !== undefined) got.subject = o.subject.key;
        if (want?.evidence !== undefined) got.evidence = o.evidence;
        return got;
      });
      expect(actual).toEqual(scenario.expect);
      for (const o of outcomes) {
        expect(Object.keys(rule.messages)).toContain(o.messageId);
        const text = interpolate(rule.messages[o.messageId as keyof typeof rule.messages] ?? "", {
          ...(o.data ?? {}),
          subject: o.subject.label,
        });
        expect(text, `message ${o.messageId} has an unfilled placeholder`).not.toMatch(/\{\{/);
        for (const pointer of o.evidence) expect(pointer === '' || pointer.startsWith('/')).toBe(true);
      }
    });

    it('covers a pass, a failure and a needs_info', () => {
      const statuses = new Set(table.scenarios.flatMap((s) => s.expect.map((e) => e.status)));
      if (!table.noPass) expect(statuses.has('pass') || statuses.has('not_applicable')).toBe(true);
      if (!table.noFailure) expect(statuses.has('fail') || statuses.has('warn') || statuses.has('manual')).toBe(true);
      if (!table.noNeedsInfo) expect(statuses.has('needs_info')).toBe(true);
    });
  });
}
