/**
 * One input of `check`: evaluate it, and turn the result into what the main thread writes and counts — the text of
 * its streamed report records (an ndjson line, a json array item, a baseline item) and the few facts the exit code
 * and the summary line need (state, blocking findings). Runs in workers and in-process alike, so both paths write
 * the same bytes.
 *
 * The record's text is packed as UTF-8 into one ArrayBuffer, taken from a few kept for reuse; from a worker, the
 * buffer is moved (transferred, not copied) to the main thread, and given back once written, to be filled again.
 * The whole result's structured clone (350–450 KB of objects: ~3 ms to serialise, ~1.7 ms to rebuild on the main
 * thread) cost more than the worker saved; plain strings cost the main thread 0.4 ms each to encode when written
 * (TextEncoder.encodeInto into a kept buffer: 0.05 ms), and memory: an output that waits for an earlier one (order
 * is kept) outlives a scavenge and piles up in the old generation (65 MB of large strings on the main thread at
 * --jobs 2, against 7 MB in-process). Only when an aggregate format (text, html, sarif, …) needs the whole batch
 * does the result itself cross, as compact JSON text (cheaper than a structured clone of the same objects).
 */
import type { CheckResult } from '../schema/generated/result.js';
import { evaluateFile, unreadableResult, type EvalSettings } from './evaluate.js';
import { blockingOutcomes, resultState, type FailOn, type ResultState } from './exit-codes.js';
import { getFormatter, type Formatter } from './formats.js';
import type { FileTask, TaskHandler } from './tasks.js';

/** What `check` wants from each result (plain data: it crosses into workers). */
export interface CheckContext {
  failOn: FailOn;
  needsInfoIsFailure: boolean;
  /** --baseline was given: keep the fingerprints of the blocking findings, matched against it on the main thread. */
  baseline: boolean;
  /** An ndjson report is written. */
  ndjson: boolean;
  /** A json report is written: the whole report when there is one input ('single'), else an array item. */
  json: 'single' | 'item' | false;
  /** --write-baseline: an array item, as --format json writes it. */
  baselineItem: boolean;
  /** An aggregate format (text, html, markdown, sarif, junit, csv) needs the whole result. */
  full: boolean;
}

/** One input's record: what the main thread writes, counts and (for aggregate formats) keeps. */
export interface CheckRecord {
  /** result.input.filename: the baseline is matched by file. */
  filename: string;
  state: ResultState;
  /** Findings that fail the policy, before the baseline. */
  blocking: number;
  /** Their fingerprints (with --baseline only). */
  fingerprints?: string[];
  /** The ndjson line, newline included. */
  ndjson?: string;
  /** The json report ('single') or its array item, without separators. */
  json?: string;
  /** The --write-baseline array item; the same text as `json` when that is an item. */
  baselineItem?: string;
  /** The result itself (in-process). */
  result?: CheckResult;
  /** The result as compact JSON (from a worker thread). */
  resultJson?: string;
  /**
   * The text fields above, packed (packRecord): UTF-8 in this buffer, at these spans (start, end). The buffer is
   * reused once the record is delivered (the pool gives it back to the thread that filled it).
   */
  buffer?: ArrayBuffer;
  spans?: Partial<Record<TextField, readonly [number, number]>>;
}

/** The text fields of a record, in packing order. */
const TEXT_FIELDS = ['ndjson', 'json', 'baselineItem', 'resultJson'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Buffers given back, for the next records of this thread. */
const spare: ArrayBuffer[] = [];
const MAX_SPARE = 8;
/** Larger buffers (a record of a very large declaration) are not kept. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;
const encoder = new TextEncoder();

function takeBuffer(bytes: number): ArrayBuffer {
  let best = -1;
  for (let i = 0; i < spare.length; i++) {
    if (spare[i]!.byteLength >= bytes && (best === -1 || spare[i]!.byteLength < spare[best]!.byteLength)) best = i;
  }
  if (best !== -1) return spare.splice(best, 1)[0]!;
  return new ArrayBuffer(Math.max(256 * 1024, Math.ceil((bytes * 1.25) / 65536) * 65536));
}

/** A packed record's buffer, written and no longer needed: kept for the next records. */
export function recycleBuffer(buffer: ArrayBuffer): void {
  if (buffer.byteLength > 0 && buffer.byteLength <= MAX_KEPT_BYTES && spare.length < MAX_SPARE && !spare.includes(buffer)) spare.push(buffer);
}

/** Moves a record's text into one buffer (UTF-8), off the V8 heap. The same text twice is stored once. */
export function packRecord(record: CheckRecord): CheckRecord {
  const texts: [TextField, string, number][] = [];
  let total = 0;
  for (const field of TEXT_FIELDS) {
    const text = record[field];
    if (text === undefined || texts.some(([, t]) => t === text)) continue;
    const bytes = Buffer.byteLength(text, 'utf8');
    texts.push([field, text, bytes]);
    total += bytes;
  }
  if (texts.length === 0) return record;
  const buffer = takeBuffer(total);
  const spans: Partial<Record<TextField, readonly [number, number]>> = {};
  let at = 0;
  for (const [field, text, bytes] of texts) {
    encoder.encodeInto(text, new Uint8Array(buffer, at, bytes));
    spans[field] = [at, at + bytes];
    at += bytes;
  }
  for (const field of TEXT_FIELDS) {
    const text = record[field];
    if (text === undefined) continue;
    spans[field] ??= spans[texts.find(([, t]) => t === text)![0]]!;
    delete record[field];
  }
  record.buffer = buffer;
  record.spans = spans;
  return record;
}

/** A text field of a record: the string, or its UTF-8 bytes when packed (valid until the record is delivered). */
export function textOf(record: CheckRecord, field: TextField): string | Uint8Array | undefined {
  const text = record[field];
  if (text !== undefined) return text;
  const span = record.spans?.[field];
  return span && record.buffer ? new Uint8Array(record.buffer, span[0], span[1] - span[0]) : undefined;
}

/** Text from textOf as a string. */
export function asString(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8');
}

/** A pretty-printed JSON document as an item of a pretty-printed array: every line indented by two spaces. */
export function asArrayItem(pretty: string): string {
  const text = pretty.endsWith('\n') ? pretty.slice(0, -1) : pretty;
  // JSON.stringify never writes a raw line break inside a string, so every \n here is between tokens.
  return `  ${text.replaceAll('\n', '\n  ')}`;
}

export interface CheckRecordMaker {
  /** The record of a result. `thread`: the result crosses as JSON text (for a worker thread). */
  (result: CheckResult, thread: boolean): CheckRecord;
}

export async function createRecordMaker(context: CheckContext): Promise<CheckRecordMaker> {
  const formatter = async (name: 'json' | 'ndjson'): Promise<Formatter> => {
    const f = await getFormatter(name);
    if (typeof f === 'string') throw new Error(f);
    return f;
  };
  const ndjson = context.ndjson ? await formatter('ndjson') : undefined;
  const json = context.json !== false || context.baselineItem ? await formatter('json') : undefined;
  const policy = { failOn: context.failOn, needsInfoIsFailure: context.needsInfoIsFailure };
  return (result, thread) => {
    const blocking = blockingOutcomes(result, policy);
    const record: CheckRecord = { filename: result.input.filename, state: resultState(result), blocking: blocking.length };
    if (context.baseline) record.fingerprints = blocking.map((o) => o.fingerprint);
    if (ndjson) record.ndjson = ndjson.format([result], {});
    if (json) {
      const pretty = json.format([result], {});
      const item = context.json === 'item' || context.baselineItem ? asArrayItem(pretty) : undefined;
      if (context.json === 'single') record.json = pretty;
      else if (context.json === 'item') record.json = item;
      if (context.baselineItem) record.baselineItem = item;
    }
    if (context.full) {
      if (thread) record.resultJson = JSON.stringify(result);
      else record.result = result;
    }
    return record;
  };
}

/** The whole result of a record (only for a context with `full`). */
export function resultOf(record: CheckRecord): CheckResult {
  if (record.result) return record.result;
  const json = textOf(record, 'resultJson');
  if (json !== undefined) return shareRuleMetadata(JSON.parse(asString(json)) as CheckResult);
  throw new Error('this record carries no result');
}

/** Rule metadata already seen, by rule id and field. */
const metadata = new Map<string, unknown>();
const METADATA_FIELDS = ['title', 'citations', 'rationale', 'remediation', 'guidance', 'tags', 'helpUri'] as const;

/**
 * Results parsed from JSON share nothing, while the engine's results share each rule's metadata (citations,
 * rationale, remediation, …: about half of a result). Kept for an aggregate report, a parsed result would take
 * about 0.38 MB of heap against 0.16 MB in-process; equal metadata values are therefore replaced by the first copy
 * seen. Formatters never modify results, so sharing is safe, as it is in-process.
 */
export function shareRuleMetadata(result: CheckResult): CheckResult {
  if (!Array.isArray(result.rules)) return result;
  for (const rule of result.rules) {
    const fields = rule as unknown as Record<string, unknown>;
    for (const field of METADATA_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const key = `${rule.id}\u0000${field}`;
      const known = metadata.get(key);
      if (known === undefined) metadata.set(key, value);
      else if (typeof value === 'string') {
        if (value === known) fields[field] = known; // the same text: keep one copy
      } else if (known !== value && typeof known === 'object' && JSON.stringify(known) === JSON.stringify(value)) {
        fields[field] = known;
      }
    }
  }
  return result;
}

/**
 * The task handler for check: reads, evaluates, and returns the record, its text packed (writing bytes costs the
 * main thread a few microseconds, writing a 350 KB string about 0.4 ms to encode it). `recycle` takes back a
 * delivered record's buffer.
 */
export async function createCheckHandler(settings: EvalSettings, context: CheckContext, thread: boolean): Promise<TaskHandler> {
  const make = await createRecordMaker(context);
  const handler: TaskHandler = (task) => packRecord(make(evaluateFile(task.path, task.filename, settings), thread));
  handler.recycle = recycleBuffer;
  return handler;
}

/** The record of a task that could not be run (its worker crashed): an unreadable result with INTERNAL_ERROR. */
export async function createLostRecordMaker(settings: EvalSettings, context: CheckContext): Promise<(task: FileTask, reason: string) => CheckRecord> {
  const make = await createRecordMaker(context);
  return (task, reason) =>
    make(unreadableResult(task.filename, { code: 'INTERNAL_ERROR', message: `campaigncheck failed on this file: ${reason}.` }, settings), false);
}
