/**
 * Inputs for the YAML differential check, shared by `npm run bench:yaml` (bench/yaml.bench.ts) and the property
 * test test/properties/yaml-differential.test.ts: parseDeclaration with the fast path (core/parse/yaml-fast.ts)
 * must return exactly what the `yaml`-package path alone returns, on
 *
 *   - TRICKY_YAML: snippets that have tripped parsers, that the policy rejects, or that the two parsers read
 *     differently (each of those is handed to the slow path);
 *   - randomYaml(): random values written out in random YAML styles (block and flow collections, compact and
 *     explicit forms, every scalar style, comments, blank lines, odd indentation, CRLF, document markers),
 *     mostly valid, so the fast path is exercised and its value and positions compared;
 *   - stringifyVariant(): a value written by the `yaml` package with random options (quoting, folding, widths);
 *   - editYaml(): small random edits of any of these (near-valid input, where two parsers disagree most);
 *   - token soup (SOUP_ATOMS).
 *
 * Everything is drawn from a `Draw` (bench/generate.ts), so the bench uses a seeded PRNG and the property test
 * fast-check's `gen()` (which shrinks).
 */
import { stringify as toYaml } from 'yaml';

import { parseDeclaration, type ParseLimits, type ParseResult } from '../../core/parse/index.js';
import { resolveLimits } from '../../core/parse/limits.js';
import { LineIndex } from '../../core/parse/positions.js';
import { prescanYamlDepth, withYamlFastPathDisabled } from '../../core/parse/yaml.js';
import { parseYamlFast } from '../../core/parse/yaml-fast.js';
import { Draw, EXOTIC_TEXT } from '../generate.js';

/** YAML that has tripped parsers, or that the policy rejects (core/parse/yaml.ts), plus ordinary odd shapes. */
export const TRICKY_YAML: readonly string[] = [
  'a: 1\n',
  '# comment\nschemaVersion: "1.0"\n',
  '---\na: 1\n',
  '---\na: 1\n...\n',
  '%YAML 1.2\n---\na: 1\n',
  '%YAML 1.1\n---\na: 1\n',
  '%TAG ! tag:example.com,2000:\n---\na: 1\n',
  ' %YAML 1.2\n---\na: 1\n',
  '%YAML 1.2\na: 1\n',
  '%YAML 1.2 # c\n---\na: 1\n',
  '%YAML 1.2\n%YAML 1.2\n---\na: 1\n',
  'a: 1\n\ufeff---\nb: 2\n',
  'a: 1\n\ufeffb: 2\n',
  'a: 1\r\nb: [x, y]\r\n',
  'a: 1\rb: 2\r',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: !!binary aGVsbG8=\n',
  'a: !custom x\n',
  'a: ! x\n',
  '<<: {a: 1}\n',
  'base: &b {a: 1}\nc:\n  <<: *b\n',
  '"<<": 1\n',
  'a: 1\na: 2\n',
  'a:\n  b: 1\n  b: 2\n',
  '{a: 1, a: 2}\n',
  '__proto__: {x: 1}\n',
  'constructor: 1\n',
  'a:\n  prototype: 1\n',
  '1: one\n',
  'true: yes\n',
  'null: x\n',
  '~: x\n',
  ': x\n',
  '"": x\n',
  '? [a, b]\n: c\n',
  '? complex\n: value\n',
  '? lonely\n',
  '? |\n  block key\n: v\n',
  '"multi\n line key": 1\n',
  `${'k'.repeat(1100)}: 1\n`,
  `${'k'.repeat(1020)}: 1\n`,
  `k${' '.repeat(1100)}: 1\n`,
  `"${'k'.repeat(1100)}": 1\n`,
  `a: [${'k'.repeat(1100)}: 1]\n`,
  `? ${'k'.repeat(1100)}\n: 1\n`,
  'a: [b: 1]\n',
  'a: [b\n  : 1]\n',
  'a: {b, c}\n',
  'a: [1, 2,]\n',
  'a: 12345678901234567890\n',
  'a: 1e400\n',
  'a: .inf\n',
  'a: -.inf\n',
  'a: .nan\n',
  'a: -0\n',
  'a: -0.0\n',
  'a: 0o17\n',
  'a: 0x1F\n',
  'a: 0777\n',
  'a: +12\n',
  'a: 1_000\n',
  'a: 1.5e3\n',
  'a: .5\n',
  'a: 5.\n',
  'a: 0.10000000000000000000000000000001\n',
  'a: NO\nb: yes\nc: off\nd: 2024-01-01\ne: ~\nf: Null\ng: TRUE\n',
  'a: "quoted \\" and \\u00e9"\nb: \'single \'\' quote\'\n',
  'a: |\n  literal\n  text\nb: >-\n  folded\n  text\n',
  'a: |+\n  keep\n\nb: 1\n',
  'a: >2\n    indented\n',
  'a: |\n\n  after blank\n',
  'a: | # comment\n  text\n',
  'a: |\n  text\n ...\n',
  'a: >\n\n\n  x\n\n\n',
  'a: |-\n',
  'list:\n- a\n- b\n',
  'list:\n  - a\n  -\n  - c\n',
  'a:\n',
  'a: []\nb: {}\n',
  'a: [1, [2, [3]]]\n',
  'a: {b: {c: {d: 1}}}\n',
  '- 1\n- 2\n',
  'just a string\n',
  '42\n',
  '',
  '   \n',
  '# only a comment\n',
  '---\n---\n',
  '--- a: 1\n',
  '--- [a]\n',
  '--- |\n  x\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\n... \n',
  'a:\tb\n',
  '\ta: 1\n',
  'a:\n\t- b\n',
  'a: b: c\n',
  'a: [1, 2\n',
  'a: {b: 1\n',
  'a: "unclosed\n',
  "a: 'unclosed\n",
  'a: "x"#c\n',
  'a: [x]#c\n',
  'a: x#c\n',
  'key with spaces: value\n',
  'a : b\n',
  'a: value # comment\n',
  'a: multi\n  line\n  plain\n',
  'a: multi\n\n  line\n',
  'a: "multi\n  line quoted"\n',
  "a: 'multi\n\n  line'\n",
  'a:\n  - b: 1\n    c: 2\n  - d: 3\n',
  '- - - x\n',
  '- - a\n  - b\n- c\n',
  '- a: 1\n  b: 2\n',
  '-\n  a: 1\n',
  'a:\n- b\n-  c\n',
  'a:\n  [x,\n y]\n',
  'a: [x,\ny]\n',
  'a: {x: 1,\n  y: 2}\n',
  '[1, 2]: x\n',
  '{a: 1}: x\n',
  'a: @bad\n',
  'a: `bad\n',
  'a: %bad\n',
  'a: - b\n',
  'a: *undefined\n',
  '&anchor a: 1\n',
  'é: ü\n',
  'a: "\\ud800"\n',
  'a: 😀\n',
  '"a\\u0000b": 1\n',
  'a: "\\x41"\n',
  'a: "\\N\\_\\L\\P"\n',
  'a: "\\q"\n',
  'a: x\u0085y\n',
  'a: x\u2028y\n',
  'a: \u00a0x\n',
  'a: x\ufeffy\n',
  '\u2028a: 1\n',
  'a: -x\nb: ?y\nc: :z\n',
  'a: - \n',
  'a: ?\n',
  'a:  \n  b\n',
  '{"a": [1, 2], "b": {"c": null}}',
  '[]',
  '{}',
  `a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
  `${'a:\n'.repeat(1)}${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
];

export const SOUP_ATOMS: readonly string[] = ['{', '}', '[', ']', ',', ':', ': ', '"', "'", '"k"', '- ', '? ', '\n', '\n  ', '\n    ', '  ', '\t', '#', ' # c', '\\', 'x', 'key', '1', '-0', '1e400', '0x1F', 'true', 'null', '~', '&a ', '*a', '!!str ', '!x ', '<<', '---\n', '...\n', '|', '|-', '>', '>+', '__proto__', '\ud800', '\u00a0', '%YAML 1.2\n', '\r', '\r\n', 'é', '@', '`', '%', '\ufeff', '\u2028'];

export function tokenSoup(draw: Draw, maxAtoms = 40): string {
  return Array.from({ length: draw.int(1, maxAtoms) }, () => draw.pick(SOUP_ATOMS)).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Random values written out in random YAML styles

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

const WORDS = ['voter', 'email', 'consent', 'a', 'b', 'campaign', 'x y', 'data-item', 'Purpose', 'name_2', 'é', '日本'];
const ODD_STRINGS = [
  '',
  ' ',
  '1',
  '-0',
  '0x1F',
  '0o17',
  '1e3',
  '1e400',
  '.5',
  '5.',
  '+1',
  '1_000',
  'true',
  'False',
  'null',
  '~',
  'NO',
  'yes',
  '2024-01-01',
  '.inf',
  '.nan',
  'a: b',
  'a #b',
  'a#b',
  '- x',
  '-x',
  '? x',
  '?x',
  ':x',
  'x:',
  '[x]',
  '{x}',
  'x, y',
  '"q"',
  "it's",
  'back\\slash',
  '*x',
  '&x',
  '!x',
  '%x',
  '@x',
  '`x',
  '|',
  '>',
  '---',
  '...',
  '<<',
  'line\nbreak',
  'trailing ',
  ' leading',
  'two\n\nbreaks',
  'tab\there',
  'nbsp\u00a0here',
  'nel\u0085here',
  'ls\u2028here',
  'bom\ufeffhere',
  'emoji 😀',
  'lone \ud800 surrogate',
  'ctrl \u0007 bell',
  ...EXOTIC_TEXT.slice(0, 12),
];
const KEYS = ['a', 'b', 'name', 'id', 'Key With Spaces', 'x-y', 'é', '1', 'true', 'null', '~', '', '<<', '__proto__', 'toString', 'a:b', 'a b', '#k', '-k', '?k', "k'", 'k"', 'k\\'];

function randomString(draw: Draw): string {
  switch (draw.int(0, 5)) {
    case 0:
    case 1:
      return draw.pick(WORDS);
    case 2:
      return Array.from({ length: draw.int(2, 12) }, () => draw.pick(WORDS)).join(' ');
    case 3:
      return draw.pick(ODD_STRINGS);
    case 4:
      return `${draw.pick(WORDS)}${draw.pick(ODD_STRINGS)}${draw.pick(WORDS)}`;
    default:
      return draw.chance(0.2) ? 'w'.repeat(draw.int(900, 1100)) : draw.pick(WORDS).repeat(draw.int(1, 30));
  }
}

function randomKey(draw: Draw): string {
  if (draw.chance(0.6)) return draw.pick(['schemaVersion', 'name', 'id', 'purpose', 'items', 'a', 'b', 'c', 'd', 'e']);
  if (draw.chance(0.05)) return 'k'.repeat(draw.int(990, 1100));
  return draw.chance(0.5) ? draw.pick(KEYS) : randomString(draw);
}

/** An own property, even for "__proto__" (an assignment would set the prototype instead). */
function setOwn(map: { [key: string]: Value }, k: string, v: Value): void {
  Object.defineProperty(map, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function randomValue(draw: Draw, depth: number): Value {
  const kind = depth >= 4 ? draw.int(0, 3) : draw.int(0, 7);
  switch (kind) {
    case 0:
    case 1:
      return randomString(draw);
    case 2:
      return draw.pick<Value>([0, 1, -1, 42, 3.5, -0.25, 1e21, 9007199254740991, true, false, null]);
    case 3:
      return draw.chance(0.5) ? draw.pick(WORDS) : draw.int(0, 1000);
    case 4:
    case 5: {
      const map: { [key: string]: Value } = {};
      for (let n = draw.int(0, 5); n > 0; n--) setOwn(map, randomKey(draw), randomValue(draw, depth + 1));
      return map;
    }
    default:
      return Array.from({ length: draw.int(0, 4) }, () => randomValue(draw, depth + 1));
  }
}

const PLAIN_SAFE = /^[A-Za-z\u00c0-\uffff][A-Za-z0-9\u00c0-\uffff ._/()-]*$/;

function doubleQuoted(s: string, draw: Draw): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += draw.chance(0.5) ? '\\t' : '\t';
    else if (c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c > 0x7f && draw.chance(0.1)) out += c > 0xffff ? `\\U${c.toString(16).padStart(8, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function singleQuoted(s: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\n\u0000-\u0008\u000b-\u001f\u007f]/.test(s)) return undefined;
  return `'${s.replace(/'/g, "''")}'`;
}

interface Style {
  /** Spaces per nesting level. */
  step: number;
  crlf: boolean;
  comments: number;
  flowChance: number;
  /** Write plain scalars even where they are not safe. */
  reckless: number;
}

/** A scalar written inline (in flow or after `key: ` / `- `); may span lines when folded. */
function inlineScalar(value: Value, draw: Draw, style: Style, indent: number, flow: boolean): string {
  if (value === null) return draw.pick(['null', '~', 'Null', '']);
  if (typeof value === 'boolean') return draw.pick(value ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE']);
  if (typeof value === 'number') return draw.chance(0.8) ? String(value) : draw.pick([String(value), `${value}.0`, value >= 0 ? `+${value}` : String(value), value.toExponential()]);
  const s = value as string;
  const plainOk = PLAIN_SAFE.test(s) && !s.endsWith(' ') && !/^(?:true|false|null|yes|no|on|off)$/i.test(s);
  const pick = draw.int(0, 9);
  // Line breaks inside a scalar: plain folding, an empty line, a line of spaces, then the continuation.
  const fold = (continuation: number, escaped: boolean) =>
    `${escaped ? '\\' : ''}\n${draw.pick(['', '', '\n', `${' '.repeat(draw.int(1, continuation + 2))}\n`])}${' '.repeat(continuation)}`;
  if ((plainOk && pick < 6) || draw.chance(style.reckless)) {
    if (!flow && s.includes(' ') && draw.chance(0.2)) {
      // A multi-line plain scalar: folded at a space, continued further indented.
      return s.replace(' ', fold(indent + style.step, false));
    }
    return s;
  }
  const single = singleQuoted(s);
  if (single !== undefined && pick < 8) {
    if (s.includes(' ') && draw.chance(0.2)) return single.replace(' ', fold(indent + draw.int(0, 2), false));
    return single;
  }
  const dq = doubleQuoted(s, draw);
  if (s.includes(' ') && draw.chance(0.2)) return dq.replace(' ', fold(indent + draw.int(0, 2), draw.chance(0.5)));
  return dq;
}

function blockScalar(s: string, draw: Draw, indent: number, header: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (s === '' || /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s) || /^\s/.test(s)) return undefined;
  const indicator = draw.pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '>1-']);
  const explicit = /\d/.exec(indicator);
  const pad = ' '.repeat(explicit ? indent + Number(explicit[0]) : indent + draw.int(1, 3));
  const comment = draw.chance(0.2) ? ' # c' : '';
  const lines = s.split('\n').map((line) => (line === '' ? '' : pad + line));
  // Empty lines, lines of spaces (shorter or longer than the indentation) and more-indented lines.
  if (draw.chance(0.3)) lines.splice(draw.int(0, lines.length), 0, draw.pick(['', ' '.repeat(draw.int(1, pad.length + 2)), `${pad}  more indented`]));
  if (draw.chance(0.2)) lines.push(draw.pick(['', ' '.repeat(draw.int(1, pad.length + 2))]));
  return `${header}${indicator}${comment}\n${lines.join('\n')}\n`;
}

function key(k: string, draw: Draw, style: Style): string {
  const plainOk = PLAIN_SAFE.test(k) && !k.endsWith(' ');
  if ((plainOk && draw.chance(0.8)) || draw.chance(style.reckless)) return k;
  return singleQuoted(k) !== undefined && draw.chance(0.5) ? singleQuoted(k)! : doubleQuoted(k, draw);
}

function flowNode(value: Value, draw: Draw, style: Style, indent: number): string {
  if (Array.isArray(value)) {
    const sep = draw.chance(0.2) ? `,\n${' '.repeat(indent + 1)}` : draw.pick([', ', ',', ' , ']);
    const trailing = value.length > 0 && draw.chance(0.1) ? ',' : '';
    return `[${value.map((v) => flowNode(v, draw, style, indent)).join(sep)}${trailing}]`;
  }
  if (value !== null && typeof value === 'object') {
    const sep = draw.chance(0.2) ? `,\n${' '.repeat(indent + 1)}` : ', ';
    const entries = Object.entries(value).map(([k, v]) => `${key(k, draw, style)}${draw.pick([': ', ':  ', ' : '])}${flowNode(v, draw, style, indent)}`);
    return draw.chance(0.5) ? `{${entries.join(sep)}}` : `{ ${entries.join(sep)} }`;
  }
  return inlineScalar(value, draw, style, indent, true);
}

function comment(draw: Draw, style: Style): string {
  return draw.chance(style.comments) ? draw.pick([' # note', '  #', ' #: not a key', ' # - item']) : '';
}

function blankOrCommentLines(draw: Draw, style: Style, indent: number): string {
  if (!draw.chance(style.comments)) return '';
  return draw.pick(['\n', `${' '.repeat(draw.int(0, indent + 2))}# a comment\n`, '#\n', '   \n']);
}

/** A node written after `prefix` (which ends a line's start: `key:` or `-`), at block indentation `indent`. */
function blockEntry(value: Value, draw: Draw, style: Style, indent: number, prefix: string, inSeq: boolean): string {
  const childIndent = indent + style.step;
  const isMap = value !== null && typeof value === 'object' && !Array.isArray(value);
  const isSeq = Array.isArray(value);
  const empty = (isMap && Object.keys(value).length === 0) || (isSeq && value.length === 0);
  if ((isMap || isSeq) && !empty && !draw.chance(style.flowChance)) {
    if (inSeq && draw.chance(0.5)) {
      // Compact form: `- a: 1` / `- - x`, the child's first line on the dash's line.
      const inner = block(value, draw, style, indent + 2);
      return `${prefix} ${inner.slice(indent + 2)}`;
    }
    const seqUnderKey = isSeq && !inSeq && draw.chance(0.3) ? indent : childIndent; // `key:\n- x` is allowed
    return `${prefix}${comment(draw, style)}\n${blankOrCommentLines(draw, style, indent)}${block(value, draw, style, seqUnderKey)}`;
  }
  if (!isMap && !isSeq && typeof value === 'string' && value.length > 0 && draw.chance(0.1)) {
    const text = blockScalar(value, draw, indent, `${prefix} `);
    if (text !== undefined) return text;
  }
  if (value === null && draw.chance(0.3)) return `${prefix}${comment(draw, style)}\n`; // an empty value
  const inline = isMap || isSeq ? flowNode(value, draw, style, indent) : inlineScalar(value, draw, style, indent, false);
  const onNextLine = !isMap && !isSeq && draw.chance(0.05);
  return onNextLine ? `${prefix}\n${' '.repeat(childIndent)}${inline}${comment(draw, style)}\n` : `${prefix}${draw.pick([' ', ' ', '  '])}${inline}${comment(draw, style)}\n`;
}

/** A block collection at `indent` (each line starts with `indent` spaces). */
function block(value: Value, draw: Draw, style: Style, indent: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  if (Array.isArray(value)) {
    for (const item of value) out += blankOrCommentLines(draw, style, indent) + blockEntry(item, draw, style, indent, `${pad}-`, true);
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, Value>)) {
    out += blankOrCommentLines(draw, style, indent);
    if (draw.chance(0.05)) {
      // An explicit key.
      out += `${pad}? ${key(k, draw, style)}\n`;
      out += blockEntry(v, draw, style, indent, `${pad}:`, false);
    } else {
      out += blockEntry(v, draw, style, indent, `${pad}${key(k, draw, style)}${draw.chance(0.05) ? ' :' : ':'}`, false);
    }
  }
  return out;
}

/** A random value (a mapping at the top, most of the time) written in random YAML styles. Mostly valid YAML. */
export function randomYaml(draw: Draw): string {
  const style: Style = {
    step: draw.pick([2, 2, 2, 1, 3, 4]),
    crlf: draw.chance(0.1),
    comments: draw.pick([0, 0.1, 0.3]),
    flowChance: draw.pick([0, 0.1, 0.3, 1]),
    reckless: draw.pick([0, 0, 0.05]),
  };
  const top: Value = draw.chance(0.9)
    ? (() => {
        const map: { [key: string]: Value } = {};
        for (let n = draw.int(1, 6); n > 0; n--) setOwn(map, randomKey(draw), randomValue(draw, 1));
        return map;
      })()
    : randomValue(draw, 0);
  const isCollection = top !== null && typeof top === 'object';
  const empty = isCollection && Object.keys(top).length === 0;
  let body = isCollection && !empty && !draw.chance(style.flowChance / 2) ? block(top, draw, style, 0) : `${flowNode(top, draw, style, 0)}\n`;
  const start = draw.pick(['', '', '', '---\n', '%YAML 1.2\n---\n', '# header\n', '--- # doc\n', '\n\n']);
  const end = draw.pick(['', '', '', '...\n', '# end\n', '\n\n', '   ']);
  body = start + body + end;
  if (draw.chance(0.05)) body = body.replace(/\n$/, '');
  return style.crlf ? body.replace(/\n/g, '\r\n') : body;
}

const YAML_STRINGIFY_STRING_TYPES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/** The value as the `yaml` package writes it, with random options: another source of valid, realistic variety. */
export function stringifyVariant(value: unknown, draw: Draw): string {
  return toYaml(value, {
    indent: draw.pick([2, 2, 1, 3, 4, 8]),
    indentSeq: draw.chance(0.7),
    lineWidth: draw.pick([80, 0, 20, 40, 120]),
    minContentWidth: draw.pick([20, 0, 5]),
    defaultStringType: draw.pick(YAML_STRINGIFY_STRING_TYPES),
    defaultKeyType: draw.pick([null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const),
    collectionStyle: draw.pick(['any', 'any', 'block', 'flow'] as const),
    flowCollectionPadding: draw.chance(0.5),
    doubleQuotedAsJSON: draw.chance(0.3),
    doubleQuotedMinMultiLineLength: draw.pick([40, 10, 100]),
    directives: draw.chance(0.1) ? true : null,
  });
}

/** Small edits: near-valid input. */
export function editYaml(text: string, draw: Draw, edits = draw.int(1, 3)): string {
  let out = text;
  for (let n = edits; n > 0; n--) {
    const at = draw.int(0, out.length);
    const lines = out.split('\n');
    const line = draw.int(0, lines.length - 1);
    switch (draw.int(0, 6)) {
      case 0:
        out = out.slice(0, at) + draw.pick(SOUP_ATOMS) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + draw.int(1, 5));
        break;
      case 2:
        lines.splice(line, 0, lines[line]!);
        out = lines.join('\n');
        break;
      case 3:
        lines[line] = `${' '.repeat(draw.int(1, 3))}${lines[line]}`;
        out = lines.join('\n');
        break;
      case 4:
        lines[line] = lines[line]!.replace(/^ {1,2}/, '');
        out = lines.join('\n');
        break;
      case 5:
        out = out.slice(0, at) + draw.pick(ODD_STRINGS) + out.slice(at);
        break;
      default:
        out = out.slice(0, at) + draw.pick([':', '-', ' ', '#', '"', "'", '[', '{', '\n', '|', '>', ',', '?', '!', '&', '*']) + out.slice(at + 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The comparison

/** Every pointer of the value, plus missing ones (one level below every node, past the end of lists) and malformed ones. */
export function pointersOf(value: unknown): string[] {
  const out: string[] = [''];
  const walk = (v: unknown, pointer: string) => {
    if (Array.isArray(v)) v.forEach((item, i) => (out.push(`${pointer}/${i}`), walk(item, `${pointer}/${i}`)));
    else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        out.push(p);
        walk(item, p);
      }
    }
  };
  walk(value, '');
  return [...out, ...out.map((p) => `${p}/missingFact`), ...out.map((p) => `${p}/999`), 'no-slash', '/~2', '/-'];
}

/** True when the fast path would answer for this text: it passes the depth pre-scan and the fast path accepts it. */
export function decidedByFastPath(text: string, limits?: Partial<ParseLimits>): boolean {
  const resolved = resolveLimits(limits);
  if (prescanYamlDepth(text, resolved.maxDepth) !== undefined) return false;
  return parseYamlFast(text, resolved, new LineIndex(text), () => ({ ok: false, issues: [] })) !== undefined;
}

/** The two results of one input: production (fast path first) and the `yaml`-package path alone. */
export function bothPaths(input: string | Uint8Array, limits?: Partial<ParseLimits>): { fast: ParseResult; slow: ParseResult } {
  const options = { format: 'yaml' as const, ...(limits ? { limits } : {}) };
  return { fast: parseDeclaration(input, options), slow: withYamlFastPathDisabled(() => parseDeclaration(input, options)) };
}

/**
 * Why the two paths disagree on `input`, or undefined when they agree in every observable way: verdict, issues
 * (code, wording, pointer, position), value (including -0), and the position of every pointer of the value, of
 * its keys, and of missing and malformed pointers.
 */
export function disagreement(input: string | Uint8Array, limits?: Partial<ParseLimits>): string | undefined {
  const { fast, slow } = bothPaths(input, limits);
  if (fast.ok !== slow.ok) return `verdict: fast ${fast.ok}, slow ${slow.ok}${slow.ok ? '' : ` (${slow.issues.map((i) => i.code).join(', ')})`}`;
  if (!fast.ok || !slow.ok) return JSON.stringify(fast) === JSON.stringify(slow) ? undefined : 'different issues';
  if (JSON.stringify(fast.document) !== JSON.stringify(slow.document)) return 'different document';
  if (JSON.stringify(fast.document.value) !== JSON.stringify(slow.document.value)) return 'different value';
  if (Object.is(fast.document.value, -0) !== Object.is(slow.document.value, -0)) return 'different -0';
  for (const pointer of pointersOf(slow.document.value)) {
    for (const keyPosition of [false, true]) {
      const a = JSON.stringify(fast.document.locate(pointer, { keyPosition }));
      const b = JSON.stringify(slow.document.locate(pointer, { keyPosition }));
      if (a !== b) return `position of ${JSON.stringify(pointer)}${keyPosition ? ' (key)' : ''}: fast ${a}, slow ${b}`;
    }
  }
  return undefined;
}
