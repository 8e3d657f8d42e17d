/**
 * Content negotiation for reports: which formatter answers a request, from `?format=` (which wins) or the
 * `Accept` header (RFC 9110 section 12.5.1: media ranges with q-values; the most specific range decides a type's
 * quality; among equally acceptable types the server's order below decides, JSON first).
 */
import { formatters, type FormatName } from '../formatters/index.js';

/** Media types clients may ask for, in the server's order of preference, and the format each one gives. */
export const REPORT_MEDIA_TYPES: readonly (readonly [mediaType: string, format: FormatName])[] = [
  ['application/json', 'json'],
  ['text/html', 'html'],
  ['text/markdown', 'markdown'],
  ['application/sarif+json', 'sarif'],
  ['application/xml', 'junit'],
  ['text/xml', 'junit'],
  ['text/csv', 'csv'],
  ['text/plain', 'text'],
  ['application/x-ndjson', 'ndjson'],
];

export const REPORT_FORMATS = Object.keys(formatters) as FormatName[];

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** Parses an Accept header; malformed ranges are ignored. At most 50 ranges are read. */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(',').slice(0, 50)) {
    const [range, ...params] = part.split(';');
    const m = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\/([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*$/.exec(range ?? '');
    if (!m) continue;
    let q = 1;
    for (const param of params) {
      const p = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (p) q = Math.min(1, Number(p[1]));
    }
    const type = m[1]!.toLowerCase();
    const subtype = m[2]!.toLowerCase();
    if (type === '*' && subtype !== '*') continue;
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** The quality the client gives a media type: that of the most specific matching range, or 0. */
function quality(mediaType: string, ranges: readonly MediaRange[]): number {
  const [type, subtype] = mediaType.split('/') as [string, string];
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    }
  }
  return best === -1 ? 0 : q;
}

/** The format for an Accept header, or undefined when nothing we produce is acceptable (406). */
export function negotiateFormat(accept: string | undefined): FormatName | undefined {
  if (accept === undefined || accept.trim() === '') return 'json';
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return 'json';
  let chosen: FormatName | undefined;
  let chosenQ = 0;
  for (const [mediaType, format] of REPORT_MEDIA_TYPES) {
    const q = quality(mediaType, ranges);
    if (q > chosenQ) {
      chosen = format;
      chosenQ = q;
    }
  }
  return chosen;
}
