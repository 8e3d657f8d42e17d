/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core; no browser is downloaded):
 * axe-core finds no WCAG 2.2 AA violations, nothing is fetched, nothing runs, the verdict is visible in its
 * colour, the skip link works and the print stylesheet renders to A4. When Chromium is missing these tests
 * FAIL (CI installs it: apt-get install -y chromium); they never skip.
 *
 * Screenshots are written to $TMPDIR/campaigncheck-report-screens/ for people to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../formatters/html.js';
import type { CheckResult } from '../../schema/generated/result.js';
import { decodePng, fixture, shareOfColour } from './helpers.js';

// The page.evaluate callbacks run in the browser. tsconfig has no DOM library, so this is the little of the
// browser's globals they use (module-scoped: nothing leaks into the rest of the program).
interface BrowserElement {
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: { lang: string };
  activeElement: BrowserElement | null;
  querySelector(selector: string): BrowserElement | null;
  querySelectorAll(selector: string): Iterable<BrowserElement>;
};
declare function getComputedStyle(element: BrowserElement): { display: string; breakBefore: string; backgroundColor: string };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENS = join(tmpdir(), 'campaigncheck-report-screens');

/** The colours of the verdict box (templates/partials/styles.html.hbs). */
const VERDICT_COLOURS: Record<string, [number, number, number]> = {
  fail: [0xb3, 0x26, 0x1e],
  pass: [0x1b, 0x7a, 0x33],
  attention: [0xf2, 0xc1, 0x4e],
  incomplete: [0xf2, 0xc1, 0x4e],
  invalid: [0x3d, 0x3d, 0x3d],
};

interface Case {
  name: string;
  results: () => CheckResult[];
  verdict: string;
}

function attention(): CheckResult {
  // The clean result with one warning: the amber "needs attention" verdict.
  const result = fixture('clean');
  const outcome = result.outcomes.find((o) => o.ruleId === 'SEC-01')!;
  outcome.status = 'warn';
  outcome.message = 'security: two-factor authentication is not declared for the canvassing app.';
  result.summary.counts.pass -= 1;
  result.summary.counts.warn += 1;
  return result;
}

const CASES: Case[] = [
  { name: 'mixed', results: () => [fixture('mixed')], verdict: 'fail' },
  { name: 'clean', results: () => [fixture('clean')], verdict: 'pass' },
  { name: 'attention', results: () => [attention()], verdict: 'attention' },
  { name: 'invalid', results: () => [fixture('invalid')], verdict: 'invalid' },
  { name: 'engine-error', results: () => [fixture('engine-error')], verdict: 'fail' },
  { name: 'hostile', results: () => [fixture('hostile')], verdict: 'fail' },
  { name: 'batch', results: () => [fixture('mixed'), fixture('clean'), fixture('invalid'), fixture('engine-error')], verdict: 'fail' },
];

let browser: Browser | undefined;
let unavailable: Error | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    // Every test fails with this message (a failing beforeAll would only mark the tests as skipped).
    unavailable = new Error(
      `The HTML report tests need Chromium, which was not found at ${CHROMIUM}. ` +
        "Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH. These tests never skip.",
    );
    return;
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(SCREENS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(content: string): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  if (unavailable) throw unavailable;
  if (!browser) throw new Error('Chromium did not start');
  // bypassCSP only so that the test can inject axe-core: the report's own CSP forbids every script.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, offline: true });
  const requests: string[] = [];
  await context.route('**/*', async (route) => {
    requests.push(route.request().url());
    await route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!requests.includes(request.url())) requests.push(request.url());
  });
  await page.setContent(content, { waitUntil: 'load' });
  return { context, page, requests };
}

describe.for(CASES)('the HTML report in Chromium: $name', { timeout: 60_000 }, ({ name, results, verdict }) => {
  it('has no WCAG 2.2 AA violations (axe-core), fetches nothing and runs nothing', async () => {
    const { context, page, requests } = await open(html(results(), {}));
    try {
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      await page.addScriptTag({ path: AXE });
      const report = await page.evaluate(async (tags) => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe;
        return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      }, WCAG_22_AA);
      const violations = report.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(violations).toEqual([]);
      const bestPractice = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
        return axe.run(document, { runOnly: { type: 'tag', values: ['best-practice'] }, resultTypes: ['violations'] });
      });
      expect(bestPractice.violations.map((v) => v.id)).toEqual([]);
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
      for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/)/);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the verdict first, in its colour, and takes a non-trivial screenshot', async () => {
    const { context, page } = await open(html(results(), {}));
    try {
      const shot = await page.screenshot({ fullPage: true, type: 'png' });
      writeFileSync(join(SCREENS, `${name}.png`), shot);
      expect(shot.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(shot.length).toBeGreaterThan(20_000);
      const full = decodePng(shot);
      expect(full.width).toBe(1280);

      const box = page.locator('.verdict').first();
      await expect.poll(() => box.isVisible()).toBe(true);
      expect(await box.getAttribute('class')).toContain(`verdict-${verdict}`);
      const text = (await box.innerText()).trim();
      expect(text).toMatch(/^[✗✓⊘!⚠] (FAIL|PASS|INVALID|NEEDS ATTENTION|INCOMPLETE)\b/);
      const bounds = (await box.boundingBox())!;
      expect(bounds.width).toBeGreaterThan(300);
      const crop = decodePng(await box.screenshot({ type: 'png' }));
      expect(shareOfColour(crop, VERDICT_COLOURS[verdict]!)).toBeGreaterThan(0.6);
      if (name !== 'batch') {
        // A single declaration: the verdict is on the first screen.
        expect(bounds.y).toBeLessThan(900);
      }
    } finally {
      await context.close();
    }
  });
});

describe('the HTML report in Chromium: interaction and print', { timeout: 60_000 }, () => {
  it('starts with a skip link that becomes visible and moves focus to the report', async () => {
    const { context, page } = await open(html([fixture('mixed')], {}));
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
      expect(focused).toEqual({ text: 'Skip to the report', href: '#main' });
      const bounds = await page.locator('.skip-link').boundingBox();
      expect(bounds!.x).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await context.close();
    }
  });

  it('prints to A4: no navigation, no wasted backgrounds, a page break before each section', async () => {
    const { context, page } = await open(html([fixture('mixed')], {}));
    try {
      await page.emulateMedia({ media: 'print' });
      const styles = await page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector('nav')!).display,
        skip: getComputedStyle(document.querySelector('.skip-link')!).display,
        breaks: [...document.querySelectorAll('section.major')].map((s) => getComputedStyle(s).breakBefore),
        verdictBackground: getComputedStyle(document.querySelector('.verdict')!).backgroundColor,
        verdictText: document.querySelector('.verdict')!.textContent,
      }));
      expect(styles.nav).toBe('none');
      expect(styles.skip).toBe('none');
      expect(styles.breaks.length).toBeGreaterThan(3);
      for (const b of styles.breaks) expect(b).toBe('page');
      expect(styles.verdictBackground).toBe('rgba(0, 0, 0, 0)');
      expect(styles.verdictText).toContain('FAIL');
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      writeFileSync(join(SCREENS, 'mixed.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThan(3);
      const shot = await page.screenshot({ fullPage: true, type: 'png' });
      writeFileSync(join(SCREENS, 'mixed-print.png'), shot);
      expect(shot.length).toBeGreaterThan(20_000);
    } finally {
      await context.close();
    }
  });
});
