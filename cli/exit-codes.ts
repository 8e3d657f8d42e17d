/**
 * Exit codes. The verdict on one result lives in core/verdict.ts (the HTTP API uses it too). docs/cli.md and `campaigncheck --help` list the same codes.
 *   0  nothing at or above the --fail-on threshold
 *   1  findings at or above the threshold, or an invalid declaration
 *   2  usage errors, unreadable input, output that could not be written, internal errors (including a rule in
 *      engine error)
 * With several inputs the worst code wins.
 */
import { blockingOutcomes, resultState, type FailurePolicy, type ResultState } from '../core/verdict.js';
import type { CheckResult } from '../schema/generated/result.js';

export const ExitCode = { Ok: 0, Findings: 1, Error: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function worst(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b;
}

export * from '../core/verdict.js';

export function exitCodeFor(result: CheckResult, policy: FailurePolicy): ExitCode {
  const state = resultState(result);
  return exitCodeOf(state, state === 'evaluated' ? blockingOutcomes(result, policy).length : 0);
}

/** The exit code for a result in this state with this many blocking findings. */
export function exitCodeOf(state: ResultState, blocking: number): ExitCode {
  if (state === 'unreadable' || state === 'error') return ExitCode.Error;
  if (state === 'invalid') return ExitCode.Findings;
  return blocking > 0 ? ExitCode.Findings : ExitCode.Ok;
}
