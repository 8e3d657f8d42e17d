/**
 * The engine: runs the selected rules of a ruleset over a valid declaration and builds the result.
 * It is the only code that knows severity, message wording, source positions, waivers and ratings;
 * rules only return outcomes. Deterministic: the same declaration, ruleset and options give the same
 * result, byte for byte (no clock is read; the evaluation date is an input).
 */
import { hash } from 'node:crypto';
import type { Declaration } from '../../schema/generated/declaration.js';
import type {
  CheckResult,
  EngineError,
  InputInfo,
  Outcome,
  Position,
  RuleSummary,
  RulesetInfo,
  TailoringRecord,
} from '../../schema/generated/result.js';
import { canonical } from '../citations.js';
import { DeclarationIndex } from '../declaration-index.js';
import type { RuleContext, RuleDefinition, RuleOutcome, Severity } from '../rule.js';
import { SEVERITIES } from '../rule.js';
import type { RuleSelection, Ruleset, Tailoring } from '../ruleset.js';
import { TOOL_VERSION } from '../version.js';
import { interpolate } from './interpolate.js';
import { emptyCounts, rate } from './rating.js';
import { applyWaivers, type WaiverInput } from './waivers.js';

export type Locate = (pointer: string) => { line: number; column: number; exact: boolean } | undefined;

export interface EvaluateOptions {
  ruleset: Ruleset;
  /** YYYY-MM-DD; time-dependent rules and waiver expiry need it. */
  evaluationDate?: string;
  selection?: RuleSelection;
  tailoring?: { tailoring: Tailoring; source?: InputInfo };
  /** Waivers from files, besides the declaration's own. */
  waiverFiles?: { waivers: WaiverInput[]; source: InputInfo }[];
  input: InputInfo;
  locate?: Locate;
}

const STATUS_RANK: Record<RuleSummary['status'], number> = {
  error: 7,
  fail: 6,
  needs_info: 5,
  warn: 4,
  manual: 3,
  waived: 2,
  pass: 1,
  not_applicable: 0,
};

const VALID_STATUSES = new Set(['pass', 'fail', 'warn', 'needs_info', 'not_applicable', 'manual']);

const RULE_ID = /^([A-Z]+)-([0-9]+)$/;

/** Natural order of rule ids: area code, then number (PECR-2 before PECR-10). Plain comparisons: it is on the hot path. */
export function compareRuleIds(a: string, b: string): number {
  const x = RULE_ID.exec(a);
  const y = RULE_ID.exec(b);
  if (x && y && x[1] === y[1]) return Number(x[2]) - Number(y[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rules in id order, sorted once per ruleset rather than on every evaluation. */
const sortedRules = new WeakMap<readonly RuleDefinition[], readonly RuleDefinition[]>();

function inIdOrder(rules: readonly RuleDefinition[]): readonly RuleDefinition[] {
  let sorted = sortedRules.get(rules);
  if (!sorted) {
    sorted = [...rules].sort((a, b) => compareRuleIds(a.id, b.id));
    sortedRules.set(rules, sorted);
  }
  return sorted;
}

interface SelectedRule {
  rule: RuleDefinition;
  severity: Severity;
}

export function selectRules(
  ruleset: Ruleset,
  selection: RuleSelection | undefined,
  tailoring: Tailoring | undefined,
): { selected: SelectedRule[]; record: TailoringRecord | undefined } {
  const record: TailoringRecord | undefined = tailoring ? { disabled: [], severityChanges: [] } : undefined;
  const selected: SelectedRule[] = [];
  for (const rule of inIdOrder(ruleset.rules)) {
    const tailor = tailoring && Object.hasOwn(tailoring.rules, rule.id) ? tailoring.rules[rule.id] : undefined;
    if (tailor?.enabled === false) {
      record!.disabled.push({ ruleId: rule.id, reason: tailor.reason });
      continue;
    }
    let severity = rule.severity;
    if (tailor?.severity && tailor.severity !== rule.severity) {
      record!.severityChanges.push({ ruleId: rule.id, from: rule.severity, to: tailor.severity, reason: tailor.reason });
      severity = tailor.severity;
    }
    if (selection?.ruleIds?.length && !selection.ruleIds.includes(rule.id)) continue;
    if (selection?.areas?.length && !selection.areas.includes(rule.area)) continue;
    if (selection?.severities?.length && !selection.severities.includes(severity)) continue;
    if (selection?.tags?.length && !(rule.tags ?? []).some((t) => selection.tags!.includes(t))) continue;
    selected.push({ rule, severity });
  }
  return { selected, record };
}

/**
 * A stable identifier of a finding: rule, subject and message, so it survives reordering and rewording of other
 * items (SARIF partialFingerprints, baselines). SHA-256 through the one-shot `crypto.hash`, which costs about the
 * same as a non-cryptographic hash here and never collides in practice.
 */
export function fingerprint(ruleId: string, subjectKey: string, messageId: string): string {
  const key = `${ruleId}\u0000${subjectKey}\u0000${messageId}`;
  let found = fingerprints.get(key);
  if (found === undefined) {
    found = hash('sha256', key, 'hex').slice(0, 32);
    // Declarations of one campaign, or of one batch, share most subject keys: remember recent fingerprints,
    // in a bounded map (emptied when full, so a stream of distinct keys costs no more than hashing).
    if (fingerprints.size >= FINGERPRINT_CACHE_SIZE) fingerprints.clear();
    fingerprints.set(key, found);
  }
  return found;
}

const FINGERPRINT_CACHE_SIZE = 20_000;
const fingerprints = new Map<string, string>();

function position(pointer: string, locate: Locate | undefined): Position {
  const found = locate?.(pointer);
  return found ? { pointer, line: found.line, column: found.column, exact: found.exact } : { pointer };
}

/** Checks that what a rule returned is well formed, so a broken rule is an engine error, not a silent pass. */
function checkOutcomes(rule: RuleDefinition, outcomes: unknown): RuleOutcome[] {
  if (!Array.isArray(outcomes)) throw new Error('evaluate did not return a list of outcomes');
  if (outcomes.length === 0) throw new Error('evaluate returned no outcome (every rule must conclude something)');
  for (const o of outcomes as RuleOutcome[]) {
    if (!o || !VALID_STATUSES.has(o.status)) throw new Error(`invalid outcome status ${JSON.stringify(o?.status)}`);
    if (!Object.hasOwn(rule.messages, o.messageId)) throw new Error(`unknown messageId ${JSON.stringify(o.messageId)}`);
    if (!o.subject || typeof o.subject.key !== 'string') throw new Error('outcome without a subject');
  }
  return outcomes as RuleOutcome[];
}

/** A rule's public metadata in result form, built once per rule. */
const ruleMetadata = new WeakMap<RuleDefinition, Required<Pick<RuleSummary, 'citations' | 'rationale' | 'remediation' | 'guidance' | 'tags' | 'helpUri'>>>();

function metadataOf(rule: RuleDefinition) {
  let meta = ruleMetadata.get(rule);
  if (!meta) {
    meta = {
      citations: rule.citations.map((c) => {
        const citation: RuleSummary['citations'] extends (infer T)[] | undefined ? T : never = { instrument: c.instrument, provision: c.provision, text: canonical(c) };
        if (c.url) citation.url = c.url;
        return citation;
      }),
      rationale: rule.rationale,
      remediation: [...rule.remediation],
      guidance: (rule.guidance ?? []).map((g) => ({ title: g.title, url: g.url })),
      tags: [...(rule.tags ?? [])],
      helpUri: rule.citations.find((c) => c.instrument === 'ICO guidance')?.url ?? rule.citations.find((c) => c.url)?.url ?? '',
    };
    ruleMetadata.set(rule, meta);
  }
  return meta;
}

/** Statuses that leave nothing to act on: a rule with only these carries no metadata in the result. */
const QUIET = new Set<RuleSummary['status']>(['pass', 'not_applicable']);

export function summariseRule(rule: RuleDefinition, severity: Severity, outcomes: readonly Outcome[], inError: boolean): RuleSummary {
  const counts = emptyCounts();
  let status: RuleSummary['status'] = inError ? 'error' : 'not_applicable';
  for (const o of outcomes) {
    counts[o.status] += 1;
    if (STATUS_RANK[o.status] > STATUS_RANK[status]) status = o.status;
  }
  if (QUIET.has(status)) return { id: rule.id, title: rule.title, area: rule.area, severity, defaultSeverity: rule.severity, status, counts };
  // Written out rather than spread: object spread is an order of magnitude slower here, on the hot path.
  // The arrays are shared between results: results are data, never mutated after they are built.
  const meta = metadataOf(rule);
  return {
    id: rule.id,
    title: rule.title,
    area: rule.area,
    severity,
    defaultSeverity: rule.severity,
    status,
    counts,
    citations: meta.citations,
    rationale: meta.rationale,
    remediation: meta.remediation,
    guidance: meta.guidance,
    tags: meta.tags,
    helpUri: meta.helpUri,
  };
}

export function rulesetInfo(ruleset: Ruleset, count: number, selection?: RuleSelection, tailoring?: TailoringRecord): RulesetInfo {
  const info: RulesetInfo = {
    id: ruleset.id,
    version: ruleset.version,
    effectiveDate: ruleset.effectiveDate,
    title: ruleset.title,
    rulesEvaluated: count,
  };
  if (selection && Object.values(selection).some((v) => Array.isArray(v) && v.length > 0)) {
    info.selection = {};
    if (selection.ruleIds?.length) info.selection.ruleIds = [...selection.ruleIds];
    if (selection.areas?.length) info.selection.areas = [...selection.areas];
    if (selection.severities?.length) info.selection.severities = [...selection.severities];
    if (selection.tags?.length) info.selection.tags = [...selection.tags];
  }
  if (tailoring) info.tailoring = tailoring;
  return info;
}

/** The declaration's own waivers, with where they are. */
export function declarationWaivers(declaration: Declaration): WaiverInput[] {
  return (declaration.waivers ?? []).map((waiver, i) => ({ waiver, source: 'declaration', pointer: `/waivers/${i}` }));
}

/** What a rule sees besides the declaration: the evaluation date, lookups, and every waiver of the evaluation. */
export function ruleContext(declaration: Declaration, evaluationDate: string | undefined, waivers: readonly WaiverInput[]): RuleContext {
  return {
    evaluationDate,
    index: new DeclarationIndex(declaration),
    waivers: waivers.map((w) => ({
      ruleId: w.waiver.ruleId,
      expires: w.waiver.expires,
      source: w.source,
      ...(w.waiver.subject !== undefined ? { subject: w.waiver.subject } : {}),
      ...(w.pointer !== undefined ? { pointer: w.pointer } : {}),
    })),
  };
}

/** Evaluates a declaration that has already passed schema and reference validation. */
export function evaluateDeclaration(declaration: Declaration, options: EvaluateOptions): CheckResult {
  const { selected, record } = selectRules(options.ruleset, options.selection, options.tailoring?.tailoring);
  if (record && options.tailoring?.source) record.source = options.tailoring.source;

  const waiverInputs: WaiverInput[] = [...declarationWaivers(declaration), ...(options.waiverFiles ?? []).flatMap((f) => f.waivers)];
  const context = ruleContext(declaration, options.evaluationDate, waiverInputs);

  const outcomes: Outcome[] = [];
  const errors: EngineError[] = [];
  const perRule = new Map<string, Outcome[]>();
  const rulesInError = new Set<string>();
  for (const { rule, severity } of selected) {
    let raw: RuleOutcome[];
    try {
      raw = checkOutcomes(rule, rule.evaluate(declaration, context));
    } catch (error) {
      rulesInError.add(rule.id);
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({ code: 'RULE_FAILED', ruleId: rule.id, message: `Rule ${rule.id} could not be evaluated: ${reason}` });
      perRule.set(rule.id, []);
      continue;
    }
    const ruleOutcomes = raw.map((o): Outcome => ({
      ruleId: rule.id,
      area: rule.area,
      status: o.status,
      severity,
      messageId: o.messageId,
      message: interpolate(rule.messages[o.messageId]!, o.data, o.subject.label),
      subject: { key: o.subject.key, label: o.subject.label, pointer: o.subject.pointer },
      evidence: o.evidence.map((p) => position(p, options.locate)),
      fingerprint: fingerprint(rule.id, o.subject.key, o.messageId),
    }));
    perRule.set(rule.id, ruleOutcomes);
    outcomes.push(...ruleOutcomes);
  }

  const ratingBeforeWaivers = rate(outcomes, areasOf(selected, rulesInError), true);
  const waivers = applyWaivers(outcomes, waiverInputs, options.evaluationDate);

  const rules = selected.map(({ rule, severity }) => summariseRule(rule, severity, perRule.get(rule.id) ?? [], rulesInError.has(rule.id)));
  const counts = emptyCounts();
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const o of outcomes) {
    counts[o.status] += 1;
    if (o.status === 'fail' || o.status === 'warn' || o.status === 'needs_info') bySeverity[o.severity] += 1;
  }

  const result: CheckResult = {
    resultVersion: '1.0',
    tool: { name: 'campaigncheck', version: TOOL_VERSION },
    ruleset: rulesetInfo(options.ruleset, selected.length, options.selection, record),
    evaluationDate: options.evaluationDate ?? null,
    input: options.input,
    valid: true,
    declaration: {
      declarant: declaration.declarant.name,
      organisationType: declaration.declarant.organisationType,
      campaign: declaration.campaign.name,
      pollingDate: declaration.campaign.pollingDate ?? null,
      schemaVersion: declaration.schemaVersion,
    },
    validation: { issues: [], totalIssues: 0 },
    outcomes,
    rules,
    waivers,
    summary: {
      counts,
      bySeverity,
      ratingBeforeWaivers,
      rating: rate(outcomes, areasOf(selected, rulesInError), false),
    },
    errors,
  };
  if (options.waiverFiles?.length) result.waiverSources = options.waiverFiles.map((f) => f.source);
  return result;
}

function areasOf(selected: SelectedRule[], ruleIds: ReadonlySet<string>): Set<string> {
  return new Set(selected.filter((s) => ruleIds.has(s.rule.id)).map((s) => s.rule.area));
}
