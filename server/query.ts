/**
 * Query parameters: their JSON Schemas (strings only, since a query string is text: the validator never coerces,
 * so values are declared as strings with patterns and enums and converted here) and their conversion to the
 * same engine options the CLI builds from its flags (cli/settings.ts), with the same checks and did-you-mean.
 * A bad value is a 400 INVALID_PARAMETER problem naming the parameter.
 */
import { AREAS } from '../core/areas.js';
import { rulesetById } from '../core/check.js';
import type { Severity } from '../core/rule.js';
import { SEVERITIES } from '../core/rule.js';
import type { RuleSelection, Ruleset } from '../core/ruleset.js';
import { didYouMean } from '../core/validate/suggest.js';
import { DEFAULT_RULESET_ID, RULESETS } from '../rules/index.js';
import { ProblemError } from './problem.js';

/** A list parameter: `?area=pecr,online` or `?area=pecr&area=online` (or both). */
export const ListParam = (description: string) =>
  ({
    description: `${description} Comma-separated, or repeat the parameter.`,
    anyOf: [
      { type: 'string', maxLength: 2000, pattern: '^[A-Za-z0-9_, -]*$' },
      { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 200, pattern: '^[A-Za-z0-9_, -]*$' } },
    ],
  }) as const;

export const RulesetParam = {
  type: 'string',
  maxLength: 100,
  pattern: '^[a-z0-9-]+$',
  description: `The ruleset. Default ${DEFAULT_RULESET_ID}.`,
} as const;

export const FAIL_ON_VALUES = [...SEVERITIES, 'none'] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];

export type ListValue = string | string[] | undefined;

/** `a,b` and repeated parameters, trimmed, empty entries dropped; order and repeats kept (as the CLI does). */
export function listOf(value: ListValue): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function invalid(parameter: string, detail: string, candidates?: readonly string[], value?: string): ProblemError {
  const suggestion = value !== undefined && candidates ? didYouMean(value, candidates) : undefined;
  return new ProblemError('INVALID_PARAMETER', suggestion ? `${detail} Did you mean "${suggestion}"?` : detail, {
    parameter,
    ...(suggestion ? { suggestion } : {}),
  });
}

export function resolveRuleset(id: string | undefined): Ruleset {
  const wanted = id ?? DEFAULT_RULESET_ID;
  const ruleset = rulesetById(wanted);
  if (!ruleset) {
    const known = Object.keys(RULESETS);
    throw invalid('ruleset', `There is no ruleset "${wanted}". Rulesets: ${known.join(', ')}.`, known, wanted);
  }
  return ruleset;
}

/** YYYY-MM-DD, a real calendar date (the same check as the CLI's --date). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The evaluation date: the parameter, or today's date in UTC (as the CLI does). */
export function evaluationDate(value: string | undefined, now: () => Date): string {
  if (value === undefined) return now().toISOString().slice(0, 10);
  if (!isCalendarDate(value)) throw invalid('date', `date must be a calendar date written YYYY-MM-DD; got "${value.slice(0, 40)}".`);
  return value;
}

export interface SelectionParams {
  rule?: ListValue;
  area?: ListValue;
  severity?: ListValue;
  tag?: ListValue;
}

/** The rule selection, built and checked exactly as cli/settings.ts buildSelection does for --rule/--area/--severity/--tag. */
export function ruleSelection(params: SelectionParams, ruleset: Ruleset): RuleSelection | undefined {
  const selection: RuleSelection = {};
  const knownIds = ruleset.rules.map((r) => r.id);
  const ids = listOf(params.rule).map((id) => id.toUpperCase());
  for (const id of ids) {
    if (!knownIds.includes(id)) throw invalid('rule', `There is no rule "${id}" in ${ruleset.id}.`, knownIds, id);
  }
  if (ids.length) selection.ruleIds = ids;
  const areaIds = AREAS.map((a) => a.id as string);
  const areas = listOf(params.area);
  for (const area of areas) {
    if (!areaIds.includes(area)) throw invalid('area', `There is no area "${area}". Areas: ${areaIds.join(', ')}.`, areaIds, area);
  }
  if (areas.length) selection.areas = areas;
  const severities = listOf(params.severity);
  for (const severity of severities) {
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw invalid('severity', `severity must be one of ${SEVERITIES.join(', ')}; got "${severity}".`, SEVERITIES, severity);
    }
  }
  if (severities.length) selection.severities = severities as Severity[];
  const knownTags = [...new Set(ruleset.rules.flatMap((r) => r.tags ?? []))].sort();
  const tags = listOf(params.tag);
  for (const tag of tags) {
    if (!knownTags.includes(tag)) throw invalid('tag', `No rule has the tag "${tag}".`, knownTags, tag);
  }
  if (tags.length) selection.tags = tags;
  return Object.keys(selection).length ? selection : undefined;
}

export function failOnOf(value: string | undefined): FailOn {
  return (value ?? 'high') as FailOn;
}
