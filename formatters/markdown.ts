/**
 * markdown: GitHub-flavoured Markdown for pull-request comments. A summary table first, then the findings
 * of each declaration in collapsible blocks per area. The output never exceeds options.maxBytes (UTF-8):
 * when the full report is too big, findings are left out from the end, with a note saying how many.
 */
import type { CheckResult } from '../schema/generated/result.js';
import { render } from './handlebars.js';
import type { FormatOptions } from './types.js';
import { limitDetails, toViewModel } from './view-model.js';

/** A little under GitHub's limit for a comment (65,536 characters). */
export const DEFAULT_MAX_BYTES = 60_000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function markdown(results: readonly CheckResult[], options: FormatOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const view = toViewModel(results);
  const full = render('report.md', view);
  if (bytes(full) <= maxBytes) return full;

  // The largest number of findings that fits. The size grows about linearly with the findings kept, so
  // interpolation finds it in a few renders; a bisection step whenever interpolation gains less than half the
  // range keeps the worst case logarithmic.
  const total = view.declarations.reduce((n, d) => n + d.byArea.reduce((m, g) => m + g.findings.length, 0), 0);
  let best = render('report.md', limitDetails(view, 0));
  let lo = 0;
  let loBytes = bytes(best);
  let hi = total; // the full report, known not to fit
  let hiBytes = bytes(full);
  let bisect = false;
  while (hi - lo > 1 && loBytes <= maxBytes) {
    const guess = bisect ? lo + Math.floor((hi - lo) / 2) : lo + Math.floor(((maxBytes - loBytes) * (hi - lo)) / Math.max(1, hiBytes - loBytes));
    const mid = Math.min(hi - 1, Math.max(lo + 1, guess));
    const out = render('report.md', limitDetails(view, mid));
    const size = bytes(out);
    const before = hi - lo;
    if (size <= maxBytes) {
      lo = mid;
      loBytes = size;
      best = out;
    } else {
      hi = mid;
      hiBytes = size;
    }
    bisect = !bisect && (hi - lo) * 2 > before;
  }
  if (bytes(best) <= maxBytes) return best;
  return cutToLines(best, maxBytes);
}

const CUT_NOTE = '\n\n> [!WARNING]\n> This report was cut short to fit in a comment. Run campaigncheck with --format html for the full report.\n';

/** Last resort (even the summary is too big): whole lines up to the limit, then the note. */
function cutToLines(text: string, maxBytes: number): string {
  const budget = maxBytes - bytes(CUT_NOTE);
  if (budget <= 0) return CUT_NOTE.trimStart().slice(0, Math.max(0, maxBytes));
  let used = 0;
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const size = bytes(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return kept.join('\n') + CUT_NOTE;
}
