import type { ParseIssue } from './issues.js';

export type SourceFormat = 'json' | 'yaml';

/** `line` and `column` are 1-based (column in UTF-16 code units); `offset` is the 0-based UTF-16 index in the decoded text. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** A position returned by `locate`: `exact` is false when the pointer did not exist and an ancestor's position is given instead. */
export type LocatedPosition = SourcePosition & { exact: boolean };

export interface LocateOptions {
  /**
   * Give the position of the property name instead of the value (for "unknown property" messages).
   * Array items and the root have no name, so their value position is given.
   */
  keyPosition?: boolean;
}

/** Maps pointers to positions for one parsed text. Built lazily by the format modules. */
export interface Locator {
  locate(pointer: string, keyPosition: boolean): LocatedPosition | undefined;
}

/** What a format module (json.ts, yaml.ts) returns for decoded text. */
export type FormatOutcome = { ok: true; value: unknown; locator: Locator } | { ok: false; issues: ParseIssue[] };
