/**
 * The verdict on one result, shared by the CLI (exit codes) and the HTTP API (the Campaigncheck-Verdict header),
 * so that both front ends judge the same result the same way: which findings block at a --fail-on threshold, and
 * whether a result could not be read, is invalid, or was evaluated.
 */
import { SEVERITIES } from './rule.js';
import type { CheckResult, Outcome, Severity } from '../schema/generated/result.js';

export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;
export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITY_ORDER, 'none'];

/**
 * Issue codes meaning the file could not be read as text at all (exit 2), as opposed to a declaration that was
 * read but is malformed or invalid (exit 1). Codes from the CLI's own file handling come first.
 */
export const UNREADABLE_CODES: ReadonlySet<string> = new Set([
  'FILE_NOT_FOUND',
  'PERMISSION_DENIED',
  'IS_A_DIRECTORY',
  'NOT_A_REGULAR_FILE',
  'DANGLING_SYMLINK',
  'SYMLINK_LOOP',
  'READ_ERROR',
  'TOO_LARGE',
  'INVALID_ENCODING',
  'BOM_NOT_ALLOWED',
  'BINARY_CONTENT',
  'EMPTY_DOCUMENT',
  'INTERNAL_PARSE_ERROR',
  'INTERNAL_ERROR',
]);

export interface FailurePolicy {
  failOn: FailOn;
  /** needs_info counts toward the threshold like a fail (the default); false with --needs-info-is-not-failure. */
  needsInfoIsFailure: boolean;
  /** Fingerprints of findings already accepted (from --baseline) for this result: they do not fail. */
  baseline?: ReadonlySet<string>;
}

/** The kind of problem a result records, for summaries and indexes. */
export type ResultState = 'evaluated' | 'invalid' | 'unreadable' | 'error';

export function resultState(result: CheckResult): ResultState {
  if (!result.valid) {
    return result.validation.issues.some((i) => UNREADABLE_CODES.has(i.code)) ? 'unreadable' : 'invalid';
  }
  return result.errors.length > 0 ? 'error' : 'evaluated';
}

function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}

/** Open findings that fail the policy: fail (and needs_info, unless relaxed) at or above the threshold, not in the baseline. warn, manual and waived outcomes never fail. */
export function blockingOutcomes(result: CheckResult, policy: FailurePolicy): Outcome[] {
  if (policy.failOn === 'none') return [];
  return result.outcomes.filter(
    (o) =>
      (o.status === 'fail' || (o.status === 'needs_info' && policy.needsInfoIsFailure)) &&
      atOrAbove(o.severity, policy.failOn) &&
      !policy.baseline?.has(o.fingerprint),
  );
}

