/**
 * The RAG rating, per area and overall (docs/rating.md explains it to users).
 *   red    an open fail of critical or high severity;
 *   amber  any other open fail, a warn or needs_info of medium severity or above, or a rule in error;
 *   green  everything else (passes, not applicable, manual items, waived findings, low/info notes).
 * The overall rating is the worst area rating. "Before waivers" rates waived outcomes by their original status.
 */
import { AREAS, areaOrder, areaTitle } from '../areas.js';
import type { AreaRating, Outcome, Rag, Rating, StatusCounts } from '../../schema/generated/result.js';

const SERIOUS = new Set(['critical', 'high']);
const NOTABLE = new Set(['critical', 'high', 'medium']);

export function emptyCounts(): StatusCounts {
  return { pass: 0, fail: 0, warn: 0, needs_info: 0, not_applicable: 0, manual: 0, waived: 0 };
}

function rank(rag: Rag): number {
  return rag === 'red' ? 2 : rag === 'amber' ? 1 : 0;
}

function worst(a: Rag, b: Rag): Rag {
  return rank(a) >= rank(b) ? a : b;
}

export function rateOutcome(status: Outcome['status'], severity: Outcome['severity']): Rag {
  if (status === 'fail') return SERIOUS.has(severity) ? 'red' : 'amber';
  if ((status === 'warn' || status === 'needs_info') && NOTABLE.has(severity)) return 'amber';
  return 'green';
}

/** Rates outcomes by area. With `beforeWaivers`, waived outcomes count as their original status. */
export function rate(outcomes: readonly Outcome[], areasInError: ReadonlySet<string>, beforeWaivers: boolean): Rating {
  const areas = new Map<string, AreaRating>();
  const ensure = (area: string): AreaRating => {
    let rating = areas.get(area);
    if (!rating) {
      rating = { area, title: areaTitle(area), rating: 'green', counts: emptyCounts() };
      areas.set(area, rating);
    }
    return rating;
  };
  for (const outcome of outcomes) {
    const status = beforeWaivers && outcome.status === 'waived' ? (outcome.waivedStatus ?? 'waived') : outcome.status;
    const rating = ensure(outcome.area);
    rating.counts[status] += 1;
    rating.rating = worst(rating.rating, rateOutcome(status, outcome.severity));
  }
  for (const area of areasInError) {
    const rating = ensure(area);
    rating.rating = worst(rating.rating, 'amber');
  }
  const list = [...areas.values()].sort((a, b) => areaOrder(a.area) - areaOrder(b.area));
  const overall = list.reduce<Rag>((acc, a) => worst(acc, a.rating), 'green');
  return { overall, areas: list };
}

export const KNOWN_AREAS = AREAS.map((a) => a.id);
