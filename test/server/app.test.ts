/** The app as a whole: security headers, request ids, logging, configuration through buildApp options. */
import { describe, expect, it } from 'vitest';
import { API_CSP } from '../../server/plugins/security-headers.js';
import { build, JSON_CT, minimalJson } from './helpers.js';

describe('security headers', () => {
  it.each(['/v1/rules', '/healthz', '/nope', '/v1/schemas/result'])('%s: strict CSP, nosniff, no framing, no referrer', async (url) => {
    const app = await build();
    const response = await app.inject({ url });
    expect(String(response.headers['content-security-policy']).replace(/;\s*/g, '; ')).toBe(API_CSP);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('check results (JSON) are never cached', async () => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: minimalJson() });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'none'");
  });
});

describe('request ids', () => {
  it('each response has a fresh X-Request-Id', async () => {
    const app = await build();
    const a = await app.inject({ url: '/healthz' });
    const b = await app.inject({ url: '/healthz' });
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it("a caller's well-formed X-Request-Id is kept; anything else is replaced", async () => {
    const app = await build();
    expect((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'proxy-123.abc' } })).headers['x-request-id']).toBe('proxy-123.abc');
    const odd = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'has space\nand newline' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const long = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(long.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('logging', () => {
  it('structured lines with the request id; declaration bodies are never logged', async () => {
    const lines: string[] = [];
    const app = await build({ logLevel: 'trace', logStream: { write: (line) => lines.push(line) } });
    const marker = 'Unmistakable Campaign Name 7f3a';
    const body = JSON.parse(minimalJson()) as { campaign: { name: string } };
    body.campaign.name = marker;
    const ok = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: JSON.stringify(body) });
    const bad = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: `{"campaign": "${marker}",` });
    expect(ok.statusCode).toBe(200);
    expect(bad.statusCode).toBe(422);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.some((r) => r.reqId === ok.headers['x-request-id'])).toBe(true);
    expect(records.some((r) => r.reqId === bad.headers['x-request-id'] && r.code === 'INVALID_DECLARATION')).toBe(true);
    expect(lines.join('')).not.toContain(marker);
  });

  it('silent by default (tests)', async () => {
    const lines: string[] = [];
    const app = await build({ logStream: { write: (line) => lines.push(line) } });
    await app.inject({ url: '/nope' });
    expect(lines).toEqual([]);
  });
});
