/**
 * html: one self-contained, accessible page (inline CSS, no scripts, no external assets, a print stylesheet)
 * for people: the verdict and ratings first, then what to fix, then everything else.
 */
import type { CheckResult } from '../schema/generated/result.js';
import { render } from './handlebars.js';
import type { FormatOptions } from './types.js';
import { toViewModel } from './view-model.js';

export function html(results: readonly CheckResult[], _options: FormatOptions = {}): string {
  return render('report.html', toViewModel(results));
}
