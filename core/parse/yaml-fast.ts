/**
 * The YAML fast path (docs/performance.md, "YAML: options", option C). The `yaml` package path in yaml.ts
 * is careful but slow (about 6-9 ms per 16 KB declaration, as much as the rest of the check), so
 * ordinary declarations are read here instead, with js-yaml 5's event parser (4-7 times faster), and
 * everything else is handed to the `yaml` package path:
 *
 *   accepted here        plain YAML 1.2 core-schema mappings, sequences and scalars in one document
 *                        (an optional `%YAML 1.2` directive and `---`), unique string keys
 *   handed over          any anchor, alias, tag, other directive, second or empty document, a scalar
 *                        at the top, a duplicate / forbidden / plain `<<` / non-string key, an unsafe
 *                        number, nesting beyond the limit, any js-yaml error; and, because the two
 *                        parsers read them differently (found by the differential tests): a tab or a
 *                        byte-order mark anywhere, a lone CR line break, a line starting with `...`,
 *                        two lines starting with `---`, an indented `---` or `%`, an implicit key that
 *                        is long or spans lines, a multi-line scalar with a line of only spaces, a
 *                        block scalar with an explicit indentation indicator (`|2`)
 *
 * This module can only ever answer "valid, here is the value and a locator", or "not mine". Every
 * rejection, with its wording and position, comes from yaml.ts, so both paths give exactly the same
 * result (held by test/properties/yaml-differential.test.ts and the differential check in
 * `npm run bench:yaml`). The cheap text tests run first; yaml.ts has already run its depth pre-scan,
 * so js-yaml never sees deep nesting (its own `maxDepth` is a second lock).
 *
 * Positions are computed lazily from the events on the first `locate` call, with the `yaml` package's
 * conventions: a scalar at its first character (a quoted one at its quote, a block scalar at its | or
 * > indicator), a collection at its first key, dash or bracket. Where the events cannot say (an empty
 * value has no offset), the locator asks the `yaml` package path, built on demand.
 */
import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';

import { isForbiddenKey } from './issues.js';
import type { ParseLimits } from './limits.js';
import { arrayIndex, tryPointerToPath } from './pointer.js';
import type { LineIndex } from './positions.js';
import type { FormatOutcome, LocatedPosition, Locator } from './types.js';
import { numberProblem } from './values.js';

// The `yaml` package's core schema (yaml/dist/schema/core), in its resolution order.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

// js-yaml is loaded on the first YAML document (parseYamlFast), not when the module is: JSON never needs it,
// and start-up time matters to the CLI.
const requireModule = createRequire(import.meta.url);
let EVENT_ID: typeof JsYaml.EVENT_ID;
let SCALAR_STYLE: typeof JsYaml.SCALAR_STYLE;
let getScalarValue: typeof JsYaml.getScalarValue;
let jsYaml: typeof JsYaml | undefined;
function loadJsYaml(): typeof JsYaml {
  if (jsYaml === undefined) {
    jsYaml = requireModule('js-yaml') as typeof JsYaml;
    ({ EVENT_ID, SCALAR_STYLE, getScalarValue } = jsYaml);
  }
  return jsYaml;
}

/**
 * Implicit keys whose `:` is further than this from the key's start go to the `yaml` package path, which
 * rejects them beyond 1024 characters (KEY_OVER_1024_CHARS); js-yaml does not. Kept well below 1024.
 */
const LONG_KEY = 1000;

/** A plain scalar's value under the YAML 1.2 core schema, exactly as the `yaml` package resolves it. */
export function resolvePlain(source: string): string | number | boolean | null {
  const c = source.charCodeAt(0);
  // Most plain scalars are words: only these first characters can start a non-string.
  const maybe =
    source === '' ||
    c === 0x7e /* ~ */ ||
    c === 0x6e /* n */ ||
    c === 0x4e /* N */ ||
    c === 0x74 /* t */ ||
    c === 0x54 /* T */ ||
    c === 0x66 /* f */ ||
    c === 0x46 /* F */ ||
    c === 0x2e /* . */ ||
    c === 0x2b /* + */ ||
    c === 0x2d /* - */ ||
    (c >= 0x30 && c <= 0x39);
  if (!maybe) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return c === 0x74 || c === 0x54;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

function scalarText(text: string, event: ScalarEvent): string {
  if (event.valueStart === -1) return '';
  return event.style === SCALAR_STYLE.PLAIN && event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
}

/** Where the `yaml` package puts a scalar: at its first character, a quoted one at its quote. Undefined for block scalars and empty values. */
function inlineScalarStart(event: ScalarEvent): number | undefined {
  if (event.valueStart === -1) return undefined;
  if (event.style === SCALAR_STYLE.PLAIN) return event.valueStart;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  return undefined;
}

/**
 * True when a mapping key is one js-yaml and the `yaml` package might judge differently: a block scalar,
 * a key over several lines, or one whose `:` could be more than 1024 characters from its start.
 */
function awkwardKey(text: string, event: ScalarEvent): boolean {
  const start = inlineScalarStart(event);
  if (start === undefined) return event.valueStart !== -1; // a block scalar as a key; an empty key is fine
  let end = event.style === SCALAR_STYLE.PLAIN ? event.valueEnd : event.valueEnd + 1;
  if (end - start > LONG_KEY) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  while (end < text.length && text.charCodeAt(end) === 0x20) {
    end++;
    if (end - start > LONG_KEY) return true;
  }
  return false;
}

/**
 * True when a scalar over several lines holds a line of only spaces, or (double-quoted) an escaped line break
 * before an empty line, or is a block scalar with an explicit indentation indicator: the two parsers fold
 * those differently. Each scalar's source is searched once, so the cost stays linear.
 */
function awkwardFolding(text: string, event: ScalarEvent): boolean {
  if (event.valueStart === -1) return false;
  const raw = text.slice(event.valueStart, event.valueEnd);
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    // A block scalar with a line of only spaces, or with an explicit indentation indicator (`|2`), or whose
    // header cannot be found: the two parsers keep trailing spaces differently there.
    if (/(?:^|\n) +\r?(?:\n|$)/.test(raw)) return true;
    const header = blockIndicator(text, event);
    return header === undefined || /^[|>][+-]?[0-9]/.test(text.slice(header, header + 3));
  }
  if (!raw.includes('\n')) return false;
  return /\n +\r?\n/.test(raw) || (event.style === SCALAR_STYLE.DOUBLE_QUOTED && /\\\r?\n *\r?\n/.test(raw));
}

interface Frame {
  mapping: boolean;
  value: Record<string, unknown> | unknown[];
  key: string | undefined;
}

/** Builds the value from the events, or returns undefined when the `yaml` package path must decide. */
function build(text: string, events: readonly Event[], limits: ParseLimits): { value: object } | undefined {
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
        if (!event.fast && awkwardFolding(text, event)) return undefined;
        const plain = event.style === SCALAR_STYLE.PLAIN;
        const source = scalarText(text, event);
        const top = stack[stack.length - 1];
        if (top?.mapping && top.key === undefined) {
          // A key: a plain key that would resolve to null, a boolean or a number is the other path's to word.
          if (plain && typeof resolvePlain(source) !== 'string') return undefined;
          if (isForbiddenKey(source) || (plain && source === '<<') || Object.hasOwn(top.value, source)) return undefined;
          if (awkwardKey(text, event)) return undefined;
          top.key = source;
          break;
        }
        let value: unknown = source;
        if (plain) {
          value = resolvePlain(source);
          if (typeof value === 'number') {
            if (numberProblem(source, value)) return undefined;
            if (value === 0) value = 0; // -0 becomes 0, as on the other path
          }
        }
        if (!attach(value)) return undefined;
        break;
      }
      case EVENT_ID.POP: {
        if (stack.length === 0) break; // the end of the document
        const done = stack.pop()!;
        if (done.mapping && done.key !== undefined) return undefined; // a key without a value event
        if (!attach(done.value)) return undefined;
        break;
      }
      default: // an alias, or anything this module does not know
        return undefined;
    }
  }
  // A scalar at the top (including an empty document) is never a declaration: the other path words it.
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

/** A scalar's offset, or a collection: its offset and its members (key offset and node) or items. */
type PositionNode = number | PositionCollection;

interface PositionCollection {
  offset: number;
  members?: Map<string, readonly [key: number, value: PositionNode]>;
  items?: PositionNode[];
}

const offsetOf = (node: PositionNode): number => (typeof node === 'number' ? node : node.offset);

/** Pointer -> position from the events; the tree of offsets is built on the first call. */
class EventLocator implements Locator {
  readonly #text: string;
  readonly #events: readonly Event[];
  readonly #lines: LineIndex;
  readonly #slowPath: () => FormatOutcome;
  #root: PositionNode | null | undefined;
  #slow: Locator | undefined;

  constructor(text: string, events: readonly Event[], lines: LineIndex, slowPath: () => FormatOutcome) {
    this.#text = text;
    this.#events = events;
    this.#lines = lines;
    this.#slowPath = slowPath;
  }

  /** The tree of offsets, or null when an offset cannot be derived from the events. Depth is bounded by build(). */
  #build(): PositionNode | null {
    const events = this.#events;
    const text = this.#text;
    let i = 0;
    while (i < events.length && events[i]!.type === EVENT_ID.DOCUMENT) i++;
    let ok = true;
    const scalarOffset = (e: ScalarEvent): number => {
      const offset = inlineScalarStart(e) ?? (e.valueStart === -1 ? undefined : blockIndicator(text, e));
      if (offset === undefined) ok = false;
      return offset ?? 0;
    };
    const node = (): PositionNode => {
      const e = events[i++]!;
      if (e.type === EVENT_ID.SCALAR) return scalarOffset(e);
      if (e.type === EVENT_ID.MAPPING) {
        const members = new Map<string, readonly [number, PositionNode]>();
        while (events[i]!.type !== EVENT_ID.POP) {
          const k = events[i++] as ScalarEvent;
          members.set(scalarText(text, k), [scalarOffset(k), node()]);
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
      return 0;
    };
    const root = node();
    return ok ? root : null;
  }

  #at(offset: number, exact: boolean): LocatedPosition {
    const { line, column } = this.#lines.position(offset);
    return { line, column, offset, exact };
  }

  locate(pointer: string, keyPosition: boolean): LocatedPosition | undefined {
    if (this.#root === undefined) this.#root = this.#build();
    if (this.#root === null) {
      // Offsets the events cannot give (an empty value): ask the other path, which reads the same text.
      if (!this.#slow) {
        const outcome = this.#slowPath();
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
      if (typeof node !== 'number') {
        if (node.members) {
          const member = node.members.get(token);
          if (member) {
            nextKey = member[0];
            next = member[1];
          }
        } else if (node.items) {
          const index = arrayIndex(token);
          if (index !== undefined) next = node.items[index];
        }
      }
      if (next === undefined) return this.#at(keyPosition && key !== undefined ? key : offsetOf(node), false);
      node = next;
      key = nextKey;
    }
    return this.#at(keyPosition && key !== undefined ? key : offsetOf(node), true);
  }
}

/** True when two lines start with `---`: a second document, which the other path rejects (no need to run js-yaml). */
function twoDocumentMarkers(text: string): boolean {
  const marker = /^---/gm;
  return marker.exec(text) !== null && marker.exec(text) !== null;
}

/** Text that js-yaml and the `yaml` package read differently, found before js-yaml runs (each test is linear). */
function needsSlowPath(text: string): boolean {
  return (
    twoDocumentMarkers(text) ||
    text.includes('\t') || // js-yaml accepts some tabs that the yaml package rejects as indentation
    text.includes('\ufeff') || // js-yaml takes a byte-order mark after a line break for a new stream
    /\r(?!\n)/.test(text) || // a lone CR: the two parsers count lines differently
    /^\.\.\./m.test(text) || // a document end marker: the two parsers count documents differently
    /^ +---/m.test(text) || // js-yaml takes an indented `---` for a document marker, the yaml package for text
    /^(?: +%|%(?!YAML 1\.2 *\r?$))/m.test(text) // js-yaml ignores unknown directives and reads indented ones
  );
}

/**
 * The fast path: the value and a locator when the text is an ordinary declaration, otherwise undefined
 * (then the caller runs the `yaml` package path, which decides). `slowPath` runs that path on the same
 * text; the locator calls it only for positions the events cannot give. The caller must have run the
 * depth pre-scan (prescanYamlDepth) first.
 */
export function parseYamlFast(text: string, limits: ParseLimits, lines: LineIndex, slowPath: () => FormatOutcome): FormatOutcome | undefined {
  if (needsSlowPath(text)) return undefined;
  const { parseEvents } = loadJsYaml();
  let events: Event[];
  try {
    // maxDepth + 1 so that nesting just past the limit still parses and build() hands it over.
    events = parseEvents(text, { maxDepth: limits.maxDepth + 1 });
  } catch {
    return undefined; // any js-yaml error: the other path words it
  }
  const built = build(text, events, limits);
  if (!built) return undefined;
  return { ok: true, value: built.value, locator: new EventLocator(text, events, lines, slowPath) };
}
