/**
 * The rule catalogue as the API publishes it: each rule's public metadata, in the same shape and order of fields
 * as `campaigncheck rules --format json` (a test compares the two for every rule), built from the same sources
 * (the rule definitions, canonical citation text from core/citations.ts, area titles from core/areas.ts).
 */
import { areaTitle } from '../core/areas.js';
import { canonical } from '../core/citations.js';
import type { RuleDefinition } from '../core/rule.js';
import type { Ruleset } from '../core/ruleset.js';

export interface RuleMetadata {
  id: string;
  title: string;
  area: string;
  areaTitle: string;
  severity: string;
  tags: string[];
  covers: string[];
  citations: { instrument: string; provision: string; text: string; url?: string }[];
  rationale: string;
  remediation: string[];
  guidance: { title: string; url: string }[];
  notes?: string;
  examples?: { passing: string; failing: string };
}

export function ruleMetadata(rule: RuleDefinition): RuleMetadata {
  return {
    id: rule.id,
    title: rule.title,
    area: rule.area,
    areaTitle: areaTitle(rule.area),
    severity: rule.severity,
    tags: [...(rule.tags ?? [])],
    covers: [...rule.covers],
    citations: rule.citations.map((c) => ({ instrument: c.instrument, provision: c.provision, text: canonical(c), ...(c.url ? { url: c.url } : {}) })),
    rationale: rule.rationale,
    remediation: [...rule.remediation],
    guidance: (rule.guidance ?? []).map((g) => ({ title: g.title, url: g.url })),
    ...(rule.notes ? { notes: rule.notes } : {}),
    ...(rule.examples ? { examples: { passing: rule.examples.passing, failing: rule.examples.failing } } : {}),
  };
}

export function rulesetMetadata(ruleset: Ruleset): { id: string; version: string; effectiveDate: string; title: string } {
  return { id: ruleset.id, version: ruleset.version, effectiveDate: ruleset.effectiveDate, title: ruleset.title };
}

/** The response schema of one rule (registered with addSchema as 'rule'; it also filters what is sent). */
export const RuleSchema = {
  $id: 'rule',
  title: 'Rule',
  description: 'A rule of the ruleset: what it requires, why, and what the law and the ICO guidance say.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'area', 'areaTitle', 'severity', 'tags', 'covers', 'citations', 'rationale', 'remediation', 'guidance'],
  properties: {
    id: { type: 'string', description: 'Stable id: the area code and a number, e.g. PECR-01.' },
    title: { type: 'string', description: 'The requirement.' },
    area: { type: 'string', description: 'The area of the ICO guidance.' },
    areaTitle: { type: 'string' },
    severity: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info'], description: 'The default severity.' },
    tags: { type: 'array', items: { type: 'string' } },
    covers: { type: 'array', items: { type: 'string' }, description: 'The obligations of the law digest the rule encodes.' },
    citations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['instrument', 'provision', 'text'],
        properties: {
          instrument: { type: 'string' },
          provision: { type: 'string' },
          text: { type: 'string', description: 'The canonical citation text.' },
          url: { type: 'string' },
        },
      },
    },
    rationale: { type: 'string' },
    remediation: { type: 'array', items: { type: 'string' } },
    guidance: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['title', 'url'], properties: { title: { type: 'string' }, url: { type: 'string' } } },
    },
    notes: { type: 'string', description: 'Doubts and scope notes.' },
    examples: {
      type: 'object',
      additionalProperties: false,
      required: ['passing', 'failing'],
      properties: { passing: { type: 'string' }, failing: { type: 'string' } },
      description: 'A compliant and a non-compliant fragment of a declaration (YAML).',
    },
  },
} as const;
