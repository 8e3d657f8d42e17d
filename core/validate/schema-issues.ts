/**
 * Turns ajv's errors into issues a party volunteer can act on: what is wrong, where, and how to fix it,
 * using the schema's own titles and descriptions, with a did-you-mean for near misses.
 */
import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from '../../schema/generated/result.js';
import { didYouMean, quote } from './suggest.js';

interface SubSchema {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SubSchema>;
  $ref?: string;
}

export interface Locator {
  /** Position of the value at the pointer (or of the nearest existing ancestor, exact: false). */
  locate(pointer: string): { line: number; column: number; exact: boolean } | undefined;
  /** Position of the property key at the pointer, if the format can tell. */
  locateKey?(pointer: string): { line: number; column: number } | undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false (without quotes)',
  integer: 'a whole number (without quotes)',
  number: 'a number (without quotes)',
  object: 'a group of fields (an object)',
  array: 'a list',
  null: 'empty (null)',
};

function describeType(type: string | string[] | undefined): string {
  const list = Array.isArray(type) ? type : type ? [type] : [];
  return list.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

/** Where a field is, in words: "declarant.organisationType" or "communications[2].channel". */
export function fieldPath(pointer: string): string {
  if (pointer === '') return 'the top level of the declaration';
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, token) => (/^[0-9]+$/.test(token) ? `${acc}[${token}]` : acc ? `${acc}.${token}` : token), '');
}

function resolve(root: SubSchema, schema: SubSchema | undefined): SubSchema | undefined {
  let current = schema;
  for (let i = 0; current?.$ref && i < 10; i++) {
    const ref: string = current.$ref;
    const path = ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : '';
    current = path
      .split('/')
      .slice(1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root) as SubSchema | undefined;
  }
  return current;
}

function tokens(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer (undefined when absent). Own properties only. */
export function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const key of tokens(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The (resolved) schema that describes the value at a data pointer. */
export function schemaAt(root: SubSchema, pointer: string): SubSchema | undefined {
  let node = resolve(root, root);
  for (const key of tokens(pointer)) {
    const here = node as (SubSchema & { items?: SubSchema; additionalProperties?: SubSchema | boolean }) | undefined;
    if (!here) return undefined;
    if (here.properties && Object.hasOwn(here.properties, key)) node = resolve(root, here.properties[key]);
    else if (here.items && /^[0-9]+$/.test(key)) node = resolve(root, here.items);
    else if (here.additionalProperties && typeof here.additionalProperties === 'object') node = resolve(root, here.additionalProperties);
    else return undefined;
  }
  return node;
}

/**
 * The title and description of the field at a data pointer, preferring those written next to a `$ref`
 * (a property's own words, e.g. "Polling day") over the referenced definition's (e.g. "Date").
 */
export function describeAt(root: SubSchema, pointer: string): { title?: string; description?: string } {
  let raw: SubSchema | undefined = root;
  for (const token of pointer.split('/').slice(1)) {
    const node = resolve(root, raw) as (SubSchema & { items?: SubSchema; additionalProperties?: SubSchema | boolean }) | undefined;
    if (!node) return {};
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.properties && Object.hasOwn(node.properties, key)) raw = node.properties[key];
    else if (node.items && /^[0-9]+$/.test(key)) raw = node.items;
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') raw = node.additionalProperties;
    else return {};
  }
  const target = resolve(root, raw);
  const out: { title?: string; description?: string } = {};
  const title = raw?.title ?? target?.title;
  const description = raw?.description ?? target?.description;
  if (title !== undefined) out.title = title;
  if (description !== undefined) out.description = description;
  return out;
}

function label(described: { title?: string }, pointer: string): string {
  const field = fieldPath(pointer);
  return described.title ? `${described.title} (${field})` : field;
}

export function toSchemaIssue(error: ErrorObject, rootSchema: object, document: unknown, locator: Locator | undefined): ValidationIssue {
  const root = rootSchema as SubSchema;
  const pointer = error.instancePath;
  // The schema and the value at the error's place, found by walking the pointer (no need for ajv's verbose mode).
  const parent = schemaAt(root, pointer);
  const data = valueAt(document, pointer);
  const here = describeAt(root, pointer);
  let issue: ValidationIssue;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const where = `${pointer}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const property = describeAt(root, where);
      issue = {
        code: 'MISSING_FIELD',
        message: `${fieldPath(pointer) === 'the top level of the declaration' ? 'The declaration' : `"${fieldPath(pointer)}"`} is missing the required field "${missing}"${property?.title ? ` (${property.title})` : ''}.`,
        hint: property?.description ? `Add "${missing}": ${property.description}` : `Add "${missing}".`,
        pointer: where,
        source: 'schema',
      };
      break;
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(parent?.properties ?? {});
      const guess = didYouMean(extra, known);
      issue = {
        code: 'UNKNOWN_FIELD',
        message: `Unknown field ${quote(extra)} in "${fieldPath(pointer)}"${guess ? `. Did you mean "${guess}"?` : '.'}`,
        hint: guess
          ? `Rename it to "${guess}". Unknown fields are not ignored, so that a typo never silently drops a fact.`
          : `Remove it or use one of: ${known.join(', ')}.`,
        pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        source: 'schema',
      };
      break;
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const guess = typeof data === 'string' ? didYouMean(data, allowed) : undefined;
      issue = {
        code: 'INVALID_VALUE',
        message: `${quote(data)} is not an allowed value for ${label(here, pointer)}${guess ? `. Did you mean "${guess}"?` : '.'}`,
        hint: `Use one of: ${allowed.join(', ')}.`,
        pointer,
        source: 'schema',
      };
      break;
    }
    case 'type': {
      issue = {
        code: 'WRONG_TYPE',
        message: `${label(here, pointer)} must be ${describeType((error.params as { type: string | string[] }).type)}, not ${describeValue(data)}.`,
        hint: here.description ?? 'Check the declaration reference (docs/declaration.md).',
        pointer,
        source: 'schema',
      };
      break;
    }
    case 'pattern':
    case 'format': {
      issue = {
        code: 'INVALID_FORMAT',
        message: `${quote(data)} is not in the expected form for ${label(here, pointer)}.`,
        hint: here.description ?? 'Check the declaration reference (docs/declaration.md).',
        pointer,
        source: 'schema',
      };
      break;
    }
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
    case 'maxProperties':
    case 'minProperties': {
      const limit = (error.params as { limit: number }).limit;
      const words: Record<string, string> = {
        minLength: `must not be empty (at least ${limit} character${limit === 1 ? '' : 's'})`,
        maxLength: `is too long (at most ${limit} characters)`,
        minimum: `must be at least ${limit}`,
        maximum: `must be at most ${limit}`,
        minItems: `must list at least ${limit} item${limit === 1 ? '' : 's'}`,
        maxItems: `must list at most ${limit} items`,
        maxProperties: `must have at most ${limit} entries`,
        minProperties: `must have at least ${limit} entries`,
      };
      issue = {
        code: 'OUT_OF_RANGE',
        message: `${label(here, pointer)} ${words[error.keyword]}.`,
        hint: here.description ?? 'Check the declaration reference (docs/declaration.md).',
        pointer,
        source: 'schema',
      };
      break;
    }
    case 'uniqueItems': {
      issue = {
        code: 'DUPLICATE_ITEM',
        message: `${label(here, pointer)} lists the same item twice.`,
        hint: 'Remove the repeated item.',
        pointer,
        source: 'schema',
      };
      break;
    }
    default: {
      issue = {
        code: 'INVALID',
        message: `${label(here, pointer)} ${error.message ?? 'is not valid'}.`,
        pointer,
        source: 'schema',
      };
    }
  }
  return placed(issue, locator, error.keyword === 'additionalProperties');
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${quote(value)}`;
}

/** Adds line and column to an issue, preferring the key's position for unknown fields. */
export function placed(issue: ValidationIssue, locator: Locator | undefined, useKey = false): ValidationIssue {
  if (!locator) return issue;
  const position = (useKey ? locator.locateKey?.(issue.pointer) : undefined) ?? locator.locate(issue.pointer);
  return position ? { ...issue, line: position.line, column: position.column } : issue;
}
