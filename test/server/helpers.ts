/** Server test helpers: a built app per test (closed afterwards), fixed clock, example declarations. */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { onTestFinished } from 'vitest';
import { buildApp, type AppOptions } from '../../server/app.js';
import { minimalDeclaration } from '../helpers/declarations.js';

export const TODAY = '2026-12-01';
export const fixedNow = () => new Date(`${TODAY}T12:00:00Z`);

/** Rate limiting and load shedding are off unless a test turns them on. */
export async function build(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, ...options });
  onTestFinished(() => app.close());
  await app.ready();
  return app;
}

export function example(name: string): Buffer {
  return readFileSync(new URL(`../../examples/${name}`, import.meta.url));
}

export const minimalJson = (): string => JSON.stringify(minimalDeclaration());

export function json(response: LightMyRequestResponse): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

export const JSON_CT = { 'content-type': 'application/json' };
export const YAML_CT = { 'content-type': 'application/yaml' };

/** Asserts the RFC 9457 shape and returns the problem. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  const problem = json(response);
  const summary = `${response.statusCode} ${response.body.slice(0, 500)}`;
  if (response.statusCode !== status || problem.code !== code) throw new Error(`expected ${status} ${code}, got ${summary}`);
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) throw new Error(`not problem+json: ${summary}`);
  for (const key of ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId']) {
    if (!(key in problem)) throw new Error(`problem without ${key}: ${summary}`);
  }
  if (problem.status !== status) throw new Error(`status member ${String(problem.status)} != ${status}`);
  if (problem.requestId !== response.headers['x-request-id']) throw new Error('requestId differs from X-Request-Id');
  if (/\bat .+:\d+:\d+\)?/.test(response.body) || /node_modules|\/work\/|\.ts:\d/.test(response.body)) throw new Error(`internals leaked: ${summary}`);
  return problem;
}

/** Every route of the API, as the OpenAPI document names them. */
export const ROUTES: [method: string, path: string][] = [
  ['post', '/v1/check'],
  ['post', '/v1/validate'],
  ['get', '/v1/rules'],
  ['get', '/v1/rules/{id}'],
  ['get', '/v1/schemas/declaration'],
  ['get', '/v1/schemas/result'],
  ['get', '/v1/schemas/tailoring'],
  ['get', '/v1/schemas/waivers'],
  ['get', '/healthz'],
  ['get', '/readyz'],
];
