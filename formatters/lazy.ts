/**
 * The formatters, each loaded only when asked for: the CLI checks a declaration as JSON without loading the XML
 * builder, Handlebars or the CSV writer (cold start matters in CI). Same formatters as the registry in index.ts.
 */
import type { FormatterEntry } from './types.js';

const LOADERS: Record<string, () => Promise<FormatterEntry>> = {
  csv: async () => (await import('./index.js')).formatters.csv,
  html: async () => (await import('./index.js')).formatters.html,
  json: async () => ({ ...METADATA.json, format: (await import('./json.js')).json }),
  junit: async () => (await import('./index.js')).formatters.junit,
  markdown: async () => (await import('./index.js')).formatters.markdown,
  ndjson: async () => ({ ...METADATA.ndjson, format: (await import('./ndjson.js')).ndjson }),
  sarif: async () => ({ ...METADATA.sarif, format: (await import('./sarif.js')).sarif }),
  text: async () => ({ ...METADATA.text, format: (await import('./text.js')).text }),
};

/** Metadata of the formats whose modules are light enough to load on their own (kept equal to index.ts by a test). */
export const METADATA = {
  json: { mediaType: 'application/json', extension: 'json', description: 'The result itself (schema/result.schema.json): an object for one declaration, an array for several.' },
  ndjson: { mediaType: 'application/x-ndjson', extension: 'ndjson', description: 'One result per line (newline-delimited JSON), for streams and logs.' },
  sarif: { mediaType: 'application/sarif+json', extension: 'sarif', description: 'SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).' },
  text: { mediaType: 'text/plain; charset=utf-8', extension: 'txt', description: 'Compact terminal output: one line per open finding, then totals.' },
} as const;

/** The formatter registered under a name, loading only what it needs; undefined for an unknown name. */
export async function loadFormatter(name: string): Promise<FormatterEntry | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]!() : undefined;
}
