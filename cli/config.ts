/**
 * The config file: campaigncheck.config.json, .yaml or .yml, found from the working directory upwards (or named
 * with --config). It sets defaults for check, screen and diff; flags override it. Paths in it are relative to
 * the folder it is in. A bad config is a usage error (exit 2) that names the file, line and column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDeclaration } from '../core/parse/index.js';
import { FAIL_ON_VALUES, type FailOn } from './exit-codes.js';
import { didYouMean, isCalendarDate, UsageError } from './args.js';
import { FORMAT_NAMES, splitFormatSpec, isFormatName } from './formats.js';

export const CONFIG_NAMES = ['campaigncheck.config.json', 'campaigncheck.config.yaml', 'campaigncheck.config.yml'] as const;

export interface Config {
  /** The config file, absolute; undefined when none was found. */
  file?: string;
  ruleset?: string;
  failOn?: FailOn;
  /** Absolute paths. */
  waivers?: string[];
  tailoring?: string;
  /** `name` or `name=path` with the path made absolute. */
  formats?: string[];
  date?: string;
  needsInfoIsNotFailure?: boolean;
}

const KEYS = ['$schema', 'ruleset', 'failOn', 'waivers', 'tailoring', 'formats', 'date', 'needsInfoIsNotFailure'] as const;

export class ConfigError extends UsageError {}

/** The nearest config file from `cwd` upwards, or undefined. */
export function findConfig(cwd: string, command?: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const found = CONFIG_NAMES.map((n) => join(dir, n)).filter((p) => existsSync(p));
    if (found.length > 1) {
      throw new ConfigError(`found ${found.length} config files in ${dir} (${found.map((p) => p.slice(dir.length + 1)).join(', ')}); keep one.`, command);
    }
    if (found[0]) return found[0];
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Loads the config: the explicit file, else the nearest one, else none (`explicit === false`: --no-config). */
export function loadConfig(cwd: string, explicit: string | false | undefined, command?: string): Config {
  if (explicit === false) return {};
  const file = explicit !== undefined ? resolve(cwd, explicit) : findConfig(cwd, command);
  if (file === undefined) return {};
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ConfigError(`cannot read the config file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, command);
  }
  const parsed = parseDeclaration(bytes, { filename: file, limits: { maxJsonBytes: 65_536, maxYamlBytes: 65_536 } });
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    throw new ConfigError(`${file}:${issue.line ?? 1}:${issue.column ?? 1}  ${issue.code}  ${issue.message}`, command);
  }
  const doc = parsed.document;
  const fail = (pointer: string, message: string, key = false): never => {
    const at = doc.locate(pointer, { keyPosition: key });
    throw new ConfigError(`${file}:${at?.line ?? 1}:${at?.column ?? 1}  INVALID_CONFIG  ${message}`, command);
  };
  const value = doc.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('', 'the config file must be an object (key: value pairs).');
  const raw = value as Record<string, unknown>;
  const base = dirname(file);
  const config: Config = { file };
  const str = (key: string): string => {
    const v = raw[key];
    if (typeof v !== 'string' || v.length === 0) return fail(`/${key}`, `"${key}" must be a non-empty string.`);
    return v;
  };
  const strList = (key: string): string[] => {
    const v = raw[key];
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.length === 0)) {
      return fail(`/${key}`, `"${key}" must be a string or a list of strings.`);
    }
    return list as string[];
  };
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      fail(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, `unknown key "${key}".${didYouMean(key, KEYS.filter((k) => k !== '$schema'))} Known keys: ${KEYS.slice(1).join(', ')}.`, true);
    }
  }
  if (Object.hasOwn(raw, 'ruleset')) config.ruleset = str('ruleset');
  if (Object.hasOwn(raw, 'failOn')) {
    const v = str('failOn');
    if (!(FAIL_ON_VALUES as readonly string[]).includes(v)) fail('/failOn', `"failOn" must be one of ${FAIL_ON_VALUES.join(', ')}; got "${v}".${didYouMean(v, FAIL_ON_VALUES)}`);
    config.failOn = v as FailOn;
  }
  if (Object.hasOwn(raw, 'waivers')) config.waivers = strList('waivers').map((p) => resolve(base, p));
  if (Object.hasOwn(raw, 'tailoring')) config.tailoring = resolve(base, str('tailoring'));
  if (Object.hasOwn(raw, 'formats')) {
    config.formats = strList('formats').map((spec, i) => {
      const { name, path } = splitFormatSpec(spec);
      if (!isFormatName(name)) fail(`/formats${Array.isArray(raw.formats) ? `/${i}` : ''}`, `unknown format "${name}".${didYouMean(name, FORMAT_NAMES)} Formats: ${FORMAT_NAMES.join(', ')}.`);
      return path === undefined ? name : `${name}=${resolve(base, path)}`;
    });
  }
  if (Object.hasOwn(raw, 'date')) {
    const v = str('date');
    if (!isCalendarDate(v)) fail('/date', `"date" must be a date written YYYY-MM-DD; got "${v}".`);
    config.date = v;
  }
  if (Object.hasOwn(raw, 'needsInfoIsNotFailure')) {
    if (typeof raw.needsInfoIsNotFailure !== 'boolean') fail('/needsInfoIsNotFailure', '"needsInfoIsNotFailure" must be true or false.');
    config.needsInfoIsNotFailure = raw.needsInfoIsNotFailure as boolean;
  }
  return config;
}
