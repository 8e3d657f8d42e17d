/**
 * Request ids: every request gets one (a random UUID, or the caller's X-Request-Id when it is a short token of
 * safe characters, so ids can be followed across a proxy), every log line of the request carries it (reqId), and
 * every response echoes it in X-Request-Id. Problem documents carry it too (requestId).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function genReqId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}

async function requestId(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}

export default fp(requestId, { name: 'campaigncheck-request-id', fastify: '5.x' });
