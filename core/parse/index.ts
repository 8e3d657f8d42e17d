/**
 * The safe parse layer: declaration text (bytes or a string, from a file, stdin or an HTTP body) in,
 * plain JS data plus source positions out, or coded issues a volunteer can act on. The CLI and the
 * HTTP server both call `parseDeclaration`, so they accept and reject exactly the same inputs. It never
 * throws: anything unexpected becomes an INTERNAL_PARSE_ERROR issue.
 *
 * Limits (DEFAULT_PARSE_LIMITS, each overridable per call):
 * - Size: 1 MiB for JSON, 256 KiB for YAML, checked on the byte count before decoding (a string's
 *   UTF-8 length). Oversized input is neither decoded nor hashed (its result has sha256 ''), so it
 *   costs nothing however large it is. YAML is capped lower because it costs far more to parse:
 *   about 0.15 s for a realistic 256 KiB file against 25 ms for 1 MiB of JSON, and up to about 2 s
 *   inside the yaml library for adversarial 256 KiB files (e.g. a tab on every line). A server should
 *   therefore still run YAML under a time limit (HOSTILE-INPUTS section 4).
 * - Nesting: 64 levels of objects/arrays (the root is level 1), found by a non-recursive pre-scan
 *   before anything recursive runs, so 100,000 levels are rejected in microseconds.
 * - Issues: at most 100 per input, in source order.
 *
 * Choices:
 * - Encoding: UTF-8 only, decoded with `fatal: true`, so a bad byte is an error rather than a silent
 *   U+FFFD. UTF-16 is recognised (with or without a byte-order mark) and named in the message.
 * - Byte-order mark: rejected (BOM_NOT_ALLOWED), for JSON, YAML and strings starting with U+FEFF. The
 *   product spec asks for a clear error rather than silent acceptance; RFC 8259 forbids a BOM in JSON
 *   sent over a network; and accepting it in one reader but not another is how "valid in the CLI,
 *   invalid in the API" differences start. Fastify's own JSON parser accepts a BOM, so the server must
 *   pass raw bodies through this module rather than use request.body as parsed by Fastify.
 * - JSON: strict RFC 8259 (no comments, no trailing commas). Duplicate keys, `__proto__` /
 *   `constructor` / `prototype` keys, non-finite numbers, whole numbers beyond 2^53 - 1 and numbers
 *   with more than 30 significant digits are rejected, because JSON.parse would silently keep the last
 *   duplicate, round the number or turn it into null on output. -0 becomes 0. Any top-level value is
 *   returned: requiring an object is the schema's job.
 * - YAML: 1.2 core schema, so `NO`, `yes` and `off` stay strings (no "Norway problem"). Comments are
 *   allowed. Anchors and aliases are rejected outright (so alias bombs cannot exist), as are `<<` merge
 *   keys (YAML 1.2 would silently read them as a literal "<<" property), every explicit tag (`!!binary`
 *   would otherwise become a Buffer, `!!js/function` a string, with a warning on stderr), directives
 *   other than `%YAML 1.2`, and more than one document. Scalar keys are coerced to strings, as JSON
 *   keys are (`1: x` gives the key "1", `true: x` the key "true"); a list or mapping used as a key is
 *   NON_STRING_KEY. The same key, number and depth rules as JSON apply, with the same messages, so a
 *   declaration gets the same verdict in either format. Note that in YAML 1.2 `0777` is the number 777
 *   and `2024-01-01` a string. Duplicate keys are found by our own linear check (the library's own
 *   check is quadratic: seconds for a 200 KB file of many keys).
 * - Lone surrogates in JSON or YAML strings (e.g. "\ud800") are kept as given; see json.ts.
 * - Positions: for JSON, the safe-parse scan keeps where each member's name and value start, and `locate`
 *   walks that index (json.ts). For YAML, most documents are read by js-yaml's event parser (yaml-fast.ts),
 *   whose event offsets are indexed on the first `locate` call; anything unusual is handed to the `yaml`
 *   package, whose document gives the positions (yaml.ts). Either way later calls reuse the index.
 */
import { prepareInput, sha256Hex } from './guards.js';
import type { ParseIssue } from './issues.js';
import { parseJsonText } from './json.js';
import { MAX_ISSUE_POINTER_LENGTH, boundedPointer } from './pointer.js';
import { resolveLimits, type ParseLimits } from './limits.js';
import { LineIndex } from './positions.js';
import type { LocateOptions, LocatedPosition, SourceFormat } from './types.js';
import { parseYamlText } from './yaml.js';

export type { ParseIssue, ParseIssueCode } from './issues.js';
export { PARSE_ISSUE_CODES } from './issues.js';
export type { ParseLimits } from './limits.js';
export { DEFAULT_PARSE_LIMITS } from './limits.js';
export type { LocateOptions, LocatedPosition, SourceFormat, SourcePosition } from './types.js';
export { detectFormat } from './guards.js';
export { escapePointerToken, pathToPointer, pointerToPath } from './pointer.js';

export interface ParsedDocument {
  format: SourceFormat;
  /** As given ('<stdin>', a path, …); '<input>' when none was given. */
  filename: string;
  /** Plain objects, arrays, strings, finite numbers, booleans and null only. */
  value: unknown;
  /** Hex SHA-256 of the original input bytes (of the UTF-8 encoding, for string input). */
  sha256: string;
  /** Size of the input in bytes (UTF-8 length, for string input). */
  byteLength: number;
  /**
   * Source position of the value at `pointer`, or of its property name with `{ keyPosition: true }`.
   * Computed lazily: nothing is computed until first asked; later calls reuse an index. When the
   * pointer does not exist (e.g. a missing property), the nearest existing ancestor's position is
   * returned with `exact: false`. Undefined only for a malformed pointer. Never throws.
   */
  locate(pointer: string, options?: LocateOptions): LocatedPosition | undefined;
}

export type ParseResult =
  | { ok: true; document: ParsedDocument }
  | {
      ok: false;
      issues: ParseIssue[];
      /** Hex SHA-256 of the input bytes; '' for TOO_LARGE, where the input is not hashed, so rejecting it costs O(1). */
      sha256: string;
      /** The format that was requested, named by the extension or detected; undefined when the content could not be read. */
      format: SourceFormat | undefined;
    };

export interface ParseOptions {
  /** Used to pick the format by extension and returned as given. Never opened. */
  filename?: string;
  /** 'auto' (the default): by extension, else JSON if the text starts with { or [, else YAML. */
  format?: SourceFormat | 'auto';
  limits?: Partial<ParseLimits>;
}

function internalIssue(): ParseIssue {
  return {
    code: 'INTERNAL_PARSE_ERROR',
    message: 'campaigncheck failed while reading this file. This is a fault in campaigncheck, not in your file.',
    hint: 'Please report it, with the file if you can share it. Other files are not affected.',
    pointer: '',
  };
}

function safeHash(input: unknown): string {
  try {
    if (typeof input === 'string' || input instanceof Uint8Array) return sha256Hex(input);
  } catch {
    // fall through
  }
  return '';
}

/** Turns declaration text into plain data, or into coded issues. Never throws. */
export function parseDeclaration(input: string | Uint8Array, options?: ParseOptions): ParseResult {
  let sha256 = '';
  let format: SourceFormat | undefined;
  try {
    if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
      return { ok: false, issues: [internalIssue()], sha256: '', format: undefined };
    }
    const filename = typeof options?.filename === 'string' ? options.filename : '<input>';
    const requested = options?.format === 'json' || options?.format === 'yaml' ? options.format : 'auto';
    const limits = resolveLimits(options?.limits);

    let lines: LineIndex | undefined;
    const makeLines = (text: string): LineIndex => (lines ??= new LineIndex(text));
    const prepared = prepareInput(input, filename, requested, limits, makeLines);
    sha256 = prepared.sha256;
    format = prepared.format;
    if (!prepared.ok) return { ok: false, issues: [prepared.issue], sha256, format };

    const text = prepared.text;
    const index = makeLines(text);
    const outcome = format === 'json' ? parseJsonText(text, limits, index) : parseYamlText(text, limits, index);
    if (!outcome.ok) {
      const issues = outcome.issues.slice(0, limits.maxIssues).map((issue) => (issue.pointer.length > MAX_ISSUE_POINTER_LENGTH ? { ...issue, pointer: boundedPointer(issue.pointer) } : issue));
      return { ok: false, issues, sha256, format };
    }

    const locator = outcome.locator;
    const document: ParsedDocument = {
      format: prepared.format,
      filename,
      value: outcome.value,
      sha256,
      byteLength: prepared.byteLength,
      locate(pointer: string, locateOptions?: LocateOptions): LocatedPosition | undefined {
        try {
          return locator.locate(pointer, locateOptions?.keyPosition === true);
        } catch {
          return undefined;
        }
      },
    };
    return { ok: true, document };
  } catch {
    return { ok: false, issues: [internalIssue()], sha256: sha256 || safeHash(input), format };
  }
}
