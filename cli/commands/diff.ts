/**
 * `campaigncheck diff <old> <new>`: what got better and what got worse. Each side is a declaration (evaluated with
 * the same options) or a result (JSON from --format json). Outcomes are matched by fingerprint.
 * Exit 1 when anything got worse (for CI), 0 otherwise, 2 for unreadable input.
 */
import { resolve } from 'node:path';
import type { CheckResult, Outcome, Rag, Status } from '../../schema/generated/result.js';
import { COMMON_OPTIONS, oneOf, parse, UsageError } from '../args.js';
import { loadConfig } from '../config.js';
import { evaluateBytes, type EvalSettings } from '../evaluate.js';
import { ExitCode, resultState } from '../exit-codes.js';
import { displayName, readInputFile } from '../inputs.js';
import { colorEnabled, safeText, write, type CliIo } from '../io.js';
import { issueLines, paint } from '../issues.js';
import { isResultLike, resultsIn } from '../results-file.js';
import { buildEvalSettings, EVAL_OPTIONS } from '../settings.js';
import { parseDeclaration } from '../../core/parse/index.js';

const OPTIONS = { ...COMMON_OPTIONS, ...EVAL_OPTIONS, format: { type: 'string', short: 'f' } } as const;

const OPEN: ReadonlySet<Status> = new Set(['fail', 'needs_info', 'warn']);
const STATUS_RANK: Record<Status, number> = { fail: 6, needs_info: 5, warn: 4, manual: 3, waived: 2, pass: 1, not_applicable: 0 };
const RAG_RANK: Record<Rag, number> = { red: 2, amber: 1, green: 0 };

interface FindingRef {
  fingerprint: string;
  ruleId: string;
  severity: string;
  status: Status;
  subject: string;
  message: string;
}

export interface DiffReport {
  old: { file: string; valid: boolean; rating: Rag | null };
  new: { file: string; valid: boolean; rating: Rag | null };
  worse: boolean;
  newFindings: FindingRef[];
  resolvedFindings: FindingRef[];
  statusChanges: (FindingRef & { from: Status; to: Status; direction: 'better' | 'worse' })[];
  ratingChanges: { area: string; title: string; from: Rag | null; to: Rag | null; direction: 'better' | 'worse' }[];
}

function ref(o: Outcome): FindingRef {
  return { fingerprint: o.fingerprint, ruleId: o.ruleId, severity: o.severity, status: o.status, subject: o.subject.key, message: o.message };
}

export function diffResults(a: CheckResult, b: CheckResult): DiffReport {
  const before = new Map(a.outcomes.map((o) => [o.fingerprint, o]));
  const after = new Map(b.outcomes.map((o) => [o.fingerprint, o]));
  const report: DiffReport = {
    old: { file: a.input.filename, valid: a.valid, rating: a.valid ? a.summary.rating.overall : null },
    new: { file: b.input.filename, valid: b.valid, rating: b.valid ? b.summary.rating.overall : null },
    worse: false,
    newFindings: [],
    resolvedFindings: [],
    statusChanges: [],
    ratingChanges: [],
  };
  for (const [fp, o] of after) {
    const was = before.get(fp);
    if (!was) {
      if (OPEN.has(o.status)) report.newFindings.push(ref(o));
    } else if (was.status !== o.status) {
      const direction = STATUS_RANK[o.status] > STATUS_RANK[was.status] ? 'worse' : 'better';
      report.statusChanges.push({ ...ref(o), from: was.status, to: o.status, direction });
    }
  }
  for (const [fp, o] of before) if (!after.has(fp) && OPEN.has(o.status)) report.resolvedFindings.push(ref(o));
  const areas = new Map<string, { title: string; from: Rag | null; to: Rag | null }>();
  for (const area of a.summary.rating.areas) areas.set(area.area, { title: area.title, from: area.rating, to: null });
  for (const area of b.summary.rating.areas) areas.set(area.area, { title: area.title, from: areas.get(area.area)?.from ?? null, to: area.rating });
  if (a.valid && b.valid) {
    for (const [area, { title, from, to }] of areas) {
      if (from === to) continue;
      const direction = (to === null ? -1 : RAG_RANK[to]) > (from === null ? -1 : RAG_RANK[from]) ? 'worse' : 'better';
      report.ratingChanges.push({ area, title, from, to, direction });
    }
  }
  report.worse =
    (a.valid && !b.valid) ||
    report.newFindings.length > 0 ||
    report.statusChanges.some((c) => c.direction === 'worse') ||
    report.ratingChanges.some((c) => c.direction === 'worse') ||
    (report.new.rating !== null && report.old.rating !== null && RAG_RANK[report.new.rating] > RAG_RANK[report.old.rating]);
  return report;
}

/** A side of the diff: a result file as it is, or a declaration evaluated now. */
function loadSide(arg: string, io: CliIo, settings: () => EvalSettings): { result: CheckResult } | { error: string } {
  const path = resolve(io.cwd, arg);
  const name = displayName(path, io.cwd);
  const read = readInputFile(path, 512 * 1024 * 1024);
  if (!read.ok) return { error: `${name}: ${read.issue.code}: ${read.issue.message}` };
  if (/\.json$/i.test(path) || read.bytes[0] === 0x7b || read.bytes[0] === 0x5b) {
    const parsed = parseDeclaration(read.bytes, { filename: name, format: 'json', limits: { maxJsonBytes: 512 * 1024 * 1024, maxDepth: 200 } });
    if (parsed.ok) {
      const results = resultsIn(parsed.document.value);
      if (results && results.length === 1) return { result: results[0]! };
      if (results && results.length !== 1) return { error: `${name}: holds ${results.length} results; diff compares one result with one result.` };
      if (isResultLike(parsed.document.value)) return { result: parsed.document.value };
    }
  }
  const result = evaluateBytes(read.bytes, name, settings());
  const state = resultState(result);
  if (state === 'unreadable' || state === 'error') {
    return { error: `${issueLines(name, result.validation.issues).join('\n')}${result.errors.map((e) => `\n${name}: ${e.code}: ${e.message}`).join('')}` };
  }
  return { result };
}

function renderText(report: DiffReport, p: Awaited<ReturnType<typeof paint>>): string {
  const lines: string[] = [`${report.old.file} -> ${report.new.file}`];
  const rating = (r: Rag | null): string => r ?? 'invalid';
  lines.push(`Overall rating: ${rating(report.old.rating)} -> ${rating(report.new.rating)}`);
  if (report.old.valid && !report.new.valid) lines.push(p.red('The new declaration is invalid.'));
  const item = (f: FindingRef): string => `  ${f.ruleId} [${f.severity}] ${f.status}  ${f.subject}: ${safeText(f.message)}`;
  if (report.newFindings.length) lines.push('', p.red(`Worse: ${report.newFindings.length} new ${report.newFindings.length === 1 ? 'finding' : 'findings'}`), ...report.newFindings.map(item));
  const worse = report.statusChanges.filter((c) => c.direction === 'worse');
  if (worse.length) lines.push('', p.red(`Worse: ${worse.length} status ${worse.length === 1 ? 'change' : 'changes'}`), ...worse.map((c) => `  ${c.ruleId} ${c.subject}: ${c.from} -> ${c.to}`));
  const worseAreas = report.ratingChanges.filter((c) => c.direction === 'worse');
  if (worseAreas.length) lines.push('', p.red('Worse: area ratings'), ...worseAreas.map((c) => `  ${c.title}: ${rating(c.from)} -> ${rating(c.to)}`));
  if (report.resolvedFindings.length) lines.push('', p.green(`Better: ${report.resolvedFindings.length} resolved ${report.resolvedFindings.length === 1 ? 'finding' : 'findings'}`), ...report.resolvedFindings.map(item));
  const better = report.statusChanges.filter((c) => c.direction === 'better');
  if (better.length) lines.push('', p.green(`Better: ${better.length} status ${better.length === 1 ? 'change' : 'changes'}`), ...better.map((c) => `  ${c.ruleId} ${c.subject}: ${c.from} -> ${c.to}`));
  const betterAreas = report.ratingChanges.filter((c) => c.direction === 'better');
  if (betterAreas.length) lines.push('', p.green('Better: area ratings'), ...betterAreas.map((c) => `  ${c.title}: ${rating(c.from)} -> ${rating(c.to)}`));
  lines.push('', report.worse ? p.red('Something got worse.') : 'Nothing got worse.');
  return `${lines.join('\n')}\n`;
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('diff', args, OPTIONS);
  const format = oneOf('diff', '--format', values.format ?? 'text', ['text', 'json'] as const);
  if (positionals.length !== 2) throw new UsageError('give two files: campaigncheck diff <old> <new>', 'diff');
  let settings: EvalSettings | undefined;
  const lazySettings = (): EvalSettings => (settings ??= buildEvalSettings('diff', values, loadConfig(io.cwd, values['no-config'] ? false : values.config, 'diff'), io.cwd));
  const sides = positionals.map((arg) => loadSide(arg, io, lazySettings));
  const errors = sides.flatMap((s) => ('error' in s ? [s.error] : []));
  if (errors.length) {
    await write(io.stderr, `${errors.map((e) => `campaigncheck diff: error: ${e}`).join('\n')}\n`);
    return ExitCode.Error;
  }
  const [a, b] = sides as { result: CheckResult }[];
  const report = diffResults(a!.result, b!.result);
  if (format === 'json') await write(io.stdout, `${JSON.stringify(report, null, 2)}\n`);
  else await write(io.stdout, renderText(report, await paint(colorEnabled(io, 'stdout', values['no-color'] === true))));
  return report.worse ? ExitCode.Findings : ExitCode.Ok;
}
