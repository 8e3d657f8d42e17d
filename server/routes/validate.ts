/**
 * POST /v1/validate: schema only (parse and validate, no rules), as `campaigncheck validate`. 200 { valid: true },
 * or 422 with the same issues the CLI prints.
 */
import type { FastifyInstance } from 'fastify';
import { locatorFor, parseIssueToValidationIssue } from '../../core/check.js';
import { parseDeclaration } from '../../core/parse/index.js';
import { validateDeclaration } from '../../core/validate/index.js';
import { REQUEST_FILENAME, declarationProblem, requireDeclaration } from '../declaration.js';
import { RulesetParam, resolveRuleset } from '../query.js';
import { COMMON_ERRORS, problemResponses } from './_responses.js';
import { DeclarationBodySchema } from './check.js';

export interface ValidateRouteOptions {
  bodyLimits: { json: number; yaml: number };
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
      const parsed = parseDeclaration(body.bytes, { filename: REQUEST_FILENAME, format: body.format, limits });
      if (!parsed.ok) {
        const issues = parsed.issues.map(parseIssueToValidationIssue);
        throw declarationProblem(issues, issues.length);
      }
      const knownRuleIds = new Set(ruleset.rules.map((r) => r.id));
      const validation = validateDeclaration(parsed.document.value, { locator: locatorFor(parsed.document), knownRuleIds });
      if (!validation.ok) throw declarationProblem(validation.issues, validation.totalIssues);
      return reply.header('cache-control', 'no-store').send({ valid: true });
    },
  );
}
