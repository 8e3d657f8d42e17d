/** Optional API keys: off by default; when on, 401 without a valid key, health and docs open, keys never logged. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchKey, WWW_AUTHENTICATE } from '../../../server/plugins/auth.js';
import { build, expectProblem, JSON_CT, minimalJson } from '../helpers.js';

const KEY_A = 'alpha-key-0123456789abcdef';
const KEY_B = 'bravo-key-0123456789abcdef';

describe('authentication off (no keys configured)', () => {
  it('every route is open', async () => {
    const app = await build();
    expect((await app.inject({ url: '/v1/rules' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: minimalJson() })).statusCode).toBe(200);
  });
});

describe('authentication on', () => {
  const protectedRequests = [
    { method: 'POST' as const, url: '/v1/check', headers: JSON_CT, payload: minimalJson() },
    { method: 'POST' as const, url: '/v1/validate', headers: JSON_CT, payload: minimalJson() },
    { method: 'GET' as const, url: '/v1/rules' },
    { method: 'GET' as const, url: '/v1/rules/PECR-01' },
    { method: 'GET' as const, url: '/v1/schemas/declaration' },
  ];

  it.each(protectedRequests)('$method $url without a key: 401 with WWW-Authenticate', async (request) => {
    const app = await build({ apiKeys: [KEY_A, KEY_B] });
    const response = await app.inject(request);
    const problem = expectProblem(response, 401, 'UNAUTHORIZED');
    expect(response.headers['www-authenticate']).toBe(WWW_AUTHENTICATE);
    expect(problem.detail).toContain('Authorization: Bearer');
  });

  it.each(protectedRequests)('$method $url with a wrong key: 401 invalid_token', async (request) => {
    const app = await build({ apiKeys: [KEY_A] });
    for (const headers of [{ authorization: 'Bearer wrong-key-0123456789abcdef' }, { 'x-api-key': KEY_A.slice(0, -1) }, { authorization: `Basic ${KEY_A}` }]) {
      const response = await app.inject({ ...request, headers: { ...(request.headers ?? {}), ...headers } });
      expectProblem(response, 401, 'UNAUTHORIZED');
      expect(String(response.headers['www-authenticate'])).toContain('Bearer realm="campaigncheck"');
    }
  });

  it.each(protectedRequests)('$method $url with a valid key, as Bearer or X-API-Key', async (request) => {
    const app = await build({ apiKeys: [KEY_A, KEY_B] });
    for (const headers of [{ authorization: `Bearer ${KEY_A}` }, { authorization: `bearer ${KEY_B}` }, { 'x-api-key': KEY_B }]) {
      const response = await app.inject({ ...request, headers: { ...(request.headers ?? {}), ...headers } });
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    }
  });

  it('a 401 comes before the body is read: an oversized or badly typed body still gets 401', async () => {
    const app = await build({ apiKeys: [KEY_A] });
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: Buffer.alloc(2 * 1024 * 1024, 0x20) }), 401, 'UNAUTHORIZED');
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: { 'content-type': 'text/plain' }, payload: 'x' }), 401, 'UNAUTHORIZED');
  });

  it('unknown addresses also need a key (nothing is revealed about routes)', async () => {
    const app = await build({ apiKeys: [KEY_A] });
    expectProblem(await app.inject({ url: '/v1/secret' }), 401, 'UNAUTHORIZED');
    expectProblem(await app.inject({ url: '/v1/secret', headers: { 'x-api-key': KEY_A } }), 404, 'NOT_FOUND');
  });

  it.each(['/healthz', '/readyz', '/openapi.json', '/docs', '/docs/json'])('%s stays open', async (url) => {
    const app = await build({ apiKeys: [KEY_A] });
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
  });

  it('the OpenAPI document declares the security schemes when keys are configured', async () => {
    const app = await build({ apiKeys: [KEY_A] });
    const doc = JSON.parse((await app.inject({ url: '/openapi.json' })).body) as { security?: unknown[]; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearerAuth', 'apiKeyHeader']);
  });

  it('keys never appear in the logs', async () => {
    const lines: string[] = [];
    const app = await build({ apiKeys: [KEY_A], logLevel: 'trace', logStream: { write: (line) => lines.push(line) } });
    await app.inject({ method: 'POST', url: '/v1/check', headers: { ...JSON_CT, authorization: `Bearer ${KEY_A}` }, payload: minimalJson() });
    await app.inject({ method: 'POST', url: '/v1/check', headers: { ...JSON_CT, 'x-api-key': KEY_A }, payload: minimalJson() });
    await app.inject({ method: 'POST', url: '/v1/check', headers: { ...JSON_CT, 'x-api-key': 'wrong-key-0123456789abcdef' }, payload: minimalJson() });
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('');
    expect(log).not.toContain(KEY_A);
    expect(log).not.toContain('wrong-key-0123456789abcdef');
  });
});

describe('matchKey', () => {
  const hashes = [KEY_A, KEY_B].map((k) => createHash('sha256').update(k).digest());
  it('finds the position of a configured key, 0 otherwise, whatever the lengths', () => {
    expect(matchKey(KEY_A, hashes)).toBe(1);
    expect(matchKey(KEY_B, hashes)).toBe(2);
    expect(matchKey('', hashes)).toBe(0);
    expect(matchKey(`${KEY_A}x`, hashes)).toBe(0);
    expect(matchKey('x'.repeat(10_000), hashes)).toBe(0);
  });
});
