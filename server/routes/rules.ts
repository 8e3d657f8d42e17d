/**
 * GET /v1/rules and GET /v1/rules/{id}: the rule catalogue, from the same metadata as `campaigncheck rules
 * --format json` and `campaigncheck explain`. Filters as the CLI's: area, severity, tag.
 */
import type { FastifyInstance } from 'fastify';
import { compareRuleIds, selectRules } from '../../core/engine/evaluate.js';
import { didYouMean } from '../../core/validate/suggest.js';
import { ruleMetadata, rulesetMetadata } from '../catalogue.js';
import { ref } from '../plugins/schemas.js';
import { ProblemError } from '../problem.js';
import { ListParam, RulesetParam, resolveRuleset, ruleSelection, type ListValue } from '../query.js';
import { COMMON_ERRORS, problemResponses } from './_responses.js';

const RulesetInfoSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'effectiveDate', 'title'],
  properties: {
    id: { type: 'string' },
    version: { type: 'string' },
    effectiveDate: { type: 'string', description: 'The date of the law and guidance the ruleset reflects.' },
    title: { type: 'string' },
  },
} as const;

const CACHE = 'public, max-age=300';

export async function rulesRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { ruleset?: string; area?: ListValue; severity?: ListValue; tag?: ListValue } }>(
    '/v1/rules',
    {
      schema: {
        summary: 'List the rules',
        tags: ['rules'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ruleset: RulesetParam,
            area: ListParam('Only the rules of these areas.'),
            severity: ListParam('Only the rules of these severities.'),
            tag: ListParam('Only the rules with one of these tags.'),
          },
        },
        response: {
          200: {
            description: 'The rules, in id order.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['ruleset', 'rules'],
                  properties: { ruleset: RulesetInfoSchema, rules: { type: 'array', items: ref.rule } },
                },
              },
            },
          },
          ...problemResponses(...COMMON_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const { ruleset: rulesetId, area, severity, tag } = request.query;
      const ruleset = resolveRuleset(rulesetId);
      const selection = ruleSelection({ area, severity, tag }, ruleset);
      const rules = selectRules(ruleset, selection, undefined)
        .selected.map((s) => s.rule)
        .sort((a, b) => compareRuleIds(a.id, b.id));
      return reply.header('cache-control', CACHE).send({ ruleset: rulesetMetadata(ruleset), rules: rules.map(ruleMetadata) });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { ruleset?: string } }>(
    '/v1/rules/:id',
    {
      schema: {
        summary: 'One rule',
        tags: ['rules'],
        params: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: { id: { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9-]+$', description: 'The rule id, e.g. PECR-01 (any case).' } },
        },
        querystring: { type: 'object', additionalProperties: false, properties: { ruleset: RulesetParam } },
        response: {
          200: { description: 'The rule.', content: { 'application/json': { schema: ref.rule } } },
          ...problemResponses(...COMMON_ERRORS, 404),
        },
      },
    },
    async (request, reply) => {
      const ruleset = resolveRuleset(request.query.ruleset);
      const id = request.params.id.toUpperCase();
      const rule = ruleset.rules.find((r) => r.id === id);
      if (!rule) {
        const ids = ruleset.rules.map((r) => r.id);
        const suggestion = didYouMean(id, ids);
        throw new ProblemError(
          'RULE_NOT_FOUND',
          `There is no rule "${id}" in ${ruleset.id}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} GET /v1/rules lists them.`,
          suggestion ? { suggestion } : {},
        );
      }
      return reply.header('cache-control', CACHE).send(ruleMetadata(rule));
    },
  );
}
