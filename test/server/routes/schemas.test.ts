/** GET /v1/schemas/*: the published schemas, application/schema+json, with ETags. */
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../../core/validate/ajv.js';
import { ifNoneMatch } from '../../../server/routes/schemas.js';
import { build } from '../helpers.js';

describe('GET /v1/schemas/{name}', () => {
  it.each(Object.keys(SCHEMAS))('%s: the schema the core validates with', async (name) => {
    const app = await build();
    const response = await app.inject({ url: `/v1/schemas/${name}` });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/^application\/schema\+json/);
    expect(JSON.parse(response.body)).toEqual(SCHEMAS[name as keyof typeof SCHEMAS]);
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('If-None-Match with the ETag: 304 without a body; a different ETag: 200', async () => {
    const app = await build();
    const first = await app.inject({ url: '/v1/schemas/declaration' });
    const etag = String(first.headers.etag);
    const again = await app.inject({ url: '/v1/schemas/declaration', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const weak = await app.inject({ url: '/v1/schemas/declaration', headers: { 'if-none-match': `"other", W/${etag}` } });
    expect(weak.statusCode).toBe(304);
    const other = await app.inject({ url: '/v1/schemas/declaration', headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('each schema has its own ETag', async () => {
    const app = await build();
    const tags = await Promise.all(Object.keys(SCHEMAS).map(async (name) => (await app.inject({ url: `/v1/schemas/${name}` })).headers.etag));
    expect(new Set(tags).size).toBe(tags.length);
  });
});

describe('ifNoneMatch', () => {
  it.each([
    [undefined, false],
    ['"a"', true],
    ['W/"a"', true],
    ['"b", "a"', true],
    ['*', true],
    ['"b"', false],
  ])('%s', (header, matches) => {
    expect(ifNoneMatch(header, '"a"')).toBe(matches);
  });
});
