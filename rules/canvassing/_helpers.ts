/**
 * Helpers for the canvassing rules (not a rule: the leading underscore keeps it out of the registry).
 * Every canvassing rule first asks whether canvassing is declared and done at all.
 */
import type { RuleOutcome } from '../../core/rule.js';
import type { Canvassing, Declaration } from '../../schema/generated/declaration.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { section } from '../lib/subjects.js';

export const CANVASSING = section('canvassing');

export interface GateMessages<M extends string> {
  /** `canvassing` is not declared. */
  absent: M;
  /** `canvassing.used` is false. */
  notUsed: M;
}

/**
 * The canvassing section when canvassing is done, or the one outcome to return instead: needs_info when the section
 * is absent, not_applicable when it says canvassing is not done.
 */
export function canvassingDone<M extends string>(
  declaration: Declaration,
  ids: GateMessages<M>,
): { canvassing: Canvassing; outcome?: undefined } | { canvassing?: undefined; outcome: RuleOutcome<M> } {
  const canvassing = declaration.canvassing;
  if (canvassing === undefined) return { outcome: needsInfo(CANVASSING, ids.absent, ['/canvassing']) };
  if (!canvassing.used) return { outcome: notApplicable(CANVASSING, ids.notUsed, ['/canvassing/used']) };
  return { canvassing };
}
