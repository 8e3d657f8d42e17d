/**
 * Reading results back: a baseline (--baseline) or a side of `diff` is a JSON result, or an array of results, as
 * written by --format json or --write-baseline. Checked loosely (the fields used here), since older results
 * must stay usable as baselines.
 */
import { parseDeclaration } from '../core/parse/index.js';
import type { CheckResult } from '../schema/generated/result.js';

export function isResultLike(value: unknown): value is CheckResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.resultVersion === 'string' && Array.isArray(v.outcomes) && typeof v.input === 'object' && v.input !== null;
}

/** The results in a parsed JSON value, or undefined when it is not a result or a list of results. */
export function resultsIn(value: unknown): CheckResult[] | undefined {
  if (isResultLike(value)) return [value];
  if (Array.isArray(value) && value.every(isResultLike)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return resultsIn((value as { results: unknown }).results);
  }
  return undefined;
}

/** Parses result bytes; a string is the problem. */
export function parseResults(bytes: Uint8Array, filename: string): CheckResult[] | string {
  // Results of big batches can exceed the 1 MiB declaration limit.
  const parsed = parseDeclaration(bytes, { filename, format: 'json', limits: { maxJsonBytes: 512 * 1024 * 1024, maxDepth: 200, maxIssues: 1 } });
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    return `${issue.line !== undefined ? `line ${issue.line}: ` : ''}${issue.code}: ${issue.message}`;
  }
  return resultsIn(parsed.document.value) ?? 'this is not a campaigncheck result (JSON from --format json) or a list of results.';
}

/** Fingerprints of the open findings of a baseline, by input file name and all together. */
export class Baseline {
  readonly #byFile = new Map<string, Set<string>>();
  readonly #all = new Set<string>();
  readonly #single: Set<string> | undefined;

  constructor(results: readonly CheckResult[]) {
    for (const result of results) {
      const set = this.#byFile.get(result.input.filename) ?? new Set<string>();
      for (const o of result.outcomes) {
        if (o.status === 'fail' || o.status === 'warn' || o.status === 'needs_info') {
          set.add(o.fingerprint);
          this.#all.add(o.fingerprint);
        }
      }
      this.#byFile.set(result.input.filename, set);
    }
    this.#single = results.length === 1 ? this.#all : undefined;
  }

  /** The accepted findings for a result: those of the same file; else of the only result; else of all. */
  for(result: CheckResult): ReadonlySet<string> {
    return this.forFile(result.input.filename);
  }

  /** The same, by the result's input file name. */
  forFile(filename: string): ReadonlySet<string> {
    return this.#byFile.get(filename) ?? this.#single ?? this.#all;
  }
}
