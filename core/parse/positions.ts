import type { SourcePosition } from './types.js';

/**
 * Offset -> line/column for a text, built on first use. Line breaks are LF, CRLF and a lone CR, as in
 * jsonc-parser. Columns count UTF-16 code units, like editors' "column" for most text.
 */
export class LineIndex {
  readonly #text: string;
  #starts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  #lineStarts(): number[] {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const starts = [0];
    if (!text.includes('\r')) {
      // Fast path: LF-only text.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let k = 0; k < text.length; k++) {
        const c = text.charCodeAt(k);
        if (c === 0x0a) starts.push(k + 1);
        else if (c === 0x0d) {
          if (text.charCodeAt(k + 1) === 0x0a) k++;
          starts.push(k + 1);
        }
      }
    }
    this.#starts = starts;
    return starts;
  }

  position(offset: number): SourcePosition {
    const starts = this.#lineStarts();
    const at = Math.max(0, Math.min(offset, this.#text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1, offset: at };
  }
}
