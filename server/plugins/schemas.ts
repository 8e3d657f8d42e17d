/**
 * Shared schemas and the validator. The published schemas (declaration, result, tailoring, waivers) are added
 * with addSchema under their own $id, so routes `$ref` them and the OpenAPI document is generated from the very
 * files the core validates with; so are the API's own Problem and Rule schemas.
 *
 * Validation: Fastify's default ajv coerces types, removes unknown properties and inserts defaults. Here the
 * validator is an ajv built with the core's one configuration (core/validate/ajv.ts AJV_OPTIONS: no coercion, no
 * removal, no defaults, strict), used for query strings and path parameters. Bodies are NOT validated by
 * Fastify: the parsers hand over raw bytes, and the core parses and validates them exactly as for the CLI (with
 * source positions in the issues). The body schemas on the routes are there for the API description.
 *
 * Serialization: every response body is built explicitly (the CheckResult and reports as text from the engine
 * and the formatters, problems by server/problem.ts, the catalogue by server/catalogue.ts), so JSON.stringify
 * serialises the few object responses; response schemas document them, and a test validates responses of every
 * route against the OpenAPI document generated from those schemas. (Fastify's fast-json-stringify would compile some 50 serializers from the 100 KB of shared
 * schemas at start-up, about 0.7 s, for responses that are nearly all sent as text.)
 */
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AJV_OPTIONS, SCHEMAS, SCHEMA_IDS } from '../../core/validate/ajv.js';
import { RuleSchema } from '../catalogue.js';
import { PROBLEMS } from '../problem.js';

export const ref = {
  declaration: { $ref: `${SCHEMA_IDS.declaration}#` },
  result: { $ref: `${SCHEMA_IDS.result}#` },
  tailoring: { $ref: `${SCHEMA_IDS.tailoring}#` },
  waivers: { $ref: `${SCHEMA_IDS.waivers}#` },
  problem: { $ref: 'problem#' },
  rule: { $ref: 'rule#' },
} as const;

/** Names of the shared schemas in the OpenAPI document's components. */
export const COMPONENT_NAMES: Readonly<Record<string, string>> = {
  [SCHEMA_IDS.declaration]: 'Declaration',
  [SCHEMA_IDS.result]: 'CheckResult',
  [SCHEMA_IDS.tailoring]: 'Tailoring',
  [SCHEMA_IDS.waivers]: 'Waivers',
  problem: 'Problem',
  rule: 'Rule',
};

export const ProblemSchema = {
  $id: 'problem',
  title: 'Problem',
  description: 'An error (RFC 9457 problem details, application/problem+json).',
  type: 'object',
  additionalProperties: false,
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId'],
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem: https://campaigncheck.dev/problems/<code in kebab case>.' },
    title: { type: 'string', description: 'A short summary of the kind of problem (the same for every occurrence).' },
    status: { type: 'integer', description: 'The HTTP status code.' },
    detail: { type: 'string', description: 'What went wrong this time, in plain English.' },
    instance: { type: 'string', description: 'The path of the request.' },
    code: { type: 'string', enum: Object.keys(PROBLEMS), description: 'A stable code for programs.' },
    requestId: { type: 'string', description: 'The request id (also in the X-Request-Id header); quote it when reporting a problem.' },
    issues: {
      type: 'array',
      maxItems: 100,
      description: 'Why the declaration (or a parameter) was refused: the same issues `campaigncheck validate` prints, at most 100.',
      items: { $ref: `${SCHEMA_IDS.result}#/definitions/validationIssue` },
    },
    totalIssues: { type: 'integer', description: 'How many issues were found in all (issues lists at most 100).' },
    parameter: { type: 'string', description: 'The query or path parameter at fault.' },
    suggestion: { type: 'string', description: 'The value that was probably meant.' },
    allowed: { type: 'array', items: { type: 'string' }, description: 'For 405: the methods allowed at this address.' },
  },
} as const;

async function schemasPlugin(app: FastifyInstance): Promise<void> {
  for (const schema of Object.values(SCHEMAS)) app.addSchema(schema);
  app.addSchema(ProblemSchema);
  app.addSchema(RuleSchema);

  const ajv = new Ajv({ ...AJV_OPTIONS });
  const acceptBody = () => true;
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? acceptBody : ajv.compile(schema)));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
}

export default fp(schemasPlugin, { name: 'campaigncheck-schemas', fastify: '5.x' });
