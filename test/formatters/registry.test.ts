/** The registry is explicit and checked: every format has a formatter, a test, docs, and sound metadata. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters, getFormatter, isFormatName } from '../../formatters/index.js';
import { fixture } from './helpers.js';

const docs = readFileSync(new URL('../../docs/reports.md', import.meta.url), 'utf8');

describe('formatter registry', () => {
  it('has exactly the documented formats, sorted', () => {
    expect(FORMAT_NAMES).toEqual(['csv', 'html', 'json', 'junit', 'markdown', 'ndjson', 'sarif', 'text']);
    expect([...FORMAT_NAMES].sort()).toEqual(FORMAT_NAMES);
  });

  describe.for(FORMAT_NAMES)('%s', (name) => {
    const entry = formatters[name];

    it('has a media type, an extension and a description', () => {
      expect(entry.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(;.*)?$/);
      expect(entry.extension).toMatch(/^[a-z]+$/);
      expect(entry.description.length).toBeGreaterThan(10);
    });

    it('is a pure function of the results: same input, same output, input untouched', () => {
      const result = fixture('mixed');
      const before = JSON.stringify(result);
      const a = entry.format([result], {});
      const b = entry.format([fixture('mixed')], {});
      expect(a).toBe(b);
      expect(JSON.stringify(result)).toBe(before);
      expect(a.length).toBeGreaterThan(0);
    });

    it('renders an empty batch without throwing', () => {
      expect(typeof entry.format([], {})).toBe('string');
    });

    it('has a test file and a section in docs/reports.md', () => {
      const file = name === 'ndjson' ? 'json' : name;
      expect(existsSync(new URL(`./${file}.test.ts`, import.meta.url))).toBe(true);
      expect(docs).toMatch(new RegExp(`^#+ .*\`${name}\``, 'm'));
    });
  });

  it('looks formats up by name', () => {
    expect(getFormatter('sarif')).toBe(formatters.sarif);
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('__proto__')).toBeUndefined();
    expect(isFormatName('constructor')).toBe(false);
  });
});
