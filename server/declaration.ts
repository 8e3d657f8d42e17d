/**
 * What the check and validate routes share: the request body as a declaration, the file name results carry,
 * the problem for a declaration that cannot be checked, and the verdict against a --fail-on threshold.
 */
import { blockingOutcomes, resultState, UNREADABLE_CODES } from '../core/verdict.js';
import type { CheckResult, ValidationIssue } from '../schema/generated/result.js';
import { isDeclarationBody, type DeclarationBody } from './plugins/content-parsers.js';
import { ProblemError } from './problem.js';
import type { FailOn } from './query.js';

/**
 * The file name of a declaration sent over HTTP, as results report it (`input.filename`, SARIF locations, report
 * headings). The CLI uses the file's path, or '<stdin>'; `checkDeclaration(bytes, { filename: '<request>' })`
 * gives, byte for byte, what POST /v1/check returns for the same bytes.
 */
export const REQUEST_FILENAME = '<request>';

/** The parsed body, or a 415 when there is none (no Content-Type and no body). */
export function requireDeclaration(body: unknown): DeclarationBody {
  if (isDeclarationBody(body)) return body;
  throw new ProblemError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the declaration as the request body, with Content-Type: application/json or application/yaml.',
  );
}

/** 422: UNREADABLE_DECLARATION when the bytes could not be read as text at all (as the CLI's exit code 2), else INVALID_DECLARATION. */
export function declarationProblem(issues: readonly ValidationIssue[], totalIssues: number): ProblemError {
  const unreadable = issues.some((i) => UNREADABLE_CODES.has(i.code));
  const first = issues[0];
  const where = first?.line !== undefined ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
  const count = `${totalIssues} ${totalIssues === 1 ? 'issue' : 'issues'}`;
  const detail = unreadable
    ? `The declaration could not be read: ${first?.message ?? 'unknown problem'}`
    : `The declaration is not valid (${count}); no rule was run. First${where}: ${first?.message ?? 'unknown problem'}`;
  return new ProblemError(unreadable ? 'UNREADABLE_DECLARATION' : 'INVALID_DECLARATION', detail, { issues: [...issues], totalIssues });
}

export type Verdict = 'pass' | 'fail' | 'error';

/**
 * The verdict the CLI's exit code gives for the same result and threshold: `fail` when an open finding (fail,
 * or needs_info) is at or above `failOn` (exit 1), `error` when a rule failed to run (exit 2), else `pass`.
 */
export function verdictOf(result: CheckResult, failOn: FailOn): Verdict {
  if (resultState(result) === 'error') return 'error';
  return blockingOutcomes(result, { failOn, needsInfoIsFailure: true }).length > 0 ? 'fail' : 'pass';
}
