/**
 * Waivers: accepted exceptions, from the declaration or from waiver files. A waiver matches outcomes of its
 * rule (and, when it names one, of its subject). A waiver in force turns an open outcome (fail, warn,
 * needs_info, manual) into `waived`, keeping the original status. An expired waiver changes nothing and is
 * reported (rule WVR-01 makes it a finding).
 */
import type { Waiver } from '../../schema/generated/declaration.js';
import type { Outcome, WaiverRecord } from '../../schema/generated/result.js';

export interface WaiverInput {
  waiver: Waiver;
  source: string;
  pointer?: string;
}

const WAIVABLE = new Set<Outcome['status']>(['fail', 'warn', 'needs_info', 'manual']);

export function toRecord(input: WaiverInput): WaiverRecord {
  const { waiver } = input;
  const record: WaiverRecord = {
    ruleId: waiver.ruleId,
    justification: waiver.justification,
    approvedBy: { name: waiver.approvedBy.name, role: waiver.approvedBy.role },
    expires: waiver.expires,
    source: input.source,
  };
  if (waiver.subject !== undefined) record.subject = waiver.subject;
  if (waiver.approvedOn !== undefined) record.approvedOn = waiver.approvedOn;
  if (waiver.reference !== undefined) record.reference = waiver.reference;
  if (input.pointer !== undefined) record.pointer = input.pointer;
  return record;
}

/** Whether a waiver has expired at the evaluation date (a waiver is in force up to and including its expiry date). */
export function isExpired(waiver: Waiver, evaluationDate: string | undefined): boolean {
  return evaluationDate !== undefined && waiver.expires < evaluationDate;
}

export function applyWaivers(
  outcomes: Outcome[],
  waivers: readonly WaiverInput[],
  evaluationDate: string | undefined,
): { applied: WaiverRecord[]; expired: WaiverRecord[]; unmatched: WaiverRecord[] } {
  const applied: WaiverRecord[] = [];
  const expired: WaiverRecord[] = [];
  const unmatched: WaiverRecord[] = [];
  for (const input of waivers) {
    const record = toRecord(input);
    const matches = outcomes.filter(
      (o) => o.ruleId === input.waiver.ruleId && (input.waiver.subject === undefined || o.subject.key === input.waiver.subject),
    );
    if (isExpired(input.waiver, evaluationDate)) {
      expired.push(record);
      continue;
    }
    const open = matches.filter((o) => WAIVABLE.has(o.status));
    if (open.length === 0) {
      unmatched.push(record);
      continue;
    }
    for (const outcome of open) {
      outcome.waivedStatus = outcome.status;
      outcome.status = 'waived';
      outcome.waiver = record;
    }
    applied.push(record);
  }
  return { applied, expired, unmatched };
}
