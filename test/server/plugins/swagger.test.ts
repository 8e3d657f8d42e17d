/** The OpenAPI document (/openapi.json) and the Swagger UI (/docs). */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { minimalDeclaration } from '../../helpers/declarations.js';
import { SCHEMAS } from '../../../core/validate/ajv.js';
import { TOOL_VERSION } from '../../../core/version.js';
import { DOCS_CSP } from '../../../server/plugins/security-headers.js';
import { build, json, ROUTES } from '../helpers.js';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}


async function openapi(): Promise<OpenApi> {
  const app = await build();
  const response = await app.inject({ url: '/openapi.json' });
  expect(response.statusCode).toBe(200);
  return json(response) as unknown as OpenApi;
}

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document for this version', async () => {
    const doc = await openapi();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'campaigncheck API', version: TOOL_VERSION });
  });

  it('describes every route, and nothing else (the docs routes are hidden)', async () => {
    const doc = await openapi();
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => m !== 'head').map((m) => `${m} ${path}`));
    expect(described.sort()).toEqual(ROUTES.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('every route registered in the app is described', async () => {
    const app = await build();
    const doc = json(await app.inject({ url: '/openapi.json' })) as unknown as OpenApi;
    for (const [method, path] of ROUTES) {
      expect(app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace('{id}', ':id') }), `${method} ${path}`).toBe(true);
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('the declaration and result schemas are components, from the same files the core validates with', async () => {
    const doc = await openapi();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Declaration', 'CheckResult', 'Tailoring', 'Waivers', 'Problem', 'Rule']));
    expect(Object.keys(doc.components.schemas.Declaration!.properties!)).toEqual(Object.keys(SCHEMAS.declaration.properties));
    expect(Object.keys(doc.components.schemas.CheckResult!.properties!)).toEqual(Object.keys(SCHEMAS.result.properties));
  });

  it('POST /v1/check takes a Declaration (JSON or YAML) and returns a CheckResult or a report', async () => {
    const op = (await openapi()).paths['/v1/check']!.post!;
    expect(op.requestBody!.content['application/json']!.schema.$ref).toBe('#/components/schemas/Declaration');
    expect(Object.keys(op.requestBody!.content)).toEqual(['application/json', 'application/yaml', 'application/x-yaml', 'text/yaml']);
    expect(op.responses['200']!.content!['application/json']!.schema.$ref).toBe('#/components/schemas/CheckResult');
    expect(Object.keys(op.responses['200']!.content!)).toEqual(
      expect.arrayContaining(['text/html', 'text/markdown', 'application/sarif+json', 'application/xml', 'text/csv']),
    );
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '406', '413', '415', '422', '429', '500', '503']);
    expect(op.responses['422']!.content!['application/problem+json']!.schema.$ref).toBe('#/components/schemas/Problem');
    expect(op.parameters!.map((p) => p.name).sort()).toEqual(['area', 'date', 'failOn', 'format', 'rule', 'ruleset', 'severity', 'tag']);
  });

  it('every operation has a summary, a tag and described responses; every $ref resolves', async () => {
    const doc = await openapi();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (method === 'head') continue;
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op.tags?.length, `${method} ${path}`).toBe(1);
        for (const response of Object.values(op.responses)) expect(response.description).toBeTruthy();
      }
    }
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z0-9._-]+$/);
      expect(doc.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });
});

describe('/docs', () => {
  it('serves the Swagger UI page and its assets from this origin, under their own strict CSP', async () => {
    const app = await build();
    const page = await app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(DOCS_CSP);
    expect(page.body).not.toMatch(/<script>(?!\s*<)/);
    for (const asset of ['swagger-ui-bundle.js', 'swagger-initializer.js', 'swagger-ui.css']) {
      const response = await app.inject({ url: `/docs/static/${asset}` });
      expect(response.statusCode, asset).toBe(200);
    }
    const spec = await app.inject({ url: '/docs/json' });
    expect(json(spec)).toEqual(json(await app.inject({ url: '/openapi.json' })));
  });

  it('can be turned off', async () => {
    const app = await build({ docs: false });
    expect((await app.inject({ url: '/docs/' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/openapi.json' })).statusCode).toBe(200);
  });
});

describe('responses match the OpenAPI document', () => {
  type Doc = OpenApi & { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };

  it.each([
    ['post', '/v1/check', { method: 'POST', url: '/v1/check', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(minimalDeclaration()) }],
    ['post', '/v1/check', { method: 'POST', url: '/v1/check', headers: { 'content-type': 'application/json' }, payload: '{"a":1,"a":2}' }],
    ['post', '/v1/check', { method: 'POST', url: '/v1/check?area=nope', headers: { 'content-type': 'application/json' }, payload: '{}' }],
    ['post', '/v1/check', { method: 'POST', url: '/v1/check', headers: { 'content-type': 'application/json', accept: 'image/png' }, payload: '{}' }],
    ['post', '/v1/check', { method: 'POST', url: '/v1/check', headers: { 'content-type': 'text/plain' }, payload: '{}' }],
    ['post', '/v1/check', { method: 'POST', url: '/v1/check', headers: { 'content-type': 'application/yaml' }, payload: ' '.repeat(300_000) }],
    ['post', '/v1/validate', { method: 'POST', url: '/v1/validate', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(minimalDeclaration()) }],
    ['post', '/v1/validate', { method: 'POST', url: '/v1/validate', headers: { 'content-type': 'application/yaml' }, payload: 'a: [' }],
    ['get', '/v1/rules', { method: 'GET', url: '/v1/rules' }],
    ['get', '/v1/rules/{id}', { method: 'GET', url: '/v1/rules/PECR-01' }],
    ['get', '/v1/rules/{id}', { method: 'GET', url: '/v1/rules/PECR-1' }],
    ['get', '/v1/schemas/waivers', { method: 'GET', url: '/v1/schemas/waivers' }],
    ['get', '/healthz', { method: 'GET', url: '/healthz' }],
    ['get', '/readyz', { method: 'GET', url: '/readyz' }],
  ] as [string, string, InjectOptions][])('%s %s (%#)', async (method, path, request) => {
    const app = await build();
    const doc = json(await app.inject({ url: '/openapi.json' })) as unknown as Doc;
    const response = await app.inject(request);
    const documented = doc.paths[path]![method]!.responses[String(response.statusCode)];
    expect(documented, `status ${response.statusCode} is documented`).toBeDefined();
    const mediaType = String(response.headers['content-type']).split(';')[0]!;
    const content = documented!.content?.[mediaType] ?? (documented as { content?: undefined; schema?: unknown }).content;
    const schema = (content as { schema?: unknown } | undefined)?.schema ?? (documented as unknown as Record<string, unknown>);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'openapi.json', components: doc.components });
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'));
    const validate = ajv.compile(rewritten);
    const body: unknown = mediaType.endsWith('json') ? JSON.parse(response.body) : response.body;
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
