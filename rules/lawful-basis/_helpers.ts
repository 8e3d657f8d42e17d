/**
 * Helpers for the lawful-basis rules (not a rule).
 */
import type { Declaration, ProcessingActivity } from '../../schema/generated/declaration.js';

type Basis = NonNullable<ProcessingActivity['lawfulBasis']>;

/** Lawful bases as words for messages. */
export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  consent: 'consent',
  contract: 'contract',
  legal_obligation: 'legal obligation',
  vital_interests: 'vital interests',
  public_task_democratic_engagement: 'public task (democratic engagement)',
  public_task_other: 'public task',
  legitimate_interests: 'legitimate interests',
  recognised_legitimate_interest: 'a recognised legitimate interest',
  none_identified: 'none identified',
};

/** Whether a data source feeds any activity, communication or online targeting (declared on either side). */
export function sourceInUse(declaration: Declaration, sourceId: string, activityIds: readonly string[]): boolean {
  if (activityIds.length > 0) return true;
  if ((declaration.communications ?? []).some((c) => (c.audienceSourceIds ?? []).includes(sourceId))) return true;
  return (declaration.onlineTargeting ?? []).some((t) => (t.sourceIds ?? []).includes(sourceId));
}

/** A free-text field that is present and not blank. */
export function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim().length > 0;
}
