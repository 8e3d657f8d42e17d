/**
 * csv: one row per finding, for spreadsheets and data pipelines. The columns are stable and documented in
 * docs/reports.md; new columns are only ever added at the end. Rows: open outcomes (fail, warn, needs_info),
 * waived outcomes, the validation issues of invalid declarations and engine errors.
 *
 * RFC 4180 (CRLF line ends, quotes where needed) with a UTF-8 byte order mark so that Excel reads names with
 * accents correctly. Every text cell is cleaned of control characters, and a cell that a spreadsheet could
 * run as a formula (starting with = + - @, a tab or a line break) is prefixed with a single quote.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { CheckResult, Outcome, ValidationIssue } from '../schema/generated/result.js';
import { cleanText, neutraliseCell } from './_escape.js';
import type { FormatOptions } from './types.js';

export const CSV_COLUMNS = [
  'file',
  'sha256',
  'ruleset_version',
  'rule_id',
  'area',
  'severity',
  'status',
  'subject',
  'message',
  'pointer',
  'line',
  'column',
  'citations',
  'waiver_expires',
  'fingerprint',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Record<Column, string | number>;

const REPORTED = new Set<Outcome['status']>(['fail', 'warn', 'needs_info', 'waived']);

function cell(value: string | null | undefined): string {
  return neutraliseCell(cleanText(value ?? ''));
}

type BaseCells = Pick<Row, 'file' | 'sha256' | 'ruleset_version'>;
const baseCells = new WeakMap<CheckResult, BaseCells>();

/** The cells every row of a result shares, cleaned once per result. */
function base(result: CheckResult): BaseCells {
  let cells = baseCells.get(result);
  if (!cells) {
    cells = { file: cell(result.input.filename), sha256: cell(result.input.sha256), ruleset_version: cell(result.ruleset.version) };
    baseCells.set(result, cells);
  }
  return cells;
}

function outcomeRow(result: CheckResult, outcome: Outcome, citations: Map<string, string>): Row {
  const at = outcome.evidence.find((p) => p.line !== undefined) ?? outcome.evidence[0];
  const shared = base(result);
  // Written out rather than spread: this runs for every finding, and object spread is slow here.
  return {
    file: shared.file,
    sha256: shared.sha256,
    ruleset_version: shared.ruleset_version,
    rule_id: cell(outcome.ruleId),
    area: cell(outcome.area),
    severity: cell(outcome.severity),
    status: cell(outcome.status),
    subject: cell(outcome.subject.label),
    message: cell(outcome.message),
    pointer: cell(at?.pointer ?? outcome.subject.pointer),
    line: at?.line ?? '',
    column: at?.column ?? '',
    citations: cell(citations.get(outcome.ruleId)),
    waiver_expires: cell(outcome.status === 'waived' ? outcome.waiver?.expires : ''),
    fingerprint: cell(outcome.fingerprint),
  };
}

function issueRow(result: CheckResult, issue: ValidationIssue): Row {
  const fingerprint = createHash('sha256').update(`${issue.code}\u0000${issue.pointer}\u0000${issue.message}`).digest('hex').slice(0, 32);
  return {
    ...base(result),
    rule_id: 'campaigncheck/validation',
    area: 'validation',
    severity: 'error',
    status: 'invalid',
    subject: cell(issue.code),
    message: cell(issue.hint ? `${issue.message} ${issue.hint}` : issue.message),
    pointer: cell(issue.pointer),
    line: issue.line ?? '',
    column: issue.column ?? '',
    citations: '',
    waiver_expires: '',
    fingerprint,
  };
}

function errorRow(result: CheckResult, error: CheckResult['errors'][number]): Row {
  const fingerprint = createHash('sha256').update(`${error.code}\u0000${error.ruleId ?? ''}`).digest('hex').slice(0, 32);
  const rule = result.rules.find((r) => r.id === error.ruleId);
  return {
    ...base(result),
    rule_id: cell(error.ruleId ?? ''),
    area: cell(rule?.area ?? ''),
    severity: 'error',
    status: 'error',
    subject: cell(error.code),
    message: cell(error.message),
    pointer: '',
    line: '',
    column: '',
    citations: '',
    waiver_expires: '',
    fingerprint,
  };
}

export function csv(results: readonly CheckResult[], _options: FormatOptions = {}): string {
  const rows: Row[] = [];
  for (const result of results) {
    const citations = new Map(result.rules.map((r) => [r.id, (r.citations ?? []).map((c) => c.text).join('; ')]));
    if (!result.valid) rows.push(...result.validation.issues.map((i) => issueRow(result, i)));
    for (const outcome of result.outcomes) if (REPORTED.has(outcome.status)) rows.push(outcomeRow(result, outcome, citations));
    rows.push(...result.errors.map((e) => errorRow(result, e)));
  }
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
