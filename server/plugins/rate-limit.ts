/**
 * Per-client rate limiting (@fastify/rate-limit, in-memory, per process). A client is its API key when it
 * presented a valid one, otherwise its IP address (the proxy's, unless trustProxy names the proxy). Over the
 * limit: 429 RATE_LIMITED with Retry-After. Every limited response carries x-ratelimit-limit/-remaining/-reset.
 * Health checks are exempt (route config `rateLimit: false`). Must be registered before the routes.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DEFAULTS, type RateLimitOptions } from '../config.js';
import { ProblemError } from '../problem.js';

export function clientKey(request: FastifyRequest): string {
  return request.clientId ? `key:${request.clientId}` : `ip:${request.ip}`;
}

async function rateLimitPlugin(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    max: options.max ?? DEFAULTS.rateLimitMax,
    timeWindow: options.timeWindowMs ?? DEFAULTS.rateLimitWindowMs,
    keyGenerator: clientKey,
    errorResponseBuilder: (_request, context) =>
      new ProblemError('RATE_LIMITED', `Too many requests: at most ${(context as { max?: number }).max ?? ''} per ${Math.round((options.timeWindowMs ?? DEFAULTS.rateLimitWindowMs) / 1000)} s. Retry after the time given in Retry-After.`),
  });
}

export default fp(rateLimitPlugin, { name: 'campaigncheck-rate-limit', fastify: '5.x' });
