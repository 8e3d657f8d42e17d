/** GET /healthz and /readyz. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/index.js';
import { build, expectProblem, json } from '../helpers.js';

describe('health', () => {
  it('/healthz: alive', async () => {
    const app = await build();
    const response = await app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('/readyz: ready once rules are loaded and validators compiled', async () => {
    const app = await build();
    const response = await app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({ status: 'ready', rules: RULES.length });
  });

  it('HEAD /healthz', async () => {
    const app = await build();
    expect((await app.inject({ method: 'HEAD', url: '/healthz' })).statusCode).toBe(200);
  });

  it('/readyz problem shape', async () => {
    const app = await build({ underPressure: { maxHeapUsedBytes: 1, sampleIntervalMs: 10 } });
    await new Promise((resolve) => setTimeout(resolve, 60));
    const response = await app.inject({ url: '/readyz' });
    expectProblem(response, 503, 'NOT_READY');
    expect(response.headers['retry-after']).toBe('5');
  });
});
