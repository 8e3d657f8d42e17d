/** Load shedding: 503 OVERLOADED with Retry-After under pressure; /healthz stays up, /readyz says not ready. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { build, expectProblem, JSON_CT, minimalJson } from '../helpers.js';

/** Waits until the plugin's sampler has seen the state (it samples every sampleIntervalMs). */
async function waitFor(check: () => boolean, ms = 2_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(10);
  }
}

describe('under pressure', () => {
  it('a heap limit below the current heap: every API request gets 503 with Retry-After', async () => {
    const app = await build({ underPressure: { maxHeapUsedBytes: 1, sampleIntervalMs: 10, retryAfterSeconds: 7 } });
    await waitFor(() => app.isUnderPressure());
    for (const request of [
      { method: 'POST' as const, url: '/v1/check', headers: JSON_CT, payload: minimalJson() },
      { method: 'GET' as const, url: '/v1/rules' },
      { method: 'GET' as const, url: '/nope' },
    ]) {
      const response = await app.inject(request);
      expectProblem(response, 503, 'OVERLOADED');
      expect(response.headers['retry-after']).toBe('7');
    }
  });

  it('/healthz is exempt; /readyz reports not ready', async () => {
    const app = await build({ underPressure: { maxHeapUsedBytes: 1, sampleIntervalMs: 10 } });
    await waitFor(() => app.isUnderPressure());
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const ready = await app.inject({ url: '/readyz' });
    const problem = expectProblem(ready, 503, 'NOT_READY');
    expect(problem.detail).toContain('overloaded');
  });

  it('a saturated event loop trips the event-loop delay threshold', async () => {
    const app = await build({ underPressure: { maxEventLoopDelayMs: 20, sampleIntervalMs: 10 } });
    const started = Date.now();
    while (Date.now() - started < 300) {
      // Block the event loop, as a burst of large YAML bodies would.
    }
    await waitFor(() => app.isUnderPressure());
    expectProblem(await app.inject({ url: '/v1/rules' }), 503, 'OVERLOADED');
  });

  it('the default thresholds let ordinary traffic through', async () => {
    const app = await build({ underPressure: {} });
    await sleep(20);
    expect(app.isUnderPressure()).toBe(false);
    expect((await app.inject({ url: '/v1/rules' })).statusCode).toBe(200);
  });
});
