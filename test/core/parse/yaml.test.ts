import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { parseDeclaration } from '../../../core/parse/index.js';
import { codesOf, documentOf, expectWellFormedIssues, isPlainData, issuesOf, onlyIssue } from './helpers.js';

const yaml = (text: string, limits?: { maxDepth?: number; maxIssues?: number }) =>
  parseDeclaration(text, { filename: 'declaration.yaml', ...(limits ? { limits } : {}) });

describe('valid YAML', () => {
  it('returns plain data and allows comments, including the schema comment', () => {
    const text = [
      '# yaml-language-server: $schema=https://example.org/declaration.schema.json',
      'campaign:',
      '  name: Example   # trailing comment',
      '  areas: [N1, N2]',
      '  budget: 1250.5',
      '  live: true',
      '  agent: ~',
      '  notes: |',
      '    Line one',
      '    [not a list]',
      '',
    ].join('\n');
    const document = documentOf(yaml(text));
    expect(document.format).toBe('yaml');
    expect(document.value).toEqual({
      campaign: { name: 'Example', areas: ['N1', 'N2'], budget: 1250.5, live: true, agent: null, notes: 'Line one\n[not a list]\n' },
    });
    expect(isPlainData(document.value)).toBe(true);
  });

  it('keeps YAML 1.1 booleans as strings (YAML 1.2 core schema: no "Norway problem")', () => {
    expect(documentOf(yaml('country: NO\nflag: yes\nswitch: off\nanswer: n\ndate: 2024-01-01\n')).value).toEqual({
      country: 'NO',
      flag: 'yes',
      switch: 'off',
      answer: 'n',
      date: '2024-01-01',
    });
  });

  it('accepts a leading "---", a final "..." and a %YAML 1.2 directive', () => {
    expect(documentOf(yaml('%YAML 1.2\n---\na: 1\n...\n')).value).toEqual({ a: 1 });
  });

  it('coerces scalar keys to strings, as JSON keys are', () => {
    expect(documentOf(yaml('1: one\ntrue: yes\nnull: nothing\n')).value).toEqual({ '1': 'one', true: 'yes', null: 'nothing' });
  });

  it('turns -0 into 0', () => {
    expect(Object.is((documentOf(yaml('a: -0\n')).value as { a: number }).a, 0)).toBe(true);
  });

  it('accepts JSON written in a .yaml file', () => {
    expect(documentOf(yaml('{"a": [1, 2], "b": {"c": null}}')).value).toEqual({ a: [1, 2], b: { c: null } });
  });

  it('allows a quoted "<<" (a literal name, not a merge key)', () => {
    expect(documentOf(yaml('"<<": 1\n')).value).toEqual({ '<<': 1 });
  });
});

describe('rejected YAML features', () => {
  it('rejects multiple documents, at the second one', () => {
    const issue = onlyIssue(yaml('a: 1\n---\nb: 2\n'), 'YAML_MULTI_DOCUMENT');
    expect([issue.line, issue.column]).toEqual([2, 1]);
  });

  it('rejects anchors and aliases, each with its position', () => {
    const issues = issuesOf(yaml('base: &b\n  x: 1\nother: *b\n'));
    expect(issues.map((issue) => [issue.code, issue.line, issue.pointer])).toEqual([
      ['YAML_ALIAS_UNSUPPORTED', 1, '/base'],
      ['YAML_ALIAS_UNSUPPORTED', 3, '/other'],
    ]);
    expect(issues[0]!.message).toContain('"&b"');
    expect(issues[1]!.message).toContain('"*b"');
  });

  it('rejects "<<" merge keys instead of keeping a literal "<<" property', () => {
    const issue = onlyIssue(yaml('defaults: {a: 1}\nitem:\n  <<: {b: 2}\n  c: 3\n'), 'YAML_MERGE_UNSUPPORTED');
    expect([issue.line, issue.column, issue.pointer]).toEqual([3, 3, '/item/<<']);
  });

  describe('tags', () => {
    let stderr: ReturnType<typeof vi.spyOn>;
    let warn: ReturnType<typeof vi.spyOn>;
    beforeEach(() => {
      stderr = vi.spyOn(process.stderr, 'write');
      warn = vi.spyOn(console, 'warn');
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it.each([
      ['!!js/function', 'a: !!js/function "function () { return 1 }"\n'],
      ['!!binary', 'a: !!binary aGVsbG8=\n'],
      ['!!set', 'a: !!set {x, y}\n'],
      ['!!timestamp', 'a: !!timestamp 2020-01-01\n'],
      ['!!str', 'a: !!str 1\n'],
      ['!custom', 'a: !custom x\n'],
      ['!<tag:…>', 'a: !<tag:yaml.org,2002:str> x\n'],
      ['a tag on the root', '!!map\na: 1\n'],
      ['a tag in a list', 'a:\n  - !!int 3\n'],
    ])('rejects %s, printing nothing', (_name, text) => {
      const issues = issuesOf(yaml(text));
      expect(issues.map((issue) => issue.code)).toEqual(['YAML_TAG_UNSUPPORTED']);
      expect(issues[0]!.line).toBeGreaterThanOrEqual(1);
      expect(stderr).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    });
  });

  it('rejects other directives', () => {
    onlyIssue(yaml('%YAML 1.1\n---\na: yes\n'), 'YAML_DIRECTIVE_UNSUPPORTED');
    expect(codesOf(yaml('%TAG !e! tag:example.com,2000:\n---\na: 1\n'))).toEqual(['YAML_DIRECTIVE_UNSUPPORTED']);
  });
});

describe('keys', () => {
  it('reports every duplicate key, with the line of the first', () => {
    const issues = issuesOf(yaml('a: 1\nb:\n  c: 1\n  c: 2\na: 3\n'));
    expect(issues.map((issue) => [issue.code, issue.pointer, issue.line, issue.column])).toEqual([
      ['DUPLICATE_KEY', '/b/c', 4, 3],
      ['DUPLICATE_KEY', '/a', 5, 1],
    ]);
    expect(issues[0]!.message).toContain('first on line 3');
  });

  it('treats "1" and 1 as the same key, as JSON would', () => {
    onlyIssue(yaml('1: a\n"1": b\n'), 'DUPLICATE_KEY');
  });

  it('finds duplicates in wide mappings', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `k${i}: ${i}`);
    const issue = onlyIssue(yaml(`${lines.join('\n')}\nk77: 0\n`), 'DUPLICATE_KEY');
    expect(issue.line).toBe(5_001);
    expect(issue.message).toContain('first on line 78');
  });

  it.each([
    ['__proto__', 'a:\n  __proto__:\n    polluted: true\n', '/a/__proto__'],
    ['quoted __proto__', '"__proto__": 1\n', '/__proto__'],
    ['constructor', 'list:\n  - constructor: x\n', '/list/0/constructor'],
    ['prototype', 'a: {prototype: 1}\n', '/a/prototype'],
  ])('rejects %s', (_name, text, pointer) => {
    const issue = onlyIssue(yaml(text), 'FORBIDDEN_KEY');
    expect(issue.pointer).toBe(pointer);
  });

  it('rejects a list or mapping used as a key', () => {
    const issue = onlyIssue(yaml('? [a, b]\n: x\n'), 'NON_STRING_KEY');
    expect(issue.line).toBe(1);
  });
});

describe('numbers', () => {
  it.each([
    ['12345678901234567890', 'too large to be stored exactly'],
    ['-9007199254740993', 'too large to be stored exactly'],
    ['.inf', 'would become infinity'],
    ['-.Inf', 'would become infinity'],
    ['.nan', 'not a number'],
    ['1e400', 'would become infinity'],
    ['0x20000000000001', 'too large to be stored exactly'],
  ])('rejects %s', (literal, message) => {
    const issue = onlyIssue(yaml(`n: ${literal}\n`), 'UNSAFE_NUMBER');
    expect(issue.message).toContain(message);
    expect([issue.pointer, issue.line, issue.column]).toEqual(['/n', 1, 4]);
  });

  it('keeps quoted big numbers as text', () => {
    expect(documentOf(yaml('n: "12345678901234567890"\n')).value).toEqual({ n: '12345678901234567890' });
  });
});

describe('syntax errors', () => {
  it.each([
    ['tab indentation', 'a:\n\tb: 1\n', 'A tab is used for indentation', 2, 1],
    ['a missing closing quote', 'a: "abc\nb: 1\n', 'missing its closing quote', 3, 1],
    ['inconsistent indentation', 'a:\n  b: 1\n c: 2\n', 'indentation', 3, 1],
    ['an unclosed flow list', 'a: [1, 2\nb: 3\n', 'A list in brackets [ ] is not closed', 2, 1],
  ])('explains %s, with the line', (_name, text, message, line, column) => {
    const issues = issuesOf(yaml(text));
    expect(issues[0]!.code).toBe('SYNTAX_ERROR');
    expect(issues[0]!.message).toContain(message);
    expect([issues[0]!.line, issues[0]!.column]).toEqual([line, column]);
    expectWellFormedIssues(issues);
  });

  it('reports a file of comments only as empty', () => {
    onlyIssue(yaml('# nothing here\n# or here\n'), 'EMPTY_DOCUMENT');
    onlyIssue(yaml('---\n'), 'EMPTY_DOCUMENT');
  });
});

describe('nesting depth', () => {
  it('accepts 64 levels and rejects 65, in flow and block style', () => {
    expect(yaml(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    onlyIssue(yaml(`${'['.repeat(65)}${']'.repeat(65)}`), 'TOO_DEEP');
    expect(yaml(`${'- '.repeat(64)}x\n`).ok).toBe(true);
    onlyIssue(yaml(`${'- '.repeat(65)}x\n`), 'TOO_DEEP');
    let block = '';
    for (let i = 0; i < 65; i++) block += `${' '.repeat(i)}k:\n`;
    const issue = onlyIssue(yaml(`${block}${' '.repeat(65)}v: 1\n`), 'TOO_DEEP');
    expect(issue.pointer).toBe(`/${Array(64).fill('k').join('/')}`);
  });

  it('is not fooled by brackets in quotes, comments and block text', () => {
    const text = `a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\n# ${'['.repeat(100)}\nc: |\n  ${'['.repeat(100)}\nd: x${'['.repeat(100)}\n`;
    expect(yaml(text).ok).toBe(true);
  });
});

describe('JSON and YAML give the same result', () => {
  const pairs: [string, string, string][] = [
    ['a declaration', '{"campaign": {"name": "X", "areas": ["N1"], "budget": 10, "live": false, "agent": null}}', 'campaign:\n  name: X\n  areas: [N1]\n  budget: 10\n  live: false\n  agent: null\n'],
    ['a duplicate key', '{"a": 1, "a": 2}', 'a: 1\na: 2\n'],
    ['a __proto__ key', '{"x": {"__proto__": {}}}', 'x:\n  __proto__: {}\n'],
    ['an unsafe integer', '{"n": 9007199254740993}', 'n: 9007199254740993\n'],
    ['a non-finite number', '{"n": 1e400}', 'n: 1e400\n'],
    ['too deep', `{"a": ${'['.repeat(64)}${']'.repeat(64)}}`, `a: ${'['.repeat(64)}${']'.repeat(64)}\n`],
  ];
  it.each(pairs)('%s', (_name, jsonText, yamlText) => {
    const fromJson = parseDeclaration(jsonText, { filename: 'd.json' });
    const fromYaml = parseDeclaration(yamlText, { filename: 'd.yaml' });
    expect(codesOf(fromYaml)).toEqual(codesOf(fromJson));
    if (fromJson.ok && fromYaml.ok) expect(fromYaml.document.value).toEqual(fromJson.document.value);
    if (!fromJson.ok && !fromYaml.ok) expect(fromYaml.issues.map((i) => i.pointer)).toEqual(fromJson.issues.map((i) => i.pointer));
  });
});
