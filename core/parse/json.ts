/**
 * JSON: a single non-recursive scan (nesting depth, duplicate and forbidden keys, unsafe numbers),
 * then the native JSON.parse for the value. The scan also keeps where each member starts, which is all
 * `locate` needs. jsonc-parser, in strict mode, is only used to explain a syntax error.
 *
 * Lone surrogates (e.g. "\ud800") are kept as they are, as JSON.parse does: the text is valid JSON,
 * rejecting it would surprise users, and JSON.stringify escapes them, so JSON output stays valid.
 * Anything that prints values as text must replace them (issue messages do, through `clip`).
 */
import { createRequire } from 'node:module';
import type * as JsoncParser from 'jsonc-parser';

import {
  IssueList,
  describeChar,
  duplicateKeyIssue,
  forbiddenKeyIssue,
  isForbiddenKey,
  quote,
  tooDeepIssue,
  type ParseIssue,
} from './issues.js';
import type { ParseLimits } from './limits.js';
import { arrayIndex, pathToPointer, tryPointerToPath } from './pointer.js';
import type { LineIndex } from './positions.js';
import type { FormatOutcome, LocatedPosition, Locator } from './types.js';
import { normaliseNegativeZero, numberProblem } from './values.js';

// jsonc-parser is loaded on the first syntax error only: valid JSON never needs it, and loading it is a
// noticeable part of the CLI's start-up.
const requireModule = createRequire(import.meta.url);
let jsoncParser: typeof JsoncParser | undefined;
function jsonc(): typeof JsoncParser {
  return (jsoncParser ??= requireModule('jsonc-parser') as typeof JsoncParser);
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const LF = 0x0a;
const CR = 0x0d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const MINUS = 0x2d;

/**
 * One open object or array during the scan. It is kept after the scan as the position index of that
 * container (where each member's name and value start), so `locate` needs no second parse of the text.
 */
interface Frame {
  object: boolean;
  /** Index of the current item, for arrays. */
  index: number;
  /** Name of the current property, for objects. */
  key: string | undefined;
  expectKey: boolean;
  /** True between a member's start (`[`, `,` in arrays; the name in objects) and the first token of its value. */
  awaitValue: boolean;
  /** Objects: property names in source order (arrays are cheaper than a Map for small objects)... */
  names: string[] | undefined;
  /** ...replaced by name -> member index once an object has many properties, to keep lookups linear. */
  byName: Map<string, number> | undefined;
  /** Objects: offset of each member's opening quote. */
  keyOffsets: number[];
  /** Offset of each member's value (its first character). */
  valueOffsets: number[];
  /** The frames of members that are objects or arrays, by member index. */
  children: (Frame | undefined)[];
}

const SMALL_OBJECT = 24;

function openFrame(object: boolean): Frame {
  return {
    object,
    index: 0,
    key: undefined,
    expectKey: object,
    awaitValue: !object,
    names: object ? [] : undefined,
    byName: undefined,
    keyOffsets: [],
    valueOffsets: [],
    children: [],
  };
}

/** Records property `key` whose name starts at `offset`; returns the offset of an earlier property of that name, or -1. */
function remember(frame: Frame, key: string, offset: number): number {
  const member = frame.keyOffsets.length;
  frame.keyOffsets.push(offset);
  if (frame.byName) {
    const first = frame.byName.get(key);
    if (first !== undefined) return frame.keyOffsets[first]!;
    frame.byName.set(key, member);
    return -1;
  }
  // Every name is kept, duplicates too, so names[k] stays the name of member k.
  const names = frame.names!;
  let first = -1;
  for (let k = 0; k < names.length; k++) {
    if (names[k] === key) {
      first = k;
      break;
    }
  }
  names.push(key);
  if (names.length > SMALL_OBJECT) {
    const byName = new Map<string, number>();
    for (let k = 0; k < names.length; k++) if (!byName.has(names[k]!)) byName.set(names[k]!, k);
    frame.byName = byName;
    frame.names = undefined;
  }
  return first === -1 ? -1 : frame.keyOffsets[first]!;
}

/** The member index of property `key`, or -1. */
function memberIndex(frame: Frame, key: string): number {
  if (frame.byName) return frame.byName.get(key) ?? -1;
  const names = frame.names!;
  for (let k = 0; k < names.length; k++) if (names[k] === key) return k;
  return -1;
}

function pathOf(stack: readonly Frame[], frames: number): (string | number)[] {
  const path: (string | number)[] = [];
  for (let k = 0; k < frames; k++) {
    const frame = stack[k]!;
    path.push(frame.object ? (frame.key ?? '') : frame.index);
  }
  return path;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

function decodeString(text: string, start: number, end: number, closed: boolean): string {
  const raw = text.slice(start, end);
  try {
    return JSON.parse(closed ? raw : `${raw}"`) as string;
  } catch {
    return raw.slice(1, closed ? -1 : undefined);
  }
}

interface ScanOutcome {
  tooDeep: ParseIssue | undefined;
  negativeZero: boolean;
  /** Where the top-level value starts (-1 for empty text), and its frame if it is an object or array. */
  rootOffset: number;
  rootFrame: Frame | undefined;
}

/**
 * One pass over the text, with an explicit stack (no recursion), so 100,000 levels of nesting cost
 * microseconds. It mirrors how jsonc-parser tokenises (strings end at a line break, comments are
 * skipped, a closer only closes a container of its own kind), so jsonc-parser, which is recursive,
 * never nests deeper than this scan allows. Key and number results are only used when JSON.parse
 * later confirms the text is valid.
 */
function scan(
  text: string,
  limits: ParseLimits,
  lines: LineIndex,
  issues: IssueList,
): ScanOutcome {
  const n = text.length;
  const stack: Frame[] = [];
  let negativeZero = false;
  let rootOffset = -1;
  let rootFrame: Frame | undefined;
  let i = 0;
  // Cached positions of the next backslash, LF and CR (n when none), refreshed once passed, so each
  // indexOf covers new ground and the scan stays linear.
  let nextBackslash = -1;
  let nextLf = -1;
  let nextCr = -1;

  const at = (offset: number) => {
    const { line, column } = lines.position(offset);
    return { line, column };
  };

  /** Notes where a value starts, for the position index: the root, or the awaited member of the open container. */
  const valueAt = (offset: number, frame: Frame | undefined) => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (rootOffset === -1) {
        rootOffset = offset;
        rootFrame = frame;
      }
      return;
    }
    if (!top.awaitValue) return;
    top.awaitValue = false;
    top.valueOffsets.push(offset);
    top.children.push(frame);
  };

  while (i < n) {
    const c = text.charCodeAt(i);

    if (c === QUOTE) {
      const start = i;
      // Fast path: jump from quote to quote with indexOf, stepping over escapes.
      let j = i + 1;
      let escaped = false;
      let closed = false;
      for (;;) {
        const q = text.indexOf('"', j);
        if (nextBackslash < j) nextBackslash = indexOrEnd(text, '\\', j);
        if (q === -1) {
          j = n;
          break;
        }
        if (nextBackslash < q) {
          escaped = true;
          j = nextBackslash + 2; // the escaped character, whatever it is, belongs to the string
          continue;
        }
        j = q + 1;
        closed = true;
        break;
      }
      if (nextLf < start) nextLf = indexOrEnd(text, '\n', start);
      if (nextCr < start) nextCr = indexOrEnd(text, '\r', start);
      if (nextLf < j || nextCr < j) {
        // Rare, and never in valid JSON: a line break inside the string. Walk it character by
        // character, as jsonc-parser does, so both agree on where the string ends.
        j = i + 1;
        escaped = false;
        closed = false;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === QUOTE) {
            closed = true;
            j++;
            break;
          }
          if (d === BACKSLASH) {
            escaped = true;
            j += 2;
            continue;
          }
          if (d === LF || d === CR) break;
          j++;
        }
        if (j > n) j = n;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && top.object && top.expectKey) {
        top.expectKey = false;
        top.awaitValue = true;
        const key = escaped ? decodeString(text, start, j, closed) : text.slice(start + 1, closed ? j - 1 : j);
        top.key = key;
        const first = remember(top, key, start);
        if (!issues.full) {
          if (isForbiddenKey(key)) {
            issues.add(forbiddenKeyIssue(key, pathToPointer([...pathOf(stack, stack.length - 1), key]), at(start)), start);
          }
          if (first !== -1) {
            const pointer = pathToPointer([...pathOf(stack, stack.length - 1), key]);
            issues.add(duplicateKeyIssue(key, lines.position(first).line, pointer, at(start)), start);
          }
        }
      } else {
        valueAt(start, undefined);
      }
      i = j;
      continue;
    }

    if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === MINUS) j++;
        else break;
      }
      valueAt(i, undefined);
      const literal = text.slice(i, j);
      const value = Number(literal);
      if (value === 0 && 1 / value < 0) negativeZero = true;
      if (!issues.full) {
        const problem = numberProblem(literal, value);
        if (problem) {
          issues.add({ code: 'UNSAFE_NUMBER', ...problem, pointer: pathToPointer(pathOf(stack, stack.length)), ...at(i) }, i);
        }
      }
      i = j;
      continue;
    }

    if (c === LBRACE || c === LBRACKET) {
      if (stack.length >= limits.maxDepth) {
        const tooDeep = tooDeepIssue(limits.maxDepth, pathToPointer(pathOf(stack, stack.length)), at(i));
        return { tooDeep, negativeZero, rootOffset, rootFrame };
      }
      const frame = openFrame(c === LBRACE);
      valueAt(i, frame);
      stack.push(frame);
    } else if (c === RBRACE) {
      if (stack[stack.length - 1]?.object === true) stack.pop();
    } else if (c === RBRACKET) {
      if (stack[stack.length - 1]?.object === false) stack.pop();
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.object) {
          top.expectKey = true;
          top.key = undefined;
        } else {
          top.index++;
          top.awaitValue = true;
        }
      }
    } else if (c === SLASH) {
      const d = text.charCodeAt(i + 1);
      if (d === SLASH) {
        i += 2;
        while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        continue;
      }
      if (d === STAR) {
        const end = text.indexOf('*/', i + 2);
        i = end === -1 ? n : end + 2;
        continue;
      }
    } else if (c === 0x74 /* t */ || c === 0x66 /* f */ || c === 0x6e /* n */) {
      valueAt(i, undefined); // true, false, null (a no-op inside the word: the member is no longer awaited)
    }
    i++;
  }
  return { tooDeep: undefined, negativeZero, rootOffset, rootFrame };
}

// jsonc-parser's ParseErrorCode is a `const enum`, which isolatedModules cannot read; these are its values.
const INVALID_SYMBOL = 1;
const INVALID_NUMBER_FORMAT = 2;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;
const COLON_EXPECTED = 5;
const COMMA_EXPECTED = 6;
const CLOSE_BRACE_EXPECTED = 7;
const CLOSE_BRACKET_EXPECTED = 8;
const END_OF_FILE_EXPECTED = 9;
const INVALID_COMMENT_TOKEN = 10;
const UNEXPECTED_END_OF_COMMENT = 11;
const UNEXPECTED_END_OF_STRING = 12;
const UNEXPECTED_END_OF_NUMBER = 13;
const INVALID_UNICODE = 14;
const INVALID_ESCAPE_CHARACTER = 15;
const INVALID_CHARACTER = 16;

const COMMENT_HINT = 'Remove the comment. If you need comments, write the declaration in YAML, which allows them after a #.';
const BRACKETS_HINT = 'Separate items with commas, and check that every { has a matching } and every [ a matching ].';
const CUT_OFF_HINT = 'The file may have been cut off or not saved completely; check its end.';

function explain(code: number, text: string, offset: number, container: 'object' | 'array' | undefined): { message: string; hint: string } {
  const ch = text.charAt(offset);
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text.charAt(before))) before--;
  const afterComma = text.charAt(before) === ',';
  const atEnd = !/\S/.test(text.slice(offset));
  switch (code) {
    case INVALID_SYMBOL: {
      if (ch === "'") return { message: "Text must be in double quotes (\"), not single quotes (').", hint: 'Replace the single quotes with double quotes.' };
      if (ch === '#' || ch === '/') return { message: 'JSON does not allow comments.', hint: COMMENT_HINT };
      if (/\s/.test(ch)) {
        return { message: `The file contains an unusual space character (${describeChar(ch)}) that JSON does not allow here.`, hint: 'Replace it with an ordinary space.' };
      }
      const word = /^[A-Za-z_$][\w$-]*/.exec(text.slice(offset, offset + 200))?.[0];
      if (word) {
        return {
          message: `Unexpected word ${quote(word)}: text in JSON must be in double quotes, and the only words allowed without quotes are true, false and null.`,
          hint: 'Put the text in double quotes, for example "like this". Property names need double quotes too.',
        };
      }
      return { message: `Unexpected character ${describeChar(ch)}.`, hint: 'Check the punctuation at this point.' };
    }
    case INVALID_NUMBER_FORMAT:
      return {
        message: 'This number is not written the way JSON requires (no leading zeros, no plus sign, digits on both sides of a decimal point).',
        hint: 'Correct the number, or put it in double quotes if it is a code such as a phone number.',
      };
    case PROPERTY_NAME_EXPECTED:
      if (afterComma && ch === '}') return { message: 'There is a comma after the last property of this object.', hint: 'Remove that comma; JSON does not allow a comma just before }.' };
      return { message: 'Expected a property name in double quotes.', hint: 'Write each property as "name": value, with the name in double quotes.' };
    case VALUE_EXPECTED:
      if (afterComma && ch === ']') return { message: 'There is a comma after the last item of this list.', hint: 'Remove that comma; JSON does not allow a comma just before ].' };
      if (afterComma && ch === '}') return { message: 'There is a comma after the last property of this object.', hint: 'Remove that comma; JSON does not allow a comma just before }.' };
      if (atEnd) return { message: 'The file ends where a value was expected.', hint: CUT_OFF_HINT };
      return {
        message: 'Expected a value here: text in double quotes, a number, true, false, null, an object {…} or a list […].',
        hint: 'Check for a missing value or an extra comma.',
      };
    case COLON_EXPECTED:
      return { message: 'Expected a colon (:) after the property name.', hint: 'Write each property as "name": value.' };
    case COMMA_EXPECTED:
      return container === 'array'
        ? { message: 'Expected a comma or a closing bracket (]).', hint: BRACKETS_HINT }
        : { message: 'Expected a comma or a closing brace (}).', hint: BRACKETS_HINT };
    case CLOSE_BRACE_EXPECTED:
      return atEnd
        ? { message: 'The file ends before an object is closed: a closing brace (}) is missing.', hint: `${CUT_OFF_HINT} ${BRACKETS_HINT}` }
        : { message: 'Expected a comma or a closing brace (}).', hint: BRACKETS_HINT };
    case CLOSE_BRACKET_EXPECTED:
      return atEnd
        ? { message: 'The file ends before a list is closed: a closing bracket (]) is missing.', hint: `${CUT_OFF_HINT} ${BRACKETS_HINT}` }
        : { message: 'Expected a comma or a closing bracket (]).', hint: BRACKETS_HINT };
    case END_OF_FILE_EXPECTED:
      return {
        message: 'There is more content after the end of the data.',
        hint: 'A JSON declaration is one object from { to }; remove the extra content, or look for a } that closes the object too early.',
      };
    case INVALID_COMMENT_TOKEN:
      return { message: 'JSON does not allow comments.', hint: COMMENT_HINT };
    case UNEXPECTED_END_OF_COMMENT:
      return { message: 'JSON does not allow comments, and this /* comment is not even closed.', hint: COMMENT_HINT };
    case UNEXPECTED_END_OF_STRING:
      return {
        message: 'A piece of text is missing its closing double quote (").',
        hint: 'Add the closing quote. Text in JSON must stay on one line: write a line break inside it as \\n.',
      };
    case UNEXPECTED_END_OF_NUMBER:
      return { message: 'A number is incomplete (for example, it ends with a decimal point or an "e").', hint: 'Complete or correct the number.' };
    case INVALID_UNICODE:
      return { message: 'A \\u escape must be followed by exactly four hexadecimal digits, such as \\u00e9.', hint: 'Correct the escape, or type the character itself.' };
    case INVALID_ESCAPE_CHARACTER:
      return {
        message: 'A backslash (\\) inside text is followed by a character that JSON does not allow there.',
        hint: 'To write a backslash itself, type it twice, for example "C:\\\\Users".',
      };
    case INVALID_CHARACTER:
      return {
        message: 'Text in double quotes contains a tab or another invisible character, which JSON does not allow.',
        hint: 'Write a tab as \\t and a line break as \\n.',
      };
    default:
      return { message: 'The file is not valid JSON at this point.', hint: 'Check the punctuation at this point.' };
  }
}

const STOP = Symbol('stop');

/** The first syntax error, explained. Only called when JSON.parse failed, on text whose depth is bounded. */
function syntaxIssue(text: string, lines: LineIndex, parseError: unknown): ParseIssue {
  let found: { code: number; offset: number; container: 'object' | 'array' | undefined } | undefined;
  const containers: ('object' | 'array')[] = [];
  try {
    jsonc().visit(
      text,
      {
        onObjectBegin: () => {
          containers.push('object');
        },
        onObjectEnd: () => {
          containers.pop();
        },
        onArrayBegin: () => {
          containers.push('array');
        },
        onArrayEnd: () => {
          containers.pop();
        },
        onError: (code, offset) => {
          found = { code, offset, container: containers[containers.length - 1] };
          throw STOP;
        },
      },
      STRICT,
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }

  if (found === undefined) {
    // jsonc-parser is more lenient than JSON.parse about a few things (for example non-breaking spaces
    // between tokens). Fall back to the position V8 reports, if it reports one.
    const match = /position (\d+)/.exec(parseError instanceof Error ? parseError.message : '');
    const offset = match ? Math.min(Number(match[1]), text.length) : undefined;
    if (offset === undefined) return { code: 'SYNTAX_ERROR', message: 'The file is not valid JSON.', hint: 'Check it with a JSON validator or a text editor that highlights errors.', pointer: '' };
    const pos = lines.position(offset);
    const ch = text.charAt(offset);
    const unusualSpace = /\s/.test(ch) && !/[ \t\r\n]/.test(ch);
    return {
      code: 'SYNTAX_ERROR',
      message: unusualSpace
        ? `The file contains an unusual space character (${describeChar(ch)}) that JSON does not allow outside text.`
        : `The file is not valid JSON at this point (unexpected ${ch === '' ? 'end of file' : describeChar(ch)}).`,
      hint: unusualSpace ? 'Replace it with an ordinary space.' : 'Check the punctuation at this point.',
      pointer: '',
      line: pos.line,
      column: pos.column,
    };
  }

  let pointer = '';
  try {
    const location = jsonc().getLocation(text, found.offset);
    // At a property-name position the last segment is the (unfinished) name itself; point at the object.
    const path = location.isAtPropertyKey ? location.path.slice(0, -1) : location.path;
    pointer = pathToPointer(path);
  } catch {
    pointer = '';
  }
  const pos = lines.position(found.offset);
  return { code: 'SYNTAX_ERROR', ...explain(found.code, text, found.offset, found.container), pointer, line: pos.line, column: pos.column };
}

/**
 * Pointer -> position, from the index the scan kept (each container's member names and where their names
 * and values start). Positions follow jsonc-parser's conventions, which earlier versions used: a value at
 * its first character, a property name at its opening quote. A missing member gives its nearest existing
 * ancestor's position with `exact: false`.
 */
class JsonLocator implements Locator {
  readonly #lines: LineIndex;
  readonly #rootOffset: number;
  readonly #rootFrame: Frame | undefined;

  constructor(lines: LineIndex, rootOffset: number, rootFrame: Frame | undefined) {
    this.#lines = lines;
    this.#rootOffset = rootOffset;
    this.#rootFrame = rootFrame;
  }

  #at(offset: number, exact: boolean): LocatedPosition {
    // Written out rather than spread: this runs for every finding, and object spread is slow here.
    const position = this.#lines.position(offset);
    return { line: position.line, column: position.column, offset: position.offset, exact };
  }

  locate(pointer: string, keyPosition: boolean): LocatedPosition | undefined {
    const path = tryPointerToPath(pointer);
    if (path === undefined || this.#rootOffset === -1) return undefined;
    let offset = this.#rootOffset;
    let frame = this.#rootFrame;
    let keyOffset = -1;
    for (const token of path) {
      let member = -1;
      if (frame !== undefined) member = frame.object ? memberIndex(frame, token) : (arrayIndex(token) ?? -1);
      if (frame === undefined || member === -1 || member >= frame.valueOffsets.length) {
        return this.#at(keyPosition && keyOffset !== -1 ? keyOffset : offset, false);
      }
      keyOffset = frame.object ? frame.keyOffsets[member]! : -1;
      offset = frame.valueOffsets[member]!;
      frame = frame.children[member];
    }
    return this.#at(keyPosition && keyOffset !== -1 ? keyOffset : offset, true);
  }
}

export function parseJsonText(text: string, limits: ParseLimits, lines: LineIndex): FormatOutcome {
  const issues = new IssueList(limits.maxIssues);
  const { tooDeep, negativeZero, rootOffset, rootFrame } = scan(text, limits, lines, issues);
  if (tooDeep) return { ok: false, issues: [tooDeep] };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, lines, error)] };
  }
  if (issues.size > 0) return { ok: false, issues: issues.toArray() };
  if (negativeZero) value = normaliseNegativeZero(value);
  return { ok: true, value, locator: new JsonLocator(lines, rootOffset, rootFrame) };
}
