/**
 * Making user strings safe for each output. Every string in a result may come from the declaration (names,
 * labels, messages that quote them, file names), so every format treats every string as hostile:
 *   - cleanText: no control characters, no ANSI/OSC escape sequences, no bidirectional overrides, no lone
 *     surrogates; line breaks and tabs become spaces. Used by the human formats (text, Markdown, HTML).
 *   - escapeHtml: for HTML built outside Handlebars (the Markdown formatter's raw HTML).
 *   - escapeMarkdown: for inline GitHub-flavoured Markdown, including table cells. It escapes HTML too.
 *   - safeUrl: only absolute http(s) URLs become links; anything else (javascript:, data:, relative) is text.
 *   - neutraliseCell: CSV cells that a spreadsheet would run as a formula get a leading quote.
 */

// ESC [ ... final (CSI), ESC ] ... BEL or ST (OSC), other two-character ESC sequences, and the 8-bit CSI.
const ANSI_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u000b\u000c\u0085\u2028\u2029]/g;
// C0 and C1 controls, DEL, and the bidirectional embedding/override/isolate characters ("Trojan Source").
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Any character one of the replacements above could touch (escape sequences start with a control character; any surrogate, paired or not, takes the slow path). */
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** A string with no escape sequences, control characters or bidi overrides; line breaks and tabs become spaces. */
export function cleanText(value: unknown): string {
  const text = String(value ?? '');
  // Most strings need nothing: one test instead of four replacements (reports clean thousands of strings).
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(ANSI_SEQUENCES, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATES, '\ufffd');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const MARKDOWN_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '#': '&#35;', '@': '@&#8203;' };

/**
 * Inline GitHub-flavoured Markdown: the text renders as itself, never as markup, a link, a mention, an HTML
 * tag or a table cell break. HTML-sensitive characters and '#' become entities; the characters that make
 * emphasis, code, links, tables and strike-through are backslash-escaped; a leading list marker is escaped.
 * '@' is followed by a zero-width space so that "@team" does not notify anyone.
 */
export function escapeMarkdown(value: unknown): string {
  return cleanText(value)
    .trim()
    .replace(/[&<>#@\\`*_[\]|~]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`)
    .replace(/^([+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** For text inside raw HTML in Markdown (e.g. `<summary>`), where Markdown escapes would show literally. */
export function escapeMarkdownHtml(value: unknown): string {
  return escapeHtml(cleanText(value).trim()).replace(/@/g, '@&#8203;');
}

/** The URL, normalised, when it is an absolute http(s) URL without credentials; otherwise null. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  // Reports link the same few dozen citation URLs from every finding: parse each once (a bounded memo).
  const known = safeUrls.get(value);
  if (known !== undefined) return known;
  const checked = checkUrl(value);
  if (safeUrls.size >= SAFE_URL_MEMO_SIZE) safeUrls.clear();
  safeUrls.set(value, checked);
  return checked;
}

const SAFE_URL_MEMO_SIZE = 2_000;
const safeUrls = new Map<string, string | null>();

function checkUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** A safe URL for a Markdown link destination `(...)`: parentheses and spaces percent-encoded. */
export function markdownUrl(value: unknown): string | null {
  const url = safeUrl(value);
  return url === null ? null : url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/** Characters a spreadsheet treats as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A CSV cell that no spreadsheet will evaluate: a leading single quote when it could start a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) || FORMULA_START.test(value.trimStart()) ? `'${value}` : value;
}
