/**
 * GET /healthz (alive: the process answers) and GET /readyz (ready: rules loaded, validators compiled, not shutting
 * down, not overloaded). Both are open without an API key, exempt from rate limiting and load shedding, never
 * cached. A load balancer should route by /readyz; an orchestrator should restart by /healthz.
 */
import type { FastifyInstance } from 'fastify';
import { NO_LOAD_SHEDDING } from '../plugins/under-pressure.js';
import { ProblemError } from '../problem.js';
import { problemResponses } from './_responses.js';

export interface Readiness {
  /** Why the service is not ready, or undefined when it is. */
  notReadyBecause(): string | undefined;
  details(): { rules: number; ruleset: string };
}

const OPEN = { public: true, rateLimit: false as const, ...NO_LOAD_SHEDDING };

export async function healthRoutes(app: FastifyInstance, readiness: Readiness): Promise<void> {
  app.get(
    '/healthz',
    {
      config: OPEN,
      schema: {
        summary: 'Liveness',
        tags: ['health'],
        security: [],
        response: {
          200: {
            description: 'The process is alive.',
            type: 'object',
            additionalProperties: false,
            required: ['status'],
            properties: { status: { type: 'string', const: 'ok' } },
          },
        },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      config: OPEN,
      schema: {
        summary: 'Readiness',
        tags: ['health'],
        security: [],
        response: {
          200: {
            description: 'Ready to take requests.',
            type: 'object',
            additionalProperties: false,
            required: ['status', 'rules', 'ruleset'],
            properties: { status: { type: 'string', const: 'ready' }, rules: { type: 'integer' }, ruleset: { type: 'string' } },
          },
          ...problemResponses(503),
        },
      },
    },
    async (_request, reply) => {
      const reason = readiness.notReadyBecause();
      if (reason !== undefined) throw new ProblemError('NOT_READY', reason, {}, { 'retry-after': '5' });
      return reply.header('cache-control', 'no-store').send({ status: 'ready', ...readiness.details() });
    },
  );
}
