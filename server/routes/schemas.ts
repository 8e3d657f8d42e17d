/**
 * GET /v1/schemas/{declaration,result,tailoring,waivers}: the published JSON Schemas (the files in schema/, the
 * ones the core validates with), as application/schema+json, cacheable: a strong ETag (SHA-256 of the body) and
 * If-None-Match -> 304.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SCHEMAS } from '../../core/validate/ajv.js';
import { COMMON_ERRORS, problemResponses } from './_responses.js';

export const SCHEMA_MEDIA_TYPE = 'application/schema+json';

/** Does If-None-Match match the ETag? (RFC 9110 13.1.2: weak comparison, `*` matches anything.) */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

export function sendCacheable(request: FastifyRequest, reply: FastifyReply, body: string, etag: string, mediaType: string, cacheControl: string): FastifyReply {
  reply.header('etag', etag).header('cache-control', cacheControl);
  if (ifNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(mediaType).send(body);
}

export async function schemaRoutes(app: FastifyInstance): Promise<void> {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const body = `${JSON.stringify(schema, null, 2)}\n`;
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    app.get(
      `/v1/schemas/${name}`,
      {
        schema: {
          summary: `The ${name} schema`,
          description: `The published JSON Schema (draft-07) of ${name === 'result' ? 'results' : `${name} files`}: ${String((schema as { $id: string }).$id)}.`,
          tags: ['schemas'],
          response: {
            200: { description: `The ${name} schema.`, content: { [SCHEMA_MEDIA_TYPE]: { schema: { type: 'object' } } } },
            304: { description: 'Not modified (If-None-Match matched the ETag).', type: 'null' },
            ...problemResponses(...COMMON_ERRORS),
          },
        },
      },
      async (request, reply) => sendCacheable(request, reply, body, etag, SCHEMA_MEDIA_TYPE, 'public, max-age=3600'),
    );
  }
}
