import { describe, expect, it } from 'vitest';
import { json } from '../../formatters/json.js';
import { ndjson } from '../../formatters/ndjson.js';
import { FIXTURE_NAMES, fixture } from './helpers.js';

describe('json', () => {
  it('prints one result as the result itself, keys in the order the engine built them', () => {
    const result = fixture('mixed');
    const out = json([result], {});
    expect(out).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(Object.keys(JSON.parse(out))).toEqual(Object.keys(result));
  });

  it('prints several results as an array', () => {
    const results = FIXTURE_NAMES.map((n) => fixture(n));
    const parsed = JSON.parse(json(results, {}));
    expect(parsed).toEqual(results);
  });

  it('prints an empty batch as an empty array', () => {
    expect(json([], {})).toBe('[]\n');
  });

  it('round-trips hostile strings exactly (escaped by JSON, not altered)', () => {
    const result = fixture('hostile');
    expect(JSON.parse(json([result], {}))).toEqual(result);
    expect(json([result], {})).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('ndjson', () => {
  it('prints one result per line, each a complete JSON document', () => {
    const results = FIXTURE_NAMES.map((n) => fixture(n));
    const out = ndjson(results, {});
    const lines = out.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(results);
  });

  it('keeps hostile line breaks inside strings escaped', () => {
    const out = ndjson([fixture('hostile')], {});
    expect(out.split('\n')).toHaveLength(2);
  });

  it('prints nothing for an empty batch', () => {
    expect(ndjson([], {})).toBe('');
  });
});
