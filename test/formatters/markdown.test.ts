import { describe, expect, it } from 'vitest';
import { render } from '../../formatters/handlebars.js';
import { DEFAULT_MAX_BYTES, markdown } from '../../formatters/markdown.js';
import { limitDetails, toViewModel } from '../../formatters/view-model.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { FIXTURE_NAMES, fixture } from './helpers.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A batch big enough to need cutting: the mixed result many times over. */
function bigBatch(count: number): CheckResult[] {
  return Array.from({ length: count }, (_, i) => {
    const r = fixture('mixed');
    r.input.filename = `examples/branch-${String(i + 1).padStart(3, '0')}.json`;
    return r;
  });
}

describe('markdown', () => {
  it.for(FIXTURE_NAMES)('matches the snapshot for %s', async (name) => {
    await expect(markdown([fixture(name)], {})).toMatchFileSnapshot(`__snapshots__/report-${name}.md`);
  });

  it('matches the snapshot for a batch', async () => {
    const out = markdown(['mixed', 'clean', 'invalid', 'engine-error'].map(fixture), {});
    await expect(out).toMatchFileSnapshot('__snapshots__/report-batch.md');
  });

  it('starts with the summary table: verdict, rating and open findings by severity', () => {
    const out = markdown([fixture('mixed'), fixture('clean')], {});
    const lines = out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| Declaration |'));
    expect(header).toBeGreaterThan(0);
    expect(lines[header]).toBe('| Declaration | Verdict | Rating | Critical | High | Medium | Low | Info |');
    expect(lines[header + 2]).toMatch(/^\| Northfield Council election 2027 .* \| ❌ FAIL \| 🔴 RED \| 3 \| 1 \| 4 \| 1 \| 0 \|$/);
    expect(lines[header + 3]).toMatch(/\| ✅ PASS \| 🟢 GREEN \| 0 \| 0 \| 0 \| 0 \| 0 \|$/);
    expect(out.indexOf('<details')).toBeGreaterThan(out.indexOf(lines[header + 3]!));
  });

  it('puts the findings of each area in a <details> block, open when the area has a fail', () => {
    const out = markdown([fixture('mixed')], {});
    expect(out).toContain('<details open><summary>🔴 Lawful basis and purpose limitation: 1 fail</summary>');
    expect(out).toContain('<details><summary>🟠 Transparency (the right to be informed): 1 needs info</summary>');
    expect(out.match(/<details/g)!.length).toBe(out.match(/<\/details>/g)!.length);
  });

  it('links citations to http(s) URLs only', () => {
    const out = markdown([fixture('mixed'), fixture('hostile')], {});
    for (const [, url] of out.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(url).toMatch(/^https?:\/\/[^\s()<>]+$/);
    expect(out).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(out).not.toMatch(/\]\(data:/i);
  });

  it('stays under the default cap of 60,000 bytes, with a note when it had to cut', () => {
    expect(DEFAULT_MAX_BYTES).toBe(60_000);
    const out = markdown(bigBatch(40), {});
    expect(bytes(out)).toBeLessThanOrEqual(60_000);
    expect(out).toMatch(/> \[!WARNING\]\n> This report was shortened to fit in a comment: \d+ findings of \d+ are not shown\./);
    expect(out.match(/<details/g)!.length).toBe(out.match(/<\/details>/g)!.length);
  });

  it('fits any cap it is given, keeping as many findings as fit', () => {
    const batch = bigBatch(3);
    const full = markdown(batch, {});
    expect(full).not.toContain('[!WARNING]');
    for (const cap of [20_000, 8_000, 4_000]) {
      const out = markdown(batch, { maxBytes: cap });
      expect(bytes(out), String(cap)).toBeLessThanOrEqual(cap);
      expect(out).toContain('[!WARNING]');
      expect(out).toContain('| Declaration | Verdict |');
    }
    const more = markdown(batch, { maxBytes: 20_000 }).match(/^- \*\*/gm)!.length;
    const fewer = markdown(batch, { maxBytes: 8_000 }).match(/^- \*\*/gm)?.length ?? 0;
    expect(more).toBeGreaterThan(fewer);
  });

  it('keeps exactly the largest number of findings that fits (as a search of every count would)', () => {
    const batch = bigBatch(3);
    const view = toViewModel(batch);
    const total = view.declarations.reduce((n, d) => n + d.byArea.reduce((m, g) => m + g.findings.length, 0), 0);
    const sizes = Array.from({ length: total + 1 }, (_, k) => bytes(render('report.md', limitDetails(view, k))));
    for (const cap of [sizes[1]! + 1, Math.floor((sizes[0]! + sizes[total]!) / 2), sizes[total - 1]!, 5_000, 12_345]) {
      const expected = sizes.findLastIndex((size) => size <= cap);
      expect(markdown(batch, { maxBytes: cap }), String(cap)).toBe(render('report.md', limitDetails(view, expected)));
    }
  });

  it('cuts even the summary, by whole lines, when the cap is tiny', () => {
    const out = markdown(bigBatch(40), { maxBytes: 1_500 });
    expect(bytes(out)).toBeLessThanOrEqual(1_500);
    expect(out).toContain('This report was cut short to fit in a comment.');
  });

  it('escapes user strings for Markdown and HTML', () => {
    const out = markdown([fixture('hostile')], {});
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('\\| pipe \\`code\\` \\[link\\](javascript:alert(1)) \\*\\*bold\\*\\* @&#8203;everyone &amp;amp; &lt;b&gt;');
    expect(out).toContain('&#35; heading');
    expect(out).not.toMatch(/^#+ [^\n]*heading/m);
    // Table rows keep their column count: no unescaped pipe in a user string breaks a cell.
    for (const line of out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect([3, 8], line).toContain(cells);
    }
  });
});
