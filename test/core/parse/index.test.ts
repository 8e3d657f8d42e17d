import { describe, expect, it } from 'vitest';

import { DEFAULT_PARSE_LIMITS, PARSE_ISSUE_CODES, parseDeclaration, type ParseResult } from '../../../core/parse/index.js';
import { documentOf, onlyIssue } from './helpers.js';

const JSON_TEXT = ['{', '  "campaign": {', '    "name": "Example",', '    "areas": ["N1", "N2"]', '  },', '  "empty": {}', '}', ''].join('\n');
const YAML_TEXT = ['# comment', 'campaign:', '  name: Example', '  areas:', '    - N1', '    - N2', 'empty: {}', ''].join('\n');

describe('locate', () => {
  const json = documentOf(parseDeclaration(JSON_TEXT, { filename: 'd.json' }));
  const yaml = documentOf(parseDeclaration(YAML_TEXT, { filename: 'd.yaml' }));

  it.each([
    ['the root', '', [1, 1], [2, 1]],
    ['a property', '/campaign/name', [3, 13], [3, 9]],
    ['an object', '/campaign', [2, 15], [3, 3]],
    ['an array item', '/campaign/areas/1', [4, 21], [6, 7]],
    ['an empty object', '/empty', [6, 12], [7, 8]],
  ] as const)('finds %s', (_name, pointer, inJson, inYaml) => {
    expect(json.locate(pointer)).toMatchObject({ line: inJson[0], column: inJson[1], exact: true });
    expect(yaml.locate(pointer)).toMatchObject({ line: inYaml[0], column: inYaml[1], exact: true });
  });

  it('returns offsets that point into the text', () => {
    const at = json.locate('/campaign/name')!;
    expect(JSON_TEXT.slice(at.offset, at.offset + 9)).toBe('"Example"');
    const atYaml = yaml.locate('/campaign/areas/0')!;
    expect(YAML_TEXT.slice(atYaml.offset, atYaml.offset + 2)).toBe('N1');
  });

  it.each([
    ['a missing property', '/campaign/agent', '/campaign'],
    ['a missing nested path', '/campaign/agent/name', '/campaign'],
    ['an index past the end', '/campaign/areas/2', '/campaign/areas'],
    ['a non-canonical index', '/campaign/areas/01', '/campaign/areas'],
    ['the "-" index', '/campaign/areas/-', '/campaign/areas'],
    ['a path through a scalar', '/campaign/name/x', '/campaign/name'],
  ])('falls back to the nearest ancestor for %s', (_name, pointer, ancestor) => {
    for (const document of [json, yaml]) {
      const expected = document.locate(ancestor)!;
      expect(document.locate(pointer)).toEqual({ ...expected, exact: false });
    }
  });

  it('gives the position of the property name with keyPosition', () => {
    expect(json.locate('/campaign/name', { keyPosition: true })).toMatchObject({ line: 3, column: 5, exact: true });
    expect(yaml.locate('/campaign/name', { keyPosition: true })).toMatchObject({ line: 3, column: 3, exact: true });
    expect(yaml.locate('/campaign', { keyPosition: true })).toMatchObject({ line: 2, column: 1, exact: true });
    // Array items and the root have no name: their value position is given.
    expect(json.locate('/campaign/areas/1', { keyPosition: true })).toEqual(json.locate('/campaign/areas/1'));
    expect(yaml.locate('', { keyPosition: true })).toEqual(yaml.locate(''));
    // A missing property: the name of its nearest existing ancestor.
    expect(json.locate('/campaign/agent', { keyPosition: true })).toMatchObject({ line: 2, column: 3, exact: false });
  });

  it('returns undefined for a malformed pointer, and never throws', () => {
    expect(json.locate('campaign')).toBeUndefined();
    expect(yaml.locate('/a~2')).toBeUndefined();
    expect(json.locate(undefined as unknown as string)).toBeUndefined();
  });

  it('gives the same answer on repeated calls', () => {
    const first = json.locate('/campaign/areas/0');
    for (let i = 0; i < 5; i++) expect(json.locate('/campaign/areas/0')).toEqual(first);
  });

  it('counts CRLF line endings as one line break', () => {
    const document = documentOf(parseDeclaration('{\r\n  "a": 1,\r\n  "b": 2\r\n}', { filename: 'd.json' }));
    expect(document.locate('/b')).toMatchObject({ line: 3, column: 8 });
    const yamlCrlf = documentOf(parseDeclaration('a: 1\r\nb: 2\r\n', { filename: 'd.yaml' }));
    expect(yamlCrlf.locate('/b')).toMatchObject({ line: 2, column: 4 });
  });
});

describe('parseDeclaration contract', () => {
  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, [], new ArrayBuffer(4), Symbol('x')];
    for (const input of inputs) {
      let result: ParseResult | undefined;
      expect(() => {
        result = parseDeclaration(input as string);
      }).not.toThrow();
      onlyIssue(result!, 'INTERNAL_PARSE_ERROR');
    }
  });

  it('ignores nonsensical options', () => {
    const options = { format: 'xml', filename: 42, limits: { maxDepth: -1, maxIssues: Number.NaN, maxJsonBytes: 'big' } };
    const document = documentOf(parseDeclaration('{"a": 1}', options as never));
    expect(document.value).toEqual({ a: 1 });
    expect(document.filename).toBe('<input>');
  });

  it('exports its limits and codes', () => {
    expect(DEFAULT_PARSE_LIMITS).toEqual({ maxJsonBytes: 1_048_576, maxYamlBytes: 262_144, maxDepth: 64, maxIssues: 100 });
    expect(Object.isFrozen(DEFAULT_PARSE_LIMITS)).toBe(true);
    expect(PARSE_ISSUE_CODES).toContain('INTERNAL_PARSE_ERROR');
    expect(new Set(PARSE_ISSUE_CODES).size).toBe(PARSE_ISSUE_CODES.length);
  });

  it('never echoes long or control-laden input in messages', () => {
    const key = `evil\u001b[31m${'k'.repeat(5000)}`;
    const text = JSON.stringify({ [key]: 1 }).replace('}', `, ${JSON.stringify(key)}: 2}`);
    const issue = onlyIssue(parseDeclaration(text), 'DUPLICATE_KEY');
    expect(issue.message).not.toContain('\u001b');
    expect(issue.message.length).toBeLessThan(200);
    expect(issue.message).toContain('…');
  });
});
