/** The records `check` passes between threads (cli/check-task.ts): packed text comes back byte for byte. */
import { describe, expect, it } from 'vitest';
import { asArrayItem, asString, packRecord, recycleBuffer, textOf, type CheckRecord } from '../../cli/check-task.js';

function record(texts: Partial<Pick<CheckRecord, 'ndjson' | 'json' | 'baselineItem' | 'resultJson'>>): CheckRecord {
  return { filename: 'a.json', state: 'evaluated', blocking: 0, ...texts };
}

describe('packRecord', () => {
  it('moves every text field into one buffer as UTF-8, and textOf gives the same text back', () => {
    const ndjson = `${JSON.stringify({ name: 'Ça ira 🎉 — Ünïcödé 选举', n: 1 })}\n`;
    const item = asArrayItem(`${JSON.stringify({ a: ['é', '\u2028'] }, null, 2)}\n`);
    const packed = packRecord(record({ ndjson, json: item, baselineItem: item, resultJson: '{"x":"ÿ"}' }));
    expect(packed.ndjson).toBeUndefined();
    expect(packed.json).toBeUndefined();
    expect(packed.buffer).toBeInstanceOf(ArrayBuffer);
    expect(asString(textOf(packed, 'ndjson')!)).toBe(ndjson);
    expect(asString(textOf(packed, 'json')!)).toBe(item);
    expect(asString(textOf(packed, 'baselineItem')!)).toBe(item);
    expect(asString(textOf(packed, 'resultJson')!)).toBe('{"x":"ÿ"}');
    // The same text is stored once.
    expect(packed.spans!.json).toEqual(packed.spans!.baselineItem);
    expect(Buffer.from(textOf(packed, 'ndjson') as Uint8Array).equals(Buffer.from(ndjson, 'utf8'))).toBe(true);
  });

  it('a record without text is left alone; a given-back buffer is filled again', () => {
    const bare = record({});
    expect(packRecord(bare)).toBe(bare);
    expect(bare.buffer).toBeUndefined();
    const first = packRecord(record({ ndjson: 'x'.repeat(1000) }));
    const buffer = first.buffer!;
    recycleBuffer(buffer);
    const second = packRecord(record({ ndjson: 'y'.repeat(2000) }));
    expect(second.buffer).toBe(buffer);
    expect(asString(textOf(second, 'ndjson')!)).toBe('y'.repeat(2000));
  });

  it('asArrayItem indents a pretty JSON document as JSON.stringify indents an array item', () => {
    const value = { a: [1, { b: 'line\nbreak' }], c: {} };
    expect(asArrayItem(`${JSON.stringify(value, null, 2)}\n`)).toBe(JSON.stringify([value], null, 2).slice(2, -2));
  });
});
