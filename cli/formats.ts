/**
 * The report formats, as the CLI sees them: the names `--format` accepts and the registry they come from
 * (formatters/index.ts, loaded only when a report is written, so --help and --version never load it).
 */
import type { CheckResult } from '../schema/generated/result.js';

export const FORMAT_NAMES = ['text', 'json', 'html', 'markdown', 'sarif', 'junit', 'csv', 'ndjson'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  color?: boolean;
  maxBytes?: number;
  /** sarif: the folder absolute file names are made relative to. */
  baseDir?: string;
}

export interface Formatter {
  format(results: CheckResult[], options: FormatOptions): string;
  mediaType: string;
  extension: string;
}

export type FormatterRegistry = Readonly<Record<string, Formatter>>;

/** One `--format` value: `name` (to stdout) or `name=path` (to a file; `-` also means stdout). */
export interface OutputSpec {
  format: FormatName;
  /** undefined: stdout. */
  path: string | undefined;
}

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** Splits `html=report.html`; the name is checked by the caller (for a did-you-mean). */
export function splitFormatSpec(spec: string): { name: string; path: string | undefined } {
  const eq = spec.indexOf('=');
  if (eq === -1) return { name: spec.trim(), path: undefined };
  const path = spec.slice(eq + 1);
  return { name: spec.slice(0, eq).trim(), path: path === '' || path === '-' ? undefined : path };
}

/** The registry from formatters/index.ts. The path is a template so the bundler takes the registry as a lazy chunk. */
export async function loadRegistry(): Promise<FormatterRegistry> {
  const suffix = '';
  const module = (await import(`../formatters/index${suffix}.ts`)) as Record<string, unknown>;
  const registry = (module.formatters ?? module.FORMATTERS ?? module.registry ?? module.default) as FormatterRegistry | undefined;
  if (!registry || typeof registry !== 'object') throw new Error('formatters/index.ts exports no formatter registry');
  return registry;
}

/** The formatter for a name, or an error message for the user. Loads only that formatter (cold start). */
export async function getFormatter(name: FormatName): Promise<Formatter | string> {
  let formatter: Formatter | undefined;
  try {
    const lazy = (await import('../formatters/lazy.js')) as { loadFormatter(name: string): Promise<Formatter | undefined> };
    formatter = await lazy.loadFormatter(name);
  } catch (error) {
    return `the report formatters could not be loaded (${(error as Error).message})`;
  }
  if (!formatter || typeof formatter.format !== 'function') return `the "${name}" format is not available in this build`;
  return formatter;
}
