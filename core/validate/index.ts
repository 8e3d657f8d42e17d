/**
 * Validation of a parsed declaration: the JSON Schema (through the shared ajv), then references and waivers.
 * Expected failures come back as values, never as exceptions.
 */
import type { ValidateFunction } from 'ajv';
import type { Declaration, Waiver } from '../../schema/generated/declaration.js';
import type { ValidationIssue } from '../../schema/generated/result.js';
import type { TailoringFile } from '../../schema/generated/tailoring.js';
import * as precompiled from '../../schema/generated/validators.js';
import { MAX_ISSUE_POINTER_LENGTH, boundedPointer } from '../parse/pointer.js';
import { SCHEMAS, SCHEMA_IDS } from './ajv.js';
import { checkReferences, checkWaiverTarget } from './references.js';
import { fieldPath, placed, toSchemaIssue, type Locator } from './schema-issues.js';

export type { Locator } from './schema-issues.js';

export const MAX_ISSUES = 100;

export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; issues: ValidationIssue[]; totalIssues: number };

/** The precompiled validators (schema/generated/validators.js), one per schema. */
const VALIDATORS: Record<keyof typeof SCHEMA_IDS, ValidateFunction> = precompiled;

/** The order `localeCompare` gives, with one collator for the whole sort. */
const POINTER_ORDER = new Intl.Collator();

function byPosition(a: ValidationIssue, b: ValidationIssue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || POINTER_ORDER.compare(a.pointer, b.pointer);
}

function finish<T>(issues: ValidationIssue[], value: unknown, maxIssues: number, total = issues.length): Validation<T> {
  if (issues.length === 0) return { ok: true, value: value as T };
  const sorted = [...issues].sort(byPosition);
  // A hostile name (200 KB) would otherwise make the refusal as large as the input.
  const kept = sorted.slice(0, maxIssues).map((issue) => (issue.pointer.length > MAX_ISSUE_POINTER_LENGTH ? { ...issue, pointer: boundedPointer(issue.pointer) } : issue));
  return { ok: false, issues: kept, totalIssues: Math.max(total, issues.length) };
}

/** Issues explained in words and placed at line:column, at most; the rest are only counted (hostile input can raise 450,000). */
const MAX_EXPLAINED = 4 * MAX_ISSUES;

/** No list in any schema may hold more items than this (the largest maxItems). */
const LONGEST_LIST = 1000;

/**
 * A list longer than any the schemas allow is rejected before ajv runs: with every error reported, ajv would
 * otherwise check (and report) each of its items, which for 450,000 items costs seconds (HOSTILE-INPUTS item 18).
 */
function oversizedList(value: unknown): { pointer: string; length: number } | undefined {
  // First a walk that builds no strings (it runs on every declaration); the pointer only when one is found.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      if (node.length > LONGEST_LIST) return { pointer: pointerTo(value, node) ?? '', length: node.length };
      for (let i = 0; i < node.length; i++) stack.push(node[i]);
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) if (Object.hasOwn(node, key)) stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/** The pointer of `target` inside `root` (found by identity), or undefined. */
function pointerTo(root: unknown, target: unknown): string | undefined {
  const stack: { node: unknown; pointer: string }[] = [{ node: root, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (node === target) return pointer;
    if (Array.isArray(node)) node.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
  return undefined;
}

function schemaIssues(id: keyof typeof SCHEMA_IDS, value: unknown, locator: Locator | undefined): { issues: ValidationIssue[]; total: number } {
  const tooLong = oversizedList(value);
  if (tooLong) {
    const issue: ValidationIssue = {
      code: 'OUT_OF_RANGE',
      message: `The list at "${fieldPath(tooLong.pointer)}" has ${tooLong.length} items; no list in a declaration may have more than ${LONGEST_LIST}.`,
      hint: 'Check that the list was written as intended; split very large inventories across declarations.',
      pointer: tooLong.pointer,
      source: 'schema',
    };
    return { issues: [placed(issue, locator)], total: 1 };
  }
  const validate = VALIDATORS[id];
  if (validate(value)) return { issues: [], total: 0 };
  const errors = validate.errors ?? [];
  // ajv reports in schema order, close to document order: explain the first few hundred, count the rest.
  return { issues: errors.slice(0, MAX_EXPLAINED).map((e) => toSchemaIssue(e, SCHEMAS[id], value, locator)), total: errors.length };
}

export interface ValidateOptions {
  locator?: Locator;
  /** Rule ids of the ruleset in use, so that waivers naming unknown rules are errors. */
  knownRuleIds?: ReadonlySet<string>;
  maxIssues?: number;
}

export function validateDeclaration(value: unknown, options: ValidateOptions = {}): Validation<Declaration> {
  const { issues, total } = schemaIssues('declaration', value, options.locator);
  if (issues.length === 0) {
    for (const issue of checkReferences(value as Declaration, options.knownRuleIds)) {
      issues.push(placed(issue, options.locator));
    }
  }
  return finish(issues, value, options.maxIssues ?? MAX_ISSUES, total);
}

export function validateTailoring(value: unknown, options: ValidateOptions = {}): Validation<TailoringFile> {
  const { issues, total } = schemaIssues('tailoring', value, options.locator);
  if (issues.length === 0 && options.knownRuleIds) {
    for (const id of Object.keys((value as TailoringFile).rules)) {
      issues.push(
        ...checkWaiverTarget({ ruleId: id }, `/rules/${id}`, options.knownRuleIds).map((i) => ({
          ...placed(i, options.locator),
          code: 'UNKNOWN_RULE',
          message: `The tailoring file names rule "${id}", which is not in the ruleset.`,
          pointer: `/rules/${id}`,
        })),
      );
    }
  }
  return finish(issues, value, options.maxIssues ?? MAX_ISSUES, total);
}

export function validateWaiverFile(value: unknown, options: ValidateOptions = {}): Validation<{ waivers: Waiver[] }> {
  const { issues, total } = schemaIssues('waivers', value, options.locator);
  if (issues.length === 0) {
    (value as { waivers: Waiver[] }).waivers.forEach((w, i) =>
      issues.push(...checkWaiverTarget(w, `/waivers/${i}`, options.knownRuleIds).map((x) => placed(x, options.locator))),
    );
  }
  return finish(issues, value, options.maxIssues ?? MAX_ISSUES, total);
}

/** Validates a result against the published result schema (used by tests and by `campaigncheck diff`). */
export function validateResult(value: unknown): ValidationIssue[] {
  return schemaIssues('result', value, undefined).issues;
}
