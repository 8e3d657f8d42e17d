/**
 * The HTTP API's app factory: builds the Fastify instance with its plugins and routes, and does not listen
 * (server/main.ts listens; tests call buildApp and use inject()). A thin adapter: routes turn HTTP into the same
 * core calls the CLI makes. The declaration work of /v1/check and /v1/validate runs on worker threads
 * (server/pool.ts), so the event loop only does HTTP.
 *
 * Order matters, and is explicit:
 *   request ids, security headers, load shedding, authentication (identify), rate limit, errors (and 404/405),
 *   content-type parsers, shared schemas and the validator, the API description, then the routes.
 * Per request: onRequest [request id, helmet, under-pressure, identify the API key] -> route onRequest [rate
 * limit] -> preParsing [401 without a valid key; 415 for encodings and charsets] -> body (raw bytes, size-capped)
 * -> query/params validation (no coercion) -> handler.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { validateDeclaration } from '../core/validate/index.js';
import { UK_RULESET } from '../rules/index.js';
import { bodyLimits, DEFAULTS, type AppOptions } from './config.js';
import authPlugin from './plugins/auth.js';
import contentParsers from './plugins/content-parsers.js';
import errorsPlugin from './plugins/errors.js';
import rateLimitPlugin from './plugins/rate-limit.js';
import requestIdPlugin, { genReqId, REQUEST_ID_HEADER } from './plugins/request-id.js';
import schemasPlugin from './plugins/schemas.js';
import securityHeaders from './plugins/security-headers.js';
import swaggerPlugin, { DOCS_PREFIX } from './plugins/swagger.js';
import underPressurePlugin from './plugins/under-pressure.js';
import { createDeclarationPool, type DeclarationPool } from './pool.js';
import { buildProblem, sendProblem } from './problem.js';
import { checkRoutes } from './routes/check.js';
import { healthRoutes, type Readiness } from './routes/health.js';
import { rulesRoutes } from './routes/rules.js';
import { schemaRoutes } from './routes/schemas.js';
import { validateRoutes } from './routes/validate.js';

export type { AppOptions } from './config.js';
export { REQUEST_FILENAME } from './declaration.js';

/** Headers that are never logged, whatever the log level or serializer. */
export const REDACTED_HEADERS = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'];

declare module 'fastify' {
  interface FastifyInstance {
    /** The worker pool the check and validate routes run on (its stats are read by the benchmarks). */
    declarationPool: DeclarationPool;
  }
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const limits = bodyLimits(options);
  const timeouts = options.timeouts ?? {};
  const now = options.now ?? (() => new Date());
  // Compile the declaration validator now (about 1.5 s cold, once per process), before load shedding starts to
  // measure the event loop, so that start-up does not count as overload, nor delay the first request.
  validateDeclaration({});

  const app = Fastify({
    logger: {
      level: options.logLevel ?? DEFAULTS.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Bodies are never logged (Fastify does not log them); these headers are never logged either.
      redact: { paths: REDACTED_HEADERS, censor: '[redacted]' },
    },
    genReqId,
    bodyLimit: Math.max(limits.json, limits.yaml),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    requestTimeout: timeouts.requestMs ?? DEFAULTS.requestTimeoutMs,
    connectionTimeout: timeouts.connectionMs ?? DEFAULTS.connectionTimeoutMs,
    handlerTimeout: timeouts.handlerMs ?? DEFAULTS.handlerTimeoutMs,
    ...(timeouts.keepAliveMs !== undefined ? { keepAliveTimeout: timeouts.keepAliveMs } : {}),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    trustProxy: options.trustProxy ?? false,
    // Errors Fastify raises before routing (a URL that cannot be decoded): a problem too, though no hook has run.
    frameworkErrors: (_error, request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id).header('x-content-type-options', 'nosniff');
      sendProblem(reply, buildProblem(request, 'BAD_REQUEST', 'The request URL is not valid.'));
    },
  });

  // The declaration work (parse, check, report) runs on worker threads; the event loop only does HTTP.
  const pool = createDeclarationPool({
    ...(options.workers ?? {}),
    retryAfterSeconds: (options.underPressure || undefined)?.retryAfterSeconds ?? DEFAULTS.retryAfterSeconds,
    log: app.log,
  });
  app.decorate('declarationPool', pool);

  let ready = false;
  let closing = false;
  app.addHook('onReady', async () => {
    // Every worker thread has loaded the engine (at once in-process).
    await pool.ready();
    // Rules are loaded by import and the validator compiled above: ready once every plugin and route is.
    ready = UK_RULESET.rules.length > 0;
  });
  app.addHook('preClose', async () => {
    closing = true;
  });
  // After the server has closed (requests in flight have had their answers): queued tasks are refused, running
  // ones may finish within their time limit, and the threads are terminated.
  app.addHook('onClose', async () => {
    await pool.close();
  });
  const readiness: Readiness = {
    notReadyBecause: () =>
      !ready
        ? 'The service is starting.'
        : closing
          ? 'The service is shutting down.'
          : app.isUnderPressure?.() || pool.saturated()
            ? 'The service is overloaded.'
            : undefined,
    details: () => ({ rules: UK_RULESET.rules.length, ruleset: `${UK_RULESET.id} ${UK_RULESET.version}` }),
  };

  try {
    await app.register(requestIdPlugin);
    await app.register(securityHeaders);
    if (options.underPressure !== false) await app.register(underPressurePlugin, options.underPressure ?? {});
    await app.register(authPlugin, { apiKeys: options.apiKeys ?? [], publicPrefix: DOCS_PREFIX });
    if (options.rateLimit !== false) await app.register(rateLimitPlugin, options.rateLimit ?? {});
    await app.register(errorsPlugin, { bodyLimits: limits });
    await app.register(contentParsers, { bodyLimits: limits });
    await app.register(schemasPlugin);
    await app.register(swaggerPlugin, { docs: options.docs ?? true, authEnabled: app.authEnabled });

    await app.register(healthRoutes, readiness);
    await app.register(checkRoutes, { bodyLimits: limits, now, pool });
    await app.register(validateRoutes, { bodyLimits: limits, pool });
    await app.register(rulesRoutes);
    await app.register(schemaRoutes);
  } catch (error) {
    // A plugin failed to register: nobody will close this app, so the worker threads are stopped here.
    await pool.close();
    throw error;
  }
  return app;
}
