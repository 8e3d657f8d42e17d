/**
 * Hostile strings (HOSTILE-INPUTS.md item 29) through every format: a declarant, campaign, subject label,
 * message, waiver, file name and rule metadata containing <script>, an attribute breakout, a Handlebars
 * expression, a javascript: citation URL, ANSI and OSC escapes, NUL, CR/LF, bidi overrides and a formula.
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters } from '../../formatters/index.js';
import { HOSTILE, fixture, parseCsv } from './helpers.js';

const render = (name: keyof typeof formatters, options = {}) => formatters[name].format([fixture('hostile'), fixture('mixed')], options);

describe('hostile strings', () => {
  it('html: escaped, no script or injected element, no javascript: or data: link, expressions printed literally', () => {
    const out = render('html');
    expect(out).not.toContain(HOSTILE.script);
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toMatch(/href="(?!#|https?:\/\/)/);
    expect(out).not.toMatch(/javascript:alert\(1\)"/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(out).toContain('{{constructor.constructor}}');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e]/);
    // An unsafe citation URL is shown as text, not as a link.
    expect(out).toContain('<li>UK GDPR Art. 4(11)</li>');
    // A safe URL carrying markup is percent-encoded.
    expect(out).toContain('href="https://www.legislation.gov.uk/uksi/2003/2426/regulation/22?a&#x3D;%22%3E%3Cscript%3E"');
  });

  it('markdown: escaped for Markdown and HTML, no link to a non-http URL', () => {
    const out = render('markdown');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/(?<!\\)\]\((?!https?:\/\/)/);
    expect(out).toContain('{{constructor.constructor}}');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });

  it('text: control characters and escape sequences stripped', () => {
    for (const color of [false, true]) {
      const out = render('text', { color }).replace(/\u001b\[(?:1|2|4|22|24|31|32|33|35|36|39)m/g, '');
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain('<script>alert(1)</script>');
    }
  });

  it('json and ndjson: valid, and the strings survive unchanged', () => {
    const parsed = JSON.parse(render('json'));
    expect(parsed[0].declaration.declarant).toBe(HOSTILE.script);
    expect(parsed[0].declaration.pollingDate).toContain(HOSTILE.nul);
    const lines = render('ndjson').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).input.filename).toContain(HOSTILE.ansi);
  });

  it('sarif: valid JSON, no control characters in messages', () => {
    const log = JSON.parse(render('sarif'));
    for (const r of log.runs[0].results) expect(r.message.text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('junit: well-formed XML (no control characters, markup escaped)', () => {
    const out = render('junit');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
  });

  it('csv: no cell starts a formula', () => {
    const rows = parseCsv(render('csv')).slice(1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
  });

  it.for(FORMAT_NAMES)('%s: a Handlebars expression in the data is never evaluated', (name) => {
    const out = render(name);
    expect(out).toContain('constructor.constructor');
  });
});
