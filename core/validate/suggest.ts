/** "Did you mean ...?" for near misses: a typo must never silently drop a fact. */
import { distance } from 'fastest-levenshtein';

export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  if (bestScore <= allowed) return best;
  // A prefix or containment match ("candidat" in "candidate", "sms" in "sms_gateway").
  const contained = candidates.find((c) => lower.length >= 3 && c.toLowerCase().includes(lower));
  return contained;
}

/** A value shown in a message: quoted, short, with control characters removed. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return `"${clean.length > 60 ? `${clean.slice(0, 57)}...` : clean}"`;
}
