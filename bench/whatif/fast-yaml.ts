/**
 * PROPOSAL, not used by the product: a fast path for YAML declarations, measured by bench/yaml.bench.ts.
 *
 * js-yaml 5's `parseEvents` turns the text into a flat list of events with source offsets (about as fast as
 * js-yaml's own `load`). This module builds the value from those events itself, applying the same policy
 * as core/parse/yaml.ts, and hands anything unusual to the existing safe parser (parseYamlText, on the
 * `yaml` package), which then produces exactly today's issues, wording and positions:
 *
 *   fast path (accepts)        plain YAML 1.2 core-schema mappings, sequences and scalars, one document
 *                              (an optional `%YAML 1.2` directive and `---`), string keys, no duplicates
 *   slow path (decides)        any anchor, alias, tag, other directive, second document, empty document,
 *                              a scalar at the top, duplicate / forbidden / `<<` / non-string key, unsafe
 *                              number, too deep, any js-yaml error, a tab anywhere, a lone CR line break,
 *                              a line starting with the document end marker `...`
 *
 * So the fast path only ever says "valid, here is the value"; every rejection, and its message, comes from
 * the existing code. Positions are computed lazily from the events on the first `locate` call (the engine
 * calls it for every evidence pointer), with the `yaml` package's conventions: a scalar at its first
 * character (a quoted one at its quote, a block scalar at its | or > indicator), a collection at its first
 * key, dash or bracket. Where the events cannot say (an empty value), the locator falls back to the slow
 * parser's locator, built on demand.
 */
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';

import { isForbiddenKey } from '../../core/parse/issues.js';
import type { ParseLimits } from '../../core/parse/limits.js';
import { arrayIndex, tryPointerToPath } from '../../core/parse/pointer.js';
import type { LineIndex } from '../../core/parse/positions.js';
import type { FormatOutcome, LocatedPosition, Locator } from '../../core/parse/types.js';
import { numberProblem } from '../../core/parse/values.js';
import { parseYamlText, prescanYamlDepth } from '../../core/parse/yaml.js';

// The `yaml` package's core schema, in its resolution order (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(source: string): string | number | boolean | null {
  const c = source.charCodeAt(0);
  // Most plain scalars are words: only these first characters can start a non-string.
  const maybe = source === '' || c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 || c === 0x2e || c === 0x2b || c === 0x2d || (c >= 0x30 && c <= 0x39);
  if (!maybe) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source.charCodeAt(0) === 0x74 || source.charCodeAt(0) === 0x54;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

interface Frame {
  mapping: boolean;
  value: Record<string, unknown> | unknown[];
  key: string | undefined;
}

/** Builds the value, or returns undefined when the slow path must decide. */
function build(text: string, events: readonly Event[], limits: ParseLimits): { value: unknown } | undefined {
  let documents = 0;
  let root: unknown;
  let hasRoot = false;
  const stack: Frame[] = [];

  const attach = (value: unknown): boolean => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      hasRoot = true;
      return true;
    }
    if (!top.mapping) {
      (top.value as unknown[]).push(value);
      return true;
    }
    if (top.key === undefined) return false; // a collection used as a key
    (top.value as Record<string, unknown>)[top.key] = value;
    top.key = undefined;
    return true;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        documents++;
        if (documents > 1) return undefined;
        for (const d of event.directives) if (d.kind !== 'yaml' || d.version !== '1.2') return undefined;
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        if (stack.length + 1 > limits.maxDepth) return undefined;
        const top = stack[stack.length - 1];
        if (top?.mapping && top.key === undefined) return undefined; // a collection used as a key
        stack.push({ mapping: event.type === EVENT_ID.MAPPING, value: event.type === EVENT_ID.MAPPING ? {} : [], key: undefined });
        break;
      }
      case EVENT_ID.SCALAR: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        const plain = event.style === SCALAR_STYLE.PLAIN;
        const source = event.valueStart === -1 ? '' : plain && event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
        const top = stack[stack.length - 1];
        if (top?.mapping && top.key === undefined) {
          // A key: must be a string (plain keys that would resolve to null, a boolean or a number go to the slow path).
          if (plain && typeof resolvePlain(source) !== 'string') return undefined;
          if (isForbiddenKey(source) || source === '<<' || Object.hasOwn(top.value, source)) return undefined;
          top.key = source;
          break;
        }
        let value: unknown = source;
        if (plain) {
          value = resolvePlain(source);
          if (typeof value === 'number') {
            if (numberProblem(source, value)) return undefined;
            if (value === 0) value = 0; // -0 becomes 0, as in the slow path
          }
        }
        if (!attach(value)) return undefined;
        break;
      }
      case EVENT_ID.ALIAS:
        return undefined;
      case EVENT_ID.POP: {
        if (stack.length === 0) break; // end of the document
        const done = stack.pop()!;
        if (done.mapping && done.key !== undefined) return undefined; // a key without a value event
        if (!attach(done.value)) return undefined;
        break;
      }
      default:
        return undefined;
    }
  }
  // A scalar at the top (including an empty document) is never a declaration: let the slow path word it.
  if (documents !== 1 || !hasRoot || stack.length > 0 || root === null || typeof root !== 'object') return undefined;
  return { value: root };
}

/** Where the `yaml` package says a block scalar starts: its | or > indicator on the header line. */
function blockIndicator(text: string, event: ScalarEvent): number | undefined {
  let end = event.valueStart;
  for (let lines = 0; lines < 4 && end > 0; lines++) {
    const lineEnd = text.lastIndexOf('\n', end - 1);
    if (lineEnd === -1) return undefined;
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    let line = text.slice(lineStart, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const comment = line.search(/\s#/);
    const header = comment === -1 ? line : line.slice(0, comment);
    const match = /[|>][0-9+-]*\s*$/.exec(header);
    if (match) return lineStart + match.index;
    if (/\S/.test(header)) return undefined;
    end = lineStart;
  }
  return undefined;
}

interface PositionNode {
  offset: number;
  members?: Map<string, { key: number; value: PositionNode }>;
  items?: PositionNode[];
}

/** Pointer -> position from the events; built on the first call. */
export class EventLocator implements Locator {
  readonly #text: string;
  readonly #events: readonly Event[];
  readonly #lines: LineIndex;
  readonly #limits: ParseLimits;
  #root: PositionNode | null | undefined;
  #slow: Locator | undefined;

  constructor(text: string, events: readonly Event[], lines: LineIndex, limits: ParseLimits) {
    this.#text = text;
    this.#events = events;
    this.#lines = lines;
    this.#limits = limits;
  }

  /** The tree of offsets, or null when an offset cannot be derived from the events. */
  #build(): PositionNode | null {
    const events = this.#events;
    let i = 0;
    while (i < events.length && events[i]!.type === EVENT_ID.DOCUMENT) i++;
    const text = this.#text;
    const scalarOffset = (e: ScalarEvent): number | undefined => {
      if (e.valueStart === -1) return undefined;
      if (e.style === SCALAR_STYLE.PLAIN) return e.valueStart;
      if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) return e.valueStart - 1;
      return blockIndicator(text, e);
    };
    let ok = true;
    const node = (): PositionNode => {
      const e = events[i++]!;
      if (e.type === EVENT_ID.SCALAR) {
        const offset = scalarOffset(e);
        if (offset === undefined) ok = false;
        return { offset: offset ?? 0 };
      }
      if (e.type === EVENT_ID.MAPPING) {
        const members = new Map<string, { key: number; value: PositionNode }>();
        while (events[i]!.type !== EVENT_ID.POP) {
          const k = events[i++] as ScalarEvent;
          const name = k.style === SCALAR_STYLE.PLAIN && k.fast ? text.slice(k.valueStart, k.valueEnd) : getScalarValue(text, k);
          const key = scalarOffset(k);
          if (key === undefined) ok = false;
          members.set(name, { key: key ?? 0, value: node() });
        }
        i++;
        return { offset: e.start, members };
      }
      if (e.type === EVENT_ID.SEQUENCE) {
        const items: PositionNode[] = [];
        while (events[i]!.type !== EVENT_ID.POP) items.push(node());
        i++;
        return { offset: e.start, items };
      }
      ok = false;
      return { offset: 0 };
    };
    const root = node();
    return ok ? root : null;
  }

  #at(offset: number, exact: boolean): LocatedPosition {
    return { ...this.#lines.position(offset), exact };
  }

  locate(pointer: string, keyPosition: boolean): LocatedPosition | undefined {
    if (this.#root === undefined) this.#root = this.#build();
    if (this.#root === null) {
      // Offsets the events cannot give: ask the slow parser (same text, so the same answer as today).
      if (!this.#slow) {
        const outcome = parseYamlText(this.#text, this.#limits, this.#lines);
        if (!outcome.ok) return undefined;
        this.#slow = outcome.locator;
      }
      return this.#slow.locate(pointer, keyPosition);
    }
    const path = tryPointerToPath(pointer);
    if (path === undefined) return undefined;
    let node = this.#root;
    let key: number | undefined;
    for (const token of path) {
      let next: PositionNode | undefined;
      let nextKey: number | undefined;
      if (node.members) {
        const member = node.members.get(token);
        if (member) {
          next = member.value;
          nextKey = member.key;
        }
      } else if (node.items) {
        const index = arrayIndex(token);
        if (index !== undefined) next = node.items[index];
      }
      if (next === undefined) return this.#at(keyPosition && key !== undefined ? key : node.offset, false);
      node = next;
      key = nextKey;
    }
    return this.#at(keyPosition && key !== undefined ? key : node.offset, true);
  }
}

export interface FastYamlStats {
  fast: number;
  slow: number;
}

/** Counts of documents decided by each path (for the benchmark report). */
export const fastYamlStats: FastYamlStats = { fast: 0, slow: 0 };

/** Same contract as core/parse/yaml.ts parseYamlText. */
export function parseYamlTextFast(text: string, limits: ParseLimits, lines: LineIndex): FormatOutcome {
  const slow = (): FormatOutcome => {
    fastYamlStats.slow++;
    return parseYamlText(text, limits, lines);
  };
  if (/\r(?!\n)/.test(text)) return slow(); // a lone CR: the two line counters disagree
  if (text.includes('\t')) return slow(); // tabs: js-yaml accepts some that the yaml package rejects as indentation
  if (/^\.\.\./m.test(text)) return slow(); // a document end marker: the yaml package counts documents differently
  if (prescanYamlDepth(text, limits.maxDepth) !== undefined) return slow();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth + 1 });
  } catch {
    return slow();
  }
  const built = build(text, events, limits);
  if (!built) return slow();
  fastYamlStats.fast++;
  return { ok: true, value: built.value, locator: new EventLocator(text, events, lines, limits) };
}
