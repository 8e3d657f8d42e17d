/**
 * The hostile corpus (corpus.ts) through the API: every case with an `api` expectation is sent to a built app with
 * inject() (or to a real port when Node itself must answer, e.g. 431), and held to its status, problem code and
 * issue codes. Every refusal must be a bounded problem document (under 64 KB, at most 100 issues), fast, and leave
 * Object.prototype unchanged. cli.test.ts runs the same table through the CLI.
 */
import { request as httpRequest } from 'node:http';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { startServer } from '../../server/main.js';
import { apiCases, findings, prototypeSnapshot, type HostileCase, type Input } from './corpus.js';

const DATE = '2029-04-01';
const fixedNow = () => new Date('2026-12-01T12:00:00Z');
const MAX_PROBLEM_BYTES = 64 * 1024;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let shared: FastifyInstance;
beforeAll(async () => {
  shared = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow });
  await shared.ready();
});
afterAll(async () => {
  await shared?.close();
});

const mediaType = (input: Input | undefined): string => (input?.format === 'yaml' ? 'application/yaml' : 'application/json');

function urlFor(c: HostileCase): string {
  const api = c.api!;
  if (api.url) return api.url;
  const params = new URLSearchParams({ date: DATE });
  if (c.format) params.set('format', c.format);
  return `/v1/check?${params.toString()}`;
}

function headersFor(c: HostileCase, input: Input | undefined): Record<string, string> {
  const api = c.api!;
  const headers: Record<string, string> = { ...(api.headers ?? {}) };
  const contentType = api.contentType === undefined ? (input ? mediaType(input) : undefined) : api.contentType;
  if (contentType !== null && contentType !== undefined) headers['content-type'] = contentType;
  return headers;
}

async function inject(app: FastifyInstance, c: HostileCase, input: Input | undefined): Promise<Reply> {
  const api = c.api!;
  const r: LightMyRequestResponse = await app.inject({
    method: (api.method ?? (input ? 'POST' : 'GET')) as 'POST',
    url: urlFor(c),
    headers: headersFor(c, input),
    ...(input ? { payload: input.bytes } : {}),
  });
  return { status: r.statusCode, headers: r.headers as Reply['headers'], body: r.body };
}

/** One request on a real socket (Node's own limits answer before Fastify). */
async function overSocket(c: HostileCase, input: Input | undefined): Promise<Reply> {
  const server = await startServer({ host: '127.0.0.1', port: 0, rateLimit: false, underPressure: false, handleSignals: false, logLevel: 'silent', now: fixedNow });
  try {
    const url = new URL(urlFor(c), server.url);
    return await new Promise<Reply>((resolve, reject) => {
      const req = httpRequest(url, { method: c.api!.method ?? 'POST', headers: { ...headersFor(c, input), ...(input ? { 'content-length': String(input.bytes.length) } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(input?.bytes);
    });
  } finally {
    await server.close();
  }
}

describe('hostile corpus: API', () => {
  for (const c of apiCases()) {
    it(`${c.id}: ${c.what}`, { timeout: 60_000 }, async () => {
      const api = c.api!;
      const input = c.input?.();
      const before = prototypeSnapshot();

      let app = shared;
      if (api.app) {
        app = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, ...(api.app as object) });
        await app.ready();
      }
      let reply: Reply;
      try {
        const times = api.repeat ?? 1;
        for (let i = 0; i < times - 1; i++) await inject(app, c, input);
        // No timed assertion: `npm run bench:hostile` measures each case against its budget.
        reply = api.realSocket ? await overSocket(c, input) : await inject(app, c, input);
      } finally {
        if (app !== shared) await app.close();
      }

      const summary = `${reply.status} ${reply.body.slice(0, 400)}`;
      expect(reply.status, summary).toBe(api.status);
      expect(reply.status, 'never a 5xx').toBeLessThan(500);

      if (api.code !== undefined) {
        expect(String(reply.headers['content-type']), summary).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(reply.body) as { code?: string; status?: number; issues?: { code: string }[]; totalIssues?: number };
        expect(problem.code, summary).toBe(api.code);
        expect(problem.status).toBe(api.status);
        expect(reply.body, 'no stack trace or path').not.toMatch(/\bat .+:\d+:\d+\)?|node_modules|\/work\/|\.ts:\d/);
        if (api.issues) {
          const codes = new Set((problem.issues ?? []).map((i) => i.code));
          for (const code of api.issues) expect([...codes], summary).toContain(code);
        }
        if (problem.issues) {
          expect(problem.issues.length).toBeLessThanOrEqual(100);
          expect(problem.totalIssues ?? 0).toBeGreaterThanOrEqual(problem.issues.length);
        }
      }
      if (api.status >= 400) expect(Buffer.byteLength(reply.body), 'a refusal stays under 64 KB').toBeLessThan(MAX_PROBLEM_BYTES);
      if (api.status === 429) expect(reply.headers['retry-after'], 'retry-after on 429').toBeDefined();
      if (api.status === 401) expect(String(reply.headers['www-authenticate'])).toMatch(/^Bearer/);
      if (api.status === 405) expect(reply.headers.allow).toBeDefined();

      if (c.check) c.check(reply.body);

      if (c.twin) {
        const twin = c.twin();
        const other = await inject(shared, c, twin);
        expect(other.status, other.body.slice(0, 400)).toBe(api.status);
        expect(findings(other.body)).toEqual(findings(reply.body));
      }

      expect(prototypeSnapshot(), 'Object.prototype unchanged').toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
