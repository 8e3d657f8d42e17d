/** Request bodies: accepted media types, 415 for the rest, 413 over each media type's limit. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { charsetOf } from '../../../server/plugins/content-parsers.js';
import { minimalDeclaration } from '../../helpers/declarations.js';
import { build, expectProblem, JSON_CT, minimalJson, YAML_CT } from '../helpers.js';
import { stringify } from 'yaml';

const MiB = 1024 * 1024;
const KiB = 1024;

/** A valid declaration padded with trailing whitespace to exactly `size` bytes. */
function padded(text: string, size: number): string {
  return text + ' '.repeat(size - Buffer.byteLength(text));
}

describe('accepted media types', () => {
  it.each([
    ['application/json', minimalJson()],
    ['application/json; charset=utf-8', minimalJson()],
    ['Application/JSON; Charset="UTF-8"', minimalJson()],
    ['application/yaml', stringify(minimalDeclaration())],
    ['application/x-yaml', stringify(minimalDeclaration())],
    ['text/yaml', stringify(minimalDeclaration())],
    ['text/yaml; charset=utf-8', stringify(minimalDeclaration())],
  ])('%s', async (contentType, payload) => {
    const app = await build();
    for (const url of ['/v1/check', '/v1/validate']) {
      const response = await app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
      expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
    }
  });

  it('the media type decides the format: a JSON body sent as YAML is read as YAML (JSON is YAML 1.2)', async () => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/check', headers: YAML_CT, payload: minimalJson() });
    expect(response.statusCode).toBe(200);
    expect((JSON.parse(response.body) as { input: { format: string } }).input.format).toBe('yaml');
  });
});

describe('415 UNSUPPORTED_MEDIA_TYPE', () => {
  it.each([
    ['text/plain', 'schemaVersion: "1.0"'],
    ['application/x-www-form-urlencoded', 'schemaVersion=1.0'],
    ['multipart/form-data; boundary=x', '--x\r\n\r\n--x--'],
    ['application/json; charset=utf-16', minimalJson()],
    ['application/json; charset=iso-8859-1', minimalJson()],
    ['application/yaml; charset=utf-16le', 'a: 1'],
    ['application/merge-patch+json', '{}'],
    ['application/octet-stream', minimalJson()],
  ])('Content-Type: %s', async (contentType, payload) => {
    const app = await build();
    for (const url of ['/v1/check', '/v1/validate']) {
      const response = await app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('no Content-Type, with a body', async () => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/check', payload: Buffer.from(minimalJson()) });
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('no Content-Type and no body', async () => {
    const app = await build();
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectProblem(await app.inject({ method: 'POST', url: '/v1/validate' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it.each(['gzip', 'br', 'deflate', 'gzip, identity'])('Content-Encoding: %s is refused before the body is read (no decompression)', async (encoding) => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/check', headers: { ...JSON_CT, 'content-encoding': encoding }, payload: Buffer.from([0x1f, 0x8b, 8, 0]) });
    expectProblem(response, 415, 'UNSUPPORTED_CONTENT_ENCODING');
    expect(response.headers['accept-encoding']).toBe('identity');
  });

  it('Content-Encoding: identity is fine', async () => {
    const app = await build();
    const response = await app.inject({ method: 'POST', url: '/v1/check', headers: { ...JSON_CT, 'content-encoding': 'identity' }, payload: minimalJson() });
    expect(response.statusCode).toBe(200);
  });
});

describe('413 BODY_TOO_LARGE, per media type', () => {
  it('JSON: exactly 1 MiB is read; one byte more is 413', async () => {
    const app = await build();
    const atLimit = await app.inject({ method: 'POST', url: '/v1/validate', headers: JSON_CT, payload: padded(minimalJson(), MiB) });
    expect(atLimit.statusCode).toBe(200);
    const over = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: padded(minimalJson(), MiB + 1) });
    const problem = expectProblem(over, 413, 'BODY_TOO_LARGE');
    expect(problem.detail).toContain('1 MiB for JSON');
    expect(problem.detail).toContain('256 KiB for YAML');
  });

  it('YAML: exactly 256 KiB is read; one byte more is 413, and so is a JSON-sized body sent as YAML', async () => {
    const app = await build();
    const yaml = stringify(minimalDeclaration());
    const atLimit = await app.inject({ method: 'POST', url: '/v1/validate', headers: YAML_CT, payload: padded(yaml, 256 * KiB) });
    expect(atLimit.statusCode).toBe(200);
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: YAML_CT, payload: padded(yaml, 256 * KiB + 1) }), 413, 'BODY_TOO_LARGE');
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: { 'content-type': 'text/yaml' }, payload: padded(yaml, 512 * KiB) }), 413, 'BODY_TOO_LARGE');
  });

  it('a chunked body (no Content-Length) is cut off at the limit', async () => {
    const app = await build();
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(64 * KiB, 0x20));
    const response = await app.inject({ method: 'POST', url: '/v1/check', headers: { ...JSON_CT, 'transfer-encoding': 'chunked' }, payload: Readable.from(chunks) });
    expectProblem(response, 413, 'BODY_TOO_LARGE');
  });

  it('a 2 MiB body is refused quickly', async () => {
    const app = await build();
    const started = Date.now();
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: Buffer.alloc(2 * MiB, 0x20) }), 413, 'BODY_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('limits are options', async () => {
    const app = await build({ bodyLimits: { jsonBytes: 1000, yamlBytes: 500 } });
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: padded('{}', 1001) }), 413, 'BODY_TOO_LARGE');
    expectProblem(await app.inject({ method: 'POST', url: '/v1/check', headers: YAML_CT, payload: padded('a: 1', 501) }), 413, 'BODY_TOO_LARGE');
    const ok = await app.inject({ method: 'POST', url: '/v1/check', headers: JSON_CT, payload: padded('{}', 1000) });
    expect(ok.statusCode).toBe(422);
  });
});

describe('charsetOf', () => {
  it.each([
    ['application/json', undefined],
    ['application/json; charset=utf-8', 'utf-8'],
    ['application/json;charset="UTF-16"', 'utf-16'],
    ['application/json; foo=bar; CHARSET=latin1', 'latin1'],
  ])('%s', (header, charset) => {
    expect(charsetOf(header)).toBe(charset);
  });
});
