/** The lazy loader gives the same formatters as the registry, and its metadata cannot drift from it. */
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters } from '../../formatters/index.js';
import { METADATA, loadFormatter } from '../../formatters/lazy.js';

describe('loadFormatter', () => {
  it.each(FORMAT_NAMES)('%s is the registered formatter', async (name) => {
    const entry = await loadFormatter(name);
    expect(entry?.format).toBe(formatters[name].format);
    expect({ mediaType: entry?.mediaType, extension: entry?.extension, description: entry?.description }).toEqual({
      mediaType: formatters[name].mediaType,
      extension: formatters[name].extension,
      description: formatters[name].description,
    });
  });

  it('keeps its own metadata equal to the registry', () => {
    for (const [name, meta] of Object.entries(METADATA)) {
      const registered = formatters[name as keyof typeof formatters];
      expect(meta).toEqual({ mediaType: registered.mediaType, extension: registered.extension, description: registered.description });
    }
  });

  it('knows no other name', async () => {
    expect(await loadFormatter('pdf')).toBeUndefined();
    expect(await loadFormatter('toString')).toBeUndefined();
  });
});
