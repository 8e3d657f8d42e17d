/**
 * JSON positions come from the index the safe-parse scan keeps (core/parse/json.ts). Earlier versions
 * built jsonc-parser's tree for them; this test holds the scan's index to exactly the positions that tree
 * gives, for every pointer of real and generated declarations (values and property names), for missing
 * members (nearest existing ancestor) and for odd layouts (escapes, minified, CRLF, empty containers).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';

import { generateDocument } from '../../../bench/generate.js';
import { parseDeclaration, pathToPointer } from '../../../core/parse/index.js';
import { LineIndex } from '../../../core/parse/positions.js';

/** The positions jsonc-parser's tree gives: the reference the scan's index must match. */
function referenceLocate(text: string) {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lines = new LineIndex(text);
  const at = (node: JsonNode, exact: boolean) => ({ ...lines.position(node.offset), exact });
  return (path: readonly string[], keyPosition: boolean) => {
    let node = root!;
    let keyNode: JsonNode | undefined;
    for (const token of path) {
      let next: JsonNode | undefined;
      let nextKey: JsonNode | undefined;
      if (node.type === 'object') {
        const property = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === token);
        nextKey = property?.children?.[0];
        next = property?.children?.[1];
      } else if (node.type === 'array' && /^(?:0|[1-9][0-9]*)$/.test(token)) {
        next = node.children?.[Number(token)];
      }
      if (next === undefined) return at(keyPosition && keyNode ? keyNode : node, false);
      node = next;
      keyNode = nextKey;
    }
    return at(keyPosition && keyNode ? keyNode : node, true);
  };
}

/** Every path in a value, plus a missing child under each container. */
function paths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths(item, [...prefix, String(i)], out));
    out.push([...prefix, String(value.length)], [...prefix, '01'], [...prefix, '-'], [...prefix, 'x', 'y']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
    out.push([...prefix, 'noSuchField'], [...prefix, 'noSuchField', 'deeper', '0']);
  } else {
    out.push([...prefix, 'below'], [...prefix, '0']);
  }
  return out;
}

function expectSamePositions(text: string): number {
  const parsed = parseDeclaration(text, { format: 'json' });
  if (!parsed.ok) throw new Error(`not valid: ${parsed.issues[0]?.message}`);
  const reference = referenceLocate(text);
  let compared = 0;
  for (const path of paths(parsed.document.value)) {
    const pointer = pathToPointer(path);
    for (const keyPosition of [false, true]) {
      expect(parsed.document.locate(pointer, { keyPosition }), `${pointer} key=${keyPosition}`).toEqual(reference(path, keyPosition));
      compared++;
    }
  }
  return compared;
}

describe('JSON positions from the scan index', () => {
  it('match jsonc-parser for every pointer of every bundled JSON example', () => {
    const dir = new URL('../../../examples/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(expectSamePositions(readFileSync(new URL(file, dir), 'utf8'))).toBeGreaterThan(100);
  });

  it('match jsonc-parser on generated declarations of every size, pretty and minified, LF and CRLF', () => {
    for (const [seed, size] of [
      [1, 'small'],
      [2, 'typical'],
      [3, 'large'],
      [4, 'typical'],
    ] as const) {
      const { text } = generateDocument({ seed, size, format: 'json' });
      expectSamePositions(text);
      expectSamePositions(JSON.stringify(JSON.parse(text)));
      expectSamePositions(text.replace(/\n/g, '\r\n'));
    }
  });

  it('match jsonc-parser on odd but valid layouts', () => {
    const texts = [
      '{}',
      '[]',
      '[[], {}, [[]], {"a": {}}]',
      '{"a":[1,-2.5e3,true,false,null,"x"],"b":{"c":[{"d":null}]}}',
      '{ "k\\"ey" : "v\\u0041l", "sl\\/ash": [ "\\\\" ], "a/b": 1, "m~n": { "": 2 } }',
      '\n\n   {\n\t"t": true ,\n\t"f" :false,"n":null  }  \n',
      '{"many": {' + Array.from({ length: 60 }, (_, i) => `"k${i}": [${i}, {"v": "${i}"}]`).join(', ') + '}}',
      '{"emoji 🗳": "✓", "é": ["ü", 1]}',
      '"just a string"',
      '42',
      '[1, [2, [3, [4, [5]]]]]',
    ];
    for (const text of texts) expectSamePositions(text);
  });

  it('give undefined for a malformed pointer, and the root for the empty pointer', () => {
    const parsed = parseDeclaration('{"a": 1}', { format: 'json' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.locate('a')).toBeUndefined();
    expect(parsed.document.locate('/a~2')).toBeUndefined();
    expect(parsed.document.locate('')).toEqual({ line: 1, column: 1, offset: 0, exact: true });
    expect(parsed.document.locate('/a')).toEqual({ line: 1, column: 7, offset: 6, exact: true });
    expect(parsed.document.locate('/a', { keyPosition: true })).toEqual({ line: 1, column: 2, offset: 1, exact: true });
  });
});
