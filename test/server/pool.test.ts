/**
 * The declaration worker pool (server/pool.ts) with real worker threads: the built worker (dist/server-worker.js,
 * which scripts/build.mjs makes on `npm ci` and test/global-setup.ts before every run) and, for the failure paths, a
 * wrapper around it written to a temporary folder that hangs, sleeps, throws or exits when the body starts with a
 * marker line. Every other server test runs from the TypeScript sources, where the same work runs in-process.
 *
 * Covered: answers identical through the pool and in-process (examples in every format, declarations that cannot
 * be checked, and every hostile-corpus case that reaches the declaration work); the time limit (422, counted from the start of the
 * task, not its time in the queue; the worker replaced); a full queue (503 with Retry-After); a worker that throws
 * or dies (500, the pool recovers); a client that goes away while its task waits; graceful close.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildApp, type AppOptions } from '../../server/app.js';
import { startServer } from '../../server/main.js';
import { builtWorkerFile, createDeclarationPool } from '../../server/pool.js';
import { CASES } from '../hostile/corpus.js';
import { build, example, expectProblem, fixedNow, JSON_CT, TODAY, YAML_CT } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = join(ROOT, 'dist', 'server-worker.js');
let dir: string;
let FAULTY: string;

/** The real worker, except for bodies starting with `#hang`, `#sleep <ms>`, `#throw` or `#exit`. */
const FAULTY_SOURCE = (real: string) => `
import real from ${JSON.stringify(real)};
const started = (task) => { if (task.startedAt) Atomics.store(new BigInt64Array(task.startedAt), 0, BigInt(Date.now())); };
export default function faulty(task) {
  const head = new TextDecoder().decode(task.bytes.subarray(0, 40));
  if (head.startsWith('#hang')) { started(task); for (;;) {} }
  if (head.startsWith('#exit')) process.exit(7);
  if (head.startsWith('#throw')) throw new Error('boom in ${ROOT}server/secret.ts:1:2');
  const sleep = /^#sleep (\\d+)/.exec(head);
  if (sleep) { started(task); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(sleep[1])); }
  return real(task);
}
`;

beforeAll(() => {
  // test/global-setup.ts builds dist/ before every run; build here too if this file runs on its own without it.
  if (!existsSync(WORKER)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'campaigncheck-pool-'));
  FAULTY = join(dir, 'faulty-worker.mjs');
  writeFileSync(FAULTY, FAULTY_SOURCE(pathToFileURL(WORKER).href));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function poolApp(workers: NonNullable<AppOptions['workers']>, options: AppOptions = {}): Promise<FastifyInstance> {
  return build({ workers: { threads: 1, ...workers }, ...options });
}

const declaration = (marker = '') => Buffer.concat([Buffer.from(marker ? `${marker}\n` : ''), example('local-council-candidate.yaml')]);
const check = (app: FastifyInstance, payload: Buffer, query = '') =>
  app.inject({ method: 'POST', url: `/v1/check?date=${TODAY}${query}`, headers: YAML_CT, payload });

/** Compares two responses: status, the headers that describe the body, and the body (request ids aside). */
function expectSameAnswer(a: LightMyRequestResponse, b: LightMyRequestResponse): void {
  expect(a.statusCode).toBe(b.statusCode);
  for (const header of ['content-type', 'content-length', 'campaigncheck-verdict', 'x-campaigncheck-fail-on', 'content-security-policy', 'cache-control', 'vary']) {
    expect(a.headers[header], header).toBe(b.headers[header]);
  }
  const strip = (body: string) => body.replace(/"requestId":"[^"]*"/, '"requestId":""');
  expect(strip(a.body)).toBe(strip(b.body));
}

describe('where the work runs', () => {
  it('from the TypeScript sources: in-process (no built worker next to server/pool.ts)', async () => {
    const app = await build();
    expect(app.declarationPool.mode).toBe('in-process');
    expect(builtWorkerFile(new URL('../../server/pool.ts', import.meta.url).href)).toBeUndefined();
  });

  it('from the bundle: dist/server-worker.js, seen from dist/ or from dist/chunks/', () => {
    expect(builtWorkerFile(pathToFileURL(join(ROOT, 'dist', 'server.js')).href)).toBe(WORKER);
    expect(builtWorkerFile(pathToFileURL(join(ROOT, 'dist', 'chunks', 'chunk-X.js')).href)).toBe(WORKER);
    expect(builtWorkerFile(pathToFileURL(join(dir, 'elsewhere.mjs')).href)).toBeUndefined();
  });

  it('threads: 0 runs in-process even with a worker file', async () => {
    const pool = createDeclarationPool({ threads: 0, workerFile: WORKER });
    expect(pool.mode).toBe('in-process');
    await pool.close();
  });
});

describe('the pool gives the same answers as the in-process path', () => {
  let inProcess: FastifyInstance;
  let pooled: FastifyInstance;
  beforeAll(async () => {
    inProcess = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, workers: { threads: 0 } });
    pooled = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, workers: { threads: 2, workerFile: WORKER } });
    await Promise.all([inProcess.ready(), pooled.ready()]);
    expect(pooled.declarationPool.mode).toBe('workers');
    expect(pooled.declarationPool.stats().alive).toBe(2);
  });
  afterAll(async () => {
    await Promise.all([inProcess?.close(), pooled?.close()]);
  });

  const cases: [string, string, Record<string, string>][] = [
    ['national-party-general-election.yaml', '', YAML_CT],
    ['non-party-campaigner.json', '', JSON_CT],
    ['referendum-campaign.yaml', '&failOn=medium&area=pecr,online', YAML_CT],
    ...(['html', 'markdown', 'sarif', 'junit', 'csv', 'text', 'ndjson'] as const).map(
      (format) => ['campaign-data-vendor.yaml', `&format=${format}`, YAML_CT] as [string, string, Record<string, string>],
    ),
  ];
  it.each(cases)('POST /v1/check %s %s', async (name, query, headers) => {
    const payload = example(name);
    const url = `/v1/check?date=${TODAY}${query}`;
    const [a, b] = await Promise.all([inProcess.inject({ method: 'POST', url, headers, payload }), pooled.inject({ method: 'POST', url, headers, payload })]);
    expect(a.statusCode).toBe(200);
    expectSameAnswer(b, a);
  });

  it.each([
    ['a declaration that is not valid', JSON_CT, '{"schemaVersion":"1.0"}'],
    ['a declaration that cannot be read', JSON_CT, '\uFEFF{}'],
    ['malformed YAML', YAML_CT, 'a: [1, 2\n'],
    ['nesting deeper than the limit', JSON_CT, '['.repeat(10_000) + ']'.repeat(10_000)],
  ])('%s: the same 422 from POST /v1/check and /v1/validate', async (_name, headers, body) => {
    for (const url of [`/v1/check?date=${TODAY}`, '/v1/validate']) {
      const [a, b] = await Promise.all([
        inProcess.inject({ method: 'POST', url, headers, payload: body }),
        pooled.inject({ method: 'POST', url, headers, payload: body }),
      ]);
      expect(a.statusCode).toBe(422);
      expectSameAnswer(b, a);
    }
  });

  it('POST /v1/validate on a valid declaration', async () => {
    const payload = example('non-party-campaigner.json');
    const b = await pooled.inject({ method: 'POST', url: '/v1/validate', headers: JSON_CT, payload });
    expect(b.statusCode).toBe(200);
    expect(b.body).toBe('{"valid":true}');
  });

  it('many requests at once (bodies small enough to come from the shared Buffer pool, and large ones)', async () => {
    const small = Buffer.from('{"schemaVersion":"1.0"}');
    const large = example('non-party-campaigner.json');
    const requests = Array.from({ length: 24 }, (_, i) => (i % 2 ? small : large));
    const answers = await Promise.all(requests.map((payload) => pooled.inject({ method: 'POST', url: `/v1/check?date=${TODAY}`, headers: JSON_CT, payload })));
    const expected = await Promise.all([small, large].map((payload) => inProcess.inject({ method: 'POST', url: `/v1/check?date=${TODAY}`, headers: JSON_CT, payload })));
    answers.forEach((answer, i) => expectSameAnswer(answer, expected[i % 2 ? 0 : 1]!));
  });
});

describe('the time limit', () => {
  it('a task that runs over it is stopped: 422 DECLARATION_TOO_COMPLEX; the worker is replaced; the event loop stayed free', async () => {
    const app = await poolApp({ workerFile: FAULTY, taskTimeoutMs: 400 });
    const started = Date.now();
    const hanging = check(app, declaration('#hang'));
    // While the worker spins, the event loop answers at once.
    const health = Date.now();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect(Date.now() - health).toBeLessThan(300);

    const problem = expectProblem(await hanging, 422, 'DECLARATION_TOO_COMPLEX');
    expect(problem.detail).toContain('400 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(app.declarationPool.stats().timedOut).toBe(1);

    // The pool has a fresh worker and answers as before.
    const after = await check(app, declaration());
    expect(after.statusCode).toBe(200);
    expect(app.declarationPool.stats().alive).toBe(1);
  });

  it('counts from the start of the task, not from when it was queued', async () => {
    const app = await poolApp({ workerFile: FAULTY, taskTimeoutMs: 1000 });
    // One thread, four tasks of over 300 ms each: the last waits over 900 ms, then runs over 300 ms.
    const started = Date.now();
    const answers = await Promise.all([1, 2, 3, 4].map(() => check(app, declaration('#sleep 300'))));
    expect(Date.now() - started).toBeGreaterThan(1200);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
    expect(app.declarationPool.stats().timedOut).toBe(0);
  });

  it('/v1/validate has the same limit', async () => {
    const app = await poolApp({ workerFile: FAULTY, taskTimeoutMs: 300 });
    const response = await app.inject({ method: 'POST', url: '/v1/validate', headers: YAML_CT, payload: declaration('#hang') });
    expectProblem(response, 422, 'DECLARATION_TOO_COMPLEX');
  });
});

describe('a full queue', () => {
  it('503 OVERLOADED with Retry-After (the load-shedding setting) at once; /readyz says overloaded meanwhile', async () => {
    const app = await poolApp({ workerFile: FAULTY, maxQueue: 2, taskTimeoutMs: 10_000 }, { underPressure: { maxEventLoopDelayMs: 0, retryAfterSeconds: 7 } });
    // One running, two queued, the rest refused.
    const pending = [1, 2, 3].map(() => check(app, declaration('#sleep 400')));
    await expect.poll(() => app.declarationPool.stats().queued).toBe(2);
    const refusedAt = Date.now();
    const refused = await check(app, declaration());
    expect(Date.now() - refusedAt).toBeLessThan(200);
    expectProblem(refused, 503, 'OVERLOADED');
    expect(refused.headers['retry-after']).toBe('7');
    expectProblem(await app.inject({ method: 'GET', url: '/readyz' }), 503, 'NOT_READY');

    expect((await Promise.all(pending)).map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(app.declarationPool.stats()).toMatchObject({ refused: 1, queued: 0 });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('a worker that fails', () => {
  it.each([
    ['throws', '#throw'],
    ['exits (a crash)', '#exit'],
  ])('%s: 500 INTERNAL_ERROR naming only the request id; the pool recovers', async (_name, marker) => {
    const app = await poolApp({ workerFile: FAULTY, threads: 2 });
    const answers = await Promise.all([check(app, declaration(marker)), check(app, declaration())]);
    const problem = expectProblem(answers[0]!, 500, 'INTERNAL_ERROR');
    expect(JSON.stringify(problem)).not.toMatch(/boom|secret|exited/);
    expect(answers[1]!.statusCode).toBe(200);
    const again = await Promise.all([1, 2, 3].map(() => check(app, declaration())));
    expect(again.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(app.declarationPool.stats()).toMatchObject({ failed: 1, alive: 2 });
  });
});

describe('over a real socket', () => {
  it('a client that goes away while its task waits: the task leaves the queue', async () => {
    const server = await startServer({ host: '127.0.0.1', port: 0, env: {}, logLevel: 'silent', handleSignals: false, shutdownTimeoutMs: 1500, rateLimit: false, workers: { threads: 1, workerFile: FAULTY } });
    onTestFinished(() => server.close());
    const post = (body: Buffer, signal?: AbortSignal) =>
      fetch(`${server.url}/v1/check?date=${TODAY}`, { method: 'POST', headers: YAML_CT, body, ...(signal ? { signal } : {}) });
    const running = post(declaration('#sleep 500'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const controller = new AbortController();
    const waiting = post(declaration('#sleep 500'), controller.signal).catch((error: Error) => error.name);
    await expect.poll(() => server.app.declarationPool.stats().queued).toBe(1);
    controller.abort();
    expect(await waiting).toBe('AbortError');
    expect((await running).status).toBe(200);
    await expect.poll(() => server.app.declarationPool.stats()).toMatchObject({ abandoned: 1, queued: 0 });
  });

  it('graceful close: the request in flight gets its answer, then the threads are terminated', async () => {
    // (shutdownTimeoutMs: the client keeps its connection alive after the answer; it is destroyed after that.)
    const server = await startServer({ host: '127.0.0.1', port: 0, env: {}, logLevel: 'silent', handleSignals: false, shutdownTimeoutMs: 3000, workers: { threads: 1, workerFile: FAULTY } });
    const inFlight = fetch(`${server.url}/v1/check?date=${TODAY}`, { method: 'POST', headers: YAML_CT, body: declaration('#sleep 400') });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.app.declarationPool.stats().alive).toBe(1);
    const closing = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('"resultVersion"');
    await closing;
    expect(server.app.declarationPool.stats().alive).toBe(0);
  });
});

describe('closing the app (inject)', () => {
  it('a running task finishes; a queued one gets 503 NOT_READY; new ones are refused; no thread is left', async () => {
    const app = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, workers: { threads: 1, workerFile: FAULTY } });
    await app.ready();
    const running = check(app, declaration('#sleep 400'));
    const queued = check(app, declaration('#sleep 400'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.close();
    expect((await running).statusCode).toBe(200);
    expectProblem(await queued, 503, 'NOT_READY');
    expect(app.declarationPool.stats().alive).toBe(0);
    await expect(app.declarationPool.run({ kind: 'validate', bytes: new Uint8Array(2), format: 'json', filename: 'x', limits: { maxJsonBytes: 9, maxYamlBytes: 9 }, ruleset: 'uk-political-campaigning' })).rejects.toMatchObject({ code: 'NOT_READY' });
  });
});

describe('the hostile corpus through the pool', () => {
  let inProcess: FastifyInstance;
  let pooled: FastifyInstance;
  beforeAll(async () => {
    inProcess = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, workers: { threads: 0 } });
    pooled = await buildApp({ rateLimit: false, underPressure: false, now: fixedNow, workers: { threads: 1, workerFile: WORKER } });
    await Promise.all([inProcess.ready(), pooled.ready()]);
  });
  afterAll(async () => {
    await Promise.all([inProcess?.close(), pooled?.close()]);
  });

  // Every case that is a plain POST to /v1/check on the default app and reaches the declaration work (test/hostile
  // runs them all, in-process, against their expected statuses).
  const cases = CASES.filter(
    (c) => c.api !== null && c.input !== undefined && c.api.status !== 413 && !c.api.app && !c.api.realSocket && !c.api.repeat && !c.api.method && !c.api.url,
  );
  it.each(cases.map((c) => [c.id, c] as const))('%s: the same answer', async (_id, c) => {
    const input = c.input!();
    const api = c.api!;
    const headers: Record<string, string> = { ...(api.headers ?? {}) };
    const contentType = api.contentType === undefined ? (input.format === 'yaml' ? 'application/yaml' : 'application/json') : api.contentType;
    if (contentType !== null) headers['content-type'] = contentType;
    const url = `/v1/check?date=2029-04-01${c.format ? `&format=${c.format}` : ''}`;
    const a = await inProcess.inject({ method: 'POST', url, headers, payload: input.bytes });
    const b = await pooled.inject({ method: 'POST', url, headers, payload: input.bytes });
    expect(a.statusCode).toBe(api.status);
    expectSameAnswer(b, a);
  });
});
