/** Shared pieces of route schemas: problem responses by status, for the API description. */
import { PROBLEM_MEDIA_TYPE } from '../problem.js';
import { ref } from '../plugins/schemas.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'A query or path parameter is not valid (INVALID_PARAMETER), or the request is malformed (BAD_REQUEST).',
  401: 'An API key is required, or the one sent is not valid (UNAUTHORIZED). Only when authentication is on.',
  404: 'Not found.',
  406: 'None of the media types in Accept can be produced (NOT_ACCEPTABLE).',
  413: 'The body is over the limit for its media type (BODY_TOO_LARGE).',
  415: 'The media type, charset or content encoding is not accepted (UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_CONTENT_ENCODING).',
  422: 'The declaration could not be read (UNREADABLE_DECLARATION) or is not valid (INVALID_DECLARATION), and the issues say why; or checking it ran over the time limit (DECLARATION_TOO_COMPLEX).',
  429: 'Too many requests from this client (RATE_LIMITED); see Retry-After.',
  500: 'An internal error (INTERNAL_ERROR). The body says nothing more than the request id.',
  503: 'Overloaded: load shedding or a full queue of checks (OVERLOADED); too slow (TIMEOUT); not ready or shutting down (NOT_READY). See Retry-After.',
};

/** Response entries for the given statuses, each a Problem document. */
export function problemResponses(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const status of statuses) {
    out[status] = { description: DESCRIPTIONS[status] ?? 'An error.', content: { [PROBLEM_MEDIA_TYPE]: { schema: ref.problem } } };
  }
  return out;
}

/** The error statuses any rate-limited, authenticated route can return. */
export const COMMON_ERRORS = [400, 401, 429, 500, 503] as const;
