/**
 * Load shedding (@fastify/under-pressure): when the event loop is saturated or memory is over its limit, new
 * requests get a 503 OVERLOADED problem with Retry-After at once, instead of queueing with unbounded latency.
 * Thresholds are options (see server/config.ts). The checks themselves run on worker threads (server/pool.ts),
 * whose bounded queue answers the same 503, with the same Retry-After, when it is full.
 * /healthz is exempt (a busy process is alive); /readyz reports the pressure as "not ready".
 */
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DEFAULTS, type UnderPressureOptions } from '../config.js';

/** Route config that exempts a route from load shedding. */
export const NO_LOAD_SHEDDING = { pressureHandler: () => undefined } as const;

async function underPressurePlugin(app: FastifyInstance, options: UnderPressureOptions): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs ?? DEFAULTS.maxEventLoopDelayMs,
    maxHeapUsedBytes: options.maxHeapUsedBytes ?? 0,
    maxRssBytes: options.maxRssBytes ?? 0,
    maxEventLoopUtilization: options.maxEventLoopUtilization ?? 0,
    sampleInterval: options.sampleIntervalMs ?? DEFAULTS.sampleIntervalMs,
    retryAfter: options.retryAfterSeconds ?? DEFAULTS.retryAfterSeconds,
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** @fastify/under-pressure: a route's own handler when under pressure; returning undefined lets the request through. */
    pressureHandler?: () => undefined;
  }
}

export default fp(underPressurePlugin, { name: 'campaigncheck-under-pressure', fastify: '5.x' });
