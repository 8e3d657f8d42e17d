/**
 * Helpers for the online rules (not a rule: the leading underscore keeps it out of the registry).
 * Most online rules judge one use of a platform's targeting tools at a time; they share the handling of an absent
 * or empty list, the method names used in messages, and the lookup of the processing activity a targeting
 * belongs to.
 */
import type { RuleContext, RuleOutcome, RuleSubject } from '../../core/rule.js';
import type { Declaration, OnlineTargeting, ProcessingActivity } from '../../schema/generated/declaration.js';
import { needsInfo, notApplicable } from '../lib/outcomes.js';
import { DECLARATION, items } from '../lib/subjects.js';

/** Targeting methods as words for messages. */
export const METHOD_LABELS: Readonly<Record<OnlineTargeting['method'], string>> = {
  custom_list_upload: 'an uploaded contact list',
  lookalike: 'a lookalike audience',
  interest_segments: 'interest segments',
  demographic: 'demographic targeting',
  geographic: 'location targeting',
  retargeting: 'retargeting of website visitors',
};

/** Methods that send the platform a list of your own contacts (the uploaded list or the lookalike seed). */
export const LIST_METHODS: ReadonlySet<OnlineTargeting['method']> = new Set<OnlineTargeting['method']>(['custom_list_upload', 'lookalike']);

export interface ListMessages<M extends string> {
  /** `onlineTargeting` is not declared at all. */
  absent: M;
  /** `onlineTargeting` is []. */
  empty: M;
}

/** One outcome per declared targeting, in declaration order; needs_info when the list is absent, n/a when empty. */
export function perTargeting<M extends string>(
  declaration: Declaration,
  ids: ListMessages<M>,
  judge: (entry: OnlineTargeting, subject: RuleSubject) => RuleOutcome<M>,
): RuleOutcome<M>[] {
  const list = declaration.onlineTargeting;
  if (list === undefined) return [needsInfo(DECLARATION, ids.absent, ['/onlineTargeting'])];
  if (list.length === 0) return [notApplicable(DECLARATION, ids.empty, ['/onlineTargeting'])];
  return items(list, 'onlineTargeting').map(({ entry, subject }) => judge(entry, subject));
}

/** The processing activity a targeting belongs to, with its pointer, or undefined when none is linked or found. */
export function activityOf(
  entry: OnlineTargeting,
  context: RuleContext,
): { entry: ProcessingActivity; pointer: string } | undefined {
  if (entry.activityId === undefined) return undefined;
  const found = context.index.activities.get(entry.activityId);
  return found ? { entry: found.entry, pointer: found.pointer } : undefined;
}
