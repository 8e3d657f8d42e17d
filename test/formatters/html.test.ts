/**
 * The HTML report, as text: file snapshots of every fixture (review them as HTML in __snapshots__/), the
 * order of the sections, self-containment and the links. html-browser.test.ts renders it in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { html } from '../../formatters/html.js';
import { FIXTURE_NAMES, fixture } from './helpers.js';

const render = (...names: string[]) => html(names.map((n) => fixture(n)), {});

describe('html', () => {
  it.for(FIXTURE_NAMES)('matches the snapshot for %s', async (name) => {
    await expect(render(name)).toMatchFileSnapshot(`__snapshots__/report-${name}.html`);
  });

  it('matches the snapshot for a batch', async () => {
    await expect(render('mixed', 'clean', 'invalid', 'engine-error')).toMatchFileSnapshot('__snapshots__/report-batch.html');
  });

  it('is one self-contained file: inline CSS, no scripts, no external assets', () => {
    for (const out of [render('mixed'), render('mixed', 'clean', 'invalid')]) {
      expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/<link\b/i);
      expect(out).not.toMatch(/<(img|iframe|object|embed|video|audio|source)\b/i);
      expect(out).not.toMatch(/\s(src|srcset|action|formaction)=/i);
      expect(out).not.toMatch(/url\(/i);
      expect(out).not.toMatch(/@import/i);
      expect(out).not.toMatch(/\son[a-z]+=/i);
      expect(out).toContain("default-src 'none'");
      expect(out).toContain('@media print');
      expect(out).toContain('size: A4');
    }
  });

  it('links only to http(s) URLs and to anchors on the page', () => {
    const out = render('mixed', 'clean', 'invalid', 'engine-error', 'hostile');
    const ids = new Set([...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, href] of out.matchAll(/href="([^"]*)"/g)) {
      if (href!.startsWith('#')) expect(ids.has(href!.slice(1)), href).toBe(true);
      else expect(href).toMatch(/^https?:\/\//);
    }
  });

  it('has unique ids', () => {
    const out = render('mixed', 'clean', 'invalid', 'engine-error', 'hostile');
    const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the header first, then the verdict and ratings, then what to fix, then the rest, then every rule', () => {
    const out = render('mixed');
    const order = [
      '<header',
      'Northfield Independents',
      '<dt>Checked as at</dt><dd>2027-03-01</dd>',
      'uk-political-campaigning</code> version 2026.11.0',
      '<dd>campaigncheck 0.1.0</dd>',
      'c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2',
      'id="d1-verdict"',
      'Overall rating',
      'Rating and outcomes per area',
      'role="img"',
      'id="d1-fix"',
      'id="d1-needs-info"',
      'id="d1-manual"',
      'id="d1-waivers"',
      'Expired waivers',
      'id="d1-rules"',
      '<footer',
    ];
    const positions = order.map((s) => out.indexOf(s));
    positions.forEach((p, i) => expect(p, order[i]).toBeGreaterThan(-1));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('orders what to fix by area (report order), then by severity', () => {
    const out = render('mixed');
    const fix = out.slice(out.indexOf('id="d1-fix"'), out.indexOf('id="d1-needs-info"'));
    const areas = [...fix.matchAll(/<h3 id="d1-fix-\d+-h">([^<]+)/g)].map((m) => m[1]!.trim());
    expect(areas).toEqual([
      'Lawful basis and purpose limitation',
      'Special category data (political opinions and inferences)',
      'Profiling and automated decisions',
      'Direct marketing by channel (PECR)',
      'Accountability and governance',
      'Retention and the end of a campaign',
      'Waivers',
    ]);
  });

  it('shows each finding with its message, what to do, citations and where it is', () => {
    const out = render('mixed');
    const start = out.indexOf('activity &quot;Canvass returns&quot; does not declare a lawful basis.');
    const finding = out.slice(out.lastIndexOf('<article', start), out.indexOf('</article>', start));
    expect(finding).toContain('FAIL');
    expect(finding).toContain('High');
    expect(finding).toContain('<code>LB-01</code> Each processing activity declares a lawful basis');
    expect(finding).toContain('examples/northfield-independents.json:52:5');
    expect(finding).toContain('/processingActivities/1/lawfulBasis');
    expect(finding).toContain('missing from the file');
    expect(finding).toContain('<li>Decide the lawful basis for the activity before it starts, and record it in lawfulBasis.</li>');
    expect(finding).toContain('<a href="https://www.legislation.gov.uk/eur/2016/679/article/6">UK GDPR Art. 6(1)</a>');
  });

  it('shows waivers with their justification, approver and expiry', () => {
    const out = render('mixed');
    const waivers = out.slice(out.indexOf('id="d1-waivers"'), out.indexOf('id="d1-rules"'));
    expect(waivers).toContain('Consent records for members who joined before 2024');
    expect(waivers).toContain('Priya Shah (Data protection lead) on 2027-01-10');
    expect(waivers).toContain('2027-06-30');
    expect(waivers).toContain('DPIA review scheduled after the by-election.');
    expect(waivers).toContain('2026-12-31');
  });

  it('never shows a status by colour alone', () => {
    const out = render('mixed', 'engine-error');
    for (const [, inner] of out.matchAll(/<span class="badge (?:status|rag|verdict)-[a-z_]+">(.*?)<\/span><\/span>|<span class="badge (?:status|rag|verdict)-[a-z_]+">(.*?)<\/span>/g)) {
      if (inner) expect(inner).toMatch(/[A-Z]{2,}/);
    }
    expect(out).toMatch(/<p class="verdict-label"><span aria-hidden="true">✗<\/span> FAIL<\/p>/);
  });

  it('shows validation problems with line and column for an invalid declaration, and no rating', () => {
    const out = render('invalid');
    expect(out).toContain('INVALID');
    expect(out).toContain('examples/broken/eastside-labour.yaml:17:5');
    expect(out).toContain('Did you mean &quot;marketingBasis&quot;?');
    expect(out).not.toContain('Overall rating');
    expect(out).not.toContain('id="d1-rules"');
  });

  it('lists engine errors and calls the result incomplete', () => {
    const out = render('engine-error');
    expect(out).toContain('id="d1-errors"');
    expect(out).toContain('Rule PECR-01 could not be evaluated');
    expect(out).toMatch(/<span class="badge status-error"><span aria-hidden="true">⚠<\/span> ERROR<\/span>/);
  });

  it('summarises a batch in a table linking to a section per declaration', () => {
    const out = render('mixed', 'clean', 'invalid');
    const summary = out.slice(out.indexOf('id="batch-summary"'), out.indexOf('</table>', out.indexOf('id="batch-summary"')));
    expect(summary).toContain('<caption>Declarations checked: 3 files');
    for (const anchor of ['d1', 'd2', 'd3']) {
      expect(summary).toContain(`href="#${anchor}"`);
      expect(out).toContain(`<section class="declaration" id="${anchor}" aria-labelledby="${anchor}-title">`);
    }
    expect(out.match(/<h1>/g)).toHaveLength(1);
    expect(out).toContain('<h2 id="d1-title" class="declaration-title">');
    expect(out).toContain('<h3 id="d1-summary-h">Summary</h3>');
  });
});
