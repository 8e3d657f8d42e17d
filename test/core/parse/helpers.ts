import { expect } from 'vitest';

import type { ParseIssue, ParseIssueCode, ParseResult, ParsedDocument } from '../../../core/parse/index.js';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The issues of a failed result; fails the test when the parse succeeded. */
export function issuesOf(result: ParseResult): ParseIssue[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.document.value)?.slice(0, 200)}`);
  return result.issues;
}

/** The only issue of a failed result, which must have `code`. */
export function onlyIssue(result: ParseResult, code: ParseIssueCode): ParseIssue {
  const issues = issuesOf(result);
  expect(issues.map((issue) => issue.code)).toEqual([code]);
  return issues[0]!;
}

export function codesOf(result: ParseResult): ParseIssueCode[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

export function documentOf(result: ParseResult): ParsedDocument {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  return result.document;
}

/** True when `value` is plain JSON-like data: no Map/Set/Date/BigInt/Buffer, no accessors, plain prototypes. */
export function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    return value.every((item) => isPlainData(item));
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if (!('value' in descriptor) || !descriptor.enumerable) return false;
    if (!isPlainData(descriptor.value)) return false;
  }
  return true;
}

/** Every issue is well formed: known shape, short messages, no control characters. */
export function expectWellFormedIssues(issues: readonly ParseIssue[]): void {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(typeof issue.pointer).toBe('string');
    expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
    expect(issue.message.length).toBeGreaterThan(10);
    expect(issue.message.length).toBeLessThan(400);
    expect(issue.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
    if (issue.column !== undefined) expect(issue.column).toBeGreaterThanOrEqual(1);
  }
}
