/**
 * What a rule is. A rule is data (its metadata) plus one pure function, `evaluate`, from the declaration to a
 * list of outcomes. A rule does no I/O, reads no clock (the evaluation date comes in the context), never
 * formats output and never sets severity: the engine adds severity, wording, locations and waivers.
 */
import type { Declaration } from '../schema/generated/declaration.js';
import type { AreaId } from './areas.js';
import type { Citation } from './citations.js';
import type { DeclarationIndex } from './declaration-index.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** What a rule may conclude about one subject. `waived` is added by the engine, never by a rule. */
export type RuleStatus = 'pass' | 'fail' | 'warn' | 'needs_info' | 'not_applicable' | 'manual';

/** The declared item an outcome is about: `collection/id` (e.g. communications/spring-sms) or the whole declaration. */
export interface RuleSubject {
  key: string;
  label: string;
  pointer: string;
}

export interface RuleOutcome<M extends string = string> {
  status: RuleStatus;
  messageId: M;
  /** Values for the message's {{placeholders}}. `subject` (the subject's label) is always available. */
  data?: Record<string, string | number>;
  subject: RuleSubject;
  /** JSON pointers to the facts behind the outcome (for needs_info: where the missing fact belongs). */
  evidence: string[];
}

export interface RuleContext {
  /** The date the declaration is judged at (YYYY-MM-DD), or undefined when none was given. */
  evaluationDate: string | undefined;
  /** Lookups over the declaration (items by id, etc.), built once per evaluation. */
  index: DeclarationIndex;
  /** All waivers in force for this evaluation (declaration and files), for the waiver rules. */
  waivers: readonly ContextWaiver[];
}

export interface ContextWaiver {
  ruleId: string;
  subject?: string;
  expires: string;
  source: string;
  pointer?: string;
}

export interface RuleDefinition<M extends string = string> {
  /** Stable, coded id: the area code and a number, e.g. PECR-01. The file name is the id in lower case. */
  id: string;
  /** The requirement, stated as a requirement ("Emails and texts are sent only with consent"). */
  title: string;
  area: AreaId;
  severity: Severity;
  tags?: string[];
  /** The provisions the rule enforces, law first, guidance after (CITATIONS.md). */
  citations: Citation[];
  /** Why the requirement exists, in plain English. */
  rationale: string;
  /** What to do, step by step. */
  remediation: string[];
  /** Further reading beyond the citations. */
  guidance?: { title: string; url: string }[];
  /** Doubts and scope notes (unverified points, judgement calls). */
  notes?: string;
  /** The obligations of the law digest (e.g. UK-DM-01) this rule encodes, for the coverage table. */
  covers: string[];
  /**
   * A compliant and a non-compliant fragment of a declaration (YAML text, top-level sections only), shown by
   * `campaigncheck explain` and in the rules catalogue. A test checks that each one, added to the minimal
   * declaration, validates and gives the expected outcome.
   */
  examples?: { passing: string; failing: string };
  /** Message templates by id; {{name}} placeholders are filled from the outcome's data. No HTML. */
  messages: Record<M, string>;
  evaluate(declaration: Declaration, context: RuleContext): RuleOutcome<M>[];
}

export function defineRule<M extends string>(rule: RuleDefinition<M>): RuleDefinition<M> {
  return rule;
}
