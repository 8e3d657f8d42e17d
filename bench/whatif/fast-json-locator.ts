/**
 * PROPOSAL, not used by the product: a pointer -> position locator for JSON text that indexes containers on
 * demand with a character scanner, instead of building jsonc-parser's full node tree on the first call
 * (core/parse/json.ts JsonLocator). Same contract and the same answers (bench/whatif.bench.ts checks that
 * the results are byte-identical): the position of a value is its first character, of a key its opening
 * quote; a missing pointer gives the nearest existing ancestor with exact: false.
 *
 * Only containers on the path of a pointer are indexed, once each; skipping a nested value scans it with a
 * native regular expression, so a typical evidence pointer (/collection/i/field) costs about three passes
 * over the parts of the text it crosses, and allocates one Map or array per container indexed.
 */
import { arrayIndex, tryPointerToPath } from '../../core/parse/pointer.js';
import type { LineIndex } from '../../core/parse/positions.js';
import type { LocatedPosition, Locator } from '../../core/parse/types.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const LBRACKET = 0x5b;
const COMMA = 0x2c;

/** The next quote or bracket. */
const STRUCTURE = /["{}[\]]/g;

export class FastJsonLocator implements Locator {
  readonly #text: string;
  readonly #lines: LineIndex;
  readonly #objects = new Map<number, Map<string, number[]>>();
  readonly #arrays = new Map<number, number[]>();

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  #skipSpace(i: number): number {
    const text = this.#text;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }

  /** `i` at an opening quote; the index after the closing quote. */
  #skipString(i: number): number {
    const text = this.#text;
    let j = i + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q === -1) return text.length;
      let k = q - 1;
      while (text.charCodeAt(k) === BACKSLASH) k--;
      if ((q - 1 - k) % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  /** `i` at the first character of a value; the index just after it. */
  #skipValue(i: number): number {
    const text = this.#text;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return this.#skipString(i);
    if (c === LBRACE || c === LBRACKET) {
      let depth = 0;
      let at = i;
      for (;;) {
        STRUCTURE.lastIndex = at;
        const m = STRUCTURE.exec(text);
        if (!m) return text.length;
        const d = text.charCodeAt(m.index);
        if (d === QUOTE) {
          at = this.#skipString(m.index);
          continue;
        }
        if (d === LBRACE || d === LBRACKET) depth++;
        else if (--depth === 0) return m.index + 1;
        at = m.index + 1;
      }
    }
    // A number, true, false or null.
    let j = i;
    for (;;) {
      const d = text.charCodeAt(j);
      if (Number.isNaN(d) || d === COMMA || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) return j;
      j++;
    }
  }

  /** Members of the object at `start`: name -> [key offset, value offset]. The first occurrence wins (duplicates are rejected earlier). */
  #members(start: number): Map<string, number[]> {
    let map = this.#objects.get(start);
    if (map) return map;
    map = new Map();
    const text = this.#text;
    let i = this.#skipSpace(start + 1);
    while (text.charCodeAt(i) === QUOTE) {
      const keyEnd = this.#skipString(i);
      const raw = text.slice(i + 1, keyEnd - 1);
      const name = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
      const valueStart = this.#skipSpace(this.#skipSpace(keyEnd) + 1);
      if (!map.has(name)) map.set(name, [i, valueStart]);
      i = this.#skipSpace(this.#skipValue(valueStart));
      if (text.charCodeAt(i) !== COMMA) break;
      i = this.#skipSpace(i + 1);
    }
    this.#objects.set(start, map);
    return map;
  }

  /** Value offsets of the items of the array at `start`. */
  #items(start: number): number[] {
    let items = this.#arrays.get(start);
    if (items) return items;
    items = [];
    const text = this.#text;
    let i = this.#skipSpace(start + 1);
    if (text.charCodeAt(i) !== 0x5d) {
      for (;;) {
        items.push(i);
        i = this.#skipSpace(this.#skipValue(i));
        if (text.charCodeAt(i) !== COMMA) break;
        i = this.#skipSpace(i + 1);
      }
    }
    this.#arrays.set(start, items);
    return items;
  }

  #at(offset: number, exact: boolean): LocatedPosition {
    return { ...this.#lines.position(offset), exact };
  }

  locate(pointer: string, keyPosition: boolean): LocatedPosition | undefined {
    const path = tryPointerToPath(pointer);
    if (path === undefined) return undefined;
    let node = this.#skipSpace(0);
    if (node >= this.#text.length) return undefined;
    let key: number | undefined;
    for (const token of path) {
      const c = this.#text.charCodeAt(node);
      let next: number | undefined;
      let nextKey: number | undefined;
      if (c === LBRACE) {
        const member = this.#members(node).get(token);
        if (member) {
          nextKey = member[0];
          next = member[1];
        }
      } else if (c === LBRACKET) {
        const index = arrayIndex(token);
        if (index !== undefined) next = this.#items(node)[index];
      }
      if (next === undefined) return this.#at(keyPosition && key !== undefined ? key : node, false);
      node = next;
      key = nextKey;
    }
    return this.#at(keyPosition && key !== undefined ? key : node, true);
  }
}
