/**
 * Request bodies. Fastify's own parsers are removed (its JSON parser would accept a byte-order mark and keep the
 * last of two duplicate keys; its text/plain parser would hand any text to a handler). In their place, one parser
 * for JSON and one for YAML take the raw body as a Buffer, unparsed, with a size limit each: the routes hand the
 * bytes to the core (core/parse), exactly as the CLI hands it a file, so both accept and reject the same inputs.
 *
 * - application/json: JSON, at most 1 MiB by default.
 * - application/yaml, application/x-yaml, text/yaml: YAML, at most 256 KiB by default.
 * - A charset other than UTF-8 (e.g. `application/json; charset=utf-16`): 415.
 * - Any Content-Encoding other than identity (gzip, br, …): 415, before the body is read. Nothing is decompressed,
 *   so there is no decompression bomb to defuse.
 * - Any other media type (text/plain, application/x-www-form-urlencoded, multipart/…): 415 (Fastify's own
 *   FST_ERR_CTP_INVALID_MEDIA_TYPE, mapped by the error handler).
 * - Over the limit: 413, from the Content-Length before reading, or while reading a chunked body.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../problem.js';

export const JSON_MEDIA_TYPES = ['application/json'] as const;
export const YAML_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'] as const;

/** What the parsers put in request.body: the bytes as received and the format the media type names. */
export interface DeclarationBody {
  format: 'json' | 'yaml';
  bytes: Buffer;
}

export function isDeclarationBody(body: unknown): body is DeclarationBody {
  return typeof body === 'object' && body !== null && Buffer.isBuffer((body as DeclarationBody).bytes);
}

export interface ContentParsersOptions {
  bodyLimits: { json: number; yaml: number };
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The charset parameter of a Content-Type, lower-cased and unquoted, or undefined. */
export function charsetOf(contentType: string): string | undefined {
  for (const param of contentType.split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return undefined;
}

async function contentParsers(app: FastifyInstance, options: ContentParsersOptions): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...JSON_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: options.bodyLimits.json }, (_request, body, done) => {
    done(null, { format: 'json', bytes: body as Buffer } satisfies DeclarationBody);
  });
  app.addContentTypeParser([...YAML_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: options.bodyLimits.yaml }, (_request, body, done) => {
    done(null, { format: 'yaml', bytes: body as Buffer } satisfies DeclarationBody);
  });

  // Before the body is read: refuse encodings and charsets we do not take, so no byte of such a body is read.
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (!BODY_METHODS.has(request.method)) {
      done(null, payload);
      return;
    }
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && !/^\s*(identity)?\s*$/i.test(encoding)) {
      done(
        new ProblemError('UNSUPPORTED_CONTENT_ENCODING', 'Send the body uncompressed: no Content-Encoding is accepted.', {}, { 'accept-encoding': 'identity' }),
      );
      return;
    }
    const contentType = request.headers['content-type'];
    if (contentType !== undefined) {
      const charset = charsetOf(contentType);
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
        done(new ProblemError('UNSUPPORTED_MEDIA_TYPE', `The body must be UTF-8; got charset=${charset.slice(0, 40)}.`));
        return;
      }
    }
    done(null, payload);
  });
}

export default fp(contentParsers, { name: 'campaigncheck-content-parsers', fastify: '5.x' });
