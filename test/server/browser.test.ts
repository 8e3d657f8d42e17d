/**
 * The two pages the API serves, in a real browser (Debian's Chromium through playwright-core, as
 * test/formatters/html-browser.test.ts): the Swagger UI at /docs works under its CSP, and an HTML report renders
 * under the CSP the API sends with it; neither triggers a CSP violation.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/main.js';
import { example } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  server = await startServer({ host: '127.0.0.1', port: 0, env: {}, logLevel: 'silent', handleSignals: false, rateLimit: false });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Collects CSP violations reported by the page and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  // Browser code as a string: tsconfig has no DOM library.
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(e.violatedDirective + ' ' + e.blockedURI));",
  });
  return violations;
}

describe('in a browser', () => {
  it('/docs: the Swagger UI renders the API description without a CSP violation', async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto(`${server.url}/docs/`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 15_000 });
    expect(await page.textContent('.swagger-ui .info .title')).toContain('campaigncheck API');
    await page.waitForSelector('.opblock-summary-path[data-path="/v1/check"]', { timeout: 15_000 });
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);

  it('an HTML report renders under the API\'s CSP, styled, without a CSP violation', async () => {
    const api = await fetch(`${server.url}/v1/check?format=html`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: example('national-party-general-election.yaml'),
    });
    expect(api.status).toBe(200);
    const csp = api.headers.get('content-security-policy')!;
    const html = await api.text();
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    // Serve the API's response (body and CSP header) as a page of the API's origin.
    await page.route(`${server.url}/report`, (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, body: html }),
    );
    await page.goto(`${server.url}/report`);
    const styled = await page.evaluate<string>('getComputedStyle(document.body).fontFamily');
    expect(styled).not.toBe('');
    const sheets = await page.evaluate<number>('document.styleSheets.length');
    expect(sheets).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
