import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { DEFAULT_PARSE_LIMITS, detectFormat, parseDeclaration } from '../../../core/parse/index.js';
import { documentOf, issuesOf, onlyIssue, utf8 } from './helpers.js';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('size limits', () => {
  it('rejects an oversized buffer from its length alone, naming both sizes', () => {
    const result = parseDeclaration(new Uint8Array(50 * 1024 * 1024), { filename: 'big.json' });
    const issue = onlyIssue(result, 'TOO_LARGE');
    expect(issue.message).toBe('The file is 50.0 MB; the limit for JSON declarations is 1.0 MB.');
    expect(issue.hint).toBeTruthy();
    expect(result.ok === false && result.sha256).toBe(''); // not hashed: O(1) rejection
    expect(result.ok === false && result.format).toBe('json');
  });

  it('uses the YAML limit for YAML', () => {
    const issue = onlyIssue(parseDeclaration(new Uint8Array(300 * 1024).fill(0x61), { filename: 'big.yaml' }), 'TOO_LARGE');
    expect(issue.message).toBe('The file is 300.0 KB; the limit for YAML declarations is 256.0 KB.');
  });

  it('sniffs the format to pick the limit when neither an extension nor a format is given', () => {
    const json = utf8(`[${'1,'.repeat(300_000)}1]`); // 600 KB: over the YAML limit, under the JSON one
    expect(parseDeclaration(json).ok).toBe(true);
    expect(onlyIssue(parseDeclaration(json, { format: 'yaml' }), 'TOO_LARGE').message).toContain('limit for YAML declarations is 256.0 KB');
    const yaml = utf8(`a: ${'x'.repeat(300_000)}\n`);
    expect(onlyIssue(parseDeclaration(yaml), 'TOO_LARGE').message).toContain('limit for YAML declarations is 256.0 KB');
  });

  it('applies the byte limit to the UTF-8 length of a string', () => {
    const text = `{"a":"${'é'.repeat(600_000)}"}`; // 600,008 UTF-16 units, 1,200,008 bytes
    expect(text.length).toBeLessThan(DEFAULT_PARSE_LIMITS.maxJsonBytes);
    onlyIssue(parseDeclaration(text), 'TOO_LARGE');
  });

  it('accepts input exactly at the limit and rejects one byte more', () => {
    const limits = { maxJsonBytes: 10 };
    expect(parseDeclaration('{"a":1234}', { limits }).ok).toBe(true);
    onlyIssue(parseDeclaration('{"a":12345}', { limits }), 'TOO_LARGE');
  });
});

describe('encodings and byte-order marks', () => {
  it('rejects invalid UTF-8 instead of replacing it, and says where', () => {
    const bytes = new Uint8Array([...utf8('a: 1\nname: Caf'), 0xff, ...utf8('\n')]);
    const issue = onlyIssue(parseDeclaration(bytes), 'INVALID_ENCODING');
    expect(issue.message).toContain('UTF-8');
    expect(issue.message).toContain('0xFF');
    expect(issue.hint).toContain('save it as UTF-8');
    expect([issue.line, issue.column]).toEqual([2, 10]);
  });

  it('rejects Latin-1 text (a lone 0xE9)', () => {
    onlyIssue(parseDeclaration(new Uint8Array([...utf8('name: Caf'), 0xe9, ...utf8('\n')])), 'INVALID_ENCODING');
  });

  it.each([
    ['UTF-16LE with BOM', [0xff, 0xfe], 'le'],
    ['UTF-16BE with BOM', [0xfe, 0xff], 'be'],
    ['UTF-16LE without BOM', [], 'le'],
    ['UTF-16BE without BOM', [], 'be'],
  ] as const)('names UTF-16 for %s', (_name, bom, order) => {
    const body = Array.from(utf8('{"campaign": "x"}')).flatMap((b) => (order === 'le' ? [b, 0] : [0, b]));
    const issue = onlyIssue(parseDeclaration(new Uint8Array([...bom, ...body]), { filename: 'd.json' }), 'INVALID_ENCODING');
    expect(issue.message).toContain('UTF-16');
    expect(issue.hint).toContain('UTF-8');
  });

  it.each([
    ['JSON bytes', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a": 1}')]), 'd.json'],
    ['YAML bytes', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: 1\n')]), 'd.yaml'],
    ['a string starting with U+FEFF', '\ufeff{"a": 1}', '<stdin>'],
  ])('rejects a UTF-8 byte-order mark in %s', (_name, input, filename) => {
    const issue = onlyIssue(parseDeclaration(input, { filename }), 'BOM_NOT_ALLOWED');
    expect(issue.hint).toContain('UTF-8 without BOM');
    expect([issue.line, issue.column]).toEqual([1, 1]);
  });
});

describe('binary and empty input', () => {
  it('rejects NUL bytes as binary content', () => {
    onlyIssue(parseDeclaration(new Uint8Array([...utf8('a: 1'), 0, ...utf8('b: 2')])), 'BINARY_CONTENT');
    onlyIssue(parseDeclaration('a: 1\u0000'), 'BINARY_CONTENT');
  });

  it('rejects content made mostly of control bytes', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i % 3 === 0 ? 0x01 : 0x61));
    onlyIssue(parseDeclaration(bytes), 'BINARY_CONTENT');
  });

  it('reports a stray control character with its position', () => {
    const issue = onlyIssue(parseDeclaration('a: 1\nb: x\u0007y\n'), 'SYNTAX_ERROR');
    expect(issue.message).toContain('U+0007');
    expect([issue.line, issue.column]).toEqual([2, 5]);
  });

  it.each([
    ['empty bytes', new Uint8Array(0)],
    ['an empty string', ''],
    ['whitespace only', ' \n\t\r\n  '],
    ['whitespace-only bytes', utf8('\n\n   \n')],
  ])('reports EMPTY_DOCUMENT for %s', (_name, input) => {
    onlyIssue(parseDeclaration(input), 'EMPTY_DOCUMENT');
  });
});

describe('hash, size and format of accepted input', () => {
  it('hashes the original bytes and counts them', () => {
    const bytes = utf8('{"name": "Café"}');
    const document = documentOf(parseDeclaration(bytes, { filename: '<stdin>' }));
    expect(document.sha256).toBe(sha(bytes));
    expect(document.byteLength).toBe(bytes.byteLength);
    expect(document.filename).toBe('<stdin>');
    expect(document.format).toBe('json');
  });

  it('hashes and counts a string as its UTF-8 encoding', () => {
    const text = 'name: Café\n';
    const document = documentOf(parseDeclaration(text));
    expect(document.sha256).toBe(sha(utf8(text)));
    expect(document.byteLength).toBe(12);
    expect(document.filename).toBe('<input>');
  });

  it('returns the hash with failures too', () => {
    const result = parseDeclaration('{"a": 1,}');
    expect(issuesOf(result)).toHaveLength(1);
    expect(result.ok === false && result.sha256).toBe(sha('{"a": 1,}'));
  });
});

describe('detectFormat', () => {
  it.each([
    ['d.json', 'a: 1', 'json'],
    ['D.JSON', 'a: 1', 'json'],
    ['d.yaml', '{"a": 1}', 'yaml'],
    ['d.yml', '[1]', 'yaml'],
    ['<stdin>', '  \n {"a": 1}', 'json'],
    [undefined, '[1, 2]', 'json'],
    [undefined, '# comment\n{"a": 1}', 'yaml'],
    [undefined, 'a: 1', 'yaml'],
    ['notes.txt', '', 'yaml'],
  ] as const)('%s + %j -> %s', (filename, text, expected) => {
    expect(detectFormat(filename, text)).toBe(expected);
  });

  it('lets an explicit format override the extension', () => {
    expect(documentOf(parseDeclaration('a: 1', { filename: 'd.json', format: 'yaml' })).format).toBe('yaml');
  });
});
