/** Errors: problem+json everywhere, 404/405, generic 5xx with the request id, nothing internal leaks. */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { PROBLEMS, problemType } from '../../../server/problem.js';
import { build, expectProblem, fixedNow, JSON_CT, minimalJson } from '../helpers.js';

describe('404 and 405', () => {
  it.each(['/', '/v2/check', '/v1/rules/PECR-01/extra', '/v1/schemas/secrets', '/.env', '/v1/check/../../etc/passwd'])('GET %s: 404 NOT_FOUND', async (url) => {
    const app = await build();
    const response = await app.inject({ url });
    const problem = expectProblem(response, 404, 'NOT_FOUND');
    expect(problem.type).toBe('https://campaigncheck.dev/problems/not-found');
    expect(problem.instance).toBe(new URL(url, 'http://localhost').pathname);
  });

  it.each([
    ['GET', '/v1/check', 'POST'],
    ['PUT', '/v1/check', 'POST'],
    ['DELETE', '/v1/rules', 'GET, HEAD'],
    ['POST', '/v1/rules/PECR-01', 'GET, HEAD'],
    ['PATCH', '/healthz', 'GET, HEAD'],
    ['POST', '/v1/schemas/declaration', 'GET, HEAD'],
  ] as const)('%s %s: 405 METHOD_NOT_ALLOWED, Allow: %s', async (method, url, allow) => {
    const app = await build();
    const response = await app.inject({ method, url, headers: JSON_CT, payload: method === 'GET' ? undefined : minimalJson() });
    const problem = expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.allow).toBe(allow);
    expect(problem.allowed).toEqual(allow.split(', '));
  });

  it('a malformed URL: 400 BAD_REQUEST', async () => {
    const app = await build();
    expectProblem(await app.inject({ url: '/v1/rules/%E0%A4%A' }), 400, 'BAD_REQUEST');
  });

  it('HEAD works wherever GET does', async () => {
    const app = await build();
    const response = await app.inject({ method: 'HEAD', url: '/v1/rules' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
  });
});

describe('500', () => {
  it('an unexpected error: a generic body with the request id; the stack and message go only to the log', async () => {
    const lines: string[] = [];
    const app = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, logLevel: 'error', logStream: { write: (l) => lines.push(l) } });
    app.get('/boom', async () => {
      throw new Error('secret internal detail at /srv/app/server.ts:12:3');
    });
    await app.ready();
    const response = await app.inject({ url: '/boom', headers: { 'x-request-id': 'trace-42' } });
    const problem = expectProblem(response, 500, 'INTERNAL_ERROR');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('stack');
    expect(problem.requestId).toBe('trace-42');
    expect(problem.detail).toContain('trace-42');
    expect(lines.join('')).toContain('secret internal detail');
    await app.close();
  });

  it('an unexpected error with a status code of its own is still generic', async () => {
    const app = await buildApp({ rateLimit: false, underPressure: false });
    app.get('/boom', async () => {
      throw Object.assign(new Error('ECONNREFUSED 10.1.2.3:5432'), { statusCode: 502 });
    });
    const response = await app.inject({ url: '/boom' });
    expectProblem(response, 500, 'INTERNAL_ERROR');
    expect(response.body).not.toContain('10.1.2.3');
    await app.close();
  });

  it('a 503 from the handler timeout is a TIMEOUT problem', async () => {
    const app = await buildApp({ rateLimit: false, underPressure: false, timeouts: { handlerMs: 50 } });
    app.get('/slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { late: true };
    });
    expectProblem(await app.inject({ url: '/slow' }), 503, 'TIMEOUT');
    await app.close();
  });
});

describe('problem documents', () => {
  it('every code has a type URI derived from it, and a status', () => {
    for (const [code, { status }] of Object.entries(PROBLEMS)) {
      expect(problemType(code as keyof typeof PROBLEMS)).toMatch(/^https:\/\/campaigncheck\.dev\/problems\/[a-z-]+$/);
      expect(status).toBeGreaterThanOrEqual(400);
    }
  });

  it('are never cached and carry the request id header', async () => {
    const app = await build();
    const response = await app.inject({ url: '/nope' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toBeTruthy();
  });
});
