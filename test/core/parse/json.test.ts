import { describe, expect, it } from 'vitest';

import { parseDeclaration } from '../../../core/parse/index.js';
import { codesOf, documentOf, expectWellFormedIssues, isPlainData, issuesOf, onlyIssue } from './helpers.js';

const json = (text: string, limits?: { maxDepth?: number; maxIssues?: number }) =>
  parseDeclaration(text, { filename: 'declaration.json', ...(limits ? { limits } : {}) });

describe('valid JSON', () => {
  it('returns plain data', () => {
    const document = documentOf(json('{"campaign": {"name": "Example", "areas": ["N1", "N2"], "budget": 1250.5, "live": true, "agent": null}}'));
    expect(document.format).toBe('json');
    expect(document.value).toEqual({ campaign: { name: 'Example', areas: ['N1', 'N2'], budget: 1250.5, live: true, agent: null } });
    expect(isPlainData(document.value)).toBe(true);
  });

  it('accepts any top-level value (the schema, not the parser, requires an object)', () => {
    expect(documentOf(json('[]')).value).toEqual([]);
    expect(documentOf(json('"x"')).value).toBe('x');
    expect(documentOf(json('null')).value).toBeNull();
  });

  it('turns -0 into 0, at any depth', () => {
    const value = documentOf(json('{"a": -0, "b": [-0.0, {"c": -0e5}]}')).value as { a: number; b: [number, { c: number }] };
    expect(Object.is(value.a, 0)).toBe(true);
    expect(Object.is(value.b[0], 0)).toBe(true);
    expect(Object.is(value.b[1].c, 0)).toBe(true);
  });

  it('keeps the largest safe integers and ordinary decimals', () => {
    const text = '[9007199254740991, -9007199254740991, 0.1, 1e-300, 1.23456789012345678901234567890, 1e15]';
    expect(documentOf(json(text)).value).toEqual(JSON.parse(text));
  });
});

describe('syntax errors', () => {
  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 'Expected a comma or a closing brace (}).', 3, 3],
    ['a missing comma in a list', '[1 2]', 'Expected a comma or a closing bracket (]).', 1, 4],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 'There is a comma after the last property of this object.', 3, 1],
    ['a trailing comma in a list', '{"a": [1, 2,]}', 'There is a comma after the last item of this list.', 1, 13],
    ['single quotes', "{'a': 1}", "Text must be in double quotes (\"), not single quotes (').", 1, 2],
    ['a // comment', '{"a": 1 // note\n}', 'JSON does not allow comments.', 1, 9],
    ['a /* comment */', '/* note */ {"a": 1}', 'JSON does not allow comments.', 1, 1],
    ['a # comment', '{"a": 1}\n# note', 'JSON does not allow comments.', 2, 1],
    ['an unquoted word', '{"a": yes}', 'Unexpected word "yes"', 1, 7],
    ['an unclosed object', '{"a": {"b": 1}', 'The file ends before an object is closed: a closing brace (}) is missing.', 1, 15],
    ['an unclosed string', '{"a": "abc\n}', 'A piece of text is missing its closing double quote (").', 1, 7],
    ['a bad escape', '{"path": "C:\\Users"}', 'A backslash (\\) inside text is followed by a character that JSON does not allow there.', 1, 10],
    ['a missing colon', '{"a" 1}', 'Expected a colon (:) after the property name.', 1, 6],
    ['extra content', '{"a": 1} {"b": 2}', 'There is more content after the end of the data.', 1, 10],
    ['a leading zero', '{"a": 01}', 'Expected a comma or a closing brace (}).', 1, 8],
    ['a non-breaking space', '{"a":\u00a01}', 'unusual space character (U+00A0)', 1, 6],
  ])('explains %s in plain words, with line and column', (_name, text, message, line, column) => {
    const issue = onlyIssue(json(text), 'SYNTAX_ERROR');
    expect(issue.message).toContain(message);
    expect(issue.hint).toBeTruthy();
    expect([issue.line, issue.column]).toEqual([line, column]);
    expectWellFormedIssues([issue]);
  });

  it('gives the pointer of the place when it can', () => {
    expect(onlyIssue(json('{"a": {"b": [1, 2,]}}'), 'SYNTAX_ERROR').pointer).toBe('/a/b/2');
  });
});

describe('duplicate keys', () => {
  it('reports every duplicate, at any depth, with the line of the first', () => {
    const issues = issuesOf(json('{\n  "a": 1,\n  "b": {"x": 1,\n        "x": 2},\n  "a": 3\n}'));
    expect(issues.map((issue) => [issue.code, issue.pointer, issue.line, issue.column])).toEqual([
      ['DUPLICATE_KEY', '/b/x', 4, 9],
      ['DUPLICATE_KEY', '/a', 5, 3],
    ]);
    expect(issues[0]!.message).toContain('"x"');
    expect(issues[0]!.message).toContain('first on line 3');
    expect(issues[1]!.message).toContain('first on line 2');
  });

  it('compares decoded names (escapes cannot hide a duplicate)', () => {
    expect(onlyIssue(json('{"ab": 1, "a\\u0062": 2}'), 'DUPLICATE_KEY').pointer).toBe('/ab');
  });

  it('finds duplicates in wide objects', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `"k${i}": ${i}`);
    const issue = onlyIssue(json(`{${keys.join(',')}, "k4321": 0}`), 'DUPLICATE_KEY');
    expect(issue.pointer).toBe('/k4321');
  });

  it('does not confuse the same name in different objects', () => {
    expect(json('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]}').ok).toBe(true);
  });

  it('escapes the pointer', () => {
    expect(onlyIssue(json('{"a/b~c": 1, "a/b~c": 2}'), 'DUPLICATE_KEY').pointer).toBe('/a~1b~0c');
  });

  it('caps the number of issues', () => {
    const text = `{${Array.from({ length: 300 }, () => '"a": 1').join(', ')}}`;
    expect(issuesOf(json(text))).toHaveLength(100);
    expect(issuesOf(json(text, { maxIssues: 5 }))).toHaveLength(5);
  });
});

describe('forbidden keys', () => {
  it.each([
    ['__proto__ at the root', '{"__proto__": {"polluted": true}}', '/__proto__'],
    ['__proto__ at depth', '{"a": [{"b": {"__proto__": {"x": 1}}}]}', '/a/0/b/__proto__'],
    ['constructor', '{"a": {"constructor": {"prototype": {"x": 1}}}}', '/a/constructor'],
    ['an escaped __proto__', '{"__proto\\u005f_": 1}', '/__proto__'],
  ])('rejects %s', (_name, text, pointer) => {
    const issues = issuesOf(json(text));
    expect(issues[0]!.code).toBe('FORBIDDEN_KEY');
    expect(issues[0]!.pointer).toBe(pointer);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports constructor.prototype as two issues', () => {
    expect(codesOf(json('{"constructor": {"prototype": 1}}'))).toEqual(['FORBIDDEN_KEY', 'FORBIDDEN_KEY']);
  });

  it('allows harmless look-alikes', () => {
    expect(json('{"toString": 1, "hasOwnProperty": 2, "__proto": 3, "constructors": 4}').ok).toBe(true);
  });
});

describe('unsafe numbers', () => {
  it.each([
    ['1e400', 'too large to be stored: it would become infinity'],
    ['-1e400', 'too large to be stored: it would become infinity'],
    ['9007199254740993', 'too large to be stored exactly'],
    ['-9007199254740993', 'too large to be stored exactly'],
    ['1e20', 'too large to be stored exactly'],
    ['0.1234567890123456789012345678901', 'more than 30 significant digits'],
    ['1e-400', 'too small to be stored'],
  ])('rejects %s', (literal, message) => {
    const issue = onlyIssue(json(`{"n": ${literal}}`), 'UNSAFE_NUMBER');
    expect(issue.message).toContain(message);
    expect(issue.pointer).toBe('/n');
    expect([issue.line, issue.column]).toEqual([1, 7]);
  });

  it('shortens a 1000-digit number in the message', () => {
    const issue = onlyIssue(json(`[${'9'.repeat(1000)}]`), 'UNSAFE_NUMBER');
    expect(issue.message.length).toBeLessThan(250);
    expect(issue.pointer).toBe('/0');
  });
});

describe('nesting depth', () => {
  it('accepts 64 levels and rejects 65', () => {
    expect(json(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    const issue = onlyIssue(json(`${'['.repeat(65)}${']'.repeat(65)}`), 'TOO_DEEP');
    expect([issue.line, issue.column]).toEqual([1, 65]);
    expect(issue.pointer).toBe(`/${Array(64).fill('0').join('/')}`);
  });

  it('respects a custom limit', () => {
    onlyIssue(json('{"a": {"b": {"c": 1}}}', { maxDepth: 2 }), 'TOO_DEEP');
  });

  it('rejects deep nesting even when the text is also malformed', () => {
    onlyIssue(json(`{"a": ${'[{"b": '.repeat(5000)}`), 'TOO_DEEP');
  });
});

describe('lone surrogates', () => {
  it('keeps them (valid JSON), and the value still serialises to valid JSON', () => {
    const value = documentOf(json('{"a": "x\\ud800y", "b": "\\udc00"}')).value as { a: string; b: string };
    expect(value.a).toBe('x\ud800y');
    const out = JSON.stringify(value);
    expect(out).toContain('\\ud800');
    expect(JSON.parse(out)).toEqual(value);
  });
});
