/**
 * The error handler, and the 404/405 handler: every error becomes a problem document (server/problem.ts).
 * Expected failures (ProblemError, Fastify's and the plugins' coded 4xx errors) keep their meaning; anything else
 * is a 500 whose body says only that something went wrong and which request it was. The full error goes to the
 * log, never to the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { buildProblem, ProblemError, sendProblem, type ProblemCode, type ProblemExtensions } from '../problem.js';

interface Mapped {
  code: ProblemCode;
  detail: string;
  extensions?: ProblemExtensions;
  headers?: Record<string, string>;
}

export interface ErrorsPluginOptions {
  /** Limits named in the 413 message. */
  bodyLimits: { json: number; yaml: number };
}

function kib(bytes: number): string {
  return bytes % 1048576 === 0 ? `${bytes / 1048576} MiB` : bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

/** Query and path parameter errors from the validator, as issues (the same shape as declaration issues). */
function parameterProblem(error: FastifyError): Mapped {
  const part = error.validationContext === 'params' ? 'path' : 'query';
  const issues = (error.validation ?? []).slice(0, 20).map((v) => {
    const name = v.instancePath.split('/')[1] || (v.params as { additionalProperty?: string }).additionalProperty || '';
    const message =
      v.keyword === 'additionalProperties'
        ? `Unknown ${part} parameter "${(v.params as { additionalProperty?: string }).additionalProperty ?? ''}".`
        : `${part} parameter "${name}" ${v.message ?? 'is not valid'}.`;
    return { code: 'INVALID_PARAMETER', message, pointer: v.instancePath, source: 'schema' as const };
  });
  const first = issues[0]?.message ?? `A ${part} parameter is not valid.`;
  const firstError = error.validation?.[0];
  const parameter = firstError
    ? firstError.instancePath.split('/')[1] || (firstError.params as { additionalProperty?: string }).additionalProperty
    : undefined;
  return { code: 'INVALID_PARAMETER', detail: first, extensions: { ...(parameter ? { parameter } : {}), issues, totalIssues: error.validation?.length ?? issues.length } };
}

export function mapError(error: FastifyError, options: ErrorsPluginOptions): Mapped | undefined {
  if (error instanceof ProblemError) return { code: error.code, detail: error.detail, extensions: error.extensions, headers: { ...error.headers } };
  if (error.validation) return parameterProblem(error);
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        code: 'BODY_TOO_LARGE',
        detail: `The body is larger than the limit: ${kib(options.bodyLimits.json)} for JSON, ${kib(options.bodyLimits.yaml)} for YAML.`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail: 'Send the declaration as application/json or application/yaml (also application/x-yaml, text/yaml), in UTF-8.',
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'BAD_REQUEST', detail: 'The Content-Length does not match the body.' };
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'The Content-Type header is not valid.' };
    case 'FST_UNDER_PRESSURE':
      return { code: 'OVERLOADED', detail: 'The service is too busy to take this request now. Retry after the time given in Retry-After.' };
    case 'FST_ERR_HANDLER_TIMEOUT':
      return { code: 'TIMEOUT', detail: 'The request took too long and was abandoned.' };
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return { code: 'BAD_REQUEST', detail: 'The request URL is not valid.' };
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return { code: 'RATE_LIMITED', detail: 'Too many requests. Retry after the time given in Retry-After.' };
  if (status === 413) return { code: 'BODY_TOO_LARGE', detail: 'The request body is too large.' };
  if (status === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'The request body has an unsupported media type.' };
  if (status >= 400 && status < 500) return { code: 'BAD_REQUEST', detail: 'The request is malformed.' };
  return undefined;
}

/** Route patterns and their methods, to tell 405 (the path exists) from 404. */
class RouteTable {
  private readonly patterns = new Map<string, { regex: RegExp; methods: Set<string> }>();

  add(url: string, method: string | string[]): void {
    let entry = this.patterns.get(url);
    if (!entry) {
      const source = url
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      entry = { regex: new RegExp(`^${source}$`), methods: new Set() };
      this.patterns.set(url, entry);
    }
    for (const m of Array.isArray(method) ? method : [method]) entry.methods.add(m.toUpperCase());
  }

  allowed(path: string): string[] {
    const methods = new Set<string>();
    for (const { regex, methods: m } of this.patterns.values()) if (regex.test(path)) for (const x of m) methods.add(x);
    return [...methods].sort();
  }
}

function pathOf(request: FastifyRequest): string {
  const url = request.raw.url ?? request.url;
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

async function errorsPlugin(app: FastifyInstance, options: ErrorsPluginOptions): Promise<void> {
  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.url, route.method));

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = mapError(error, options);
    if (!mapped) {
      request.log.error({ err: error }, 'request failed');
      const problem = buildProblem(request, 'INTERNAL_ERROR', `Something went wrong on our side. If it keeps happening, report it quoting request id ${request.id}.`);
      return sendProblem(reply, problem);
    }
    const problem = buildProblem(request, mapped.code, mapped.detail, mapped.extensions);
    if (problem.status >= 500) request.log.warn({ code: mapped.code }, 'request refused');
    else request.log.info({ code: mapped.code }, 'request rejected');
    return sendProblem(reply, problem, mapped.headers);
  });

  // Unknown addresses and methods. When the rate limiter is on (registered before this plugin), it applies to them
  // too, so that probing for routes is limited like everything else.
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const allowed = routes.allowed(pathOf(request));
    if (allowed.length > 0) {
      const problem = buildProblem(request, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here. Allowed: ${allowed.join(', ')}.`, { allowed });
      return sendProblem(reply, problem, { allow: allowed.join(', ') });
    }
    return sendProblem(reply, buildProblem(request, 'NOT_FOUND', 'There is nothing at this address. The API is described at /openapi.json.'));
  };
  if (app.hasDecorator('rateLimit')) app.setNotFoundHandler({ preHandler: app.rateLimit() }, notFound);
  else app.setNotFoundHandler(notFound);
}

export default fp(errorsPlugin, { name: 'campaigncheck-errors', fastify: '5.x' });
