/**
 * The hostile corpus (HOSTILE-INPUTS.md section 3, items 1-33): one table of NAMED cases, each with its input
 * (generated here, never committed as a large file) and the outcome expected from BOTH front ends:
 *
 *   - the API (`POST /v1/check` through `inject()`, or a real port where Node itself answers): status, problem
 *     `code`, and the issue codes of a 422;
 *   - the CLI (`run()` in-process with fake io, or the real bin for standard input): exit code, and the issue codes
 *     of the result record it prints with `--format json`.
 *
 * test/hostile/api.test.ts and test/hostile/cli.test.ts iterate over this same table, so the two front ends are held
 * to the same behaviour. Expectations follow docs/api.md and docs/cli.md: a declaration that cannot be read is
 * API 422 UNREADABLE_DECLARATION / CLI exit 2, one that is malformed or invalid is 422 INVALID_DECLARATION / exit 1
 * (see `rejected()`), and an accepted declaration is 200 / exit 0 (the CLI runs with `--fail-on none`).
 *
 * `api: null` or `cli: null` marks a case that does not apply to that front end (e.g. Content-Encoding, a symlink).
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { UNREADABLE_CODES } from '../../core/verdict.js';

export type Format = 'json' | 'yaml';

/** Codes that make a file unreadable (CLI exit 2, API 422 UNREADABLE_DECLARATION): docs/cli.md, "Exit codes". One list, the verdict policy's. */
export { UNREADABLE_CODES };

export interface Input {
  bytes: Buffer;
  format: Format;
}

export interface ApiExpect {
  status: number;
  /** The problem document's `code` (absent for 200, and for 431 which Node answers with no body). */
  code?: string;
  /** Issue codes that must all appear in `issues` (422). */
  issues?: string[];
  /** Request overrides. */
  method?: string;
  url?: string;
  /** Replaces the default content-type header (null: send none). */
  contentType?: string | null;
  headers?: Record<string, string>;
  /** Options for a dedicated app (auth, a small rate limit). */
  app?: Record<string, unknown>;
  /** Send the request this many times; the expectation is on the last one. */
  repeat?: number;
  /** Needs a real socket (Node's own limits, e.g. 431). */
  realSocket?: boolean;
}

export interface CliExpect {
  exit: number;
  /** Issue codes that must all appear among the printed records' issues. */
  issues?: string[];
  /** Builds the inputs in `dir` and returns the arguments naming them (default: the case input as decl.<ext>). */
  setup?: (dir: string) => string[];
  /** Extra arguments (e.g. a --format to /dev/full); when given, stdout is not parsed as JSON. */
  args?: string[];
  /** Records expected in the --format json output (default 1). */
  records?: number;
  /** Feed the input on standard input to the real bin/campaigncheck.js. */
  stdin?: boolean;
}

export interface HostileCase {
  id: string;
  /** The item of HOSTILE-INPUTS.md section 3. */
  item: number;
  what: string;
  input?: () => Input;
  /** The same object in the other format: both must give identical findings (item 28). */
  twin?: () => Input;
  api: ApiExpect | null;
  cli: CliExpect | null;
  /** Run the rendered output through `check` for these formats (?format= / --format), item 29. */
  format?: string;
  /** The time budget in ms (default 5 s), measured by `npm run bench:hostile`, never asserted in a test. */
  maxMs?: number;
  /** A check on the body (API) / stdout (CLI), which is the same text for a given format. */
  check?: (body: string) => void;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

/** The smallest valid declaration (test/helpers/declarations.ts), with a communication so that rules have work. */
export function base(): Record<string, unknown> {
  return {
    schemaVersion: '1.0',
    declarant: {
      name: 'Test Party',
      organisationType: 'registered_party',
      partyRegistration: { registered: true, registerEntry: 'PP999' },
      jurisdictions: ['england'],
    },
    campaign: { name: 'Test campaign', electionType: 'uk_parliamentary', pollingDate: '2029-05-03' },
    communications: [{ id: 'spring-email', name: 'Spring email', channel: 'email', purpose: 'persuasion', marketingBasis: 'legitimate_interests' }],
  };
}

const json = (text: string): Input => ({ bytes: Buffer.from(text, 'utf8'), format: 'json' });
const yaml = (text: string): Input => ({ bytes: Buffer.from(text, 'utf8'), format: 'yaml' });
const raw = (bytes: Buffer, format: Format = 'json'): Input => ({ bytes, format });
const jsonOf = (value: unknown): Input => json(JSON.stringify(value));

/** A valid JSON text (the base declaration) to which `key` and the raw JSON `value` are added inside `declarant`. */
function withDeclarantRaw(key: string, value: string): Input {
  const text = JSON.stringify(base());
  return json(text.replace('"declarant":{', `"declarant":{${JSON.stringify(key)}:${value},`));
}

function memo(make: () => Input): () => Input {
  let cached: Input | undefined;
  return () => (cached ??= make());
}

/** Pads a valid JSON text with spaces to exactly `bytes` bytes. */
function paddedJson(bytes: number): Input {
  const text = JSON.stringify(base());
  return json(text + ' '.repeat(bytes - Buffer.byteLength(text)));
}

function paddedYaml(bytes: number): Input {
  const text = toYaml(base());
  const comment = '# padding\n';
  const count = Math.floor((bytes - Buffer.byteLength(text)) / comment.length);
  const out = text + comment.repeat(count);
  return yaml(out + ' '.repeat(bytes - Buffer.byteLength(out)));
}

const BILLION_LAUGHS = [
  'schemaVersion: "1.0"',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

/** `head`, then `unit(i)` for i = 0, 1, … while the text stays within the YAML size cap, then `tail`: pathological YAML at the cap. */
function yamlToCap(head: string, unit: (i: number) => string, tail = ''): Input {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (size + Buffer.byteLength(u) > YAML_LIMIT) break;
    parts.push(u);
    size += Buffer.byteLength(u);
  }
  parts.push(tail);
  return yaml(parts.join(''));
}

/** The base declaration as YAML with `line` inserted under `declarant:` (two-space indent). */
function yamlWithDeclarantLine(line: string): Input {
  const text = toYaml(base());
  return yaml(text.replace('declarant:\n', `declarant:\n  ${line}\n`));
}

/** Hostile strings for report rendering (item 29): every one is a legal `name` (1-200 characters). */
export const HOSTILE_STRINGS = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  template: "{{constructor.constructor('alert(1)')()}}",
  ansi: '\u001b[31mRED\u001b[0m\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007',
  nul: 'NUL\u0000byte',
  crlf: 'first\r\nINJECTED: second line',
  formula: "=HYPERLINK(\"http://evil.example\",\"x\")",
  bidi: 'abc\u202edcba',
} as const;

function hostileStringsDeclaration(): Record<string, unknown> {
  const doc = base();
  (doc.declarant as Record<string, unknown>).name = HOSTILE_STRINGS.script;
  (doc.campaign as Record<string, unknown>).name = HOSTILE_STRINGS.img;
  doc.communications = [
    { id: 'a-script', name: HOSTILE_STRINGS.template, channel: 'email', purpose: 'persuasion', marketingBasis: 'legitimate_interests' },
    { id: 'b-ansi', name: HOSTILE_STRINGS.ansi, channel: 'sms', purpose: 'persuasion', marketingBasis: 'legitimate_interests' },
    { id: 'c-nul', name: HOSTILE_STRINGS.nul, channel: 'email', purpose: 'fundraising', marketingBasis: 'legitimate_interests' },
    { id: 'd-crlf', name: HOSTILE_STRINGS.crlf, channel: 'sms', purpose: 'fundraising', marketingBasis: 'legitimate_interests' },
    { id: 'e-formula', name: HOSTILE_STRINGS.formula, channel: 'email', purpose: 'get_out_the_vote', marketingBasis: 'legitimate_interests' },
    { id: 'f-bidi', name: HOSTILE_STRINGS.bidi, channel: 'mms', purpose: 'persuasion', marketingBasis: 'legitimate_interests' },
  ];
  doc.webProperties = [{ id: 'site', url: 'https://evil.example/"><script>alert(1)</script>' }];
  return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks on outputs

function fail(message: string, body: string): never {
  throw new Error(`${message}\n--- output (first 600 chars) ---\n${JSON.stringify(body.slice(0, 600))}`);
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function noRawControls(body: string, allowCr = false): void {
  const m = RAW_CONTROL.exec(body);
  if (m) fail(`raw control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} in output`, body.slice(Math.max(0, m.index - 100)));
  if (!allowCr && body.includes('\r')) fail('raw CR in output', body);
}

function noLineStartsWithInjected(body: string): void {
  if (/(^|\n)\s*INJECTED: second line/.test(body)) fail('a CR/LF in a name started a new output line', body);
}

function noMarkup(body: string): void {
  if (/<script/i.test(body)) fail('raw <script> in output', body.slice(body.search(/<script/i) - 200));
  if (/<img/i.test(body)) fail('raw <img> in output', body.slice(body.search(/<img/i) - 200));
  if (/href\s*=\s*["']?\s*javascript:/i.test(body)) fail('javascript: link in output', body);
}

export const FORMAT_CHECKS: Record<string, (body: string) => void> = {
  json: (body) => {
    JSON.parse(body);
  },
  sarif: (body) => {
    const sarif = JSON.parse(body) as { version?: string; runs?: unknown[] };
    if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) fail('not SARIF 2.1.0', body);
  },
  ndjson: (body) => {
    const lines = body.split('\n').filter((l) => l.length > 0);
    if (lines.length === 0) fail('no NDJSON records', body);
    for (const line of lines) JSON.parse(line);
  },
  html: (body) => {
    noMarkup(body);
    noRawControls(body, true);
    if (!body.includes('&lt;script&gt;')) fail('the <script> name is not shown escaped', body);
  },
  markdown: (body) => {
    noMarkup(body);
    noRawControls(body);
    noLineStartsWithInjected(body);
  },
  text: (body) => {
    noRawControls(body);
    if (/[\u202a-\u202e\u2066-\u2069]/.test(body)) fail('bidirectional override in text output', body);
    noLineStartsWithInjected(body);
  },
  csv: (body) => {
    noRawControls(body, true);
    // A cell that starts with = (after an optional quote) is run by spreadsheets.
    if (/(^|[,\n])"?[=@]/.test(body)) fail('a CSV cell starts with = or @', body);
  },
  junit: (body) => {
    // XML 1.0 forbids these characters even as references; the document must stay well-formed.
    noRawControls(body, true);
    if (/&#x?0*(?:[0-8bcef]|1[0-9a-f]|x?[0-8bcBCeEfF]);/.test(body)) fail('forbidden XML character reference', body);
    noMarkup(body);
  },
};

/** A CheckResult printed as JSON: returns it (both front ends print the same JSON for one input). */
function result(body: string): { valid: boolean; declaration: Record<string, unknown> | null; validation: { issues: { code: string }[]; totalIssues: number } } {
  return JSON.parse(body);
}

// ---------------------------------------------------------------------------------------------------------------
// Expectations

/** A declaration refused with this issue code: 422 + the problem code by class, and exit 2 or 1 by class. */
function rejected(issue: string): { api: ApiExpect; cli: CliExpect } {
  const unreadable = UNREADABLE_CODES.has(issue);
  return {
    api: { status: 422, code: unreadable ? 'UNREADABLE_DECLARATION' : 'INVALID_DECLARATION', issues: [issue] },
    cli: { exit: unreadable ? 2 : 1, issues: [issue] },
  };
}

const accepted = (): { api: ApiExpect; cli: CliExpect } => ({ api: { status: 200 }, cli: { exit: 0 } });

const MIB = 1024 * 1024;
const YAML_LIMIT = 256 * 1024;

const VALID_KEY = 'k3y-for-the-ci-0123456789';

// ---------------------------------------------------------------------------------------------------------------
// The table

export const CASES: HostileCase[] = [
  // 1. Over the size limit, per media type.
  { id: 'H01-oversize-json', item: 1, what: 'JSON one byte over 1 MiB', input: memo(() => paddedJson(MIB + 1)), api: { status: 413, code: 'BODY_TOO_LARGE' }, cli: { exit: 2, issues: ['TOO_LARGE'] } },
  { id: 'H01-at-limit-json', item: 1, what: 'JSON of exactly 1 MiB is accepted', input: memo(() => paddedJson(MIB)), ...accepted() },
  { id: 'H01-oversize-yaml', item: 1, what: 'YAML one byte over 256 KiB', input: memo(() => paddedYaml(YAML_LIMIT + 1)), api: { status: 413, code: 'BODY_TOO_LARGE' }, cli: { exit: 2, issues: ['TOO_LARGE'] } },
  { id: 'H26-yaml-1mib', item: 26, what: 'a 1 MiB YAML file', input: memo(() => paddedYaml(MIB)), api: { status: 413, code: 'BODY_TOO_LARGE' }, cli: { exit: 2, issues: ['TOO_LARGE'] } },
  { id: 'H01-oversize-json-stdin', item: 1, what: 'over-size JSON on standard input (the real bin)', input: memo(() => paddedJson(MIB + 4096)), api: null, cli: { exit: 2, issues: ['TOO_LARGE'], stdin: true } },

  // 2. Media types (API only).
  { id: 'H02-no-content-type', item: 2, what: 'no Content-Type', input: () => jsonOf(base()), api: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', contentType: null }, cli: null },
  { id: 'H02-text-plain', item: 2, what: 'text/plain', input: () => jsonOf(base()), api: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', contentType: 'text/plain' }, cli: null },
  { id: 'H02-form-urlencoded', item: 2, what: 'application/x-www-form-urlencoded', input: () => json('a=1&b=2'), api: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', contentType: 'application/x-www-form-urlencoded' }, cli: null },
  { id: 'H02-multipart', item: 2, what: 'multipart/form-data', input: () => json('--x\r\n\r\n{}\r\n--x--'), api: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', contentType: 'multipart/form-data; boundary=x' }, cli: null },
  { id: 'H02-json-charset-utf16', item: 2, what: 'application/json; charset=utf-16', input: () => raw(Buffer.from(JSON.stringify(base()), 'utf16le')), api: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', contentType: 'application/json; charset=utf-16' }, cli: null },

  // 3. Empty, truncated, malformed JSON.
  { id: 'H03-empty-json', item: 3, what: 'an empty body / a 0-byte file', input: () => json(''), ...rejected('EMPTY_DOCUMENT') },
  { id: 'H03-blank-json', item: 3, what: 'whitespace only', input: () => json(' \n\t \n'), ...rejected('EMPTY_DOCUMENT') },
  { id: 'H03-truncated-json', item: 3, what: 'JSON cut in the middle', input: () => json(JSON.stringify(base()).slice(0, 120)), ...rejected('SYNTAX_ERROR') },
  { id: 'H03-malformed-json-trailing-comma', item: 3, what: 'a trailing comma', input: () => json('{"schemaVersion":"1.0",}'), ...rejected('SYNTAX_ERROR') },
  { id: 'H03-malformed-json-single-quotes', item: 3, what: "single-quoted strings", input: () => json("{'schemaVersion':'1.0'}"), ...rejected('SYNTAX_ERROR') },
  { id: 'H03-malformed-json-comment', item: 3, what: 'a comment in strict JSON', input: () => json('{"schemaVersion":"1.0" /* c */}'), ...rejected('SYNTAX_ERROR') },
  { id: 'H03-malformed-json-two-values', item: 3, what: 'two top-level values', input: () => json('{} {}'), ...rejected('SYNTAX_ERROR') },

  // 4. Content-Encoding (API only).
  { id: 'H04-gzip', item: 4, what: 'Content-Encoding: gzip', input: () => raw(gzipSync(JSON.stringify(base()))), api: { status: 415, code: 'UNSUPPORTED_CONTENT_ENCODING', headers: { 'content-encoding': 'gzip' } }, cli: null },
  { id: 'H04-gzip-bomb', item: 4, what: 'a gzip bomb (16 MiB of zeros, about 16 KB compressed)', input: memo(() => raw(gzipSync(Buffer.alloc(16 * MIB, 0x20)))), api: { status: 415, code: 'UNSUPPORTED_CONTENT_ENCODING', headers: { 'content-encoding': 'gzip' } }, cli: null },
  { id: 'H04-deflate', item: 4, what: 'Content-Encoding: deflate, br', input: () => jsonOf(base()), api: { status: 415, code: 'UNSUPPORTED_CONTENT_ENCODING', headers: { 'content-encoding': 'deflate, br' } }, cli: null },

  // 6. Rate limit burst (API only): a small configured limit.
  { id: 'H06-rate-limit-burst', item: 6, what: '4 requests against a limit of 3 per minute', input: () => jsonOf(base()), api: { status: 429, code: 'RATE_LIMITED', repeat: 4, app: { rateLimit: { max: 3, timeWindowMs: 60_000 } } }, cli: null },

  // 8. Unknown route or method, big headers (API only). Auth (API2).
  { id: 'H08-unknown-route', item: 8, what: 'GET /v1/nope', api: { status: 404, code: 'NOT_FOUND', method: 'GET', url: '/v1/nope' }, cli: null },
  { id: 'H08-unknown-route-post', item: 8, what: 'POST /admin with a body', input: () => jsonOf(base()), api: { status: 404, code: 'NOT_FOUND', url: '/admin' }, cli: null },
  { id: 'H08-wrong-method', item: 8, what: 'DELETE /v1/check', api: { status: 405, code: 'METHOD_NOT_ALLOWED', method: 'DELETE' }, cli: null },
  { id: 'H08-wrong-method-put-rules', item: 8, what: 'PUT /v1/rules', input: () => jsonOf(base()), api: { status: 405, code: 'METHOD_NOT_ALLOWED', method: 'PUT', url: '/v1/rules' }, cli: null },
  { id: 'H08-header-16k', item: 8, what: 'a 17 KB header on a real socket', input: () => jsonOf(base()), api: { status: 431, realSocket: true, headers: { 'x-padding': 'a'.repeat(17 * 1024) } }, cli: null },
  { id: 'H08-auth-missing', item: 8, what: 'no API key when keys are configured', input: () => jsonOf(base()), api: { status: 401, code: 'UNAUTHORIZED', app: { apiKeys: [VALID_KEY] } }, cli: null },
  { id: 'H08-auth-wrong', item: 8, what: 'a wrong API key', input: () => jsonOf(base()), api: { status: 401, code: 'UNAUTHORIZED', app: { apiKeys: [VALID_KEY] }, headers: { authorization: 'Bearer k3y-for-the-ci-0123456780' } }, cli: null },
  { id: 'H08-auth-ok', item: 8, what: 'the right API key', input: () => jsonOf(base()), api: { status: 200, app: { apiKeys: [VALID_KEY] }, headers: { 'x-api-key': VALID_KEY } }, cli: null },

  // 10. __proto__ and constructor.prototype at depth.
  { id: 'H10-proto-root-json', item: 10, what: '__proto__ at the root', input: () => json(JSON.stringify(base()).replace(/^\{/, '{"__proto__":{"polluted":true},')), ...rejected('FORBIDDEN_KEY') },
  { id: 'H10-proto-deep-json', item: 10, what: '__proto__ inside a list item', input: () => json(JSON.stringify(base()).replace('"id":"spring-email"', '"id":"spring-email","consent":{"__proto__":{"polluted":true}}')), ...rejected('FORBIDDEN_KEY') },
  { id: 'H10-constructor-prototype-json', item: 10, what: 'constructor.prototype at depth', input: () => withDeclarantRaw('constructor', '{"prototype":{"polluted":true}}'), ...rejected('FORBIDDEN_KEY') },
  { id: 'H10-prototype-key-json', item: 10, what: 'a "prototype" key', input: () => withDeclarantRaw('prototype', '{"polluted":true}'), ...rejected('FORBIDDEN_KEY') },
  { id: 'H23-proto-yaml', item: 23, what: '__proto__ in YAML at depth', input: () => yamlWithDeclarantLine('__proto__: {polluted: true}'), ...rejected('FORBIDDEN_KEY') },
  { id: 'H23-constructor-prototype-yaml', item: 23, what: 'constructor.prototype in YAML', input: () => yamlWithDeclarantLine('constructor: {prototype: {polluted: true}}'), ...rejected('FORBIDDEN_KEY') },

  // 11 and 22. Duplicate keys.
  { id: 'H11-duplicate-keys-json', item: 11, what: 'a duplicate key three levels down', input: () => json(JSON.stringify(base()).replace('"registered":true', '"registered":true,"registered":false')), ...rejected('DUPLICATE_KEY') },
  { id: 'H11-duplicate-keys-root-json', item: 11, what: 'a duplicate key at the root', input: () => json(JSON.stringify(base()).replace(/^\{/, '{"schemaVersion":"1.0",')), ...rejected('DUPLICATE_KEY') },
  { id: 'H11-duplicate-keys-escaped-json', item: 11, what: 'a duplicate key spelt with an escape ("n\\u0061me")', input: () => json(JSON.stringify(base()).replace('"name":"Test Party"', '"name":"Test Party","n\\u0061me":"Other"')), ...rejected('DUPLICATE_KEY') },
  { id: 'H22-duplicate-keys-yaml', item: 22, what: 'a duplicate key in YAML', input: () => yamlWithDeclarantLine('name: Other Party'), ...rejected('DUPLICATE_KEY') },

  // 12. Type confusion: never coerced.
  { id: 'H12-string-false-for-boolean', item: 12, what: '"false" for a boolean', input: () => json(JSON.stringify(base()).replace('"registered":true', '"registered":"false"')), ...rejected('WRONG_TYPE') },
  { id: 'H12-string-1-for-integer', item: 12, what: '"1" for an integer', input: () => withDeclarantRaw('staffCount', '"1"'), ...rejected('WRONG_TYPE') },
  { id: 'H12-scalar-for-array', item: 12, what: 'a scalar where an array is expected', input: () => json(JSON.stringify(base()).replace('"jurisdictions":["england"]', '"jurisdictions":"england"')), ...rejected('WRONG_TYPE') },
  { id: 'H12-yaml-quoted-false', item: 12, what: 'YAML "false" (quoted) for a boolean', input: () => yaml(toYaml(base()).replace('registered: true', 'registered: "false"')), ...rejected('WRONG_TYPE') },

  // 13. Unknown properties.
  { id: 'H13-unknown-root-property', item: 13, what: 'an unknown property at the root', input: () => jsonOf({ ...base(), extraField: 1 }), ...rejected('UNKNOWN_FIELD') },
  { id: 'H13-unknown-nested-property', item: 13, what: 'an unknown property in a list item', input: () => withDeclarantRaw('nickname', '"x"'), ...rejected('UNKNOWN_FIELD') },

  // 14. Numbers.
  { id: 'H14-infinity-1e400', item: 14, what: '1e400 (becomes Infinity)', input: () => withDeclarantRaw('staffCount', '1e400'), ...rejected('UNSAFE_NUMBER') },
  { id: 'H14-unsafe-integer', item: 14, what: '9007199254740993 (above 2^53)', input: () => withDeclarantRaw('staffCount', '9007199254740993'), ...rejected('UNSAFE_NUMBER') },
  { id: 'H14-1000-digits', item: 14, what: 'a 1000-digit number', input: () => withDeclarantRaw('staffCount', '9'.repeat(1000)), ...rejected('UNSAFE_NUMBER') },
  // -0 is read as 0 (a documented choice of the parse layer: the number loses nothing, and JSON.stringify would
  // print 0 anyway); HOSTILE-INPUTS item 14 lists it among numbers to reject, but it is no evasion and carries no
  // data loss, so it is accepted as 0 by both front ends alike.
  { id: 'H14-negative-zero', item: 14, what: '-0 (read as 0)', input: () => withDeclarantRaw('staffCount', '-0'), ...accepted() },
  { id: 'H14-yaml-inf', item: 14, what: 'YAML .inf', input: () => yamlWithDeclarantLine('staffCount: .inf'), ...rejected('UNSAFE_NUMBER') },
  { id: 'H14-yaml-nan', item: 14, what: 'YAML .nan', input: () => yamlWithDeclarantLine('staffCount: .nan'), ...rejected('UNSAFE_NUMBER') },
  { id: 'H14-yaml-big-int', item: 14, what: 'YAML 12345678901234567890', input: () => yamlWithDeclarantLine('staffCount: 12345678901234567890'), ...rejected('UNSAFE_NUMBER') },

  // 15. Encodings.
  { id: 'H15-invalid-utf8-ff', item: 15, what: 'a 0xFF byte inside a string', input: () => raw(Buffer.concat([Buffer.from('{"schemaVersion":"1.0","declarant":{"name":"a'), Buffer.from([0xff]), Buffer.from('b"}}')])), ...rejected('INVALID_ENCODING') },
  { id: 'H15-invalid-utf8-overlong', item: 15, what: 'an overlong UTF-8 "/" (C0 AF)', input: () => raw(Buffer.concat([Buffer.from('{"schemaVersion":"1.0","x":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])), ...rejected('INVALID_ENCODING') },
  { id: 'H15-invalid-utf8-surrogate-bytes', item: 15, what: 'a UTF-8-encoded surrogate (ED A0 80)', input: () => raw(Buffer.concat([Buffer.from('schemaVersion: "1.0"\nx: "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"\n')]), 'yaml'), ...rejected('INVALID_ENCODING') },
  { id: 'H15-utf16le-bom', item: 15, what: 'UTF-16LE with its BOM', input: () => raw(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(base()), 'utf16le')])), ...rejected('INVALID_ENCODING') },
  { id: 'H15-utf16be-no-bom', item: 15, what: 'UTF-16BE without a BOM', input: () => raw(Buffer.from(JSON.stringify(base()), 'utf16le').swap16(), 'yaml'), ...rejected('INVALID_ENCODING') },
  {
    id: 'H15-lone-surrogate-escape',
    item: 15,
    what: 'a lone surrogate escape "\\ud800" in a name: refused, or kept with every output valid',
    input: () => json(JSON.stringify(base()).replace('"name":"Test Party"', '"name":"Test \\ud800 Party"')),
    api: { status: 200 },
    cli: { exit: 0 },
    check: (body) => {
      // The output must be well-formed: no lone surrogate written raw (it would not be valid UTF-8 on the wire).
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(body)) fail('a raw lone surrogate in the output', body);
      JSON.parse(body);
    },
  },

  // BOM (section 2: keep the CLI identical).
  { id: 'H15-utf8-bom-json', item: 15, what: 'a UTF-8 byte-order mark before JSON', input: () => raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(base()))])), ...rejected('BOM_NOT_ALLOWED') },
  { id: 'H15-utf8-bom-yaml', item: 15, what: 'a UTF-8 byte-order mark before YAML', input: () => raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toYaml(base()))]), 'yaml'), ...rejected('BOM_NOT_ALLOWED') },
  { id: 'H15-utf8-bom-stdin', item: 15, what: 'a byte-order mark on standard input (the real bin)', input: () => raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(base()))])), api: null, cli: { exit: 2, issues: ['BOM_NOT_ALLOWED'], stdin: true } },

  // 16. Top-level values that are not objects.
  { id: 'H16-top-level-array', item: 16, what: 'top-level []', input: () => json('[]'), ...rejected('WRONG_TYPE') },
  { id: 'H16-top-level-string', item: 16, what: 'top-level "x"', input: () => json('"x"'), ...rejected('WRONG_TYPE') },
  { id: 'H16-top-level-number', item: 16, what: 'top-level 1', input: () => json('1'), ...rejected('WRONG_TYPE') },
  { id: 'H16-top-level-null', item: 16, what: 'top-level null', input: () => json('null'), ...rejected('WRONG_TYPE') },
  { id: 'H16-top-level-yaml-scalar', item: 16, what: 'a YAML document that is a plain scalar', input: () => yaml('just some words\n'), ...rejected('WRONG_TYPE') },

  // 17. Deep and wide.
  { id: 'H17-deep-arrays-100k', item: 17, what: '100k nested arrays (200 KB)', input: memo(() => json(`{"schemaVersion":"1.0","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)), ...rejected('TOO_DEEP'), maxMs: 2000 },
  { id: 'H17-deep-objects-100k', item: 17, what: '100k nested objects', input: memo(() => json(`{"schemaVersion":"1.0","x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`)), ...rejected('TOO_DEEP'), maxMs: 2000 },
  {
    id: 'H17-wide-object-40k-keys',
    item: 17,
    what: '40k unknown keys: issues capped at 100 with totalIssues, response under 64 KB',
    input: memo(() => {
      const doc = base();
      for (let i = 0; i < 40_000; i++) doc[`k${i}`] = 0;
      return jsonOf(doc);
    }),
    ...rejected('UNKNOWN_FIELD'),
    maxMs: 2000,
  },

  // 18. Huge arrays and long strings.
  { id: 'H18-array-450k', item: 18, what: 'a 450k-element array where at most 4 items are allowed', input: memo(() => json(JSON.stringify(base()).replace('"jurisdictions":["england"]', `"jurisdictions":[${new Array(450_000).fill('1').join(',')}]`))), ...rejected('OUT_OF_RANGE'), maxMs: 2000 },
  // Names as large as the input: the refusal names the object that holds them, so it stays small (pointers are capped at 1,000 characters).
  { id: 'H18-json-key-200kb-duplicate', item: 18, what: 'a 200 KB property name, twice', input: memo(() => json(`{"${'k'.repeat(200_000)}": 1, "${'k'.repeat(200_000)}": 2}`)), ...rejected('DUPLICATE_KEY'), maxMs: 2000 },
  { id: 'H18-json-key-200kb-unknown', item: 18, what: 'an unknown 200 KB property name', input: memo(() => jsonOf({ ...base(), ['k'.repeat(200_000)]: 1 })), ...rejected('UNKNOWN_FIELD'), maxMs: 2000 },
  { id: 'H18-yaml-key-200kb', item: 18, what: 'a 200 KB YAML key (implicit keys are limited to 1,024 characters)', input: memo(() => yaml(`${toYaml(base())}${'k'.repeat(200_000)}: 1\n`)), ...rejected('SYNTAX_ERROR'), maxMs: 3000 },
  { id: 'H18-string-900kb', item: 18, what: 'a 900 KB name (limit 200 characters)', input: memo(() => json(JSON.stringify(base()).replace('"name":"Test Party"', `"name":"${'a'.repeat(900_000)}"`))), ...rejected('OUT_OF_RANGE'), maxMs: 2000 },

  // 20-25, 27. YAML.
  { id: 'H20-yaml-alias-bomb', item: 20, what: 'billion laughs (9 levels)', input: () => yaml(BILLION_LAUGHS), ...rejected('YAML_ALIAS_UNSUPPORTED'), maxMs: 2000 },
  { id: 'H20-yaml-single-alias', item: 20, what: 'one anchor and one alias', input: () => yaml(toYaml(base()).replace('name: Test campaign', 'name: &n Test campaign').replace('name: Spring email', 'name: *n')), ...rejected('YAML_ALIAS_UNSUPPORTED') },
  { id: 'H21-yaml-merge-key', item: 21, what: 'a << merge key', input: () => yamlWithDeclarantLine('<<: {staffCount: 3}'), ...rejected('YAML_MERGE_UNSUPPORTED') },
  { id: 'H22-yaml-multi-document', item: 22, what: 'two documents', input: () => yaml(`${toYaml(base())}---\n${toYaml(base())}`), ...rejected('YAML_MULTI_DOCUMENT') },
  { id: 'H22-yaml-tabs', item: 22, what: 'tab indentation', input: () => yaml(toYaml(base()).replace('\n  name: Test Party', '\n\tname: Test Party')), ...rejected('SYNTAX_ERROR') },
  { id: 'H24-yaml-tag-js-function', item: 24, what: '!!js/function', input: () => yamlWithDeclarantLine("staffCount: !!js/function 'function () { return 1 }'"), ...rejected('YAML_TAG_UNSUPPORTED') },
  { id: 'H24-yaml-tag-binary', item: 24, what: '!!binary', input: () => yamlWithDeclarantLine('registerEntry2: !!binary aGVsbG8='), ...rejected('YAML_TAG_UNSUPPORTED') },
  { id: 'H24-yaml-tag-set', item: 24, what: '!!set', input: () => yaml(toYaml(base()).replace('jurisdictions:\n    - england', 'jurisdictions: !!set {england}')), ...rejected('YAML_TAG_UNSUPPORTED') },
  { id: 'H24-yaml-tag-timestamp', item: 24, what: '!!timestamp', input: () => yaml(toYaml(base()).replace('pollingDate: 2029-05-03', 'pollingDate: !!timestamp 2029-05-03')), ...rejected('YAML_TAG_UNSUPPORTED') },
  { id: 'H24-yaml-tag-verbatim', item: 24, what: 'a verbatim !<tag:…> tag', input: () => yaml(toYaml(base()).replace('name: Test campaign', 'name: !<tag:evil.example,2024:cmd> Test campaign')), ...rejected('YAML_TAG_UNSUPPORTED') },
  { id: 'H25-yaml-flow-nesting-5k', item: 25, what: '5k levels of flow nesting', input: memo(() => yaml(`schemaVersion: "1.0"\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)), ...rejected('TOO_DEEP'), maxMs: 2000 },
  { id: 'H25-yaml-flow-nesting-50k', item: 25, what: '50k levels of flow nesting (100 KB)', input: memo(() => yaml(`schemaVersion: "1.0"\nx: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`)), ...rejected('TOO_DEEP'), maxMs: 2000 },
  {
    id: 'H27-yaml-1-1-values-stay-strings',
    item: 27,
    what: 'NO, yes, off, 2024-01-01 as names stay strings (YAML 1.2 core)',
    input: () =>
      yaml(
        toYaml(base())
          .replace('name: Test Party', 'name: NO')
          .replace('name: Test campaign', 'name: yes')
          .replace('name: Spring email', 'name: off')
          .replace('registerEntry: PP999', 'registerEntry: 2024-01-01'),
      ),
    ...accepted(),
    check: (body) => {
      const r = result(body);
      // The result's declaration summary names the declarant and campaign as declared.
      const d = r.declaration as { declarant?: unknown; campaign?: unknown } | null;
      if (!r.valid || d?.declarant !== 'NO' || d?.campaign !== 'yes') fail(`YAML 1.1 values changed: ${JSON.stringify(d)}`, body);
    },
  },

  // Pathological YAML at the 256 KiB cap, for both YAML readers (js-yaml's fast path, and the yaml package for anything
  // unusual; bench/yaml-hostile.ts times them): each is refused or accepted exactly as before the fast path.
  { id: 'H01-at-limit-yaml', item: 1, what: 'YAML of exactly 256 KiB (comments as padding) is accepted', input: memo(() => paddedYaml(YAML_LIMIT)), ...accepted() },
  { id: 'H25-yaml-compact-dashes-cap', item: 25, what: 'one line of "- - - …" to the cap', input: memo(() => yaml(`${'- '.repeat((YAML_LIMIT - 2) / 2)}x`)), ...rejected('TOO_DEEP') },
  { id: 'H25-yaml-block-staircase-cap', item: 25, what: 'keys indented one more space per line, ~720 levels, to the cap (not seen by the depth pre-scan)', input: memo(() => yamlToCap('', (i) => `${' '.repeat(i)}k:\n`)), ...rejected('TOO_DEEP') },
  { id: 'H17-yaml-wide-mapping-cap', item: 17, what: 'a declaration followed by ~20,000 unknown keys, to the cap', input: memo(() => yamlToCap(toYaml(base()), (i) => `k${i}: 0\n`)), ...rejected('UNKNOWN_FIELD') },
  { id: 'H17-yaml-explicit-keys-cap', item: 17, what: 'a declaration followed by ~15,000 "? key" explicit keys, to the cap', input: memo(() => yamlToCap(toYaml(base()), (i) => `? k${i}\n: 0\n`)), ...rejected('UNKNOWN_FIELD') },
  { id: 'H22-yaml-duplicate-in-wide-mapping-cap', item: 22, what: 'a duplicate key after ~20,000 keys, at the cap', input: memo(() => yamlToCap(toYaml(base()), (i) => `k${i}: 0\n`, 'k7: 1\n')), ...rejected('DUPLICATE_KEY') },
  { id: 'H22-yaml-tab-every-line-cap', item: 22, what: 'a tab as indentation on every line, to the cap', input: memo(() => yamlToCap('schemaVersion: "1.0"\nx:\n', (i) => `\tk${i}: v\n`)), ...rejected('SYNTAX_ERROR') },
  { id: 'H22-yaml-many-documents-cap', item: 22, what: '~65,000 "---" document markers', input: memo(() => yaml('---\n'.repeat(YAML_LIMIT / 4))), ...rejected('YAML_MULTI_DOCUMENT') },
  { id: 'H22-yaml-unclosed-quote-cap', item: 22, what: 'a quote left open to the cap', input: memo(() => yamlToCap('schemaVersion: "1.0"\nx: "', () => 'a\\" ')), ...rejected('SYNTAX_ERROR') },
  { id: 'H20-yaml-anchors-cap', item: 20, what: '~12,000 anchors and aliases, to the cap', input: memo(() => yamlToCap('schemaVersion: "1.0"\n', (i) => `a${i}: &a${i} x\nb${i}: *a${i}\n`)), ...rejected('YAML_ALIAS_UNSUPPORTED') },
  { id: 'H18-yaml-long-name-cap', item: 18, what: 'a 250 KB plain scalar as a name (limit 200 characters)', input: memo(() => yaml(toYaml(base()).replace('name: Test Party', `name: ${'a'.repeat(250_000)}`))), ...rejected('OUT_OF_RANGE') },
  { id: 'H18-yaml-escape-run-cap', item: 18, what: 'a name of 120,000 escaped quotes (\\")', input: memo(() => yaml(toYaml(base()).replace('name: Test Party', `name: "${'\\"'.repeat(120_000)}"`))), ...rejected('OUT_OF_RANGE') },
  { id: 'H18-yaml-flow-list-cap', item: 18, what: 'a flow list of ~60,000 items where at most 4 are allowed', input: memo(() => yaml(toYaml(base()).replace('jurisdictions:\n    - england', `jurisdictions: [${new Array(60_000).fill('england').join(', ').slice(0, 240_000)}]`))), ...rejected('OUT_OF_RANGE') },

  { id: 'H27-yaml-0777-is-not-coerced-to-text', item: 27, what: 'registerEntry: 0777 is the integer 777 in YAML 1.2: refused as a number, never silently made text', input: () => yaml(toYaml(base()).replace('registerEntry: PP999', 'registerEntry: 0777')), ...rejected('WRONG_TYPE') },

  // 28. The same object as JSON and as YAML: identical findings.
  { id: 'H28-json-yaml-equivalence', item: 28, what: 'the same declaration as JSON and as YAML', input: () => jsonOf(base()), twin: () => yaml(toYaml(base())), ...accepted() },
  { id: 'H28-json-yaml-equivalence-hostile-strings', item: 28, what: 'the hostile-strings declaration as JSON and as YAML', input: () => jsonOf(hostileStringsDeclaration()), twin: () => yaml(toYaml(hostileStringsDeclaration())), ...accepted() },

  // 29. Hostile strings in every output format.
  ...['html', 'markdown', 'text', 'sarif', 'csv', 'json', 'junit', 'ndjson'].map(
    (format): HostileCase => ({
      id: `H29-hostile-strings-${format}`,
      item: 29,
      what: `<script>, "><img onerror>, {{…}}, ANSI, NUL, CR/LF, =formula and bidi overrides in names, rendered as ${format}`,
      input: () => jsonOf(hostileStringsDeclaration()),
      format,
      ...accepted(),
      check: FORMAT_CHECKS[format],
    }),
  ),
  { id: 'H29-javascript-url', item: 29, what: 'a javascript: URL where a web address is expected', input: () => jsonOf({ ...base(), webProperties: [{ id: 'site', url: 'javascript:alert(1)//' }] }), ...rejected('INVALID_FORMAT') },

  // 30. Prototype-ish names as keys and as values.
  { id: 'H30-prototype-names-as-keys', item: 30, what: 'keys toString, hasOwnProperty, valueOf, __defineGetter__ (unknown fields, no crash)', input: () => jsonOf({ ...base(), toString: 1, hasOwnProperty: 1, valueOf: 1, __defineGetter__: 1 }), ...rejected('UNKNOWN_FIELD') },
  {
    id: 'H30-prototype-names-as-ids-and-values',
    item: 30,
    what: 'ids "constructor", "prototype", "tostring", "hasownproperty" and names "__proto__", "toString"',
    input: () =>
      jsonOf({
        ...base(),
        communications: [
          { id: 'constructor', name: '__proto__', channel: 'email', purpose: 'persuasion', marketingBasis: 'consent', consent: { obtained: true } },
          { id: 'prototype', name: 'toString', channel: 'sms', purpose: 'persuasion', marketingBasis: 'consent', consent: { obtained: true } },
          { id: 'tostring', name: 'hasOwnProperty', channel: 'email', purpose: 'fundraising', marketingBasis: 'consent', consent: { obtained: true } },
          { id: 'hasownproperty', name: 'constructor', channel: 'email', purpose: 'membership', marketingBasis: 'consent', consent: { obtained: true } },
        ],
      }),
    ...accepted(),
    check: (body) => {
      const r = result(body);
      if (!r.valid) fail('refused', body);
    },
  },

  // 32. CLI inputs (CLI only).
  { id: 'H32-zero-byte-file', item: 32, what: 'a 0-byte file', api: null, cli: { exit: 2, issues: ['EMPTY_DOCUMENT'], setup: (dir) => [file(dir, 'empty.json', '')] } },
  { id: 'H32-binary-file', item: 32, what: 'a PNG named .json', api: null, cli: { exit: 2, issues: ['BINARY_CONTENT'], setup: (dir) => [file(dir, 'image.json', PNG)] } },
  { id: 'H32-binary-body', item: 32, what: 'binary bytes as a body (API) / file (CLI)', input: () => raw(PNG), ...rejected('BINARY_CONTENT') },
  { id: 'H32-directory-argument', item: 32, what: 'a folder with no declarations (documented: reported on stderr, exit 2, no record)', api: null, cli: { exit: 2, records: 0, setup: (dir) => [mkdir(dir, 'nothing-here')] } },
  { id: 'H32-dangling-symlink', item: 32, what: 'a dangling symlink in a folder', api: null, cli: { exit: 2, issues: ['DANGLING_SYMLINK'], setup: (dir) => (link(dir, '../missing.json', 'in/dangling.json'), [join(dir, 'in')]) } },
  { id: 'H32-symlink-loop', item: 32, what: 'a symlink loop in a folder', api: null, cli: { exit: 2, issues: ['SYMLINK_LOOP'], setup: (dir) => (link(dir, 'loop.json', 'in/loop.json'), [join(dir, 'in')]) } },
  { id: 'H32-missing-file', item: 32, what: 'a named file that does not exist (stands in for a file deleted between listing and reading)', api: null, cli: { exit: 2, issues: ['FILE_NOT_FOUND'], setup: (dir) => [join(dir, 'gone.json')] } },
  {
    id: 'H32-batch-one-broken',
    item: 32,
    what: 'a folder of 6 good files and 1 binary file: one record per input, exit 2',
    api: null,
    cli: {
      exit: 2,
      records: 7,
      issues: ['BINARY_CONTENT'],
      setup: (dir) => {
        for (let i = 0; i < 5; i++) file(dir, `batch/good-${i}.json`, JSON.stringify(base()));
        file(dir, 'batch/good-9.yaml', toYaml(base()));
        file(dir, 'batch/broken.json', PNG);
        return [join(dir, 'batch')];
      },
    },
  },

  // 33. Output that cannot be written (CLI only).
  { id: 'H33-output-dev-full', item: 33, what: 'SARIF to /dev/full', input: () => jsonOf(base()), api: null, cli: { exit: 2, args: ['--format', 'sarif=/dev/full'] } },
  { id: 'H33-output-missing-directory', item: 33, what: 'HTML into a folder that does not exist', input: () => jsonOf(base()), api: null, cli: { exit: 2, args: ['--format', 'html=/nonexistent-campaigncheck-dir/report.html'] } },
];

// ---------------------------------------------------------------------------------------------------------------
// Filesystem helpers for the CLI-only cases

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89]);

function file(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function mkdir(dir: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function link(dir: string, target: string, name: string): void {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  symlinkSync(target, path);
}

/** The cases for one front end. */
export const apiCases = (): HostileCase[] => CASES.filter((c) => c.api !== null);
export const cliCases = (): HostileCase[] => CASES.filter((c) => c.cli !== null);

/** Object.prototype's own property names, to check that nothing was added (pollution). */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort(), Object.getOwnPropertyNames(Function.prototype).sort()]);
}

/** The part of a CheckResult that must not depend on the input's format (item 28): positions are left out. */
export function findings(body: string): unknown {
  const r = JSON.parse(body) as { outcomes: unknown; summary: unknown; rules: unknown; valid: unknown };
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).filter(([k]) => !/^(line|column|endLine|endColumn)$/.test(k)).map(([k, x]) => [k, strip(x)]));
  };
  return strip({ valid: r.valid, outcomes: r.outcomes, summary: r.summary, rules: r.rules });
}
