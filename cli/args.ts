/**
 * Argument parsing: node:util.parseArgs in strict mode, with a did-you-mean for mistyped flags and values.
 * A usage problem is a UsageError; run.ts prints it with a pointer to --help and returns 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { distance } from 'fastest-levenshtein';

import { UsageError } from './errors.js';

export { UsageError };

/** The closest candidate, when it is close enough to be what the user meant. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const length = Math.max(value.length, best.length);
  if (bestScore <= (length <= 3 ? 1 : length <= 6 ? 2 : 3)) return best;
  if (lower.length >= 3) return candidates.find((c) => c.toLowerCase().startsWith(lower));
  return undefined;
}

export function didYouMean(value: string, candidates: readonly string[]): string {
  const guess = closest(value, candidates);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies OptionsConfig;

export function parse<const O extends OptionsConfig>(command: string, argv: readonly string[], options: O, allowPositionals = true) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    const e = error as Error & { code?: string };
    const names = Object.keys(options).map((n) => `--${n}`);
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(e.message)?.[1] ?? '';
      const bare = flag.split('=')[0] ?? flag;
      throw new UsageError(`unknown option ${bare} for "${command}".${didYouMean(bare, names)}`, command);
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(e.message.replace(/^Option/, 'option') + '.', command);
    }
    throw error;
  }
  if (!allowPositionals && parsed.positionals.length > 0) {
    throw new UsageError(`"${command}" takes no argument, but was given "${parsed.positionals[0]}".`, command);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Checks a value against a fixed list, with a did-you-mean. */
export function oneOf<T extends string>(command: string, flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".${didYouMean(value, allowed)}`, command);
}

/** YYYY-MM-DD, a real calendar date. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A positive whole number for --jobs, --port and the like. */
export function positiveInt(command: string, flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`${flag} must be a whole number from 1 to ${max}; got "${value}".`, command);
  }
  return n;
}
