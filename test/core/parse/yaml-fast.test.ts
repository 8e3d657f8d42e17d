/**
 * Routing of the YAML fast path (core/parse/yaml-fast.ts): ordinary declarations are read by js-yaml's event
 * parser; everything unusual is handed to the `yaml`-package path, which gives exactly today's result (issue
 * codes, wording, positions). Each unusual construct is checked three ways: the fast path declines it, the
 * result carries today's issue code, and the result is identical to the `yaml`-package path's alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { parseDeclaration, type ParseIssueCode } from '../../../core/parse/index.js';
import { DEFAULT_PARSE_LIMITS } from '../../../core/parse/limits.js';
import { LineIndex } from '../../../core/parse/positions.js';
import { prescanYamlDepth, withYamlFastPathDisabled } from '../../../core/parse/yaml.js';
import { parseYamlFast, resolvePlain } from '../../../core/parse/yaml-fast.js';
import { codesOf, documentOf } from './helpers.js';

// A pass-through spy on js-yaml's parser, to see when (and whether) it runs.
// The fast path loads js-yaml with require() on first use (not at start-up), so the spy goes on that module object.
const jsyaml = createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml');
const parseEventsSpy = vi.spyOn(jsyaml, 'parseEvents');
afterEach(() => parseEventsSpy.mockClear());

const yaml = (text: string) => parseDeclaration(text, { format: 'yaml' });
const slowOnly = (text: string) => withYamlFastPathDisabled(() => yaml(text));

/** What the fast path says on its own: 'accepted', or 'declined' (handed to the `yaml`-package path). */
function fastPathOf(text: string): 'accepted' | 'declined' | 'pre-scan' {
  if (prescanYamlDepth(text, DEFAULT_PARSE_LIMITS.maxDepth) !== undefined) return 'pre-scan';
  const outcome = parseYamlFast(text, DEFAULT_PARSE_LIMITS, new LineIndex(text), () => {
    throw new Error('the slow path is only for positions');
  });
  return outcome === undefined ? 'declined' : 'accepted';
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the fast path reads ordinary declarations', () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('examples/%s', (name) => {
    const text = readFileSync(join(root, 'examples', name), 'utf8');
    expect(fastPathOf(text)).toBe('accepted');
    const fast = documentOf(yaml(text));
    const slow = documentOf(slowOnly(text));
    expect(fast.value).toEqual(slow.value);
    for (const pointer of ['', '/schemaVersion', '/declarant', '/declarant/name', '/campaign/name', '/nope', '/declarant/nope']) {
      expect(fast.locate(pointer)).toEqual(slow.locate(pointer));
      expect(fast.locate(pointer, { keyPosition: true })).toEqual(slow.locate(pointer, { keyPosition: true }));
    }
  });

  it.each([
    ['block mappings and lists', 'a:\n  b: 1\n  c: [x, "y"]\nlist:\n- 1\n- two\n'],
    ['a %YAML 1.2 directive and document markers', '%YAML 1.2\n---\na: 1\n'],
    ['JSON in a .yaml file', '{"a": [1, 2], "b": {"c": null}}'],
    ['block scalars', 'a: |\n  line\nb: >-\n  folded\n  text\n'],
    ['CRLF line breaks', 'a: 1\r\nb:\r\n  - x\r\n'],
    ['an empty value (its position comes from the yaml-package locator)', 'a:\nb: 1\n'],
    ['YAML 1.1 look-alikes that stay strings', 'a: NO\nb: yes\nc: 2024-01-01\n'],
    ['a quoted "<<" key', '"<<": 1\n'],
    ['a quoted number as a key', '"1": x\n'],
    ['-0', 'a: -0\n'],
  ])('%s', (_name, text) => {
    expect(fastPathOf(text)).toBe('accepted');
    const fast = documentOf(yaml(text));
    const slow = documentOf(slowOnly(text));
    expect(JSON.stringify(fast.value)).toBe(JSON.stringify(slow.value));
    for (const pointer of ['', '/a', '/b', '/b/0', '/c', '/<<', '/1', '/missing']) {
      expect(fast.locate(pointer)).toEqual(slow.locate(pointer));
      expect(fast.locate(pointer, { keyPosition: true })).toEqual(slow.locate(pointer, { keyPosition: true }));
    }
  });

  it('turns -0 into 0, as the yaml-package path does', () => {
    expect(Object.is((documentOf(yaml('a: -0\n')).value as { a: number }).a, 0)).toBe(true);
  });

  it('resolves plain scalars with the yaml package core schema, in its order', () => {
    const cases: [string, unknown][] = [
      ['', null],
      ['~', null],
      ['Null', null],
      ['nULL', 'nULL'],
      ['True', true],
      ['tRUE', 'tRUE'],
      ['yes', 'yes'],
      ['0o17', 15],
      ['0777', 777],
      ['+12', 12],
      ['0x1F', 31],
      ['0X1F', '0X1F'],
      ['1_000', '1_000'],
      ['.inf', Infinity],
      ['-.Inf', -Infinity],
      ['.NaN', NaN],
      ['1.5e3', 1500],
      ['.5', 0.5],
      ['5.', 5],
      ['2024-01-01', '2024-01-01'],
    ];
    for (const [source, value] of cases) expect(resolvePlain(source), source).toEqual(value);
  });
});

interface Routed {
  name: string;
  text: string;
  /** Today's first issue code, or 'ok' when the yaml-package path accepts it. */
  code: ParseIssueCode | 'ok';
  /** Decided where: 'pre-scan' (before js-yaml runs) or 'declined' by the fast path. */
  by?: 'pre-scan' | 'declined';
}

const LONG = 'k'.repeat(1100);

const ROUTED: Routed[] = [
  { name: 'an anchor', text: 'a: &x 1\n', code: 'YAML_ALIAS_UNSUPPORTED' },
  { name: 'an anchor on a mapping', text: 'a: &x\n  b: 1\n', code: 'YAML_ALIAS_UNSUPPORTED' },
  { name: 'an alias', text: 'a: &x 1\nb: *x\n', code: 'YAML_ALIAS_UNSUPPORTED' },
  { name: 'an alias bomb', text: 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', code: 'YAML_ALIAS_UNSUPPORTED' },
  { name: 'a !!str tag', text: 'a: !!str 1\n', code: 'YAML_TAG_UNSUPPORTED' },
  { name: 'a tag on a mapping', text: 'a: !!map\n  b: 1\n', code: 'YAML_TAG_UNSUPPORTED' },
  { name: 'a local tag', text: 'a: !custom x\n', code: 'YAML_TAG_UNSUPPORTED' },
  { name: 'a %YAML 1.1 directive', text: '%YAML 1.1\n---\na: 1\n', code: 'YAML_DIRECTIVE_UNSUPPORTED' },
  { name: 'a %TAG directive', text: '%TAG !e! tag:example.com,2000:\n---\na: 1\n', code: 'YAML_DIRECTIVE_UNSUPPORTED' },
  { name: 'an unknown directive', text: '%FOO bar\n---\na: 1\n', code: 'YAML_DIRECTIVE_UNSUPPORTED' },
  { name: 'a second document', text: 'a: 1\n---\nb: 2\n', code: 'YAML_MULTI_DOCUMENT' },
  { name: 'an empty document', text: '# only a comment\n', code: 'EMPTY_DOCUMENT' },
  { name: 'a lone document marker', text: '---\n', code: 'EMPTY_DOCUMENT' },
  { name: 'a scalar at the top (the schema refuses it later)', text: 'just some words\n', code: 'ok' },
  { name: 'a duplicate key', text: 'a: 1\na: 2\n', code: 'DUPLICATE_KEY' },
  { name: 'a duplicate key in flow', text: '{a: 1, a: 2}\n', code: 'DUPLICATE_KEY' },
  { name: 'a __proto__ key', text: 'a:\n  __proto__:\n    polluted: true\n', code: 'FORBIDDEN_KEY' },
  { name: 'a quoted __proto__ key', text: '"__proto__": 1\n', code: 'FORBIDDEN_KEY' },
  { name: 'a constructor key', text: 'constructor: 1\n', code: 'FORBIDDEN_KEY' },
  { name: 'a prototype key', text: 'a: {prototype: 1}\n', code: 'FORBIDDEN_KEY' },
  { name: 'a << merge key', text: '<<: {a: 1}\n', code: 'YAML_MERGE_UNSUPPORTED' },
  { name: 'a list as a key', text: '? [a, b]\n: x\n', code: 'NON_STRING_KEY' },
  { name: 'a mapping as a key', text: '{a: 1}: x\n', code: 'NON_STRING_KEY' },
  { name: 'a number as a key (coerced to a string by the yaml-package path)', text: '1: one\n', code: 'ok' },
  { name: 'null as a key', text: '~: x\n', code: 'ok' },
  { name: 'an integer beyond 2^53', text: 'a: 12345678901234567890\n', code: 'UNSAFE_NUMBER' },
  { name: '1e400', text: 'a: 1e400\n', code: 'UNSAFE_NUMBER' },
  { name: '.nan', text: 'a: .nan\n', code: 'UNSAFE_NUMBER' },
  { name: '.inf', text: 'a: .inf\n', code: 'UNSAFE_NUMBER' },
  { name: 'deep flow nesting', text: `a: ${'['.repeat(65)}${']'.repeat(65)}\n`, code: 'TOO_DEEP', by: 'pre-scan' },
  { name: 'deep compact lists', text: `${'- '.repeat(65)}x\n`, code: 'TOO_DEEP', by: 'pre-scan' },
  { name: '100,000 levels of flow nesting', text: '['.repeat(100_000), code: 'TOO_DEEP', by: 'pre-scan' },
  { name: 'deep block nesting (not seen by the pre-scan)', text: `${Array.from({ length: 65 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`, code: 'TOO_DEEP' },
  { name: 'an unclosed list', text: 'a: [1, 2\n', code: 'SYNTAX_ERROR' },
  { name: 'an unclosed quote', text: 'a: "abc\nb: 1\n', code: 'SYNTAX_ERROR' },
  { name: 'bad indentation', text: 'a:\n  b: 1\n c: 2\n', code: 'SYNTAX_ERROR' },
  { name: 'a tab as indentation', text: 'a:\n\tb: 1\n', code: 'SYNTAX_ERROR' },
  { name: 'a tab after a colon', text: 'a:\tb\n', code: 'ok' },
  { name: 'a lone CR line break', text: 'a: 1\rb: 2\r', code: 'SYNTAX_ERROR' },
  { name: 'a document end marker', text: 'a: 1\n...\n', code: 'ok' },
  { name: 'an indented document marker', text: '  ---\n- a\n', code: 'ok' },
  { name: 'an implicit key over 1024 characters', text: `${LONG}: 1\n`, code: 'SYNTAX_ERROR' },
  { name: 'an implicit key whose colon is over 1024 characters away', text: `k${' '.repeat(1100)}: 1\n`, code: 'SYNTAX_ERROR' },
  { name: 'a quoted key over several lines', text: '"a\n b": 1\n', code: 'SYNTAX_ERROR' },
  { name: 'an escaped line break before a line of spaces', text: 'a: "x\\\n   \n  y"\n', code: 'ok' },
  { name: 'a line of spaces inside a quoted scalar', text: "a: 'x\n   \n  y'\n", code: 'ok' },
];

describe('unusual YAML is handed to the yaml-package path, which gives today’s result', () => {
  it.each(ROUTED)('$name -> $code', ({ text, code, by }) => {
    expect(fastPathOf(text)).toBe(by ?? 'declined');
    const result = yaml(text);
    if (code === 'ok') expect(result.ok, JSON.stringify(codesOf(result))).toBe(true);
    else expect(codesOf(result)[0]).toBe(code);
    // Identical, issue for issue (wording and positions), to the yaml-package path alone.
    expect(JSON.stringify(result)).toBe(JSON.stringify(slowOnly(text)));
    if (result.ok) {
      const slow = documentOf(slowOnly(text));
      for (const pointer of ['', '/a', '/b', '/0', '/1', '/~0']) expect(result.document.locate(pointer)).toEqual(slow.locate(pointer));
    }
  });

  it('runs the depth pre-scan before js-yaml sees the text', () => {
    onlyCalls(() => yaml('a: [1]\n'), 1);
    onlyCalls(() => yaml(`a: ${'['.repeat(100_000)}`), 0);
    onlyCalls(() => yaml(`${'- '.repeat(100_000)}x\n`), 0);
    onlyCalls(() => yaml(`${'{a: '.repeat(60_000)}`), 0);
  });

  it('never runs js-yaml when the fast path is switched off, or on text it declines before parsing', () => {
    onlyCalls(() => slowOnly('a: 1\n'), 0);
    onlyCalls(() => yaml('a:\n\tb: 1\n'), 0);
    onlyCalls(() => yaml('%YAML 1.1\n---\na: 1\n'), 0);
  });

  it('stops js-yaml at the depth limit when the pre-scan cannot see the nesting', () => {
    // Block nesting by indentation is not estimated by the pre-scan: js-yaml's maxDepth and the build step catch it.
    const deep = `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
    expect(prescanYamlDepth(deep, DEFAULT_PARSE_LIMITS.maxDepth)).toBeUndefined();
    expect(() => jsyaml.parseEvents(deep, { maxDepth: DEFAULT_PARSE_LIMITS.maxDepth + 1 })).toThrow();
    expect(codesOf(yaml(deep))).toEqual(['TOO_DEEP']);
  });

  it('applies custom limits on both paths alike', () => {
    const text = 'a:\n  b:\n    c: 1\n';
    for (const maxDepth of [2, 3, 4]) {
      const options = { format: 'yaml' as const, limits: { maxDepth } };
      const fast = parseDeclaration(text, options);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(withYamlFastPathDisabled(() => parseDeclaration(text, options))));
      expect(fast.ok).toBe(maxDepth >= 3);
    }
  });
});

function onlyCalls(run: () => unknown, calls: number): void {
  parseEventsSpy.mockClear();
  run();
  expect(parseEventsSpy).toHaveBeenCalledTimes(calls);
}
