/**
 * The view model of the human formats (HTML, Markdown, text). Everything a template needs is decided here:
 * grouping, sorting, counting, labels, pluralising, chart geometry and which links are safe. Templates only
 * print and loop. Every user string is passed through cleanText (control characters and escape sequences
 * removed); escaping for the output format happens at print time (Handlebars for HTML, helpers for Markdown
 * and text).
 */
import { areaOrder, areaTitle } from '../core/areas.js';
import type {
  CheckResult,
  Outcome,
  Position,
  Rag,
  RuleSummary,
  Severity,
  Status,
  StatusCounts,
  ValidationIssue,
  WaiverRecord,
} from '../schema/generated/result.js';
import { TOOL_VERSION } from '../core/version.js';
import { cleanText, safeUrl } from './_escape.js';

// ---------------------------------------------------------------------------------------------------------
// Labels

export type RuleStatus = RuleSummary['status'];
export type VerdictCode = 'pass' | 'attention' | 'fail' | 'incomplete' | 'invalid';

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** Statuses in the order reports list them: the most pressing first. */
export const STATUS_ORDER: readonly RuleStatus[] = ['error', 'fail', 'needs_info', 'warn', 'manual', 'waived', 'pass', 'not_applicable'];

/** Words and a text icon for every status: a status is never shown by colour alone. */
export const STATUS_LABELS: Record<RuleStatus, { label: string; icon: string; noun: string }> = {
  error: { label: 'ERROR', icon: '⚠', noun: 'engine error' },
  fail: { label: 'FAIL', icon: '✗', noun: 'fail' },
  needs_info: { label: 'NEEDS INFO', icon: '?', noun: 'needs info' },
  warn: { label: 'WARN', icon: '!', noun: 'warn' },
  manual: { label: 'MANUAL', icon: '☐', noun: 'manual' },
  waived: { label: 'WAIVED', icon: '⊘', noun: 'waived' },
  pass: { label: 'PASS', icon: '✓', noun: 'pass' },
  not_applicable: { label: 'N/A', icon: '–', noun: 'not applicable' },
};

const RAG_LABELS: Record<Rag, { label: string; icon: string; emoji: string }> = {
  red: { label: 'RED', icon: '●', emoji: '🔴' },
  amber: { label: 'AMBER', icon: '▲', emoji: '🟠' },
  green: { label: 'GREEN', icon: '✓', emoji: '🟢' },
};

const VERDICT_LABELS: Record<VerdictCode, { label: string; icon: string; emoji: string }> = {
  invalid: { label: 'INVALID', icon: '⊘', emoji: '🚫' },
  fail: { label: 'FAIL', icon: '✗', emoji: '❌' },
  incomplete: { label: 'INCOMPLETE', icon: '⚠', emoji: '⚠️' },
  attention: { label: 'NEEDS ATTENTION', icon: '!', emoji: '⚠️' },
  pass: { label: 'PASS', icon: '✓', emoji: '✅' },
};

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function severityRank(severity: Severity): number {
  const index = SEVERITY_ORDER.indexOf(severity);
  return index === -1 ? SEVERITY_ORDER.length : index;
}

function statusRank(status: RuleStatus): number {
  return STATUS_ORDER.indexOf(status);
}

// One collator for every comparison: `localeCompare` with options builds a new one on each call, which made
// sorting a few hundred findings the largest cost of some reports.
const NATURAL = new Intl.Collator('en', { numeric: true });
const PLAIN = new Intl.Collator();

function compareRuleIds(a: string, b: string): number {
  return NATURAL.compare(a, b);
}

/** The file name as given, or a readable name for standard input and HTTP bodies. */
export function displayFile(filename: string): string {
  return cleanText(filename) || '(unnamed input)';
}

/** `file:line:column`, or `file` when the position is not known. */
export function fileLocation(file: string, line: number | undefined, column: number | undefined): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

// ---------------------------------------------------------------------------------------------------------
// The verdict

export interface Verdict {
  code: VerdictCode;
  label: string;
  icon: string;
  emoji: string;
  summary: string;
}

/** The one-word answer: invalid, then fail, then incomplete (engine errors), then needs attention, then pass. */
export function verdictOf(result: CheckResult): Verdict {
  const c = result.summary.counts;
  const open = c.warn + c.needs_info;
  let code: VerdictCode;
  let summary: string;
  if (!result.valid) {
    code = 'invalid';
    summary = `The declaration could not be checked: ${plural(result.validation.totalIssues, 'problem')} in the file must be fixed first.`;
  } else if (c.fail > 0) {
    code = 'fail';
    summary = `The declaration does not meet the guidance: ${plural(c.fail, 'check')} failed${open > 0 ? ` and ${plural(open, 'other item')} need${open === 1 ? 's' : ''} attention` : ''}.`;
  } else if (result.errors.length > 0) {
    code = 'incomplete';
    summary = `The check is incomplete: ${plural(result.errors.length, 'rule')} could not be evaluated.`;
  } else if (open > 0) {
    code = 'attention';
    summary = `No check failed, but ${plural(open, 'item')} need${open === 1 ? 's' : ''} attention (warnings or missing information).`;
  } else {
    code = 'pass';
    summary = 'The declaration meets every check that applies to it.';
  }
  if (result.valid && c.manual > 0) summary += ` ${plural(c.manual, 'check')} must be confirmed by a person.`;
  const labels = VERDICT_LABELS[code];
  return { code, label: labels.label, icon: labels.icon, emoji: labels.emoji, summary };
}

// ---------------------------------------------------------------------------------------------------------
// The HTML and Markdown view

export interface RagView {
  code: Rag;
  label: string;
  icon: string;
  emoji: string;
}

export interface LinkView {
  text: string;
  /** A safe absolute http(s) URL, or null: then the text is shown without a link. */
  href: string | null;
}

export interface LocationView {
  /** `file:line:column`, or the file alone when the line is not known. */
  where: string;
  pointer: string;
  /** Said when the pointed-to item is missing from the file and the position is that of its parent. */
  note: string;
}

export interface WaiverView {
  ruleId: string;
  subject: string;
  justification: string;
  approvedBy: string;
  approvedOn: string;
  expires: string;
  reference: string;
  source: string;
}

export interface FindingView {
  anchor: string;
  ruleId: string;
  ruleTitle: string;
  area: string;
  areaTitle: string;
  status: Status;
  statusLabel: string;
  statusIcon: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  subject: string;
  locations: LocationView[];
  remediation: string[];
  citations: LinkView[];
  guidance: LinkView[];
  help: LinkView | null;
  waiver: WaiverView | null;
  /** For waived findings: what the status was before the waiver ("FAIL"). */
  waivedStatusLabel: string;
  fingerprint: string;
}

export interface FindingGroup {
  area: string;
  title: string;
  anchor: string;
  rating: RagView | null;
  /** "2 fail, 1 needs info" */
  countsText: string;
  /** Whether a collapsible block of this group starts open (it holds a fail). */
  open: boolean;
  findings: FindingView[];
}

export interface AreaRow {
  area: string;
  title: string;
  rating: RagView;
  counts: StatusCounts;
}

export interface ChartSegment {
  status: Status;
  x: number;
  width: number;
}

export interface ChartRow {
  title: string;
  labelX: number;
  labelY: number;
  barY: number;
  totalX: number;
  totalY: number;
  total: number;
  segments: ChartSegment[];
}

export interface ChartView {
  titleId: string;
  descId: string;
  title: string;
  description: string;
  width: number;
  height: number;
  barHeight: number;
  rows: ChartRow[];
  legend: { status: Status; label: string; x: number; y: number; textX: number; textY: number }[];
}

export interface RuleRow {
  id: string;
  title: string;
  areaTitle: string;
  severityLabel: string;
  status: RuleStatus;
  statusLabel: string;
  statusIcon: string;
  outcomes: string;
}

export interface IssueView {
  code: string;
  message: string;
  hint: string;
  where: string;
  pointer: string;
}

export interface NavEntry {
  /** An id on the page (printed as href="#anchor"). */
  anchor: string;
  label: string;
}

export interface DeclarationView {
  index: number;
  anchor: string;
  file: string;
  /** "Campaign (Declarant)", or whichever is stated, or the file name. */
  title: string;
  /** The campaign, or the declarant, or the file name: for the page title. */
  headline: string;
  declarant: string;
  campaign: string;
  organisationType: string;
  pollingDate: string;
  evaluationDate: string;
  sha256: string;
  bytes: string;
  format: string;
  ruleset: { id: string; version: string; title: string; effectiveDate: string; rulesEvaluated: number };
  toolVersion: string;
  waiverSources: { file: string; sha256: string }[];
  valid: boolean;
  verdict: Verdict;
  /** Null for an invalid declaration: no rules were run, so there is nothing to rate. */
  rating: RagView | null;
  /** Shown only when waivers changed the rating. */
  ratingBeforeWaivers: RagView | null;
  counts: StatusCounts & { errors: number; open: number };
  countsText: string;
  bySeverity: { severity: Severity; label: string; count: number }[];
  areas: AreaRow[];
  chart: ChartView | null;
  fix: FindingGroup[];
  fixCount: number;
  /** "4 findings, by area, the most serious first." */
  fixText: string;
  needsInfo: FindingView[];
  manual: FindingView[];
  waived: FindingView[];
  /** Every finding that is not a pass or not applicable, grouped by area (the Markdown details). */
  byArea: FindingGroup[];
  expiredWaivers: WaiverView[];
  unmatchedWaivers: WaiverView[];
  hasWaivers: boolean;
  errors: { code: string; ruleId: string; message: string }[];
  rules: RuleRow[];
  rulesCaption: string;
  /** "law and guidance as at 2026-11-30; 17 rules" */
  rulesetNote: string;
  issues: IssueView[];
  /** "Showing 100 of 250 problems." or '' */
  issuesNote: string;
  nav: NavEntry[];
  /** Heading levels: sections of this declaration, their subsections and single findings. */
  h: { title: number; section: number; sub: number; item: number };
  /** Whether this declaration's header details are shown in its own section (several declarations). */
  showMeta: boolean;
  /** Whether its sections are named landmarks (one declaration; with several, names would repeat). */
  landmarks: boolean;
}

export interface SummaryRow {
  anchor: string;
  /** "Campaign (Declarant)", or whichever is stated, or the file name. */
  title: string;
  /** The campaign, or the declarant, or the file name. */
  headline: string;
  /** The declarant, when the headline is the campaign; otherwise ''. */
  detail: string;
  file: string;
  declarant: string;
  campaign: string;
  verdict: Verdict;
  rating: RagView | null;
  fail: number;
  needsInfo: number;
  warn: number;
  bySeverity: number[];
}

export interface Truncation {
  shown: number;
  total: number;
  omitted: number;
  note: string;
}

export interface ReportView {
  lang: string;
  title: string;
  multiple: boolean;
  single: DeclarationView | null;
  toolName: string;
  toolVersion: string;
  rulesets: string;
  declarations: DeclarationView[];
  summaryRows: SummaryRow[];
  severityHeaders: string[];
  totalsText: string;
  /** Set by the Markdown formatter when details had to be left out. */
  truncation: Truncation | null;
}

function ragView(rag: Rag): RagView {
  return { code: rag, ...RAG_LABELS[rag] };
}

function positionView(file: string, position: Position): LocationView {
  return {
    where: fileLocation(file, position.line, position.column),
    pointer: pointerText(position.pointer),
    note: position.exact === false ? 'missing from the file; the line shown is that of the item it belongs in' : '',
  };
}

function pointerText(pointer: string): string {
  return pointer === '' ? '(the whole declaration)' : cleanText(pointer);
}

function waiverView(waiver: WaiverRecord): WaiverView {
  return {
    ruleId: cleanText(waiver.ruleId),
    subject: cleanText(waiver.subject ?? 'every subject'),
    justification: cleanText(waiver.justification),
    approvedBy: `${cleanText(waiver.approvedBy.name)} (${cleanText(waiver.approvedBy.role)})`,
    approvedOn: cleanText(waiver.approvedOn ?? ''),
    expires: cleanText(waiver.expires),
    reference: cleanText(waiver.reference ?? ''),
    source: waiver.pointer !== undefined ? `${cleanText(waiver.source)} at ${cleanText(waiver.pointer)}` : cleanText(waiver.source),
  };
}

export function countsText(counts: Partial<Record<RuleStatus, number>>, order: readonly RuleStatus[] = STATUS_ORDER): string {
  const parts = order.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${counts[s]} ${STATUS_LABELS[s].noun}${s === 'error' && counts[s]! > 1 ? 's' : ''}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing to report';
}

function link(text: string, url: string | undefined): LinkView {
  return { text: cleanText(text), href: safeUrl(url) };
}

interface Indexed {
  outcome: Outcome;
  index: number;
}

function findingView(result: CheckResult, rules: Map<string, RuleSummary>, item: Indexed, anchor: string): FindingView {
  const { outcome } = item;
  const rule = rules.get(outcome.ruleId);
  const file = displayFile(result.input.filename);
  const positions = outcome.evidence.length > 0 ? outcome.evidence : [{ pointer: outcome.subject.pointer }];
  const status = STATUS_LABELS[outcome.status];
  return {
    anchor,
    ruleId: cleanText(outcome.ruleId),
    ruleTitle: cleanText(rule?.title ?? outcome.ruleId),
    area: cleanText(outcome.area),
    areaTitle: cleanText(areaTitle(outcome.area)),
    status: outcome.status,
    statusLabel: status.label,
    statusIcon: status.icon,
    severity: outcome.severity,
    severityLabel: SEVERITY_LABELS[outcome.severity] ?? cleanText(outcome.severity),
    message: cleanText(outcome.message),
    subject: cleanText(outcome.subject.label),
    locations: positions.map((p) => positionView(file, p)),
    remediation: (rule?.remediation ?? []).map(cleanText),
    citations: (rule?.citations ?? []).map((c) => link(c.text, c.url)),
    guidance: (rule?.guidance ?? []).map((g) => link(g.title, g.url)),
    help: rule && safeUrl(rule.helpUri) ? link(`About ${rule.id}`, rule.helpUri) : null,
    waiver: outcome.waiver ? waiverView(outcome.waiver) : null,
    waivedStatusLabel: outcome.waivedStatus ? STATUS_LABELS[outcome.waivedStatus].label : '',
    fingerprint: cleanText(outcome.fingerprint),
  };
}

/** By area (report order), then severity, then status, then rule id, then position in the result. */
function byAreaThenSeverity(a: Indexed, b: Indexed): number {
  return (
    areaOrder(a.outcome.area) - areaOrder(b.outcome.area) ||
    PLAIN.compare(a.outcome.area, b.outcome.area) ||
    severityRank(a.outcome.severity) - severityRank(b.outcome.severity) ||
    statusRank(a.outcome.status) - statusRank(b.outcome.status) ||
    compareRuleIds(a.outcome.ruleId, b.outcome.ruleId) ||
    a.index - b.index
  );
}

/** By area, then status (the most pressing first), then severity. */
function byAreaThenStatus(a: Indexed, b: Indexed): number {
  return (
    areaOrder(a.outcome.area) - areaOrder(b.outcome.area) ||
    PLAIN.compare(a.outcome.area, b.outcome.area) ||
    statusRank(a.outcome.status) - statusRank(b.outcome.status) ||
    severityRank(a.outcome.severity) - severityRank(b.outcome.severity) ||
    compareRuleIds(a.outcome.ruleId, b.outcome.ruleId) ||
    a.index - b.index
  );
}

function groupByArea(
  items: Indexed[],
  make: (item: Indexed) => FindingView,
  ratings: Map<string, Rag>,
  anchorPrefix: string,
): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const item of items) {
    let group = groups.at(-1);
    if (!group || group.area !== item.outcome.area) {
      const rag = ratings.get(item.outcome.area);
      group = {
        area: cleanText(item.outcome.area),
        title: cleanText(areaTitle(item.outcome.area)),
        anchor: `${anchorPrefix}-${groups.length + 1}`,
        rating: rag ? ragView(rag) : null,
        countsText: '',
        open: false,
        findings: [],
      };
      groups.push(group);
    }
    group.findings.push(make(item));
  }
  for (const group of groups) {
    const counts: Partial<Record<RuleStatus, number>> = {};
    for (const f of group.findings) counts[f.status] = (counts[f.status] ?? 0) + 1;
    group.countsText = countsText(counts);
    group.open = (counts.fail ?? 0) > 0;
  }
  return groups;
}

const CHART_STATUSES: readonly Status[] = ['fail', 'needs_info', 'warn', 'manual', 'waived', 'pass', 'not_applicable'];

function chartView(anchor: string, areas: AreaRow[]): ChartView | null {
  if (areas.length === 0) return null;
  const labelEnd = 380;
  const barStart = 392;
  const barMax = 470;
  const rowHeight = 26;
  const barHeight = 16;
  const max = Math.max(1, ...areas.map((a) => CHART_STATUSES.reduce((n, s) => n + a.counts[s], 0)));
  const round = (n: number) => Math.round(n * 100) / 100;
  const rows: ChartRow[] = areas.map((area, i) => {
    const top = i * rowHeight;
    let x = barStart;
    const segments: ChartSegment[] = [];
    for (const status of CHART_STATUSES) {
      const count = area.counts[status];
      if (count === 0) continue;
      const w = (count / max) * barMax;
      segments.push({ status, x: round(x), width: round(w) });
      x += w;
    }
    const total = CHART_STATUSES.reduce((n, s) => n + area.counts[s], 0);
    return { title: area.title, labelX: labelEnd, labelY: top + 17, barY: top + 5, totalX: round(x + 6), totalY: top + 17, total, segments };
  });
  const legendTop = areas.length * rowHeight + 12;
  const legend = CHART_STATUSES.map((status, i) => {
    const x = barStart + (i % 4) * 118;
    const y = legendTop + Math.floor(i / 4) * 22;
    return { status, label: STATUS_LABELS[status].label, x, y, textX: x + 17, textY: y + 11 };
  });
  return {
    titleId: `${anchor}-chart-title`,
    descId: `${anchor}-chart-desc`,
    title: 'Outcomes per area',
    description: 'Bar chart of the number of outcomes of each status in each area; the table "Rating and outcomes per area" gives the same figures.',
    width: barStart + barMax + 48,
    height: legendTop + 2 * 22,
    barHeight,
    rows,
    legend,
  };
}

/** "Campaign (Declarant)", or whichever of them is stated, or the file name. */
function titleOf(campaign: string | null | undefined, declarant: string | null | undefined, file: string): string {
  const c = cleanText(campaign ?? '');
  const d = cleanText(declarant ?? '');
  if (c && d) return `${c} (${d})`;
  return c || d || file;
}

function declarationView(result: CheckResult, index: number, multiple: boolean): DeclarationView {
  const anchor = `d${index + 1}`;
  const file = displayFile(result.input.filename);
  const rules = new Map(result.rules.map((r) => [r.id, r]));
  const indexed: Indexed[] = result.outcomes.map((outcome, i) => ({ outcome, index: i }));
  const ratings = new Map(result.summary.rating.areas.map((a) => [a.area, a.rating]));
  let findingNumber = 0;
  const make = (item: Indexed) => findingView(result, rules, item, `${anchor}-f${++findingNumber}`);

  const fixItems = indexed.filter((i) => i.outcome.status === 'fail' || i.outcome.status === 'warn').sort(byAreaThenSeverity);
  const fix = groupByArea(fixItems, make, ratings, `${anchor}-fix`);
  const needsInfo = indexed.filter((i) => i.outcome.status === 'needs_info').sort(byAreaThenSeverity).map(make);
  const manual = indexed.filter((i) => i.outcome.status === 'manual').sort(byAreaThenSeverity).map(make);
  const waived = indexed.filter((i) => i.outcome.status === 'waived').sort(byAreaThenSeverity).map(make);
  const reported = indexed.filter((i) => i.outcome.status !== 'pass' && i.outcome.status !== 'not_applicable').sort(byAreaThenStatus);
  const byArea = groupByArea(reported, make, ratings, `${anchor}-area`);

  const areas: AreaRow[] = result.valid
    ? result.summary.rating.areas.map((a) => ({ area: cleanText(a.area), title: cleanText(a.title), rating: ragView(a.rating), counts: a.counts }))
    : [];
  const counts = result.summary.counts;
  const open = counts.fail + counts.warn + counts.needs_info;
  const decl = result.declaration;
  const declarant = cleanText(decl?.declarant ?? '') || 'Declarant not stated';
  const campaign = cleanText(decl?.campaign ?? '') || 'Campaign not stated';
  const h = multiple ? { title: 2, section: 3, sub: 4, item: 5 } : { title: 1, section: 2, sub: 3, item: 4 };

  const errors = result.errors.map((e) => ({ code: cleanText(e.code), ruleId: cleanText(e.ruleId ?? ''), message: cleanText(e.message) }));
  const issues = result.validation.issues.map((i: ValidationIssue) => ({
    code: cleanText(i.code),
    message: cleanText(i.message),
    hint: cleanText(i.hint ?? ''),
    where: fileLocation(file, i.line, i.column),
    pointer: pointerText(i.pointer),
  }));
  const hidden = result.validation.totalIssues - issues.length;
  const rulesRows: RuleRow[] = [...result.rules]
    .sort((a, b) => areaOrder(a.area) - areaOrder(b.area) || compareRuleIds(a.id, b.id))
    .map((r) => ({
      id: cleanText(r.id),
      title: cleanText(r.title),
      areaTitle: cleanText(areaTitle(r.area)),
      severityLabel: SEVERITY_LABELS[r.severity] ?? cleanText(r.severity),
      status: r.status,
      statusLabel: STATUS_LABELS[r.status].label,
      statusIcon: STATUS_LABELS[r.status].icon,
      outcomes: r.status === 'error' ? 'could not be evaluated' : countsText(r.counts),
    }));

  const before = result.summary.ratingBeforeWaivers.overall;
  const after = result.summary.rating.overall;
  const view: DeclarationView = {
    index: index + 1,
    anchor,
    file,
    title: titleOf(decl?.campaign, decl?.declarant, file),
    headline: cleanText(decl?.campaign ?? '') || cleanText(decl?.declarant ?? '') || file,
    declarant,
    campaign,
    organisationType: cleanText(decl?.organisationType ?? '').replace(/_/g, ' ') || 'organisation type not stated',
    pollingDate: cleanText(decl?.pollingDate ?? '') || 'not stated',
    evaluationDate: cleanText(result.evaluationDate ?? '') || 'not given',
    sha256: cleanText(result.input.sha256 ?? '') || 'not recorded',
    bytes: result.input.bytes !== undefined ? plural(result.input.bytes, 'byte') : 'not recorded',
    format: cleanText(result.input.format).toUpperCase(),
    ruleset: {
      id: cleanText(result.ruleset.id),
      version: cleanText(result.ruleset.version),
      title: cleanText(result.ruleset.title),
      effectiveDate: cleanText(result.ruleset.effectiveDate),
      rulesEvaluated: result.ruleset.rulesEvaluated,
    },
    toolVersion: cleanText(result.tool.version),
    waiverSources: (result.waiverSources ?? []).map((w) => ({ file: displayFile(w.filename), sha256: cleanText(w.sha256 ?? '') || 'not recorded' })),
    valid: result.valid,
    verdict: verdictOf(result),
    rating: result.valid ? ragView(after) : null,
    ratingBeforeWaivers: result.valid && before !== after ? ragView(before) : null,
    counts: { ...counts, errors: result.errors.length, open },
    countsText: countsText({ ...counts, error: result.errors.length }),
    bySeverity: SEVERITY_ORDER.map((s) => ({ severity: s, label: SEVERITY_LABELS[s], count: result.summary.bySeverity[s] })),
    areas,
    chart: result.valid ? chartView(anchor, areas) : null,
    fix,
    fixCount: fixItems.length,
    fixText: `${plural(fixItems.length, 'finding')}, grouped by area, the most serious first.`,
    needsInfo,
    manual,
    waived,
    byArea,
    expiredWaivers: result.waivers.expired.map(waiverView),
    unmatchedWaivers: result.waivers.unmatched.map(waiverView),
    hasWaivers: waived.length + result.waivers.expired.length + result.waivers.unmatched.length > 0,
    errors,
    rules: rulesRows,
    rulesCaption: `Every rule checked: ${plural(rulesRows.length, 'rule')}, by area`,
    rulesetNote: `law and guidance as at ${cleanText(result.ruleset.effectiveDate)}; ${result.valid ? `${plural(result.ruleset.rulesEvaluated, 'rule')} evaluated` : 'no rules run: the declaration is invalid'}`,
    issues,
    issuesNote: hidden > 0 ? `Showing ${issues.length} of ${plural(result.validation.totalIssues, 'problem')}.` : '',
    nav: [],
    h,
    showMeta: multiple,
    landmarks: !multiple,
  };
  view.nav = navFor(view);
  return view;
}

function navFor(view: DeclarationView): NavEntry[] {
  const a = view.anchor;
  if (!view.valid) return [{ anchor: `${a}-issues`, label: 'Problems in the file' }];
  const entries: NavEntry[] = [{ anchor: `${a}-summary`, label: 'Summary' }];
  if (view.fix.length > 0) entries.push({ anchor: `${a}-fix`, label: `What to fix (${view.fixCount})` });
  if (view.needsInfo.length > 0) entries.push({ anchor: `${a}-needs-info`, label: `Information needed (${view.needsInfo.length})` });
  if (view.manual.length > 0) entries.push({ anchor: `${a}-manual`, label: `Manual checks (${view.manual.length})` });
  if (view.hasWaivers) entries.push({ anchor: `${a}-waivers`, label: 'Waivers' });
  if (view.errors.length > 0) entries.push({ anchor: `${a}-errors`, label: `Engine errors (${view.errors.length})` });
  entries.push({ anchor: `${a}-rules`, label: `Every rule checked (${view.rules.length})` });
  return entries;
}

/** The totals of a batch, e.g. "3 files, 12 fail, 4 needs info, 2 warn, 80 pass, 5 waived". */
export function totalsText(results: readonly CheckResult[]): string {
  const sum = (pick: (r: CheckResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const parts = [
    plural(results.length, 'file'),
    `${sum((r) => r.summary.counts.fail)} fail`,
    `${sum((r) => r.summary.counts.needs_info)} needs info`,
    `${sum((r) => r.summary.counts.warn)} warn`,
    `${sum((r) => r.summary.counts.pass)} pass`,
    `${sum((r) => r.summary.counts.waived)} waived`,
  ];
  const manual = sum((r) => r.summary.counts.manual);
  if (manual > 0) parts.push(`${manual} manual`);
  const invalid = results.filter((r) => !r.valid).length;
  if (invalid > 0) parts.push(`${invalid} invalid`);
  const errors = sum((r) => r.errors.length);
  if (errors > 0) parts.push(plural(errors, 'engine error'));
  return parts.join(', ');
}

export function toViewModel(results: readonly CheckResult[]): ReportView {
  const multiple = results.length !== 1;
  const declarations = results.map((r, i) => declarationView(r, i, multiple));
  const rulesets = [...new Set(results.map((r) => `${cleanText(r.ruleset.id)} ${cleanText(r.ruleset.version)}`))].join(', ') || 'no ruleset';
  const toolVersion = cleanText(results[0]?.tool.version ?? TOOL_VERSION);
  const single = multiple ? null : declarations[0]!;
  return {
    lang: 'en-GB',
    title: single ? `Data protection check: ${single.headline}` : `Data protection check: ${plural(results.length, 'declaration')}`,
    multiple,
    single,
    toolName: 'campaigncheck',
    toolVersion,
    rulesets,
    declarations,
    summaryRows: declarations.map((d) => ({
      anchor: d.anchor,
      title: d.title,
      headline: d.headline,
      detail: d.headline === d.campaign && d.declarant !== d.headline ? d.declarant : '',
      file: d.file,
      declarant: d.declarant,
      campaign: d.campaign,
      verdict: d.verdict,
      rating: d.rating,
      fail: d.counts.fail,
      needsInfo: d.counts.needs_info,
      warn: d.counts.warn,
      bySeverity: d.bySeverity.map((s) => s.count),
    })),
    severityHeaders: SEVERITY_ORDER.map((s) => SEVERITY_LABELS[s]),
    totalsText: totalsText(results),
    truncation: null,
  };
}

/**
 * A copy of the view that keeps only the first `limit` findings of the per-area details (in report order),
 * with a note saying how many were left out. Used by the Markdown formatter to fit its size cap.
 */
export function limitDetails(view: ReportView, limit: number): ReportView {
  let remaining = limit;
  let total = 0;
  const declarations = view.declarations.map((d) => {
    const byArea: FindingGroup[] = [];
    for (const group of d.byArea) {
      total += group.findings.length;
      const kept = group.findings.slice(0, Math.max(0, remaining));
      remaining -= kept.length;
      if (kept.length > 0) byArea.push({ ...group, findings: kept });
    }
    return { ...d, byArea };
  });
  const shown = Math.min(limit, total);
  const omitted = total - shown;
  return {
    ...view,
    declarations,
    single: view.multiple ? null : declarations[0]!,
    truncation: {
      shown,
      total,
      omitted,
      note: `This report was shortened to fit in a comment: ${plural(omitted, 'finding')} of ${total} ${omitted === 1 ? 'is' : 'are'} not shown. Run campaigncheck with --format html for the full report.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The text view (terminals)

export type TextStyle = 'plain' | 'bold' | 'dim' | 'red' | 'red bold' | 'yellow' | 'magenta' | 'cyan' | 'green' | 'underline';

export interface TextLine {
  location: string;
  severity: string;
  severityStyle: TextStyle;
  status: string;
  statusStyle: TextStyle;
  message: string;
  ruleId: string;
}

export interface TextFile {
  heading: string;
  lines: TextLine[];
  /** "… and 3 more problems (not shown)." or '' */
  more: string;
  verdict: string;
  verdictStyle: TextStyle;
  rating: string;
  ratingStyle: TextStyle;
  counts: string;
}

export interface TextView {
  files: TextFile[];
  summary: string;
  summaryStyle: TextStyle;
}

const SEVERITY_STYLES: Record<Severity, TextStyle> = { critical: 'red bold', high: 'red', medium: 'yellow', low: 'cyan', info: 'dim' };
const STATUS_STYLES: Partial<Record<RuleStatus | 'invalid', TextStyle>> = { fail: 'red', warn: 'yellow', needs_info: 'magenta', error: 'red bold', invalid: 'red bold' };
const VERDICT_STYLES: Record<VerdictCode, TextStyle> = { invalid: 'red bold', fail: 'red bold', incomplete: 'yellow', attention: 'yellow', pass: 'green' };
const RAG_STYLES: Record<Rag, TextStyle> = { red: 'red', amber: 'yellow', green: 'green' };

interface RawLine {
  line: number;
  column: number;
  location: string;
  severity: string;
  severityStyle: TextStyle;
  status: string;
  statusStyle: TextStyle;
  message: string;
  ruleId: string;
}

function textFile(result: CheckResult): TextFile {
  const file = displayFile(result.input.filename);
  const raw: RawLine[] = [];
  if (!result.valid) {
    for (const issue of result.validation.issues) {
      raw.push({
        line: issue.line ?? 0,
        column: issue.column ?? 0,
        location: fileLocation(file, issue.line, issue.column),
        severity: 'error',
        severityStyle: 'red bold',
        status: 'invalid',
        statusStyle: 'red bold',
        message: cleanText(issue.hint ? `${issue.message} ${issue.hint}` : issue.message),
        ruleId: cleanText(issue.code),
      });
    }
  }
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'fail' && outcome.status !== 'warn' && outcome.status !== 'needs_info') continue;
    const at = outcome.evidence.find((p) => p.line !== undefined);
    raw.push({
      line: at?.line ?? 0,
      column: at?.column ?? 0,
      location: fileLocation(file, at?.line, at?.column),
      severity: outcome.severity,
      severityStyle: SEVERITY_STYLES[outcome.severity] ?? 'plain',
      status: STATUS_LABELS[outcome.status].noun,
      statusStyle: STATUS_STYLES[outcome.status] ?? 'plain',
      message: cleanText(outcome.message),
      ruleId: cleanText(outcome.ruleId),
    });
  }
  for (const error of result.errors) {
    raw.push({
      line: 0,
      column: 0,
      location: file,
      severity: 'error',
      severityStyle: 'red bold',
      status: 'error',
      statusStyle: 'red bold',
      message: cleanText(error.message),
      ruleId: cleanText(error.ruleId ?? error.code),
    });
  }
  raw.sort((a, b) => a.line - b.line || a.column - b.column || compareRuleIds(a.ruleId, b.ruleId));
  const width = (pick: (l: RawLine) => string) => Math.max(0, ...raw.map((l) => pick(l).length));
  const wl = width((l) => l.location);
  const ws = width((l) => l.severity);
  const wt = width((l) => l.status);
  const verdict = verdictOf(result);
  const hidden = result.valid ? 0 : result.validation.totalIssues - result.validation.issues.length;
  const decl = result.declaration;
  const about = decl ? [cleanText(decl.campaign ?? ''), cleanText(decl.declarant ?? '')].filter(Boolean).join(', ') : '';
  return {
    heading: about ? `${file} (${about})` : file,
    lines: raw.map((l) => ({
      location: l.location.padEnd(wl),
      severity: l.severity.padEnd(ws),
      severityStyle: l.severityStyle,
      status: l.status.padEnd(wt),
      statusStyle: l.statusStyle,
      message: l.message,
      ruleId: l.ruleId,
    })),
    more: hidden > 0 ? `… and ${plural(hidden, 'more problem')} (not shown).` : '',
    verdict: verdict.label,
    verdictStyle: VERDICT_STYLES[verdict.code],
    rating: result.valid ? `rating ${RAG_LABELS[result.summary.rating.overall].label}` : 'not rated',
    ratingStyle: result.valid ? RAG_STYLES[result.summary.rating.overall] : 'dim',
    counts: result.valid ? countsText({ ...result.summary.counts, error: result.errors.length }) : plural(result.validation.totalIssues, 'problem'),
  };
}

export function toTextView(results: readonly CheckResult[]): TextView {
  const failing = results.some((r) => !r.valid || r.summary.counts.fail > 0 || r.errors.length > 0);
  return {
    files: results.map(textFile),
    summary: totalsText(results),
    summaryStyle: failing ? 'red bold' : 'bold',
  };
}
