/**
 * Issue codes and the helpers that keep issue text safe to show: every quoted piece of input is
 * stripped of control characters and cut to 60 characters, so a hostile file cannot flood a report
 * or smuggle terminal escape sequences into it.
 */

/** Every code parseDeclaration can return. Stable: other layers and clients match on them. */
export const PARSE_ISSUE_CODES = [
  'TOO_LARGE',
  'INVALID_ENCODING',
  'BOM_NOT_ALLOWED',
  'BINARY_CONTENT',
  'EMPTY_DOCUMENT',
  'SYNTAX_ERROR',
  'TOO_DEEP',
  'DUPLICATE_KEY',
  'FORBIDDEN_KEY',
  'NON_STRING_KEY',
  'UNSAFE_NUMBER',
  'YAML_MULTI_DOCUMENT',
  'YAML_ALIAS_UNSUPPORTED',
  'YAML_MERGE_UNSUPPORTED',
  'YAML_TAG_UNSUPPORTED',
  'YAML_DIRECTIVE_UNSUPPORTED',
  'INTERNAL_PARSE_ERROR',
] as const;

export type ParseIssueCode = (typeof PARSE_ISSUE_CODES)[number];

export interface ParseIssue {
  /** Stable, SCREAMING_SNAKE. */
  code: ParseIssueCode;
  /** Plain English a non-engineer can act on: what is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** JSON Pointer (RFC 6901) of the place, '' for the root or when unknown. */
  pointer: string;
  /** 1-based, when known. */
  line?: number;
  /** 1-based, in UTF-16 code units, when known. */
  column?: number;
}

/** Keys that can change an object's prototype or shadow its constructor when data is copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `FORBIDDEN_KEYS.has(key)`, without hashing every key: the three names are 9 or 11 characters long. */
export function isForbiddenKey(key: string): boolean {
  return (key.length === 9 || key.length === 11) && FORBIDDEN_KEYS.has(key);
}

export const MAX_QUOTED_CHARS = 60;

// C0 and C1 controls, DEL, zero-width and bidirectional formatting characters, and the BOM.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Input text made safe to print: no control characters, no lone surrogates, at most `max` characters. */
export function clip(text: string, max: number = MAX_QUOTED_CHARS): string {
  // Cut before cleaning so a multi-megabyte value is never copied in full.
  const window = text.length > max * 4 ? text.slice(0, max * 4) : text;
  let s = window.replace(UNSAFE_CHARS, '').replace(LONE_SURROGATE, '\ufffd');
  if (s.length > max || window.length < text.length) {
    let end = Math.min(s.length, max - 1);
    const last = s.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
    s = s.slice(0, end) + '…';
  }
  return s;
}

/** `clip(text)` in double quotes, for naming a key or value inside a message. */
export function quote(text: string): string {
  return `"${clip(text)}"`;
}

/** A character named for humans, e.g. `"x"` or `U+0007`. */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff || (code >= 0x2000 && code <= 0x206f)) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `"${clip(ch, 2)}"`;
}

type At = { line: number; column: number };

/** DUPLICATE_KEY, worded the same for JSON and YAML. */
export function duplicateKeyIssue(key: string, firstLine: number, pointer: string, at: At): ParseIssue {
  return {
    code: 'DUPLICATE_KEY',
    message: `The property ${quote(key)} appears twice at the same level (first on line ${firstLine}), so it is unclear which value applies.`,
    hint: 'Keep one of the two and delete the other.',
    pointer,
    line: at.line,
    column: at.column,
  };
}

/** FORBIDDEN_KEY, worded the same for JSON and YAML. */
export function forbiddenKeyIssue(key: string, pointer: string, at: At): ParseIssue {
  return {
    code: 'FORBIDDEN_KEY',
    message: `The property name ${quote(key)} is not allowed, because it can be used to tamper with the program that reads the file.`,
    hint: 'Rename or remove this property; no declaration field uses this name.',
    pointer,
    line: at.line,
    column: at.column,
  };
}

/** The TOO_DEEP issue, worded the same wherever depth is checked. */
export function tooDeepIssue(maxDepth: number, pointer: string, position?: At): ParseIssue {
  return {
    code: 'TOO_DEEP',
    message: position
      ? `The data is nested more than ${maxDepth} levels deep (at line ${position.line}, column ${position.column}).`
      : `The data is nested more than ${maxDepth} levels deep.`,
    hint: 'A declaration never needs this much nesting; check whether the file was generated or damaged by mistake.',
    pointer,
    ...(position ? { line: position.line, column: position.column } : {}),
  };
}

interface Collected {
  issue: ParseIssue;
  offset: number;
  seq: number;
}

/** Collects issues up to a cap and returns them in source order. */
export class IssueList {
  readonly #max: number;
  readonly #items: Collected[] = [];

  constructor(max: number) {
    this.#max = Math.max(1, max);
  }

  get full(): boolean {
    return this.#items.length >= this.#max;
  }

  get size(): number {
    return this.#items.length;
  }

  /** Adds an issue unless the cap is reached; `offset` (UTF-16 index) is only used for ordering. */
  add(issue: ParseIssue, offset: number = Number.MAX_SAFE_INTEGER): boolean {
    if (this.full) return false;
    // Fixed key order and no undefined-valued keys, so issues serialise identically everywhere.
    const clean: ParseIssue = {
      code: issue.code,
      message: issue.message,
      ...(issue.hint !== undefined ? { hint: issue.hint } : {}),
      pointer: issue.pointer,
      ...(issue.line !== undefined ? { line: issue.line } : {}),
      ...(issue.line !== undefined && issue.column !== undefined ? { column: issue.column } : {}),
    };
    this.#items.push({ issue: clean, offset, seq: this.#items.length });
    return true;
  }

  has(code: ParseIssueCode): boolean {
    return this.#items.some((item) => item.issue.code === code);
  }

  toArray(): ParseIssue[] {
    return [...this.#items]
      .sort((a, b) => a.offset - b.offset || a.seq - b.seq)
      .map((item) => item.issue);
  }
}
