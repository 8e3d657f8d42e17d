/**
 * YAML, in five steps, each bounded before the next runs:
 *   1. a cheap character pre-scan rejects deep flow nesting (`[[[[…`) and compact block nesting
 *      (`- - - …`) before the yaml library sees the text;
 *   2. the library's parser builds a concrete syntax tree (it is iterative, so this is stack-safe);
 *   3. an iterative walk over that tree gives the exact nesting depth and finds every anchor, alias,
 *      tag, `<<` merge key, directive and extra document, with offsets;
 *   4. only then does the library's composer (which is recursive) build the first document, unless
 *      step 3 already filled the issue list or found more syntax errors than would be reported;
 *   5. a walk over the document finds duplicate, forbidden and non-string keys and unsafe numbers.
 * The yaml library recurses once per nesting level, and at about 10,000 levels Node 20 has been seen
 * to die with a fatal "RegExpCompiler Allocation failed" out-of-memory error rather than a catchable
 * RangeError, so steps 1-3 are what keep the process alive, not a try/catch.
 *
 * Between steps 1 and 2, ordinary declarations take a fast path (yaml-fast.ts: js-yaml's event parser,
 * 4-7 times faster than steps 2-5). It only ever accepts; anything unusual, and every error, comes back
 * here, so the issues, their wording and positions are always those of steps 2-5.
 */
import { createRequire } from 'node:module';
import type * as YamlPackage from 'yaml';
import type { CST, Document, ErrorCode, LineCounter, Pair, YAMLError } from 'yaml';

import {
  IssueList,
  clip,
  duplicateKeyIssue,
  forbiddenKeyIssue,
  isForbiddenKey,
  quote,
  tooDeepIssue,
  type ParseIssue,
  type ParseIssueCode,
} from './issues.js';
import type { ParseLimits } from './limits.js';
import { arrayIndex, pathToPointer, tryPointerToPath } from './pointer.js';
import type { LineIndex } from './positions.js';
import type { FormatOutcome, LocatedPosition, Locator } from './types.js';
import { normaliseNegativeZero, numberProblem } from './values.js';
import { parseYamlFast } from './yaml-fast.js';

/**
 * The options the yaml library is run with; see the module comment in index.ts for why.
 * `uniqueKeys` is deliberately false: the library compares every new key with every earlier key of
 * the same mapping, which is quadratic (6.3 s for a 214 KB file of 23,000 keys, against 0.8 s
 * without). Step 5 finds duplicates itself with a Map, in linear time, and reports both lines.
 */
// The `yaml` package is loaded on the first YAML document that needs it: JSON never does, most YAML takes the
// fast path (yaml-fast.ts), and loading it is a noticeable part of the CLI's start-up.
const requireModule = createRequire(import.meta.url);
let yamlPackage: typeof YamlPackage | undefined;
function yaml(): typeof YamlPackage {
  return (yamlPackage ??= requireModule('yaml') as typeof YamlPackage);
}

export const YAML_PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  strict: true,
  prettyErrors: true,
  stringKeys: true,
  intAsBigInt: false,
  logLevel: 'silent',
} as const;

type YamlDocument = Document.Parsed;
type AstNode = unknown;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isBlankOrEnd(code: number): boolean {
  return Number.isNaN(code) || code === SPACE || code === TAB || code === LF || code === CR;
}

function isFlowIndicator(code: number): boolean {
  return code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;
}

function lineEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
  return j;
}

function skipDoubleQuoted(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j += 2;
    else if (c === 0x22) return j + 1;
    else j++;
  }
  return text.length;
}

function skipSingleQuoted(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    if (text.charCodeAt(j) === 0x27) {
      if (text.charCodeAt(j + 1) === 0x27) j += 2;
      else return j + 1;
    } else j++;
  }
  return text.length;
}

/**
 * Step 1: a linear, allocation-free estimate of nesting. It counts `[`/`{` that open flow collections
 * (skipping quoted text, comments and block scalars) plus compact block indicators at the start of a
 * line (`- - x`, `? ? x`). It is exact for ordinary files and errs low on odd ones, which step 3 then
 * catches exactly. Returns the offset where the limit is passed, or undefined.
 */
export function prescanYamlDepth(text: string, maxDepth: number): number | undefined {
  const n = text.length;
  let i = 0;
  let flow = 0;
  let base = 0;
  let blockScalarIndent = -1;
  while (i < n) {
    // At the start of a line.
    let indent = 0;
    while (i < n && text.charCodeAt(i) === SPACE) {
      i++;
      indent++;
    }
    if (blockScalarIndent >= 0) {
      let j = i;
      while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
      const blank = j >= n || text.charCodeAt(j) === LF || text.charCodeAt(j) === CR;
      if (blank || indent > blockScalarIndent) {
        i = lineEnd(text, i);
        if (text.charCodeAt(i) === CR) i++;
        if (text.charCodeAt(i) === LF) i++;
        continue;
      }
      blockScalarIndent = -1;
    }
    let indicators = 0;
    let atNodeStart = true;
    let afterBlank = true;
    if (indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i)) && isBlankOrEnd(text.charCodeAt(i + 3))) {
      flow = 0; // a document marker ends any flow collection
      i += 3;
    }
    if (flow === 0) {
      for (;;) {
        while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
        const c = text.charCodeAt(i);
        if ((c === 0x2d || c === 0x3f || c === 0x3a) && isBlankOrEnd(text.charCodeAt(i + 1))) {
          indicators++;
          if (indicators > maxDepth) return i;
          i++;
          continue;
        }
        break;
      }
    }
    const lineIndent = indent;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        i++;
        break;
      }
      if (c === CR) {
        i++;
        if (text.charCodeAt(i) === LF) i++;
        break;
      }
      if (c === SPACE || c === TAB) {
        afterBlank = true;
        i++;
        continue;
      }
      if (c === 0x23 /* # */ && afterBlank) {
        i = lineEnd(text, i);
        continue;
      }
      afterBlank = false;
      if (atNodeStart) {
        if (c === 0x22) {
          i = skipDoubleQuoted(text, i);
          atNodeStart = false;
          continue;
        }
        if (c === 0x27) {
          i = skipSingleQuoted(text, i);
          atNodeStart = false;
          continue;
        }
        if (flow === 0 && (c === 0x7c /* | */ || c === 0x3e) /* > */) {
          blockScalarIndent = lineIndent;
          i = lineEnd(text, i);
          continue;
        }
        if (c === 0x21 /* ! */ || c === 0x26 /* & */) {
          // A tag or anchor before a node: the node still starts after it.
          while (i < n && !isBlankOrEnd(text.charCodeAt(i)) && !(flow > 0 && isFlowIndicator(text.charCodeAt(i)))) i++;
          continue;
        }
      }
      const next = text.charCodeAt(i + 1);
      if (c === 0x5b || c === 0x7b) {
        if (flow > 0 || atNodeStart) {
          if (flow === 0) base = indicators;
          flow++;
          if (flow + base > maxDepth) return i;
          atNodeStart = true;
          i++;
          continue;
        }
      } else if (flow > 0 && (c === 0x5d || c === 0x7d)) {
        flow--;
        atNodeStart = false;
        i++;
        continue;
      } else if (flow > 0 && c === 0x2c) {
        atNodeStart = true;
        i++;
        continue;
      } else if (c === 0x3a && (flow > 0 || isBlankOrEnd(next))) {
        atNodeStart = true;
        i++;
        continue;
      } else if ((c === 0x2d || c === 0x3f) && atNodeStart && isBlankOrEnd(next)) {
        i++;
        continue;
      }
      atNodeStart = false;
      i++;
    }
  }
  return undefined;
}

const MERGE_HINT =
  'Write the properties out in full in this mapping. (Otherwise "<<" would be read as an ordinary property name and the merge silently ignored.)';

const NO_ANCHORS_HINT =
  'Write the content out in full wherever it is needed. Declarations do not allow anchors (&name) or aliases (*name), which keeps them unambiguous and safe to read.';

interface CstEntry {
  token: CST.Token;
  depth: number;
  parent: CstEntry | undefined;
  /** The item index in a sequence, or the key token in a mapping (resolved only if a pointer is needed). */
  segment: number | CST.Token | null | undefined;
}

function cstPointer(entry: CstEntry | undefined): string {
  const path: (string | number)[] = [];
  for (let e = entry; e !== undefined; e = e.parent) {
    if (typeof e.segment === 'number') path.push(e.segment);
    else if (e.segment !== undefined) path.push(keySegment(e.segment));
  }
  return pathToPointer(path.reverse());
}

function keySegment(key: CST.Token | null | undefined): string {
  if (!key) return '';
  if (key.type === 'scalar' || key.type === 'single-quoted-scalar' || key.type === 'double-quoted-scalar' || key.type === 'block-scalar') {
    try {
      return yaml().CST.resolveAsScalar(key)?.value ?? '';
    } catch {
      return '';
    }
  }
  return '';
}

interface Context {
  limits: ParseLimits;
  issues: IssueList;
  position: (offset: number) => { line: number; column: number };
  /** Error tokens in the syntax tree: how many, and the first few (the library's own wording). */
  cstErrors: { count: number; first: { offset: number; message: string }[] };
}

function noteCstError(token: CST.ErrorToken, ctx: Context): void {
  ctx.cstErrors.count++;
  if (ctx.cstErrors.first.length < ctx.limits.maxIssues) ctx.cstErrors.first.push({ offset: token.offset, message: token.message });
}

/** Adds an issue found in the syntax tree; the pointer and position are only worked out if there is room. */
function report(ctx: Context, code: ParseIssueCode, message: string, hint: string, entry: CstEntry | undefined, offset: number): void {
  if (ctx.issues.full) return;
  ctx.issues.add({ code, message, hint, pointer: cstPointer(entry), ...ctx.position(offset) }, offset);
}

const TAG_HINT = 'Remove the tag and write the value as plain text, a number, true or false, a list or a mapping.';

function checkProps(tokens: readonly CST.Token[] | undefined, ctx: Context, entry: CstEntry | undefined): void {
  if (!tokens) return;
  for (const token of tokens) {
    if (token.type === 'error') noteCstError(token, ctx);
    else if (token.type === 'anchor') {
      report(ctx, 'YAML_ALIAS_UNSUPPORTED', `Anchors such as ${quote(token.source)} are not supported in declarations.`, NO_ANCHORS_HINT, entry, token.offset);
    } else if (token.type === 'tag') {
      report(ctx, 'YAML_TAG_UNSUPPORTED', `Type tags such as ${quote(token.source)} are not supported in declarations.`, TAG_HINT, entry, token.offset);
    }
  }
}

/** Step 3. Returns a TOO_DEEP issue (and stops) when the tree is too deep; other findings go to ctx.issues. */
function checkCst(
  tokens: readonly CST.Token[],
  ctx: Context,
): { tooDeep: ParseIssue | undefined; documents: number; firstHasContent: boolean; secondDocument: number } {
  let documents = 0;
  let firstHasContent = false;
  let secondDocument = -1;
  for (let t = 0; t < tokens.length; t++) {
    const top = tokens[t]!;
    if (top.type === 'error') {
      noteCstError(top, ctx);
      continue;
    }
    if (top.type === 'directive') {
      if (!/^%YAML[ \t]+1\.2[ \t]*(?:#.*)?$/.test(top.source)) {
        const message = `The directive ${quote(top.source)} is not supported; declarations are always read as YAML 1.2.`;
        report(ctx, 'YAML_DIRECTIVE_UNSUPPORTED', message, 'Delete the line that starts with %.', undefined, top.offset);
      }
      continue;
    }
    if (top.type === 'doc-end') {
      checkProps(top.end, ctx, undefined);
      continue;
    }
    if (top.type !== 'document') continue;
    documents++;
    if (documents === 2) {
      secondDocument = t;
      const { line, column } = ctx.position(top.offset);
      ctx.issues.add(
        {
          code: 'YAML_MULTI_DOCUMENT',
          message: `The file contains more than one YAML document: a second one starts at line ${line}.`,
          hint: 'A declaration is a single document. Remove the "---" line that starts the second one (a "---" on the very first line is fine), or split the file in two.',
          pointer: '',
          line,
          column,
        },
        top.offset,
      );
    }
    checkProps(top.start, ctx, undefined);
    checkProps(top.end, ctx, undefined);
    if (documents === 1) firstHasContent = top.value !== undefined || top.start.some((t) => t.type === 'tag' || t.type === 'anchor');
    if (!top.value) continue;

    const stack: CstEntry[] = [{ token: top.value, depth: 0, parent: undefined, segment: undefined }];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      const token = entry.token;
      switch (token.type) {
        case 'block-map':
        case 'block-seq':
        case 'flow-collection': {
          const depth = entry.depth + 1;
          if (depth > ctx.limits.maxDepth) {
            return {
              tooDeep: tooDeepIssue(ctx.limits.maxDepth, cstPointer(entry), ctx.position(token.offset)),
              documents,
              firstHasContent,
              secondDocument,
            };
          }
          const sequence = token.type === 'block-seq' || (token.type === 'flow-collection' && token.start.source === '[');
          if (token.type === 'flow-collection') checkProps(token.end, ctx, entry);
          const items: readonly CST.CollectionItem[] = token.items;
          for (let k = items.length - 1; k >= 0; k--) {
            const item = items[k]!;
            const segment = sequence ? k : item.key;
            const itemEntry: CstEntry = { token: item.value ?? item.key ?? token, depth, parent: entry, segment };
            checkProps(item.start, ctx, itemEntry);
            checkProps(item.sep, ctx, itemEntry);
            if (item.key && item.key.type === 'scalar' && item.key.source === '<<') {
              report(ctx, 'YAML_MERGE_UNSUPPORTED', 'The merge key "<<" is not supported in declarations.', MERGE_HINT, itemEntry, item.key.offset);
            }
            if (item.value) stack.push({ token: item.value, depth, parent: entry, segment });
            if (item.key) stack.push({ token: item.key, depth, parent: entry, segment });
          }
          break;
        }
        case 'alias':
          report(ctx, 'YAML_ALIAS_UNSUPPORTED', `Aliases such as ${quote(token.source)} are not supported in declarations.`, NO_ANCHORS_HINT, entry, token.offset);
          checkProps(token.end, ctx, entry);
          break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
          checkProps(token.end, ctx, entry);
          break;
        case 'block-scalar':
          checkProps(token.props, ctx, entry);
          break;
        case 'error':
          noteCstError(token, ctx);
          break;
        default:
          break;
      }
    }
  }
  return { tooDeep: undefined, documents, firstHasContent, secondDocument };
}

/** Library error codes that steps 3 and 5 already report in their own words. */
const REPORTED_ELSEWHERE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_DIRECTIVE',
  'DUPLICATE_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'TAG_RESOLVE_FAILED',
]);

const INDENT_HINT = 'Make sure items at the same level start in the same column, using spaces only.';

function explainYamlError(error: YAMLError): { message: string; hint: string } {
  const libraryText = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'A tab is used for indentation on this line; YAML only allows spaces.',
        hint: 'Replace the tabs at the start of the line with spaces (many editors can "convert indentation to spaces").',
      };
    case 'BAD_INDENT':
      if (/^Flow sequence/.test(libraryText)) {
        return {
          message: 'A list in brackets [ ] is not closed: a closing bracket (]) is missing, or the next line is not indented enough.',
          hint: 'Add the ], or indent the continuation lines further than the line where the list starts.',
        };
      }
      if (/^Flow mapping/.test(libraryText)) {
        return {
          message: 'A mapping in braces { } is not closed: a closing brace (}) is missing, or the next line is not indented enough.',
          hint: 'Add the }, or indent the continuation lines further than the line where the mapping starts.',
        };
      }
      return { message: 'The indentation here does not line up with the lines around it.', hint: INDENT_HINT };
    case 'MISSING_CHAR':
      if (/quote/i.test(libraryText)) {
        return {
          message: 'A quoted piece of text is missing its closing quote mark.',
          hint: "Add the closing quote. Inside single quotes, write an apostrophe as two: ''.",
        };
      }
      if (libraryText.includes(']')) return { message: 'A list in brackets [ ] is missing its closing bracket (]).', hint: 'Add the closing bracket.' };
      if (libraryText.includes('}')) return { message: 'A mapping in braces { } is missing its closing brace (}).', hint: 'Add the closing brace.' };
      if (libraryText.includes(',')) return { message: 'A comma is missing between items in brackets.', hint: 'Separate the items with commas.' };
      return { message: 'Something is missing here, such as a closing quote, bracket or brace.', hint: 'Check the punctuation at this point.' };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'A property name must fit on one line and be followed by a colon and a space ("name: value").',
        hint: 'Check for a missing colon, or for text that should be indented under the line above.',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { message: 'A property name cannot be a block of text.', hint: 'Check the indentation and the colons around this line.' };
    case 'BAD_SCALAR_START':
      return {
        message: 'A value cannot start with this character in YAML.',
        hint: 'Put the value in quotes. Text that starts with @, `, %, |, >, [, {, & or * needs quotes.',
      };
    case 'BAD_DQ_ESCAPE':
      return {
        message: 'A backslash (\\) in double-quoted text is followed by a character YAML does not allow there.',
        hint: 'Type the backslash twice (\\\\), or use single quotes, where a backslash has no special meaning.',
      };
    case 'BLOCK_IN_FLOW':
      return { message: 'An indented block cannot be used inside [ ] or { }.', hint: 'Write the list or mapping either fully in brackets or fully with indentation.' };
    case 'KEY_OVER_1024_CHARS':
      return { message: 'A property name is longer than 1024 characters.', hint: 'Shorten the name, and check for a missing line break or colon.' };
    case 'UNEXPECTED_TOKEN':
      return {
        message: `Something unexpected appears here (${clip(libraryText, 100)}).`,
        hint: 'Check the indentation and punctuation at this point; text that starts with a special character needs quotes.',
      };
    default:
      return {
        message: `The file is not valid YAML at this point (${clip(libraryText, 100)}).`,
        hint: 'Check the indentation and punctuation at this point.',
      };
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range ? range[0] : undefined;
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range !== undefined && range[0]! <= offset && offset < range[2]!;
}

/** The pointer of the deepest node around `offset`, for syntax errors. */
function pointerAt(doc: YamlDocument, offset: number): string {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (let guard = 0; guard < 1000 && node; guard++) {
    let next: unknown;
    if (yaml().isMap(node)) {
      for (const pair of node.items) {
        if (contains(pair.key, offset) || contains(pair.value, offset)) {
          path.push(yaml().isScalar(pair.key) ? String(pair.key.value) : '');
          next = contains(pair.value, offset) ? pair.value : undefined;
          break;
        }
      }
    } else if (yaml().isSeq(node)) {
      node.items.forEach((item, index) => {
        if (next === undefined && contains(item, offset)) {
          path.push(index);
          next = item;
        }
      });
    }
    node = next;
  }
  return pathToPointer(path);
}

/** Step 5: keys, numbers and exact depth, on the composed document. */
function checkDocument(doc: YamlDocument, ctx: Context): { negativeZero: boolean } {
  let negativeZero = false;
  const path: (string | number)[] = [];
  const { issues, limits, position } = ctx;

  const visit = (node: AstNode, depth: number): void => {
    if (issues.full) return;
    if (yaml().isMap(node) || yaml().isSeq(node)) {
      if (depth + 1 > limits.maxDepth) {
        const offset = rangeStart(node) ?? 0;
        issues.add(tooDeepIssue(limits.maxDepth, pathToPointer(path), position(offset)), offset);
        return;
      }
    }
    if (yaml().isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items as Pair<unknown, unknown>[]) {
        const key = pair.key;
        const keyOffset = rangeStart(key) ?? rangeStart(node) ?? 0;
        if (!yaml().isScalar(key)) {
          issues.add(
            {
              code: 'NON_STRING_KEY',
              message: 'A property name must be plain text, but here it is a list or a mapping.',
              hint: 'Use a simple name before the colon, such as "purpose: …".',
              pointer: pathToPointer(path),
              ...position(keyOffset),
            },
            keyOffset,
          );
          continue;
        }
        const name = typeof key.value === 'string' ? key.value : String(key.value);
        path.push(name);
        if (isForbiddenKey(name)) issues.add(forbiddenKeyIssue(name, pathToPointer(path), position(keyOffset)), keyOffset);
        const first = seen.get(name);
        if (first === undefined) seen.set(name, keyOffset);
        else issues.add(duplicateKeyIssue(name, position(first).line, pathToPointer(path), position(keyOffset)), keyOffset);
        visit(pair.value, depth + 1);
        path.pop();
      }
    } else if (yaml().isSeq(node)) {
      node.items.forEach((item, index) => {
        path.push(index);
        visit(item, depth + 1);
        path.pop();
      });
    } else if (yaml().isScalar(node)) {
      const value: unknown = node.value;
      if (typeof value === 'number') {
        if (value === 0 && 1 / value < 0) negativeZero = true;
        const literal = typeof node.source === 'string' ? node.source : String(value);
        const problem = numberProblem(literal, value);
        if (problem) {
          const offset = rangeStart(node) ?? 0;
          issues.add({ code: 'UNSAFE_NUMBER', ...problem, pointer: pathToPointer(path), ...position(offset) }, offset);
        }
      } else if (value !== null && typeof value !== 'string' && typeof value !== 'boolean' && !issues.has('YAML_TAG_UNSUPPORTED')) {
        // Cannot happen without a tag, and tags are rejected in step 3; kept as a safety net.
        const offset = rangeStart(node) ?? 0;
        issues.add(
          {
            code: 'YAML_TAG_UNSUPPORTED',
            message: 'This value has a type that declarations do not support.',
            hint: 'Write the value as plain text, a number, true or false.',
            pointer: pathToPointer(path),
            ...position(offset),
          },
          offset,
        );
      }
    } else if (yaml().isAlias(node)) {
      // Already reported in step 3.
    }
  };

  visit(doc.contents, 0);
  return { negativeZero };
}

/** Pointer -> position over the composed document; per-mapping key indexes are built on first use. */
class YamlLocator implements Locator {
  readonly #doc: YamlDocument;
  readonly #lineCounter: LineCounter;
  readonly #members = new WeakMap<object, Map<string, Pair<unknown, unknown>>>();

  constructor(doc: YamlDocument, lineCounter: LineCounter) {
    this.#doc = doc;
    this.#lineCounter = lineCounter;
  }

  #membersOf(map: { items: Pair<unknown, unknown>[] }): Map<string, Pair<unknown, unknown>> {
    let index = this.#members.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (yaml().isScalar(pair.key)) index.set(String(pair.key.value), pair);
      }
      this.#members.set(map, index);
    }
    return index;
  }

  #at(node: unknown, exact: boolean): LocatedPosition | undefined {
    const offset = rangeStart(node);
    if (offset === undefined) return undefined;
    const { line, col } = this.#lineCounter.linePos(offset);
    return { line, column: col, offset, exact };
  }

  locate(pointer: string, keyPosition: boolean): LocatedPosition | undefined {
    const path = tryPointerToPath(pointer);
    if (path === undefined) return undefined;
    let node: unknown = this.#doc.contents;
    if (!node) return undefined;
    let keyNode: unknown;
    for (const token of path) {
      let next: unknown;
      let nextKey: unknown;
      if (yaml().isMap(node)) {
        const pair = this.#membersOf(node as { items: Pair<unknown, unknown>[] }).get(token);
        if (pair) {
          nextKey = pair.key;
          // `? key` with no value has no value node: point at the key.
          next = pair.value ?? pair.key;
        }
      } else if (yaml().isSeq(node)) {
        const index = arrayIndex(token);
        if (index !== undefined) next = node.items[index];
      }
      if (next === undefined || next === null) return this.#at(keyPosition && keyNode ? keyNode : node, false);
      node = next;
      keyNode = nextKey;
    }
    return this.#at(keyPosition && keyNode ? keyNode : node, true);
  }
}

let fastPathEnabled = true;

/**
 * Internal, for tests and benchmarks only (not part of the parse API): runs `run` with the fast path
 * switched off, so every YAML text goes through steps 2-5 alone. The differential property test
 * compares the two paths with it.
 */
export function withYamlFastPathDisabled<T>(run: () => T): T {
  const before = fastPathEnabled;
  fastPathEnabled = false;
  try {
    return run();
  } finally {
    fastPathEnabled = before;
  }
}

export function parseYamlText(text: string, limits: ParseLimits, lines: LineIndex): FormatOutcome {
  // Step 1, before either parser sees the text.
  const deepAt = prescanYamlDepth(text, limits.maxDepth);
  if (deepAt !== undefined) return { ok: false, issues: [tooDeepIssue(limits.maxDepth, '', lines.position(deepAt))] };

  // The fast path answers for ordinary declarations; it hands everything else (and every error) to steps 2-5.
  const slowPath = (): FormatOutcome => parseYamlSlow(text, limits);
  if (fastPathEnabled) {
    const fast = parseYamlFast(text, limits, lines, slowPath);
    if (fast) return fast;
  }
  return slowPath();
}

/** Steps 2-5, on text that has passed step 1. */
function parseYamlSlow(text: string, limits: ParseLimits): FormatOutcome {
  // Step 2.
  const lineCounter = new (yaml().LineCounter)();
  const tokens = Array.from(new (yaml().Parser)(lineCounter.addNewLine).parse(text));
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const issues = new IssueList(limits.maxIssues);
  const ctx: Context = { limits, issues, position, cstErrors: { count: 0, first: [] } };

  // Step 3.
  const { tooDeep, documents, firstHasContent, secondDocument } = checkCst(tokens, ctx);
  if (tooDeep) return { ok: false, issues: [tooDeep] };
  // Composing costs seconds on 256 KiB of broken YAML (one library error object per fault). Skip it
  // when the answer is already known: the issue list is full, or the tree has more errors than we
  // would report anyway (then they are reported in the library's wording).
  if (issues.full) return { ok: false, issues: issues.toArray() };
  if (ctx.cstErrors.count > limits.maxIssues) {
    for (const error of ctx.cstErrors.first) {
      issues.add(
        {
          code: 'SYNTAX_ERROR',
          message: `The file is not valid YAML at this point (${clip(error.message, 100)}).`,
          hint: 'Check the indentation and punctuation at this point.',
          pointer: '',
          ...position(error.offset),
        },
        error.offset,
      );
    }
    return { ok: false, issues: issues.toArray() };
  }
  if (!firstHasContent && documents <= 1) {
    if (issues.size > 0) return { ok: false, issues: issues.toArray() };
    return {
      ok: false,
      issues: [
        {
          code: 'EMPTY_DOCUMENT',
          message: 'The file contains no data, only comments or a document marker (---).',
          hint: 'Add the declaration content, or check that the right file was chosen.',
          pointer: '',
        },
      ],
    };
  }

  // Step 4.
  const composer = new (yaml().Composer)({ ...YAML_PARSE_OPTIONS, lineCounter });
  // Only the first document is composed: any further one is already an error.
  const docs = Array.from(composer.compose(secondDocument === -1 ? tokens : tokens.slice(0, secondDocument)));
  const doc = docs[0];
  if (!doc) return { ok: false, issues: issues.toArray() }; // not reached: step 3 saw a document

  let syntaxErrors = 0;
  for (const error of [...doc.errors, ...doc.warnings]) {
    if (REPORTED_ELSEWHERE.has(error.code)) continue;
    const offset = error.pos[0];
    if (error.code === 'RESOURCE_EXHAUSTION') return { ok: false, issues: [tooDeepIssue(limits.maxDepth, '', position(offset))] };
    syntaxErrors++;
    if (issues.full) continue; // pointerAt walks the document: do it for at most maxIssues errors
    issues.add({ code: 'SYNTAX_ERROR', ...explainYamlError(error), pointer: pointerAt(doc, offset), ...position(offset) }, offset);
  }

  // Step 5, skipped after syntax errors: a document the library had to repair can report keys that are not really there.
  let negativeZero = false;
  if (syntaxErrors === 0) negativeZero = checkDocument(doc, ctx).negativeZero;
  if (issues.size > 0 || documents > 1) return { ok: false, issues: issues.toArray() };

  // maxAliasCount 0 is a second lock on alias expansion; step 3 has already rejected every alias.
  let value: unknown = doc.toJS({ maxAliasCount: 0 });
  if (negativeZero) value = normaliseNegativeZero(value);
  return { ok: true, value, locator: new YamlLocator(doc, lineCounter) };
}
