/**
 * ndjson: one result per line (newline-delimited JSON), for streaming large batches and for log pipelines.
 * Each line is a complete JSON document; JSON.stringify escapes line breaks inside strings.
 */
import type { CheckResult } from '../schema/generated/result.js';
import type { FormatOptions } from './types.js';

export function ndjson(results: readonly CheckResult[], _options: FormatOptions = {}): string {
  return results.map((r) => `${JSON.stringify(r)}\n`).join('');
}
