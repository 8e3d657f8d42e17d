/**
 * The options shared by check, screen and diff (ruleset, date, tailoring, waivers, rule selection), merged from
 * flags over the config file, checked, and turned into EvalSettings. Tailoring and waiver files that cannot be
 * read or are invalid are usage errors (exit 2): a run must never quietly ignore a waiver file it was given.
 */
import { loadTailoring, loadWaivers, rulesetById, type LoadedTailoring, type LoadedWaivers } from '../core/check.js';
import { AREAS } from '../core/areas.js';
import type { RuleSelection } from '../core/ruleset.js';
import { SEVERITIES, type Severity } from '../core/rule.js';
import { DEFAULT_RULESET_ID, RULESETS } from '../rules/index.js';
import { didYouMean, isCalendarDate, oneOf, UsageError } from './args.js';
import type { Config } from './config.js';
import type { EvalSettings } from './evaluate.js';
import { displayName, readInputFile } from './inputs.js';
import { issueLines } from './issues.js';
import { resolve } from 'node:path';

/** parseArgs options for the evaluation flags. */
export const EVAL_OPTIONS = {
  ruleset: { type: 'string' },
  tailoring: { type: 'string' },
  waivers: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  area: { type: 'string', multiple: true },
  severity: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  date: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
} as const;

export interface EvalFlags {
  ruleset?: string | undefined;
  tailoring?: string | undefined;
  waivers?: string[] | undefined;
  rule?: string[] | undefined;
  area?: string[] | undefined;
  severity?: string[] | undefined;
  tag?: string[] | undefined;
  date?: string | undefined;
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Values given as `--area a --area b` or `--area a,b`. */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

export function buildSelection(command: string, flags: EvalFlags, rulesetId: string): RuleSelection | undefined {
  const ruleset = rulesetById(rulesetId)!;
  const selection: RuleSelection = {};
  const ids = list(flags.rule).map((id) => id.toUpperCase());
  const knownIds = ruleset.rules.map((r) => r.id);
  for (const id of ids) {
    if (!knownIds.includes(id)) throw new UsageError(`--rule: there is no rule "${id}" in ${rulesetId}.${didYouMean(id, knownIds)}`, command);
  }
  if (ids.length) selection.ruleIds = ids;
  const areas = list(flags.area).map((a) => oneOf(command, '--area', a, AREAS.map((x) => x.id)));
  if (areas.length) selection.areas = areas;
  const severities = list(flags.severity).map((s) => oneOf<Severity>(command, '--severity', s, SEVERITIES));
  if (severities.length) selection.severities = severities;
  const knownTags = [...new Set(ruleset.rules.flatMap((r) => r.tags ?? []))].sort();
  const tags = list(flags.tag);
  for (const tag of tags) {
    if (!knownTags.includes(tag)) throw new UsageError(`--tag: no rule has the tag "${tag}".${didYouMean(tag, knownTags)}`, command);
  }
  if (tags.length) selection.tags = tags;
  return Object.keys(selection).length ? selection : undefined;
}

function readSideFile(command: string, flag: string, path: string, cwd: string): { bytes: Buffer; name: string } {
  const name = displayName(path, cwd);
  const read = readInputFile(path);
  if (!read.ok) throw new UsageError(`${flag} ${name}: ${read.issue.code}: ${read.issue.message}`, command);
  return { bytes: read.bytes, name };
}

export function resolveRulesetId(command: string, flag: string | undefined, config: Config): string {
  const id = flag ?? config.ruleset ?? DEFAULT_RULESET_ID;
  if (!rulesetById(id)) {
    throw new UsageError(`--ruleset: there is no ruleset "${id}".${didYouMean(id, Object.keys(RULESETS))} Rulesets: ${Object.keys(RULESETS).join(', ')}.`, command);
  }
  return id;
}

/** Flags over config, checked; reads the tailoring and waiver files. */
export function buildEvalSettings(command: string, flags: EvalFlags, config: Config, cwd: string): EvalSettings {
  const rulesetId = resolveRulesetId(command, flags.ruleset, config);
  const ruleset = rulesetById(rulesetId)!;
  const date = flags.date ?? config.date ?? todayUtc();
  if (!isCalendarDate(date)) throw new UsageError(`--date must be a date written YYYY-MM-DD; got "${date}".`, command);
  const settings: EvalSettings = { rulesetId, evaluationDate: date };
  const selection = buildSelection(command, flags, rulesetId);
  if (selection) settings.selection = selection;

  const tailoringPath = flags.tailoring !== undefined ? resolve(cwd, flags.tailoring) : config.tailoring;
  if (tailoringPath !== undefined) {
    const { bytes, name } = readSideFile(command, '--tailoring', tailoringPath, cwd);
    const loaded = loadTailoring(bytes, name, ruleset);
    if (!loaded.ok) throw new UsageError(`the tailoring file is not valid:\n${issueLines(name, loaded.issues).join('\n')}`, command);
    settings.tailoring = loaded.value satisfies LoadedTailoring;
  }
  const waiverPaths = flags.waivers?.length ? flags.waivers.map((p) => resolve(cwd, p)) : (config.waivers ?? []);
  const waiverFiles: LoadedWaivers[] = [];
  for (const path of waiverPaths) {
    const { bytes, name } = readSideFile(command, '--waivers', path, cwd);
    const loaded = loadWaivers(bytes, name, ruleset);
    if (!loaded.ok) throw new UsageError(`the waivers file is not valid:\n${issueLines(name, loaded.issues).join('\n')}`, command);
    waiverFiles.push(loaded.value);
  }
  if (waiverFiles.length) settings.waiverFiles = waiverFiles;
  return settings;
}
