/**
 * The declaration work of POST /v1/check and POST /v1/validate, as one plain function: parse, validate, check and
 * format a report, from the body's bytes to the finished response body. The worker threads (server/worker.ts)
 * and the in-process fallback (server/pool.ts, when no worker bundle exists, as from the TypeScript sources in
 * tests) both call `runDeclarationTask`, so the API gives the same bytes either way, and the same bytes as
 * `campaigncheck check` for the same input.
 *
 * What crosses threads is kept small: in, the body's bytes (transferred, not copied) and a few options; out, the
 * finished body as UTF-8 bytes (transferred) and the verdict, or the issues of a declaration that cannot be
 * checked. The CheckResult itself never leaves the thread that made it.
 *
 * No Fastify here (the worker bundle does not load the server), only the core and the formatters.
 */
import { checkDeclaration, locatorFor, parseIssueToValidationIssue, rulesetById } from '../core/check.js';
import { parseDeclaration, type ParseLimits } from '../core/parse/index.js';
import type { RuleSelection } from '../core/ruleset.js';
import { validateDeclaration } from '../core/validate/index.js';
import { blockingOutcomes, resultState, type FailOn } from '../core/verdict.js';
import { formatters, type FormatName } from '../formatters/index.js';
import type { CheckResult, ValidationIssue } from '../schema/generated/result.js';

export type Verdict = 'pass' | 'fail' | 'error';

/**
 * The verdict the CLI's exit code gives for the same result and threshold: `fail` when an open finding (fail,
 * or needs_info) is at or above `failOn` (exit 1), `error` when a rule failed to run (exit 2), else `pass`.
 */
export function verdictOf(result: CheckResult, failOn: FailOn): Verdict {
  if (resultState(result) === 'error') return 'error';
  return blockingOutcomes(result, { failOn, needsInfoIsFailure: true }).length > 0 ? 'fail' : 'pass';
}

interface TaskBase {
  /** The request body, as received. */
  bytes: Uint8Array;
  /** The format the Content-Type names. */
  format: 'json' | 'yaml';
  /** The file name results carry ('<request>'). */
  filename: string;
  limits: Pick<ParseLimits, 'maxJsonBytes' | 'maxYamlBytes'>;
  /** A ruleset id the route has already resolved (so it exists). */
  ruleset: string;
  /**
   * Set by the worker pool: the worker stores the time it starts the task (Date.now(), ms) here, so that the main
   * thread can tell a task still waiting in the queue from one running, and time only the running.
   */
  startedAt?: SharedArrayBuffer;
}

export interface CheckTask extends TaskBase {
  kind: 'check';
  report: FormatName;
  failOn: FailOn;
  evaluationDate: string;
  selection?: RuleSelection;
}

export interface ValidateTask extends TaskBase {
  kind: 'validate';
}

export type DeclarationTask = CheckTask | ValidateTask;

export type TaskOutcome =
  /** POST /v1/check on a valid declaration: the finished report. */
  | { kind: 'report'; body: Uint8Array; mediaType: string; verdict: Verdict }
  /** POST /v1/validate on a valid declaration. */
  | { kind: 'valid' }
  /** The declaration could not be read or is not valid (422): at most 100 issues, and how many there were. */
  | { kind: 'invalid'; issues: ValidationIssue[]; totalIssues: number };

const encoder = new TextEncoder();

/** Does the work of one request. Never throws for bad input (a bad declaration is an `invalid` outcome). */
export function runDeclarationTask(task: DeclarationTask): TaskOutcome {
  const ruleset = rulesetById(task.ruleset);
  if (!ruleset) throw new Error(`unknown ruleset ${task.ruleset}`);
  const limits = { maxJsonBytes: task.limits.maxJsonBytes, maxYamlBytes: task.limits.maxYamlBytes };

  if (task.kind === 'validate') {
    const parsed = parseDeclaration(task.bytes, { filename: task.filename, format: task.format, limits });
    if (!parsed.ok) {
      const issues = parsed.issues.map(parseIssueToValidationIssue);
      return { kind: 'invalid', issues, totalIssues: issues.length };
    }
    const knownRuleIds = new Set(ruleset.rules.map((r) => r.id));
    const validation = validateDeclaration(parsed.document.value, { locator: locatorFor(parsed.document), knownRuleIds });
    if (!validation.ok) return { kind: 'invalid', issues: validation.issues, totalIssues: validation.totalIssues };
    return { kind: 'valid' };
  }

  const result = checkDeclaration(task.bytes, {
    filename: task.filename,
    format: task.format,
    ruleset,
    evaluationDate: task.evaluationDate,
    ...(task.selection ? { selection: task.selection } : {}),
    limits,
  });
  if (!result.valid) return { kind: 'invalid', issues: result.validation.issues, totalIssues: result.validation.totalIssues };
  const formatter = formatters[task.report];
  const text = formatter.format([result], { color: false });
  // TextEncoder gives a Uint8Array with a buffer of its own (never a slice of Buffer's shared pool), so a worker
  // can transfer it without taking anything else along.
  return { kind: 'report', body: encoder.encode(text), mediaType: formatter.mediaType, verdict: verdictOf(result, task.failOn) };
}
