/**
 * Exit codes, and the verdict on one result. docs/cli.md and `campaigncheck --help` list the same codes.
 *   0  nothing at or above the --fail-on threshold
 *   1  findings at or above the threshold, or an invalid declaration
 *   2  usage errors, unreadable input, output that could not be written, internal errors (including a rule in
 *      engine error)
 * With several inputs the worst code wins.
 */
import type { CheckResult, Outcome, Severity } from '../schema/generated/result.js';

export const ExitCode = { Ok: 0, Findings: 1, Error: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function worst(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b;
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
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

export function exitCodeFor(result: CheckResult, policy: FailurePolicy): ExitCode {
  const state = resultState(result);
  if (state === 'unreadable' || state === 'error') return ExitCode.Error;
  if (state === 'invalid') return ExitCode.Findings;
  return blockingOutcomes(result, policy).length > 0 ? ExitCode.Findings : ExitCode.Ok;
}
