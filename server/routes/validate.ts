/**
 * POST /v1/validate: schema only (parse and validate, no rules), as `campaigncheck validate`. 200 { valid: true },
 * or 422 with the same issues the CLI prints. Parsing and validation run on a worker thread (server/pool.ts).
 */
import type { FastifyInstance } from 'fastify';
import { REQUEST_FILENAME, declarationProblem, requireDeclaration, runTask } from '../declaration.js';
import type { DeclarationPool } from '../pool.js';
import { RulesetParam, resolveRuleset } from '../query.js';
import { COMMON_ERRORS, problemResponses } from './_responses.js';
import { DeclarationBodySchema } from './check.js';

export interface ValidateRouteOptions {
  bodyLimits: { json: number; yaml: number };
  pool: DeclarationPool;
}

export async function validateRoutes(app: FastifyInstance, options: ValidateRouteOptions): Promise<void> {
  const limits = { maxJsonBytes: options.bodyLimits.json, maxYamlBytes: options.bodyLimits.yaml };

  app.post<{ Querystring: { ruleset?: string } }>(
    '/v1/validate',
    {
      schema: {
        summary: 'Validate a declaration',
        description: 'Parses the declaration and validates it against the declaration schema and its references (waivers must name rules of the ruleset). No rule is run.',
        tags: ['check'],
        querystring: { type: 'object', additionalProperties: false, properties: { ruleset: RulesetParam } },
        body: DeclarationBodySchema,
        response: {
          200: {
            description: 'The declaration is valid.',
            content: {
              'application/json': {
                schema: { type: 'object', additionalProperties: false, required: ['valid'], properties: { valid: { type: 'boolean', const: true } } },
              },
            },
          },
          ...problemResponses(...COMMON_ERRORS, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const ruleset = resolveRuleset(request.query.ruleset);
      const body = requireDeclaration(request.body);
      const outcome = await runTask(
        options.pool,
        { kind: 'validate', bytes: body.bytes, format: body.format, filename: REQUEST_FILENAME, limits, ruleset: ruleset.id },
        reply,
      );
      if (outcome === undefined) return;
      if (outcome.kind === 'invalid') throw declarationProblem(outcome.issues, outcome.totalIssues);
      return reply.header('cache-control', 'no-store').send({ valid: true });
    },
  );
}
