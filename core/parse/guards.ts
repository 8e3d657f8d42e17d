/**
 * Checks on the raw input, before any parser sees it: size, encoding, byte-order marks, binary
 * content, stray control characters and emptiness. The size check runs on the byte count before
 * anything is decoded or hashed, so an oversized upload costs nothing however large it is.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

import { describeChar, type ParseIssue } from './issues.js';
import { byteLimitFor, formatBytes, type ParseLimits } from './limits.js';
import type { LineIndex } from './positions.js';
import type { SourceFormat } from './types.js';

export type PreparedInput =
  | { ok: true; text: string; format: SourceFormat; sha256: string; byteLength: number }
  | { ok: false; issue: ParseIssue; format: SourceFormat | undefined; sha256: string; byteLength: number };

const FORMAT_NAME: Record<SourceFormat, string> = { json: 'JSON', yaml: 'YAML' };

/** The format named by a file extension (.json, .yaml, .yml; any case), if any. */
export function formatFromFilename(filename: string | undefined): SourceFormat | undefined {
  if (typeof filename !== 'string') return undefined;
  const match = /\.(json|ya?ml)$/i.exec(filename);
  if (!match) return undefined;
  return match[1]!.toLowerCase() === 'json' ? 'json' : 'yaml';
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff;
}

/**
 * The format of a declaration: by extension (.json / .yaml / .yml) when there is one, otherwise JSON
 * when the first non-space character is `{` or `[`, and YAML for anything else.
 */
export function detectFormat(filename: string | undefined, text: string): SourceFormat {
  const byName = formatFromFilename(filename);
  if (byName) return byName;
  const limit = Math.min(text.length, 65_536);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    return c === 0x7b || c === 0x5b ? 'json' : 'yaml';
  }
  return 'yaml';
}

function sniffBytes(bytes: Uint8Array): SourceFormat {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const limit = Math.min(bytes.length, 65_536);
  for (let i = start; i < limit; i++) {
    const c = bytes[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x7b || c === 0x5b ? 'json' : 'yaml';
  }
  return 'yaml';
}

export function sha256Hex(input: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof input === 'string') hash.update(input, 'utf8');
  else hash.update(input);
  return hash.digest('hex');
}

function tooLarge(byteLength: number, format: SourceFormat, limit: number): ParseIssue {
  return {
    code: 'TOO_LARGE',
    message: `The file is ${formatBytes(byteLength)}; the limit for ${FORMAT_NAME[format]} declarations is ${formatBytes(limit)}.`,
    hint:
      'Check that this is the right file. A declaration is normally well under 100 KB; remove anything that is not part of it, such as pasted data or attachments.',
    pointer: '',
  };
}

const BOM_ISSUE: ParseIssue = {
  code: 'BOM_NOT_ALLOWED',
  message: 'The file starts with an invisible byte-order mark (BOM).',
  hint: 'Save the file as "UTF-8 without BOM" (in most editors this is a choice in the encoding or "Save as" menu).',
  pointer: '',
  line: 1,
  column: 1,
};

function utf16Issue(variant: string): ParseIssue {
  return {
    code: 'INVALID_ENCODING',
    message: `The file is saved as ${variant} text; campaigncheck only reads UTF-8.`,
    hint: 'Open it in a text editor and save it as UTF-8 (in many editors: "Save as", then choose the encoding "UTF-8").',
    pointer: '',
  };
}

const BINARY_ISSUE: ParseIssue = {
  code: 'BINARY_CONTENT',
  message:
    'The file does not contain text: it looks like binary data, such as a spreadsheet, a PDF, an image or a zip file.',
  hint: 'Choose the declaration itself, saved as a .yaml or .json text file.',
  pointer: '',
};

const EMPTY_FILE: ParseIssue = {
  code: 'EMPTY_DOCUMENT',
  message: 'The file is empty.',
  hint: 'Check that the right file was chosen, and that it was saved before checking.',
  pointer: '',
};

const BLANK_FILE: ParseIssue = {
  code: 'EMPTY_DOCUMENT',
  message: 'The file contains only blank space.',
  hint: 'Check that the right file was chosen, and that it was saved before checking.',
  pointer: '',
};

/** 'UTF-16LE' / 'UTF-16BE' when NUL bytes alternate the way they do in UTF-16 text without a BOM. */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'UTF-16 (little-endian)';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'UTF-16 (big-endian)';
  return undefined;
}

function isControlByte(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;
}

/** Binary when more than 5% of the first 8 KB (and at least 4 bytes) are control characters. */
function mostlyControl(count: number, window: number): boolean {
  return count >= 4 && count * 20 > window;
}

/** Index of the first byte that starts an invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    if (i + need > n - 1) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) {
      return i; // overlong form, UTF-16 surrogate, or beyond U+10FFFF
    }
    i += need + 1;
  }
  return -1;
}

function invalidUtf8Issue(bytes: Uint8Array): ParseIssue {
  const at = firstInvalidUtf8(bytes);
  const issue: ParseIssue = {
    code: 'INVALID_ENCODING',
    message: 'The file is not valid UTF-8 text.',
    hint: 'Open it in a text editor and save it as UTF-8 (in many editors: "Save as", then choose the encoding "UTF-8").',
    pointer: '',
  };
  if (at < 0) return issue;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at));
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  issue.message = `The file is not valid UTF-8 text: line ${line} contains a byte (0x${byte}) that UTF-8 does not allow. It was probably saved in another encoding, such as Windows-1252 or Latin-1.`;
  issue.line = line;
  issue.column = before.length + 1;
  return issue;
}

// C0 controls other than tab, LF and CR: not allowed unescaped in JSON, and not printable in YAML.
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Checks shared by byte and string input once the text is decoded. */
function checkText(text: string, lines: LineIndex): ParseIssue | undefined {
  if (text.length === 0) return EMPTY_FILE;
  const first = text.search(CONTROL_CHAR);
  if (first !== -1) {
    if (text.includes('\u0000')) return BINARY_ISSUE;
    const window = text.length > 8192 ? text.slice(0, 8192) : text;
    const count = window.match(CONTROL_CHARS)?.length ?? 0;
    if (mostlyControl(count, window.length)) return BINARY_ISSUE;
    const pos = lines.position(first);
    return {
      code: 'SYNTAX_ERROR',
      message: `Line ${pos.line}, column ${pos.column} contains an invisible control character (${describeChar(text.charAt(first))}), which is not allowed in a declaration.`,
      hint: 'Delete the character. Such characters usually come from copying text out of another program; to include one in a value, write it as an escape such as \\t.',
      pointer: '',
      line: pos.line,
      column: pos.column,
    };
  }
  if (!/\S/.test(text)) return BLANK_FILE;
  return undefined;
}

/**
 * Measures, hashes and decodes the input, and applies the size, encoding and content checks.
 * `makeLines` gives the caller's line index for the decoded text, so it is built at most once.
 * Oversized input is rejected from its length alone: it is neither decoded nor hashed (sha256 '').
 */
export function prepareInput(
  input: string | Uint8Array,
  filename: string,
  requested: SourceFormat | 'auto',
  limits: ParseLimits,
  makeLines: (text: string) => LineIndex,
): PreparedInput {
  const named: SourceFormat | undefined = requested === 'json' || requested === 'yaml' ? requested : formatFromFilename(filename);

  if (typeof input === 'string') {
    const byteLength = Buffer.byteLength(input, 'utf8');
    const format = named ?? detectFormat(undefined, input);
    const limit = byteLimitFor(format, limits);
    // Oversized input is not hashed: rejecting it must cost O(1), whatever its size.
    if (byteLength > limit) return { ok: false, issue: tooLarge(byteLength, format, limit), format, sha256: '', byteLength };
    const sha256 = sha256Hex(input);
    const fail = (issue: ParseIssue, known: SourceFormat | undefined = format) =>
      ({ ok: false, issue, format: known, sha256, byteLength }) as const;
    if (input.charCodeAt(0) === 0xfeff) return fail(BOM_ISSUE);
    const issue = checkText(input, makeLines(input));
    if (issue) return fail(issue, issue.code === 'BINARY_CONTENT' ? named : format);
    return { ok: true, text: input, format, sha256, byteLength };
  }

  const bytes = input;
  const byteLength = bytes.byteLength;

  // 1. Size, from the byte count alone (and the first non-space byte when the format is not given).
  const sizeFormat = named ?? sniffBytes(bytes);
  const limit = byteLimitFor(sizeFormat, limits);
  if (byteLength > limit) return { ok: false, issue: tooLarge(byteLength, sizeFormat, limit), format: sizeFormat, sha256: '', byteLength };

  const sha256 = sha256Hex(bytes);
  const fail = (issue: ParseIssue, known: SourceFormat | undefined = named) =>
    ({ ok: false, issue, format: known, sha256, byteLength }) as const;
  if (byteLength === 0) return fail(EMPTY_FILE);

  // 2. Byte-order marks.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(utf16Issue(bytes[0] === 0xff && bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32 or UTF-16' : 'UTF-16'));
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fail(BOM_ISSUE);

  // 3. Binary content: NUL bytes, or mostly control bytes. UTF-16 without a BOM shows up here too.
  if (bytes.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    return fail(utf16 ? utf16Issue(utf16) : BINARY_ISSUE);
  }
  const window = Math.min(byteLength, 8192);
  let controls = 0;
  for (let i = 0; i < window; i++) if (isControlByte(bytes[i]!)) controls++;
  if (mostlyControl(controls, window)) return fail(BINARY_ISSUE);

  // 4. Strict UTF-8 decoding: no silent U+FFFD replacement.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(invalidUtf8Issue(bytes));
  }

  const format = named ?? detectFormat(undefined, text);
  const issue = checkText(text, makeLines(text));
  if (issue) return fail(issue, format);
  return { ok: true, text, format, sha256, byteLength };
}
