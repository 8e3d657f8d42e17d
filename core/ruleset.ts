/**
 * A ruleset: a named, versioned catalogue of rules, so that every result says which rules judged it.
 * Selection (by id, area, severity, tag) and tailoring (switching rules off, changing severity) act on it.
 */
import type { RuleDefinition, Severity } from './rule.js';

export interface Ruleset {
  id: string;
  version: string;
  /** The date of the law and guidance the ruleset reflects (YYYY-MM-DD). */
  effectiveDate: string;
  title: string;
  rules: readonly RuleDefinition[];
}

export interface RuleSelection {
  ruleIds?: string[];
  areas?: string[];
  severities?: Severity[];
  tags?: string[];
}

/** A tailoring file's content (schema/tailoring.schema.json), already validated. */
export interface Tailoring {
  rules: Record<string, { enabled?: boolean; severity?: Severity; reason: string }>;
}
