/**
 * The hostile corpus for the parse layer (shared/HOSTILE-INPUTS.md, sections 2-3): every case must end
 * quickly with its expected code, never crash or throw, and leave Object.prototype untouched.
 * Nothing here asserts timings; a case that hung or overflowed the stack would fail by timeout or crash.
 */
import { describe, expect, it } from 'vitest';

import { parseDeclaration, type ParseIssueCode } from '../../../core/parse/index.js';
import { expectWellFormedIssues, utf8 } from './helpers.js';

/** Deterministic pseudo-random bytes (xorshift32), with some NULs guaranteed. */
function garbage(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = i % 97 === 0 ? 0 : x & 0xff;
  }
  return bytes;
}

const billionLaughs = [
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

const wideYamlWithDuplicate = `${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n')}\nk5: 2\n`;

interface HostileCase {
  name: string;
  input: () => string | Uint8Array;
  filename?: string;
  format?: 'json' | 'yaml';
  code: ParseIssueCode;
}

const cases: HostileCase[] = [
  { name: 'YAML alias bomb (billion laughs, 9 levels)', input: () => billionLaughs, filename: 'bomb.yaml', code: 'YAML_ALIAS_UNSUPPORTED' },
  { name: '50 MB buffer', input: () => new Uint8Array(50 * 1024 * 1024).fill(0x20), filename: 'big.json', code: 'TOO_LARGE' },
  { name: 'JSON one byte over 1 MiB', input: () => `"${'x'.repeat(1_048_575)}"`, format: 'json', code: 'TOO_LARGE' },
  { name: '10,000-deep JSON arrays', input: () => '['.repeat(10_000) + ']'.repeat(10_000), filename: 'd.json', code: 'TOO_DEEP' },
  { name: '100,000-deep JSON arrays', input: () => '['.repeat(100_000) + ']'.repeat(100_000), filename: 'd.json', code: 'TOO_DEEP' },
  { name: '100,000-deep JSON objects', input: () => '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), filename: 'd.json', code: 'TOO_DEEP' },
  { name: '100,000-deep unclosed JSON', input: () => '[{"a":'.repeat(100_000), filename: 'd.json', code: 'TOO_DEEP' },
  { name: 'JSON nesting hidden from a naive bracket count', input: () => '[ [ } , '.repeat(50_000), filename: 'd.json', code: 'TOO_DEEP' },
  { name: 'JSON nesting after a comment holding a quote', input: () => `[ /* " */ ${'['.repeat(100_000)}`, filename: 'd.json', code: 'TOO_DEEP' },
  { name: '5,000-deep YAML flow nesting', input: () => '['.repeat(5_000) + ']'.repeat(5_000), filename: 'd.yaml', code: 'TOO_DEEP' },
  { name: '100,000-deep YAML flow mappings', input: () => '{a: '.repeat(100_000).slice(0, 262_000), filename: 'd.yaml', code: 'TOO_DEEP' },
  { name: '100,000-deep YAML compact sequences', input: () => `${'- '.repeat(100_000)}x\n`, filename: 'd.yaml', code: 'TOO_DEEP' },
  { name: '__proto__ at depth in JSON', input: () => '{"a": [{"b": {"__proto__": {"polluted": true}}}]}', filename: 'd.json', code: 'FORBIDDEN_KEY' },
  { name: 'constructor.prototype in JSON', input: () => '{"constructor": {"prototype": {"polluted": true}}}', filename: 'd.json', code: 'FORBIDDEN_KEY' },
  { name: '__proto__ at depth in YAML', input: () => 'a:\n  - b:\n      __proto__:\n        polluted: true\n', filename: 'd.yaml', code: 'FORBIDDEN_KEY' },
  { name: 'constructor in YAML', input: () => 'constructor:\n  prototype:\n    polluted: true\n', filename: 'd.yaml', code: 'FORBIDDEN_KEY' },
  { name: 'duplicate keys in JSON', input: () => '{"lawfulBasis": "consent", "lawfulBasis": "legitimate-interests"}', filename: 'd.json', code: 'DUPLICATE_KEY' },
  { name: 'duplicate keys in YAML', input: () => 'lawfulBasis: consent\nlawfulBasis: legitimate-interests\n', filename: 'd.yaml', code: 'DUPLICATE_KEY' },
  { name: 'duplicate in a 20,000-key YAML mapping', input: () => wideYamlWithDuplicate, filename: 'd.yaml', code: 'DUPLICATE_KEY' },
  { name: 'binary garbage (random bytes with NULs)', input: () => garbage(64 * 1024, 0x9e3779b9), code: 'BINARY_CONTENT' },
  { name: 'empty file', input: () => new Uint8Array(0), filename: 'd.json', code: 'EMPTY_DOCUMENT' },
  { name: 'whitespace-only file', input: () => utf8('  \n\t\n'), filename: 'd.yaml', code: 'EMPTY_DOCUMENT' },
  { name: 'JSON with a UTF-8 BOM', input: () => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a": 1}')]), filename: 'd.json', code: 'BOM_NOT_ALLOWED' },
  {
    name: 'UTF-16LE file',
    input: () => new Uint8Array([0xff, 0xfe, ...Array.from(utf8('{"a": 1}')).flatMap((b) => [b, 0])]),
    filename: 'd.json',
    code: 'INVALID_ENCODING',
  },
  { name: 'invalid UTF-8 (0xFF)', input: () => new Uint8Array([...utf8('{"a": "'), 0xff, ...utf8('"}')]), filename: 'd.json', code: 'INVALID_ENCODING' },
  { name: '1e400', input: () => '{"n": 1e400}', filename: 'd.json', code: 'UNSAFE_NUMBER' },
  { name: '9007199254740993', input: () => '{"n": 9007199254740993}', filename: 'd.json', code: 'UNSAFE_NUMBER' },
  { name: 'a 1000-digit number', input: () => `{"n": ${'7'.repeat(1000)}}`, filename: 'd.json', code: 'UNSAFE_NUMBER' },
  { name: 'YAML << merge', input: () => 'base: &b {a: 1}\nx:\n  <<: *b\n', filename: 'd.yaml', code: 'YAML_ALIAS_UNSUPPORTED' },
  { name: 'YAML << merge without an alias', input: () => 'x:\n  <<: {a: 1}\n', filename: 'd.yaml', code: 'YAML_MERGE_UNSUPPORTED' },
  { name: 'YAML !!js/function', input: () => 'a: !!js/function "function () { process.exit(1) }"\n', filename: 'd.yaml', code: 'YAML_TAG_UNSUPPORTED' },
  { name: 'YAML !!binary', input: () => 'a: !!binary aGVsbG8=\n', filename: 'd.yaml', code: 'YAML_TAG_UNSUPPORTED' },
  { name: 'multi-document YAML', input: () => 'a: 1\n---\na: 2\n', filename: 'd.yaml', code: 'YAML_MULTI_DOCUMENT' },
  { name: 'YAML tab indentation', input: () => 'a:\n\tb: 1\n', filename: 'd.yaml', code: 'SYNTAX_ERROR' },
  { name: 'YAML 1.1 directive', input: () => '%YAML 1.1\n---\nconsent: yes\n', filename: 'd.yaml', code: 'YAML_DIRECTIVE_UNSUPPORTED' },
  { name: 'YAML .nan', input: () => 'n: .nan\n', filename: 'd.yaml', code: 'UNSAFE_NUMBER' },
  { name: 'YAML big integer', input: () => 'n: 12345678901234567890\n', filename: 'd.yaml', code: 'UNSAFE_NUMBER' },
  { name: 'truncated JSON', input: () => '{"campaign": {"name": "X", "areas": [', filename: 'd.json', code: 'SYNTAX_ERROR' },
  { name: 'JSON with comments and trailing commas', input: () => '{\n  // note\n  "a": 1,\n}', filename: 'd.json', code: 'SYNTAX_ERROR' },
];

describe('hostile inputs', () => {
  it.each(cases)('$name -> $code', ({ input, filename, format, code }) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = parseDeclaration(input(), { ...(filename ? { filename } : {}), ...(format ? { format } : {}) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.code).toBe(code);
    expect(result.issues.every((issue) => issue.code !== 'INTERNAL_PARSE_ERROR')).toBe(true);
    expectWellFormedIssues(result.issues);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps Object.prototype intact even for accepted look-alike keys', () => {
    const result = parseDeclaration('{"toString": "x", "hasOwnProperty": 1, "__defineGetter__": 2, "valueOf": null}');
    expect(result.ok).toBe(true);
    expect(typeof Object.prototype.toString).toBe('function');
    expect(Object.getPrototypeOf(result.ok && (result.document.value as object))).toBe(Object.prototype);
  });

  it('accepts 40,000 unknown keys (rejecting them is the schema layer’s job)', () => {
    const text = `{${Array.from({ length: 40_000 }, (_, i) => `"u${i}": ${i}`).join(',')}}`;
    expect(parseDeclaration(text).ok).toBe(true);
  });
});
