/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from schema/result.schema.json by `npm run generate` (json-schema-to-typescript).
 * A test fails when this file is stale.
 */

/**
 * critical, high, medium, low or info.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "severity".
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
/**
 * pass, fail, warn, needs_info (a fact the rule needs is not declared), not_applicable, manual (a person must attest it), or waived.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "status".
 */
export type Status = 'pass' | 'fail' | 'warn' | 'needs_info' | 'not_applicable' | 'manual' | 'waived';
/**
 * red, amber or green.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "rag".
 */
export type Rag = 'red' | 'amber' | 'green';

/**
 * The result of checking one declaration against a ruleset. Every report format (HTML, Markdown, text, SARIF, JUnit, CSV) is rendered from this document. It records the tool and ruleset versions and the SHA-256 of each input so that a report filed with a regulator can be reproduced.
 */
export interface CheckResult {
  /**
   * The version of this result format.
   */
  resultVersion: '1.0';
  /**
   * The program that produced the result.
   */
  tool: {
    /**
     * Always campaigncheck.
     */
    name: string;
    /**
     * The campaigncheck version.
     */
    version: string;
  };
  ruleset: RulesetInfo;
  /**
   * The date the declaration was judged at (YYYY-MM-DD), used for time-dependent rules and waiver expiry; null when none was given.
   */
  evaluationDate: string | null;
  input: InputInfo;
  /**
   * Waiver files used besides the declaration's own waivers.
   */
  waiverSources?: InputInfo[];
  /**
   * Whether the declaration could be read and is valid against the declaration schema. When false, no rules were run.
   */
  valid: boolean;
  /**
   * Who and what the declaration is about, for report headings. Null when it could not be read.
   */
  declaration: null | DeclarationSummary;
  /**
   * Problems that make the declaration unreadable or invalid.
   */
  validation: {
    issues: ValidationIssue[];
    /**
     * How many issues there were in all (issues is capped).
     */
    totalIssues: number;
  };
  /**
   * One outcome per rule and subject, in a stable order (by rule id, then by position in the declaration).
   */
  outcomes: Outcome[];
  /**
   * Every rule evaluated, with its metadata and a summary of its outcomes.
   */
  rules: RuleSummary[];
  /**
   * How waivers were applied.
   */
  waivers: {
    applied: WaiverRecord[];
    expired: WaiverRecord[];
    /**
     * Waivers that matched no outcome.
     */
    unmatched: WaiverRecord[];
  };
  summary: Summary;
  /**
   * Engine errors: rules that could not be evaluated. A rule in error never counts as a pass.
   */
  errors: EngineError[];
}
/**
 * The ruleset that judged the declaration.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "rulesetInfo".
 */
export interface RulesetInfo {
  id: string;
  version: string;
  /**
   * The date of the law and guidance the ruleset reflects (YYYY-MM-DD).
   */
  effectiveDate: string;
  title: string;
  rulesEvaluated: number;
  /**
   * The rule selection, when not the whole ruleset.
   */
  selection?: {
    ruleIds?: string[];
    areas?: string[];
    severities?: Severity[];
    tags?: string[];
  };
  tailoring?: TailoringRecord;
}
/**
 * Changes made to the ruleset by a tailoring file.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "tailoringRecord".
 */
export interface TailoringRecord {
  source?: InputInfo;
  disabled: {
    ruleId: string;
    reason: string;
  }[];
  severityChanges: {
    ruleId: string;
    from: Severity;
    to: Severity;
    reason: string;
  }[];
}
/**
 * A file that went into the result.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "inputInfo".
 */
export interface InputInfo {
  /**
   * The file name as given ('<stdin>' for standard input, '<request>' for an HTTP body).
   */
  filename: string;
  format: 'json' | 'yaml' | 'object';
  /**
   * SHA-256 of the input bytes, in hex.
   */
  sha256?: string;
  bytes?: number;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "declarationSummary".
 */
export interface DeclarationSummary {
  declarant: string | null;
  organisationType: string | null;
  campaign: string | null;
  pollingDate?: string | null;
  schemaVersion?: string | null;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "validationIssue".
 */
export interface ValidationIssue {
  /**
   * A stable code, for example UNKNOWN_PROPERTY, INVALID_VALUE, DUPLICATE_KEY.
   */
  code: string;
  message: string;
  hint?: string;
  pointer: string;
  line?: number;
  column?: number;
  /**
   * parse (the file could not be read), schema (it does not match the declaration schema), reference (it refers to something that does not exist), or waiver.
   */
  source: 'parse' | 'schema' | 'reference' | 'waiver';
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "outcome".
 */
export interface Outcome {
  ruleId: string;
  area: string;
  status: Status;
  severity: Severity;
  messageId: string;
  /**
   * Plain English, naming the declared item.
   */
  message: string;
  subject: Subject;
  /**
   * The places in the declaration that caused the outcome.
   */
  evidence: Position[];
  /**
   * A stable identifier of this finding (rule, subject and message), unchanged when the declaration is reordered.
   */
  fingerprint: string;
  waiver?: WaiverRecord;
  waivedStatus?: Status;
}
/**
 * The declared item an outcome is about.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "subject".
 */
export interface Subject {
  /**
   * A stable key, 'collection/id' (for example communications/spring-sms), or 'declaration'.
   */
  key: string;
  /**
   * How the item is named in messages.
   */
  label: string;
  pointer: string;
}
/**
 * A place in the declaration: a JSON pointer and, when known, the line and column (1-based).
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "position".
 */
export interface Position {
  pointer: string;
  line?: number;
  column?: number;
  /**
   * False when the pointer does not exist in the input (a missing fact) and the position is that of the nearest enclosing item.
   */
  exact?: boolean;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "waiverRecord".
 */
export interface WaiverRecord {
  ruleId: string;
  subject?: string;
  justification: string;
  approvedBy: {
    name: string;
    role: string;
  };
  approvedOn?: string;
  expires: string;
  reference?: string;
  /**
   * Where the waiver came from: 'declaration' or a waiver file name.
   */
  source: string;
  /**
   * Where the waiver is, in the declaration (for declaration waivers).
   */
  pointer?: string;
}
/**
 * A rule that was evaluated: its status and counts, and, for rules with something to act on (any outcome other than pass and not_applicable, or an engine error), the metadata a report needs (citations, rationale, remediation, guidance, tags, helpUri). Passing rules carry no metadata, to keep results small; `campaigncheck explain` and GET /v1/rules give it.
 *
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "ruleSummary".
 */
export interface RuleSummary {
  id: string;
  title: string;
  area: string;
  severity: Severity;
  defaultSeverity: Severity;
  /**
   * The rule's overall status: the worst of its outcomes, or 'error'.
   */
  status: 'pass' | 'fail' | 'warn' | 'needs_info' | 'not_applicable' | 'manual' | 'waived' | 'error';
  counts: StatusCounts;
  citations?: Citation[];
  rationale?: string;
  remediation?: string[];
  guidance?: {
    title: string;
    url: string;
  }[];
  tags?: string[];
  helpUri?: string;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "statusCounts".
 */
export interface StatusCounts {
  pass: number;
  fail: number;
  warn: number;
  needs_info: number;
  not_applicable: number;
  manual: number;
  waived: number;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "citation".
 */
export interface Citation {
  instrument: string;
  provision: string;
  /**
   * The canonical citation: instrument and provision.
   */
  text: string;
  url?: string;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "summary".
 */
export interface Summary {
  counts: StatusCounts;
  /**
   * Open findings (fail, warn, needs_info) by severity.
   */
  bySeverity: {
    critical: number;
    high: number;
    medium: number;
    low: number;
    info: number;
  };
  ratingBeforeWaivers: Rating;
  rating: Rating;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "rating".
 */
export interface Rating {
  overall: Rag;
  areas: AreaRating[];
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "areaRating".
 */
export interface AreaRating {
  area: string;
  title: string;
  rating: Rag;
  counts: StatusCounts;
}
/**
 * This interface was referenced by `CheckResult`'s JSON-Schema
 * via the `definition` "engineError".
 */
export interface EngineError {
  code: string;
  ruleId?: string;
  message: string;
}
