import { describe, expect, it } from 'vitest';

import { escapePointerToken, pathToPointer, pointerToPath } from '../../../core/parse/index.js';

import { MAX_ISSUE_POINTER_LENGTH, boundedPointer } from '../../../core/parse/pointer.js';
describe('JSON Pointer helpers (RFC 6901)', () => {
  it('escapes ~ and / in that order', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(escapePointerToken('~1')).toBe('~01');
    expect(escapePointerToken(3)).toBe('3');
  });

  it('builds pointers from paths', () => {
    expect(pathToPointer([])).toBe('');
    expect(pathToPointer(['processings', 0, 'name'])).toBe('/processings/0/name');
    expect(pathToPointer([''])).toBe('/');
    expect(pathToPointer(['a/b', 'm~n'])).toBe('/a~1b/m~0n');
  });

  it('parses pointers into string tokens', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/')).toEqual(['']);
    expect(pointerToPath('/processings/0/name')).toEqual(['processings', '0', 'name']);
    expect(pointerToPath('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
  });

  it('round-trips', () => {
    const path = ['', 'a/b', '~', '~~//', 'ü', '0'];
    expect(pointerToPath(pathToPointer(path))).toEqual(path);
  });

  it.each(['a', '#/a', '/a~2', '/a~'])('rejects the malformed pointer %j', (pointer) => {
    expect(() => pointerToPath(pointer)).toThrow(SyntaxError);
  });
});

describe('boundedPointer', () => {
  it('keeps pointers up to the limit and cuts longer ones back to an ancestor that fits', () => {
    expect(boundedPointer('/a/b', 10)).toBe('/a/b');
    expect(boundedPointer(`/a/${'k'.repeat(50)}`, 10)).toBe('/a');
    expect(boundedPointer(`/${'k'.repeat(50)}`, 10)).toBe('');
    expect(boundedPointer(`/aaaa/bbbb/${'k'.repeat(50)}/c`, 10)).toBe('/aaaa/bbbb');
    const long = `/${'x'.repeat(2_000)}`;
    expect(boundedPointer(long)).toBe('');
    expect(boundedPointer(`/processingActivities/3/${'y'.repeat(MAX_ISSUE_POINTER_LENGTH)}`)).toBe('/processingActivities/3');
  });
});
