/**
 * Errors as RFC 9457 problem documents (application/problem+json): the catalogue of problem codes, each with
 * its HTTP status, title and type URI, and the one function that sends a problem. Every error response of the
 * API goes through `sendProblem`, so the shape is the same everywhere: type, title, status, detail, instance,
 * plus a stable `code` and the `requestId` (and, for declarations that cannot be checked, the issues).
 * No stack trace, file path or library message is ever put in a problem: `detail` is always our own text.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ValidationIssue } from '../schema/generated/result.js';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://campaigncheck.dev/problems/';

/** Problem code -> HTTP status and title. docs/api.md lists the same codes (a test checks it). */
export const PROBLEMS = {
  BAD_REQUEST: { status: 400, title: 'The request is malformed' },
  INVALID_PARAMETER: { status: 400, title: 'A query or path parameter is not valid' },
  UNAUTHORIZED: { status: 401, title: 'An API key is required' },
  NOT_FOUND: { status: 404, title: 'There is nothing at this address' },
  RULE_NOT_FOUND: { status: 404, title: 'There is no rule with this id' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'This method is not allowed here' },
  NOT_ACCEPTABLE: { status: 406, title: 'None of the accepted media types can be produced' },
  BODY_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body has an unsupported media type' },
  UNSUPPORTED_CONTENT_ENCODING: { status: 415, title: 'The request body has an unsupported content encoding' },
  UNREADABLE_DECLARATION: { status: 422, title: 'The declaration could not be read' },
  INVALID_DECLARATION: { status: 422, title: 'The declaration is not valid' },
  DECLARATION_TOO_COMPLEX: { status: 422, title: 'The declaration took too long to check' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL_ERROR: { status: 500, title: 'Internal server error' },
  OVERLOADED: { status: 503, title: 'The service is overloaded' },
  TIMEOUT: { status: 503, title: 'The request took too long' },
  NOT_READY: { status: 503, title: 'The service is not ready' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  requestId: string;
  [extension: string]: unknown;
}

/** Extension members a problem may carry besides the standard ones. */
export interface ProblemExtensions {
  issues?: ValidationIssue[];
  totalIssues?: number;
  parameter?: string;
  suggestion?: string;
  allowed?: string[];
}

export function problemType(code: ProblemCode): string {
  return `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`;
}

/** An expected failure, thrown by handlers and hooks and turned into a problem by the error handler. */
export class ProblemError extends Error {
  /** Read by Fastify and by plugins that look at `statusCode`. */
  readonly statusCode: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extensions: ProblemExtensions = {},
    /** Response headers that belong to this problem (Allow, WWW-Authenticate, Retry-After, …). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.statusCode = PROBLEMS[code].status;
  }
}

/** The path of the request, without the query string (which may be long and is not an occurrence id). */
function instanceOf(request: FastifyRequest): string {
  const url = request.raw.url ?? request.url;
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  return path.length > 1000 ? `${path.slice(0, 1000)}…` : path;
}

export function buildProblem(request: FastifyRequest, code: ProblemCode, detail: string, extensions: ProblemExtensions = {}): Problem {
  const { status, title } = PROBLEMS[code];
  const problem: Problem = { type: problemType(code), title, status, detail, instance: instanceOf(request), code, requestId: String(request.id) };
  for (const [key, value] of Object.entries(extensions)) if (value !== undefined) problem[key] = value;
  return problem;
}

/** Headers a successful reply may have set that must not leak onto an error response. */
const SUCCESS_ONLY_HEADERS = ['campaigncheck-verdict', 'x-campaigncheck-fail-on', 'etag', 'content-disposition'];

/** Sends a problem document. The body is serialised here, so no response schema can reshape it. */
export function sendProblem(reply: FastifyReply, problem: Problem, headers: Readonly<Record<string, string>> = {}): FastifyReply {
  for (const name of SUCCESS_ONLY_HEADERS) reply.removeHeader(name);
  reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).header('cache-control', 'no-store');
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply.send(JSON.stringify(problem));
}
