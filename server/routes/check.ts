/**
 * POST /v1/check: a declaration in, its compliance result out, as JSON (the CheckResult, exactly what
 * `campaigncheck check --format json` prints) or as a report (HTML, Markdown, SARIF, JUnit, CSV, text, NDJSON)
 * chosen by `?format=` or the Accept header. The same checkDeclaration call as the CLI, on the same bytes, run on a
 * worker thread (server/pool.ts, server/work.ts): the handler checks the query, hands the bytes over, and sends the
 * finished body back.
 *
 * A declaration that cannot be read or is not valid is not a compliance verdict: it gets 422 with the issues
 * (application/problem+json), whatever format was asked for. A valid declaration gets 200 whatever its findings;
 * the verdict against `failOn` (default high, as the CLI) is in the Campaigncheck-Verdict header.
 */
import type { FastifyInstance } from 'fastify';
import type { FormatName } from '../../formatters/index.js';
import { REQUEST_FILENAME, declarationProblem, requireDeclaration, runTask } from '../declaration.js';
import { REPORT_FORMATS, REPORT_MEDIA_TYPES, negotiateFormat } from '../negotiate.js';
import { JSON_MEDIA_TYPES, YAML_MEDIA_TYPES } from '../plugins/content-parsers.js';
import { ref } from '../plugins/schemas.js';
import { HTML_REPORT_CSP } from '../plugins/security-headers.js';
import type { DeclarationPool } from '../pool.js';
import { ProblemError } from '../problem.js';
import {
  FAIL_ON_VALUES,
  ListParam,
  RulesetParam,
  evaluationDate,
  resolveRuleset,
  ruleSelection,
  type FailOn,
  type ListValue,
} from '../query.js';
import { COMMON_ERRORS, problemResponses } from './_responses.js';

export interface CheckRouteOptions {
  bodyLimits: { json: number; yaml: number };
  now: () => Date;
  pool: DeclarationPool;
}

interface CheckQuery {
  ruleset?: string;
  failOn?: FailOn;
  date?: string;
  rule?: ListValue;
  area?: ListValue;
  severity?: ListValue;
  tag?: ListValue;
  format?: FormatName;
}

export const VERDICT_HEADER = 'campaigncheck-verdict';
export const FAIL_ON_HEADER = 'x-campaigncheck-fail-on';

const CheckQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ruleset: RulesetParam,
    failOn: {
      type: 'string',
      enum: [...FAIL_ON_VALUES],
      description: 'The lowest severity whose open findings make the verdict "fail" (as the CLI\'s --fail-on). Default high. Changes only the Campaigncheck-Verdict header.',
    },
    date: {
      type: 'string',
      maxLength: 10,
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      description: "The evaluation date, YYYY-MM-DD (as the CLI's --date). Default: today's date in UTC.",
    },
    rule: ListParam('Only these rules (ids, e.g. PECR-01).'),
    area: ListParam('Only the rules of these areas (e.g. pecr).'),
    severity: ListParam('Only the rules of these severities.'),
    tag: ListParam('Only the rules with one of these tags.'),
    format: {
      type: 'string',
      enum: REPORT_FORMATS,
      description: 'The report format; wins over the Accept header. Default json (the CheckResult).',
    },
  },
} as const;

/** The request body, for the API description: the declaration as JSON (its schema) or YAML text. */
export const DeclarationBodySchema = {
  description: 'The declaration (schema: Declaration), as JSON or as YAML 1.2. UTF-8, no byte-order mark.',
  content: {
    ...Object.fromEntries(JSON_MEDIA_TYPES.map((t) => [t, { schema: ref.declaration }])),
    ...Object.fromEntries(YAML_MEDIA_TYPES.map((t) => [t, { schema: { type: 'string', description: 'The declaration as YAML text (the same structure as the JSON).' } }])),
  },
};

function successResponse() {
  const content: Record<string, unknown> = { 'application/json': { schema: ref.result } };
  for (const [mediaType, format] of REPORT_MEDIA_TYPES) {
    if (mediaType === 'application/json') continue;
    content[mediaType] = { schema: { type: 'string', description: `The ${format} report.` } };
  }
  return {
    description:
      'The declaration was checked. JSON: the CheckResult (byte for byte what `campaigncheck check --format json` prints). Other formats: the report.',
    headers: {
      'Campaigncheck-Verdict': {
        type: 'string',
        enum: ['pass', 'fail', 'error'],
        description: 'fail: an open finding (fail or needs_info) at or above failOn; error: a rule failed to run; else pass (the CLI exit codes 1, 2, 0).',
      },
      'X-Campaigncheck-Fail-On': { type: 'string', enum: [...FAIL_ON_VALUES], description: 'The threshold the verdict used.' },
    },
    content,
  };
}

export async function checkRoutes(app: FastifyInstance, options: CheckRouteOptions): Promise<void> {
  const limits = { maxJsonBytes: options.bodyLimits.json, maxYamlBytes: options.bodyLimits.yaml };
  const mediaTypes = REPORT_MEDIA_TYPES.map(([t]) => t);

  app.post<{ Querystring: CheckQuery }>(
    '/v1/check',
    {
      schema: {
        summary: 'Check a declaration',
        description: 'Runs the ruleset over the declaration and returns the result or a report. 422 if the declaration cannot be read or is not valid.',
        tags: ['check'],
        querystring: CheckQuerySchema,
        body: DeclarationBodySchema,
        response: { 200: successResponse(), ...problemResponses(...COMMON_ERRORS, 406, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const ruleset = resolveRuleset(query.ruleset);
      const selection = ruleSelection(query, ruleset);
      const date = evaluationDate(query.date, options.now);
      const failOn: FailOn = query.failOn ?? 'high';
      const format = query.format ?? negotiateFormat(request.headers.accept);
      if (format === undefined) {
        throw new ProblemError('NOT_ACCEPTABLE', `Ask for one of: ${mediaTypes.join(', ')} (or use ?format=).`, { allowed: mediaTypes });
      }
      const body = requireDeclaration(request.body);

      const outcome = await runTask(
        options.pool,
        {
          kind: 'check',
          bytes: body.bytes,
          format: body.format,
          filename: REQUEST_FILENAME,
          limits,
          ruleset: ruleset.id,
          report: format,
          failOn,
          evaluationDate: date,
          ...(selection ? { selection } : {}),
        },
        reply,
      );
      if (outcome === undefined) return;
      if (outcome.kind === 'invalid') throw declarationProblem(outcome.issues, outcome.totalIssues);
      if (outcome.kind !== 'report') throw new Error(`unexpected outcome ${outcome.kind}`);

      reply
        .header(VERDICT_HEADER, outcome.verdict)
        .header(FAIL_ON_HEADER, failOn)
        .header('cache-control', 'no-store')
        .header('vary', 'Accept');
      if (format === 'html') reply.header('content-security-policy', HTML_REPORT_CSP);
      // The body comes as UTF-8 bytes (encoded on the worker). Fastify adds `charset=utf-8` to JSON media types
      // only for string bodies, so it is added here, and the headers are those a string body would have had.
      const { body: bytes, mediaType } = outcome;
      reply.type(/json/.test(mediaType) && !/charset=/i.test(mediaType) ? `${mediaType}; charset=utf-8` : mediaType);
      return reply.send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
}
