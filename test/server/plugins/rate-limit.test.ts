/** Per-client rate limiting: 429 with Retry-After, health routes exempt, clients told apart by API key. */
import { describe, expect, it } from 'vitest';
import { build, expectProblem, JSON_CT, minimalJson } from '../helpers.js';

const KEY_A = 'alpha-key-0123456789abcdef';
const KEY_B = 'bravo-key-0123456789abcdef';

describe('rate limit', () => {
  it('over the limit: 429 RATE_LIMITED with Retry-After and the x-ratelimit headers, never a 5xx', async () => {
    const app = await build({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: minimalJson() });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    expectProblem(last!, 429, 'RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.headers['x-ratelimit-limit']).toBe('3');
    expect(last!.headers['x-ratelimit-remaining']).toBe('0');
  });

  it('counts every route, and unknown addresses too', async () => {
    const app = await build({ rateLimit: { max: 2, timeWindowMs: 60_000 } });
    expect((await app.inject({ url: '/v1/rules' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/nope' })).statusCode).toBe(404);
    expectProblem(await app.inject({ url: '/nope' }), 429, 'RATE_LIMITED');
    expectProblem(await app.inject({ url: '/v1/schemas/result' }), 429, 'RATE_LIMITED');
  });

  it('health checks are exempt', async () => {
    const app = await build({ rateLimit: { max: 1, timeWindowMs: 60_000 } });
    await app.inject({ url: '/v1/rules' });
    expectProblem(await app.inject({ url: '/v1/rules' }), 429, 'RATE_LIMITED');
    for (let i = 0; i < 5; i++) {
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    }
  });

  it('clients are told apart by IP address, and by API key when one is valid', async () => {
    const app = await build({ rateLimit: { max: 1, timeWindowMs: 60_000 }, apiKeys: [KEY_A, KEY_B] });
    expect((await app.inject({ url: '/v1/rules', headers: { 'x-api-key': KEY_A } })).statusCode).toBe(200);
    expectProblem(await app.inject({ url: '/v1/rules', headers: { 'x-api-key': KEY_A } }), 429, 'RATE_LIMITED');
    expect((await app.inject({ url: '/v1/rules', headers: { 'x-api-key': KEY_B } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/rules', remoteAddress: '10.0.0.9' })).statusCode).toBe(401);
    expectProblem(await app.inject({ url: '/v1/rules', remoteAddress: '10.0.0.9' }), 429, 'RATE_LIMITED');
  });

  it('X-Forwarded-For is ignored unless trustProxy names the proxy', async () => {
    const app = await build({ rateLimit: { max: 1, timeWindowMs: 60_000 } });
    await app.inject({ url: '/v1/rules', headers: { 'x-forwarded-for': '203.0.113.1' } });
    expectProblem(await app.inject({ url: '/v1/rules', headers: { 'x-forwarded-for': '203.0.113.2' } }), 429, 'RATE_LIMITED');

    const behindProxy = await build({ rateLimit: { max: 1, timeWindowMs: 60_000 }, trustProxy: ['127.0.0.1'] });
    expect((await behindProxy.inject({ url: '/v1/rules', headers: { 'x-forwarded-for': '203.0.113.1' } })).statusCode).toBe(200);
    expect((await behindProxy.inject({ url: '/v1/rules', headers: { 'x-forwarded-for': '203.0.113.2' } })).statusCode).toBe(200);
    expectProblem(await behindProxy.inject({ url: '/v1/rules', headers: { 'x-forwarded-for': '203.0.113.2' } }), 429, 'RATE_LIMITED');
  });
});
