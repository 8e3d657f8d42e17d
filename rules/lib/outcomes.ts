/**
 * Small builders for rule outcomes, so that a rule reads as its logic:
 *   fail(subject, 'noConsent', [at(subject, 'consent')], { channel })
 * The evidence defaults to the subject itself.
 */
import type { RuleOutcome, RuleStatus, RuleSubject } from '../../core/rule.js';

export type MessageData = Record<string, string | number>;

function make<M extends string>(
  status: RuleStatus,
  subject: RuleSubject,
  messageId: M,
  evidence: string[] | undefined,
  data: MessageData | undefined,
): RuleOutcome<M> {
  const outcome: RuleOutcome<M> = { status, messageId, subject, evidence: evidence ?? [subject.pointer] };
  if (data !== undefined) outcome.data = data;
  return outcome;
}

export function pass<M extends string>(subject: RuleSubject, messageId: M, evidence?: string[], data?: MessageData) {
  return make('pass', subject, messageId, evidence, data);
}
export function fail<M extends string>(subject: RuleSubject, messageId: M, evidence?: string[], data?: MessageData) {
  return make('fail', subject, messageId, evidence, data);
}
export function warn<M extends string>(subject: RuleSubject, messageId: M, evidence?: string[], data?: MessageData) {
  return make('warn', subject, messageId, evidence, data);
}
export function needsInfo<M extends string>(subject: RuleSubject, messageId: M, evidence?: string[], data?: MessageData) {
  return make('needs_info', subject, messageId, evidence, data);
}
export function notApplicable<M extends string>(subject: RuleSubject, messageId: M, evidence?: string[], data?: MessageData) {
  return make('not_applicable', subject, messageId, evidence, data);
}
export function manual<M extends string>(subject: RuleSubject, messageId: M, evidence?: string[], data?: MessageData) {
  return make('manual', subject, messageId, evidence, data);
}
