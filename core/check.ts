/**
 * The public API of the engine: declaration text in, CheckResult out. The CLI and the HTTP server both call
 * `checkDeclaration`, so the same input gives the same result, byte for byte, from either.
 *   parse (safe, with positions) -> validate (schema, references, waivers) -> evaluate (rules) -> result.
 * Bad input is a value (a result with valid: false and its issues), never an exception.
 */
import type { CheckResult, InputInfo, ValidationIssue } from '../schema/generated/result.js';
import type { Waiver } from '../schema/generated/declaration.js';
import { RULESETS, UK_RULESET } from '../rules/index.js';
import { evaluateDeclaration, rulesetInfo, type EvaluateOptions } from './engine/evaluate.js';
import { emptyCounts } from './engine/rating.js';
import type { WaiverInput } from './engine/waivers.js';
import { parseDeclaration, type ParseIssue, type ParseLimits, type ParsedDocument } from './parse/index.js';
import type { RuleSelection, Ruleset, Tailoring } from './ruleset.js';
import { validateDeclaration, validateTailoring, validateWaiverFile, type Locator } from './validate/index.js';
import { TOOL_VERSION } from './version.js';

export interface CheckOptions {
  /** The file name shown in reports ('<stdin>', '<request>', a path). */
  filename?: string;
  format?: 'json' | 'yaml' | 'auto';
  ruleset?: Ruleset;
  /** YYYY-MM-DD. */
  evaluationDate?: string;
  selection?: RuleSelection;
  tailoring?: LoadedTailoring;
  waiverFiles?: LoadedWaivers[];
  limits?: Partial<ParseLimits>;
}

export interface LoadedTailoring {
  tailoring: Tailoring;
  source: InputInfo;
}

export interface LoadedWaivers {
  waivers: WaiverInput[];
  source: InputInfo;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[]; source: InputInfo };

export function rulesetById(id: string): Ruleset | undefined {
  return Object.hasOwn(RULESETS, id) ? RULESETS[id] : undefined;
}

const rulesetIds = new WeakMap<Ruleset, ReadonlySet<string>>();

/** The rule ids of a ruleset, built once per ruleset (every check needs them to validate waivers). */
function knownIds(ruleset: Ruleset): ReadonlySet<string> {
  let ids = rulesetIds.get(ruleset);
  if (!ids) {
    ids = new Set(ruleset.rules.map((r) => r.id));
    rulesetIds.set(ruleset, ids);
  }
  return ids;
}

export function locatorFor(document: ParsedDocument): Locator {
  return {
    locate: (pointer) => document.locate(pointer),
    locateKey: (pointer) => document.locate(pointer, { keyPosition: true }),
  };
}

export function parseIssueToValidationIssue(issue: ParseIssue): ValidationIssue {
  const out: ValidationIssue = { code: issue.code, message: issue.message, pointer: issue.pointer, source: 'parse' };
  if (issue.hint !== undefined) out.hint = issue.hint;
  if (issue.line !== undefined) out.line = issue.line;
  if (issue.column !== undefined) out.column = issue.column;
  return out;
}

/** The result for a declaration that could not be read or is invalid: no rules run, rated red. */
export function invalidResult(
  input: InputInfo,
  issues: ValidationIssue[],
  totalIssues: number,
  ruleset: Ruleset,
  options: Pick<CheckOptions, 'evaluationDate' | 'selection' | 'waiverFiles'> = {},
  summary: CheckResult['declaration'] = null,
): CheckResult {
  const result: CheckResult = {
    resultVersion: '1.0',
    tool: { name: 'campaigncheck', version: TOOL_VERSION },
    ruleset: rulesetInfo(ruleset, 0, options.selection),
    evaluationDate: options.evaluationDate ?? null,
    input,
    valid: false,
    declaration: summary,
    validation: { issues, totalIssues },
    outcomes: [],
    rules: [],
    waivers: { applied: [], expired: [], unmatched: [] },
    summary: {
      counts: emptyCounts(),
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      ratingBeforeWaivers: { overall: 'red', areas: [] },
      rating: { overall: 'red', areas: [] },
    },
    errors: [],
  };
  if (options.waiverFiles?.length) result.waiverSources = options.waiverFiles.map((f) => f.source);
  return result;
}

function inputInfo(filename: string, format: InputInfo['format'], sha256: string, bytes?: number): InputInfo {
  const info: InputInfo = { filename, format, sha256 };
  if (bytes !== undefined) info.bytes = bytes;
  return info;
}

/** A best-effort summary of an invalid declaration, for report headings (only plain strings are taken). */
function looseSummary(value: unknown): CheckResult['declaration'] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const str = (o: unknown, key: string): string | null => {
    if (!o || typeof o !== 'object' || !Object.hasOwn(o, key)) return null;
    const x = (o as Record<string, unknown>)[key];
    return typeof x === 'string' ? x.slice(0, 200) : null;
  };
  return {
    declarant: str(v.declarant, 'name'),
    organisationType: str(v.declarant, 'organisationType'),
    campaign: str(v.campaign, 'name'),
    pollingDate: str(v.campaign, 'pollingDate'),
    schemaVersion: typeof v.schemaVersion === 'string' ? v.schemaVersion.slice(0, 20) : null,
  };
}

/** Checks one declaration (bytes or text). Never throws for bad input. */
export function checkDeclaration(input: string | Uint8Array, options: CheckOptions = {}): CheckResult {
  const ruleset = options.ruleset ?? UK_RULESET;
  const filename = options.filename ?? '<input>';
  const parsed = parseDeclaration(input, { filename, format: options.format ?? 'auto', ...(options.limits ? { limits: options.limits } : {}) });
  if (!parsed.ok) {
    const issues = parsed.issues.map(parseIssueToValidationIssue);
    return invalidResult(inputInfo(filename, parsed.format ?? 'json', parsed.sha256, byteLength(input)), issues, issues.length, ruleset, options);
  }
  const { document } = parsed;
  const input_ = inputInfo(filename, document.format, document.sha256, document.byteLength);
  const locator = locatorFor(document);
  const validation = validateDeclaration(document.value, { locator, knownRuleIds: knownIds(ruleset) });
  if (!validation.ok) {
    return invalidResult(input_, validation.issues, validation.totalIssues, ruleset, options, looseSummary(document.value));
  }
  // Many outcomes point at the same place (the root, a missing section): look each pointer up once.
  const positions = new Map<string, ReturnType<ParsedDocument['locate']>>();
  const locate = (pointer: string) => {
    let found = positions.get(pointer);
    if (found === undefined && !positions.has(pointer)) {
      found = document.locate(pointer);
      positions.set(pointer, found);
    }
    return found;
  };
  const evaluateOptions: EvaluateOptions = { ruleset, input: input_, locate };
  if (options.evaluationDate !== undefined) evaluateOptions.evaluationDate = options.evaluationDate;
  if (options.selection) evaluateOptions.selection = options.selection;
  if (options.tailoring) evaluateOptions.tailoring = options.tailoring;
  if (options.waiverFiles) evaluateOptions.waiverFiles = options.waiverFiles;
  return evaluateDeclaration(validation.value, evaluateOptions);
}

function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
}

/** Reads and validates a tailoring file. */
export function loadTailoring(input: string | Uint8Array, filename: string, ruleset: Ruleset = UK_RULESET): Loaded<LoadedTailoring> {
  const parsed = parseDeclaration(input, { filename });
  if (!parsed.ok) {
    return { ok: false, issues: parsed.issues.map(parseIssueToValidationIssue), source: inputInfo(filename, parsed.format ?? 'json', parsed.sha256) };
  }
  const source = inputInfo(filename, parsed.document.format, parsed.document.sha256, parsed.document.byteLength);
  const validation = validateTailoring(parsed.document.value, { locator: locatorFor(parsed.document), knownRuleIds: knownIds(ruleset) });
  if (!validation.ok) return { ok: false, issues: validation.issues, source };
  const rules: Tailoring['rules'] = {};
  for (const [id, change] of Object.entries(validation.value.rules)) if (change) rules[id] = change;
  return { ok: true, value: { tailoring: { rules }, source } };
}

/** Reads and validates a waivers file. */
export function loadWaivers(input: string | Uint8Array, filename: string, ruleset: Ruleset = UK_RULESET): Loaded<LoadedWaivers> {
  const parsed = parseDeclaration(input, { filename });
  if (!parsed.ok) {
    return { ok: false, issues: parsed.issues.map(parseIssueToValidationIssue), source: inputInfo(filename, parsed.format ?? 'json', parsed.sha256) };
  }
  const source = inputInfo(filename, parsed.document.format, parsed.document.sha256, parsed.document.byteLength);
  const validation = validateWaiverFile(parsed.document.value, { locator: locatorFor(parsed.document), knownRuleIds: knownIds(ruleset) });
  if (!validation.ok) return { ok: false, issues: validation.issues, source };
  const waivers: WaiverInput[] = validation.value.waivers.map((waiver: Waiver) => ({ waiver, source: filename }));
  return { ok: true, value: { waivers, source } };
}
