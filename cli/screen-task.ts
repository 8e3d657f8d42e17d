/**
 * One submission of `screen`: evaluate it, write its reports (reports/<name>.html and .json, atomically), and
 * return only the small summary row the index needs. The full result is dropped here, so memory stays flat
 * however many submissions there are. Runs in workers and in-process alike.
 */
import { join } from 'node:path';
import type { CheckResult, Rag } from '../schema/generated/result.js';
import { evaluateFile, type EvalSettings } from './evaluate.js';
import { exitCodeFor, resultState, type ExitCode, type FailOn, type ResultState } from './exit-codes.js';
import type { Formatter } from './formats.js';
import { loadRegistry } from './formats.js';
import { writeFileAtomic } from './output.js';
import type { FileTask } from './tasks.js';

export interface ScreenContext {
  reportsDir: string;
  failOn: FailOn;
  needsInfoIsFailure: boolean;
}

export interface ScreenRow {
  /** The submission's path relative to the screened folder. */
  file: string;
  /** The report base name (reports/<name>.html). */
  name: string;
  state: ResultState;
  rating: Rag | null;
  open: { critical: number; high: number; medium: number; low: number; info: number };
  fail: number;
  needsInfo: number;
  warn: number;
  declarant: string | null;
  organisationType: string | null;
  campaign: string | null;
  /** For broken submissions: the first few issues, `CODE: message`. */
  problems: string[];
  exitCode: ExitCode;
  /** Report files written (relative to the output folder). */
  reports: string[];
  /** Why a report could not be written, if it could not. */
  reportError?: string;
}

const EMPTY_OPEN = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };

export function rowOf(task: FileTask, result: CheckResult, context: ScreenContext): ScreenRow {
  const state = resultState(result);
  const problems =
    state === 'evaluated'
      ? []
      : state === 'error'
        ? result.errors.slice(0, 3).map((e) => `${e.code}: ${e.ruleId ? `${e.ruleId}: ` : ''}${e.message}`)
        : result.validation.issues.slice(0, 3).map((i) => `${i.code}: ${i.message}${i.line !== undefined ? ` (line ${i.line})` : ''}`);
  return {
    file: task.filename,
    name: task.name ?? task.filename,
    state,
    rating: state === 'evaluated' || state === 'error' ? result.summary.rating.overall : null,
    open: result.valid ? { ...result.summary.bySeverity } : { ...EMPTY_OPEN },
    fail: result.summary.counts.fail,
    needsInfo: result.summary.counts.needs_info,
    warn: result.summary.counts.warn,
    declarant: result.declaration?.declarant ?? null,
    organisationType: result.declaration?.organisationType ?? null,
    campaign: result.declaration?.campaign ?? null,
    problems,
    exitCode: exitCodeFor(result, { failOn: context.failOn, needsInfoIsFailure: context.needsInfoIsFailure }),
    reports: [],
  };
}

/** A row for a submission whose task itself failed (a crashed worker). */
export function lostRow(task: FileTask, reason: string): ScreenRow {
  return {
    file: task.filename,
    name: task.name ?? task.filename,
    state: 'error',
    rating: null,
    open: { ...EMPTY_OPEN },
    fail: 0,
    needsInfo: 0,
    warn: 0,
    declarant: null,
    organisationType: null,
    campaign: null,
    problems: [`INTERNAL_ERROR: ${reason}`],
    exitCode: 2,
    reports: [],
  };
}

export async function createScreenHandler(
  settings: EvalSettings,
  context: ScreenContext,
): Promise<(task: FileTask) => ScreenRow> {
  const registry = await loadRegistry();
  const html = registry.html as Formatter | undefined;
  const json = registry.json as Formatter | undefined;
  return (task) => {
    const result = evaluateFile(task.path, task.filename, settings);
    const row = rowOf(task, result, context);
    const name = task.name ?? task.filename;
    try {
      for (const [formatter, ext] of [
        [html, 'html'],
        [json, 'json'],
      ] as const) {
        if (!formatter) continue;
        writeFileAtomic(join(context.reportsDir, `${name}.${ext}`), formatter.format([result], { color: false }), { fsync: false });
        row.reports.push(`reports/${name}.${ext}`);
      }
    } catch (error) {
      row.reportError = (error as Error).message;
      row.exitCode = 2;
    }
    return row;
  };
}
