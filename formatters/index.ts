/**
 * The report formats, by the name `--format` and the HTTP API accept. An explicit, sorted registry (no folder
 * scanning): adding a format is one file in formatters/ plus one entry here, a test and a section in
 * docs/reports.md (a test checks the last three).
 */
import { csv } from './csv.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { ndjson } from './ndjson.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { FormatterEntry } from './types.js';

export type { FormatOptions, Formatter, FormatterEntry } from './types.js';

export const formatters = {
  csv: {
    format: csv,
    mediaType: 'text/csv; charset=utf-8; header=present',
    extension: 'csv',
    description: 'One row per finding (open, waived, validation issues, engine errors), for spreadsheets.',
  },
  html: {
    format: html,
    mediaType: 'text/html; charset=utf-8',
    extension: 'html',
    description: 'A self-contained, printable, accessible report for people.',
  },
  json: {
    format: json,
    mediaType: 'application/json',
    extension: 'json',
    description: 'The result itself (schema/result.schema.json): an object for one declaration, an array for several.',
  },
  junit: {
    format: junit,
    mediaType: 'application/xml',
    extension: 'xml',
    description: 'JUnit XML for CI servers: a test suite per declaration, a test case per rule.',
  },
  markdown: {
    format: markdown,
    mediaType: 'text/markdown; charset=utf-8',
    extension: 'md',
    description: 'GitHub-flavoured Markdown for pull-request comments, size-capped.',
  },
  ndjson: {
    format: ndjson,
    mediaType: 'application/x-ndjson',
    extension: 'ndjson',
    description: 'One result per line (newline-delimited JSON), for streams and logs.',
  },
  sarif: {
    format: sarif,
    mediaType: 'application/sarif+json',
    extension: 'sarif',
    description: 'SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).',
  },
  text: {
    format: text,
    mediaType: 'text/plain; charset=utf-8',
    extension: 'txt',
    description: 'Compact terminal output: one line per open finding, then totals.',
  },
} as const satisfies Record<string, FormatterEntry>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

/** The formatter registered under a name, or undefined. */
export function getFormatter(name: string): FormatterEntry | undefined {
  return isFormatName(name) ? formatters[name] : undefined;
}
