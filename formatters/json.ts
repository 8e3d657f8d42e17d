/**
 * json: the result itself, as the engine built it (key order included). One result gives one object; a
 * batch gives an array. The result schema (schema/result.schema.json) documents every field.
 */
import type { CheckResult } from '../schema/generated/result.js';
import type { FormatOptions } from './types.js';

export function json(results: readonly CheckResult[], _options: FormatOptions = {}): string {
  return `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
}
