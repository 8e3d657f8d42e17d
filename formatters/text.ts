/**
 * text: for terminals. One line per open finding, `file:line:col  severity  status  message  [RULE-ID]`,
 * grouped by file, then a line of totals that counts passes too. Colour only when options.color is true.
 * Every user string is stripped of control characters and escape sequences, so a declaration cannot
 * colour, move the cursor in or retitle the terminal.
 */
import type { CheckResult } from '../schema/generated/result.js';
import { render } from './handlebars.js';
import type { FormatOptions } from './types.js';
import { toTextView } from './view-model.js';

export function text(results: readonly CheckResult[], options: FormatOptions = {}): string {
  return render('report.txt', toTextView(results), { color: options.color === true });
}
