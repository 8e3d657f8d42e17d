/**
 * Optional API-key authentication. Off when no key is configured (local use). When on, every route needs a key
 * except the public ones (health checks and the API description: route config `public: true`, and the Swagger
 * UI under /docs).
 *
 * A key is sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`. Keys are compared in constant time: both
 * sides are hashed with SHA-256 (so the lengths are equal) and compared with crypto.timingSafeEqual, against
 * every configured key without stopping at a match. Keys are never logged (the logger redacts both headers);
 * a client is named in logs and in the rate limiter only by the position of its key ("key-2").
 *
 * Identification runs in onRequest (so that the rate limiter, a route-level onRequest hook that runs after this
 * one, counts requests per key); the 401 is sent in preParsing, after the rate limiter, so that guessing keys is
 * rate-limited too, and before the body is read.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../problem.js';

export interface AuthPluginOptions {
  apiKeys: readonly string[];
  /** Paths under this prefix are public (the Swagger UI). */
  publicPrefix?: string;
}

export const WWW_AUTHENTICATE = 'Bearer realm="campaigncheck"';

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The key a request presents, if any: Authorization: Bearer first, then X-API-Key. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (m) return m[1];
  }
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  return undefined;
}

/** Matches a presented key against the configured ones in constant time; the 1-based position, or 0. */
export function matchKey(presented: string, hashes: readonly Buffer[]): number {
  const candidate = sha256(presented);
  let match = 0;
  for (let i = 0; i < hashes.length; i++) {
    // No early exit: every key is compared, whatever the outcome.
    if (timingSafeEqual(candidate, hashes[i]!) && match === 0) match = i + 1;
  }
  return match;
}

async function authPlugin(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  const hashes = options.apiKeys.map(sha256);
  const enabled = hashes.length > 0;
  app.decorate('authEnabled', enabled);
  app.decorateRequest('clientId', null);
  if (!enabled) return;

  const isPublic = (request: FastifyRequest): boolean =>
    request.routeOptions.config.public === true ||
    (options.publicPrefix !== undefined && (request.routeOptions.url ?? '').startsWith(options.publicPrefix));

  app.addHook('onRequest', (request, _reply, done) => {
    const key = presentedKey(request);
    if (key !== undefined) {
      const position = matchKey(key, hashes);
      if (position > 0) request.clientId = `key-${position}`;
    }
    done();
  });

  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.clientId !== null || isPublic(request)) {
      done(null, payload);
      return;
    }
    const presented = presentedKey(request) !== undefined;
    done(
      new ProblemError(
        'UNAUTHORIZED',
        presented ? 'The API key is not valid.' : 'Send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".',
        {},
        { 'www-authenticate': presented ? `${WWW_AUTHENTICATE}, error="invalid_token"` : WWW_AUTHENTICATE },
      ),
    );
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    authEnabled: boolean;
  }
  interface FastifyRequest {
    /** 'key-N' when the request presented the N-th configured API key; null otherwise (or when auth is off). */
    clientId: string | null;
  }
  interface FastifyContextConfig {
    /** Open without an API key (health checks, the API description). */
    public?: boolean;
  }
}

export default fp(authPlugin, { name: 'campaigncheck-auth', fastify: '5.x' });
