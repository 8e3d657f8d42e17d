/**
 * What the check and validate routes share: the request body as a declaration, the file name results carry,
 * the problem for a declaration that cannot be checked, and the verdict against a --fail-on threshold.
 */
import { UNREADABLE_CODES } from '../core/verdict.js';
import type { ValidationIssue } from '../schema/generated/result.js';
import { isDeclarationBody, type DeclarationBody } from './plugins/content-parsers.js';
import { AbandonedTaskError, type DeclarationPool } from './pool.js';
import { ProblemError } from './problem.js';
import type { DeclarationTask, TaskOutcome } from './work.js';

export { verdictOf, type Verdict } from './work.js';

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

/**
 * Runs a route's task on the pool, handing it the body's bytes (transferred to the worker: the request body is not
 * read again after this). Resolves undefined when the response has already gone (the client went away, or a
 * handler timeout answered first): the route then sends nothing.
 */
export async function runTask(
  pool: DeclarationPool,
  task: DeclarationTask,
  reply: { sent: boolean; raw: { once(event: 'close', listener: () => void): unknown } },
): Promise<TaskOutcome | undefined> {
  let outcome: TaskOutcome;
  try {
    outcome = await pool.run(task, reply.raw);
  } catch (error) {
    if (reply.sent || error instanceof AbandonedTaskError) return undefined;
    throw error;
  }
  return reply.sent ? undefined : outcome;
}
