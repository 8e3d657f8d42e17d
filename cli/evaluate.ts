/**
 * One input in, one CheckResult out, whatever happens: a file that cannot be read still gets a result (invalid,
 * with the coded issue), so every input has exactly one record. Used in-process and inside screen/check workers,
 * so everything it needs is plain data that can cross a thread boundary.
 */
import { extname } from 'node:path';
import { checkDeclaration, invalidResult, rulesetById, type LoadedTailoring, type LoadedWaivers } from '../core/check.js';
import type { RuleSelection } from '../core/ruleset.js';
import { UK_RULESET } from '../rules/index.js';
import type { CheckResult, InputInfo, ValidationIssue } from '../schema/generated/result.js';
import { readInputFile, type FileIssue } from './inputs.js';

/** Everything that decides how a declaration is judged; plain data (structured-cloneable). */
export interface EvalSettings {
  rulesetId: string;
  evaluationDate: string;
  selection?: RuleSelection;
  tailoring?: LoadedTailoring;
  waiverFiles?: LoadedWaivers[];
}

function formatOf(filename: string): InputInfo['format'] {
  const ext = extname(filename).toLowerCase();
  return ext === '.yaml' || ext === '.yml' ? 'yaml' : 'json';
}

function issueOf(issue: FileIssue): ValidationIssue {
  const out: ValidationIssue = { code: issue.code, message: issue.message, pointer: '', source: 'parse' };
  if (issue.hint !== undefined) out.hint = issue.hint;
  return out;
}

/** The result for an input that could not be read at all. */
export function unreadableResult(filename: string, issue: FileIssue, settings: EvalSettings): CheckResult {
  const ruleset = rulesetById(settings.rulesetId) ?? UK_RULESET;
  return invalidResult({ filename, format: formatOf(filename) }, [issueOf(issue)], 1, ruleset, options(settings));
}

function options(settings: EvalSettings) {
  return {
    evaluationDate: settings.evaluationDate,
    ...(settings.selection ? { selection: settings.selection } : {}),
    ...(settings.waiverFiles?.length ? { waiverFiles: settings.waiverFiles } : {}),
  };
}

/** Checks bytes already read (a file or standard input). Never throws. */
export function evaluateBytes(bytes: Uint8Array, filename: string, settings: EvalSettings): CheckResult {
  try {
    const ruleset = rulesetById(settings.rulesetId) ?? UK_RULESET;
    return checkDeclaration(bytes, {
      filename,
      ruleset,
      evaluationDate: settings.evaluationDate,
      ...(settings.selection ? { selection: settings.selection } : {}),
      ...(settings.tailoring ? { tailoring: settings.tailoring } : {}),
      ...(settings.waiverFiles?.length ? { waiverFiles: settings.waiverFiles } : {}),
    });
  } catch (error) {
    return unreadableResult(filename, { code: 'INTERNAL_ERROR', message: `campaigncheck failed on this file: ${(error as Error).message}. This is a fault in campaigncheck, not in your file.` }, settings);
  }
}

/** Reads and checks one file. Never throws. */
export function evaluateFile(path: string, filename: string, settings: EvalSettings): CheckResult {
  const read = readInputFile(path);
  if (!read.ok) return unreadableResult(filename, read.issue, settings);
  return evaluateBytes(read.bytes, filename, settings);
}
