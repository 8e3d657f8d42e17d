/** Accept header negotiation for reports. */
import { describe, expect, it } from 'vitest';
import { formatters } from '../../formatters/index.js';
import { negotiateFormat, parseAccept, REPORT_MEDIA_TYPES } from '../../server/negotiate.js';

describe('negotiateFormat', () => {
  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['*/*', 'json'],
    ['application/*', 'json'],
    ['text/*', 'html'],
    ['text/csv;q=0.9, text/markdown', 'markdown'],
    ['text/html;level=1;q=0.4, application/sarif+json;q=0.5', 'sarif'],
    ['TEXT/HTML', 'html'],
    ['text/xml', 'junit'],
    ['application/x-ndjson', 'ndjson'],
    ['garbage', 'json'],
    ['*/*;q=0.1, text/plain', 'text'],
    ['application/pdf', undefined],
    ['*/*;q=0', undefined],
    ['text/*, text/html;q=0, text/markdown;q=0, text/csv;q=0, text/xml;q=0', 'text'],
  ])('%j -> %s', (accept, format) => {
    expect(negotiateFormat(accept)).toBe(format);
  });

  it('every media type offered maps to a registered formatter whose media type it is', () => {
    for (const [mediaType, format] of REPORT_MEDIA_TYPES) {
      expect(formatters[format]).toBeDefined();
      if (format !== 'junit') expect(formatters[format].mediaType.split(';')[0]).toBe(mediaType);
    }
    expect(new Set(REPORT_MEDIA_TYPES.map(([, f]) => f))).toEqual(new Set(Object.keys(formatters)));
  });

  it('reads at most 50 ranges', () => {
    expect(parseAccept(Array.from({ length: 1000 }, () => 'a/b').join(','))).toHaveLength(50);
  });
});
