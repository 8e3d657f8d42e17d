/** JSON Pointer (RFC 6901) helpers. A pointer is '' (the whole document) or '/'-separated escaped tokens. */

/** Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`. */
export function escapePointerToken(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** `['processings', 0, 'a/b']` -> `'/processings/0/a~1b'`; `[]` -> `''`. */
export function pathToPointer(path: readonly (string | number)[]): string {
  let pointer = '';
  for (const token of path) pointer += '/' + escapePointerToken(token);
  return pointer;
}

const BAD_ESCAPE = /~(?![01])/;

/** Like `pointerToPath`, but returns undefined instead of throwing for a malformed pointer. */
export function tryPointerToPath(pointer: string): string[] | undefined {
  if (typeof pointer !== 'string') return undefined;
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 0x2f /* / */) return undefined;
  const tokens = pointer.slice(1).split('/');
  if (!pointer.includes('~')) return tokens; // the usual case, on the hot path of every finding's position
  if (BAD_ESCAPE.test(pointer)) return undefined;
  return tokens.map((token) => (token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token));
}

/**
 * `'/processings/0/a~1b'` -> `['processings', '0', 'a/b']`; `''` -> `[]`.
 * Tokens stay strings, as in RFC 6901 (an array index is the token `'0'`).
 * @throws SyntaxError when the pointer is not '' and does not start with '/', or has a `~` not followed by 0 or 1.
 */
export function pointerToPath(pointer: string): string[] {
  const path = tryPointerToPath(pointer);
  if (path === undefined) throw new SyntaxError(`Invalid JSON Pointer: ${JSON.stringify(String(pointer).slice(0, 100))}`);
  return path;
}

/** The array index a token denotes, or undefined ('01', '-', '1e0' and '-1' are not indexes). */
export function arrayIndex(token: string): number | undefined {
  if (!/^(?:0|[1-9][0-9]{0,15})$/.test(token)) return undefined;
  return Number(token);
}

/** The longest pointer an issue carries. Real declarations stay far below it; hostile ones have 200 KB names. */
export const MAX_ISSUE_POINTER_LENGTH = 1_000;

/**
 * `pointer`, or when it is longer than `max`, its longest ancestor that is not (still a valid pointer, to the
 * object that holds the oversized name), so a refusal stays small whatever the input's names.
 */
export function boundedPointer(pointer: string, max: number = MAX_ISSUE_POINTER_LENGTH): string {
  if (pointer.length <= max) return pointer;
  const cut = pointer.lastIndexOf('/', max);
  return cut <= 0 ? '' : pointer.slice(0, cut);
}
