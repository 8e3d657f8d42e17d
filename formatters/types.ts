/**
 * The formatter contract: a formatter is a pure function of a batch of results (the CLI checks many files at
 * once; the HTTP API passes one) to a string. It never runs rules, reads the declaration, reads the clock or
 * writes anywhere: the caller decides where the string goes.
 */
import type { CheckResult } from '../schema/generated/result.js';

export interface FormatOptions {
  /**
   * `text` only: colour the output with ANSI escapes. The caller decides (stdout is a TTY, NO_COLOR is not
   * set, --no-color was not given); formatters never look at the environment. Default false.
   */
  color?: boolean;
  /**
   * `markdown` only: the most bytes (UTF-8) the output may take. Details are dropped, with a note saying
   * so, until the comment fits. Default 60,000 (GitHub's limit for a comment is 65,536 characters).
   */
  maxBytes?: number;
  /**
   * `sarif` only: the directory that absolute input filenames are made relative to, so that code-scanning
   * tools can match results to files in the repository. Relative filenames are used as they are.
   */
  baseDir?: string;
}

export type Formatter = (results: readonly CheckResult[], options: FormatOptions) => string;

export interface FormatterEntry {
  format: Formatter;
  /** The media type of the output, for HTTP responses (`Content-Type`). */
  mediaType: string;
  /** The usual file extension, without the dot. */
  extension: string;
  /** One sentence for `--help` and the docs. */
  description: string;
}
