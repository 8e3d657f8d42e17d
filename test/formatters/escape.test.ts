import { describe, expect, it } from 'vitest';
import { cleanText, escapeHtml, escapeMarkdown, escapeMarkdownHtml, markdownUrl, neutraliseCell, safeUrl } from '../../formatters/_escape.js';

describe('cleanText', () => {
  it.for([
    ['plain text', 'plain text'],
    ['\u001b[31mred\u001b[0m', 'red'],
    ['\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', 'link'],
    ['\u001b]0;new title\u001b\\after', 'after'],
    ['\u009b31mC1 CSI', 'C1 CSI'],
    ['a\u0000b\u0007c\u007fd\u0085e', 'abcd e'],
    ['line\r\nbreak\rand\nmore\ttab', 'line break and more tab'],
    ['abc\u202edef\u2066ghi', 'abcdefghi'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['emoji 🔴 stays', 'emoji 🔴 stays'],
  ])('%j -> %j', ([input, expected]) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('turns null and undefined into empty strings', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(null)).toBe('');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-sensitive characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('escapeMarkdown', () => {
  it.for([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a \\| b'],
    ['`code` *em* _em_ ~~s~~', '\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['# heading', '&#35; heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['2026.11.0', '2026.11.0'],
    ['@everyone', '@&#8203;everyone'],
    ['a & b', 'a &amp; b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two lines'],
  ])('%j -> %j', ([input, expected]) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('escapes HTML only inside raw HTML blocks', () => {
    expect(escapeMarkdownHtml('<b>*x*</b> @me')).toBe('&lt;b&gt;*x*&lt;/b&gt; @&#8203;me');
  });
});

describe('safeUrl', () => {
  it.for([
    ['https://www.legislation.gov.uk/eur/2016/679/article/6', 'https://www.legislation.gov.uk/eur/2016/679/article/6'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['https://example.org/?q="><script>', 'https://example.org/?q=%22%3E%3Cscript%3E'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//evil.example/x', null],
    ['/relative', null],
    ['https://user:pass@example.org/', null],
    ['', null],
  ])('%j -> %j', ([input, expected]) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl(42)).toBeNull();
  });

  it('encodes parentheses for Markdown link destinations', () => {
    expect(markdownUrl('https://example.org/a_(b)')).toBe('https://example.org/a_%28b%29');
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('neutraliseCell', () => {
  it.for([
    ['=HYPERLINK("https://evil.example","x")', `'=HYPERLINK("https://evil.example","x")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['  =1', `'  =1`],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ] as const)('%j -> %j', ([input, expected]) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

describe('cleanText fast path and the safeUrl memo', () => {
  // The four replacements cleanText makes, always applied: the reference the fast path must agree with.
  const slowClean = (value: string) =>
    value
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g, '')
      .replace(/\r\n|[\r\n\t\u000b\u000c\u0085\u2028\u2029]/g, ' ')
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

  it('agrees with the full replacement on every single character and on mixed strings', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(cleanText(s), `U+${c.toString(16)}`).toBe(slowClean(s));
    }
    for (const s of ['plain text', 'emoji 🗳 ok', '\u001b[31mred\u001b[0m', 'line\u2028break', 'x\u0085y', '\ud800 lone', 'é ü ß', '\u202eevil']) {
      expect(cleanText(s)).toBe(slowClean(s));
    }
  });

  it('gives the same answer for a URL the second time (memoised) as the first', () => {
    for (const url of ['https://ico.org.uk/a?b=1#c', 'javascript:alert(1)', 'https://user:pw@example.com/', 'http://EXAMPLE.com/x y', 'not a url']) {
      const first = safeUrl(url);
      expect(safeUrl(url)).toBe(first);
    }
    expect(safeUrl('https://ico.org.uk/a?b=1#c')).toBe('https://ico.org.uk/a?b=1#c');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://user:pw@example.com/')).toBeNull();
  });
});
