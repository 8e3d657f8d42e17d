/**
 * `campaigncheck check`: evaluate declarations and write reports. Thin: inputs and options in, results from the
 * engine, reports from the formatters registry, an exit code out.
 *
 * Batches: results are handed on in input order as they complete. The json and ndjson reports and the baseline are
 * written result by result (a batch of thousands of results does not fit in one string), and when every requested
 * format is one of those, no result is kept once written, so memory stays flat. Other formats need the whole batch
 * at once (a SARIF run, a text summary), so the results are kept for them.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { CheckResult } from '../../schema/generated/result.js';
import { COMMON_OPTIONS, didYouMean, oneOf, parse, positiveInt, UsageError } from '../args.js';
import { loadConfig } from '../config.js';
import { evaluateBytes, unreadableResult, type EvalSettings } from '../evaluate.js';
import { createLostRecordMaker, createRecordMaker, resultOf, textOf, type CheckContext, type CheckRecord } from '../check-task.js';
import { ExitCode, exitCodeOf, FAIL_ON_VALUES, worst, type FailOn } from '../exit-codes.js';
import { FORMAT_NAMES, getFormatter, isFormatName, splitFormatSpec, type Formatter, type OutputSpec } from '../formats.js';
import { HELP } from '../help.js';
import { expandInputs, InputList, readInputFile, readStdin, sizeLimitFor, type Input } from '../inputs.js';
import { colorEnabled, say, write, writeWhole, type CliIo } from '../io.js';
import { paint } from '../issues.js';
import { OutputError, removePendingTempFiles, StreamingFileWriter, writeFileAtomic } from '../output.js';
import { runPool } from '../pool.js';
import { Baseline, parseResults } from '../results-file.js';
import { buildEvalSettings, EVAL_OPTIONS } from '../settings.js';
import type { TaskList } from '../tasks.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...EVAL_OPTIONS,
  format: { type: 'string', short: 'f', multiple: true },
  'fail-on': { type: 'string' },
  'needs-info-is-not-failure': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
} as const;

/** Batches at least this large use worker threads by default. */
const PARALLEL_THRESHOLD = 200;
/** A baseline can be a big batch's results. */
const MAX_BASELINE_BYTES = 512 * 1024 * 1024;
/** Formats written result by result. */
const STREAMED: ReadonlySet<string> = new Set(['json', 'ndjson']);

export function outputSpecs(command: string, specs: readonly string[], cwd: string): OutputSpec[] {
  const outputs: OutputSpec[] = [];
  for (const spec of specs) {
    const { name, path } = splitFormatSpec(spec);
    if (!isFormatName(name)) {
      throw new UsageError(`unknown format "${name}".${didYouMean(name, FORMAT_NAMES)} Formats: ${FORMAT_NAMES.join(', ')}.`, command);
    }
    outputs.push({ format: name, path: path === undefined ? undefined : resolve(cwd, path) });
  }
  const toStdout = outputs.filter((o) => o.path === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`only one format can go to stdout; give the others a file (--format ${toStdout[1]!.format}=report.${toStdout[1]!.format}).`, command);
  }
  const paths = outputs.flatMap((o) => (o.path ? [o.path] : []));
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup) throw new UsageError(`two formats would write the same file ${dup}.`, command);
  return outputs;
}

function loadBaseline(command: string, path: string): Baseline {
  const read = readInputFile(path, MAX_BASELINE_BYTES);
  if (!read.ok) throw new UsageError(`--baseline ${path}: ${read.issue.code}: ${read.issue.message}`, command);
  const results = parseResults(read.bytes, path);
  if (typeof results === 'string') throw new UsageError(`--baseline ${path}: ${results}`, command);
  return new Baseline(results);
}

/**
 * Evaluates the inputs (standard input in-process, files on the pool) and calls `emit` once per input with its
 * record, in input order, each call awaited before the next.
 */
export async function forEachRecord(
  inputs: InputList | readonly Input[],
  settings: EvalSettings,
  context: CheckContext,
  io: CliIo,
  stdinFilename: string,
  jobs: number,
  emit: (index: number, record: CheckRecord) => void | Promise<void>,
): Promise<void> {
  const make = await createRecordMaker(context);
  const lost = await createLostRecordMaker(settings, context);
  // Standard input (at most one) is read and checked here; the files are tasks, made when the pool asks for them.
  const stdinIndex = inputs instanceof InputList ? inputs.stdinIndex : inputs.findIndex((i) => i.kind === 'stdin');
  let stdin: CheckRecord | undefined;
  if (stdinIndex !== -1) {
    const read = await readStdin(io.stdin, sizeLimitFor(stdinFilename));
    stdin = make(read.ok ? evaluateBytes(read.bytes, stdinFilename, settings) : unreadableResult(stdinFilename, read.issue, settings), false);
  }
  const inputIndex = (task: number): number => (stdinIndex !== -1 && task >= stdinIndex ? task + 1 : task);
  const tasks: TaskList = {
    length: inputs.length - (stdinIndex === -1 ? 0 : 1),
    at: (task) => {
      const input = inputs.at(inputIndex(task));
      return input?.kind === 'file' ? { path: input.path, filename: input.display } : undefined;
    },
  };
  const stdinBefore = async (index: number): Promise<void> => {
    if (stdin && stdinIndex < index) {
      const record = stdin;
      stdin = undefined;
      await emit(stdinIndex, record);
    }
  };
  const crashOn = io.env.CAMPAIGNCHECK_TEST_WORKER_CRASH;
  await runPool<CheckRecord>(tasks, {
    init: { campaigncheckWorker: true, kind: 'check', settings, check: context, ...(crashOn ? { crashOn } : {}) },
    jobs,
    signal: io.signal,
    mainThread: !io.env.CAMPAIGNCHECK_TEST_WORKERS_ONLY,
    onResult: async (task, record) => {
      await stdinBefore(inputIndex(task));
      await emit(inputIndex(task), record);
    },
    onLost: lost,
  });
  if (!io.signal?.aborted) await stdinBefore(Infinity);
}

/** Every result, in input order. */
export async function evaluateInputs(inputs: InputList | readonly Input[], settings: EvalSettings, io: CliIo, stdinFilename: string, jobs: number): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const context: CheckContext = { failOn: 'none', needsInfoIsFailure: true, baseline: false, ndjson: false, json: false, baselineItem: false, full: true };
  await forEachRecord(inputs, settings, context, io, stdinFilename, jobs, (index, record) => {
    results[index] = resultOf(record);
  });
  return results;
}

/**
 * Where a streamed report goes: stdout, or a file written atomically. A packed record's bytes are reused once the
 * record is delivered: a file takes them at once (a synchronous write); a stream may keep a chunk queued after
 * write() returns, so each chunk of bytes is awaited until the stream has handed it on.
 */
interface Destination {
  write(chunk: string | Uint8Array): Promise<void>;
  finish(): Promise<OutputError | undefined>;
}

function destination(io: CliIo, path: string | undefined): Destination {
  if (path === undefined) return { write: (chunk) => (typeof chunk === 'string' ? write(io.stdout, chunk) : writeWhole(io.stdout, chunk)), finish: async () => undefined };
  const file = new StreamingFileWriter(path);
  return {
    write: async (chunk) => file.write(chunk),
    finish: async () => {
      try {
        file.commit();
        return undefined;
      } catch (error) {
        if (error instanceof OutputError) return error;
        throw error;
      }
    },
  };
}

/**
 * A JSON report written result by result, byte for byte what the json formatter writes for the whole batch
 * (JSON.stringify(results, null, 2); a test holds them equal): one result as the formatter writes it, several as
 * an array of the formatter's text for each result, indented by two spaces (check-task.ts).
 */
class JsonArraySink {
  #count = 0;
  constructor(
    private readonly out: Destination,
    /** false: the report of a single input (an object, not an array). */
    private readonly array: boolean,
    /** The record's text: the whole report, or an array item. */
    private readonly text: (record: CheckRecord) => string | Uint8Array,
  ) {}

  async add(record: CheckRecord): Promise<void> {
    if (!this.array) return this.out.write(this.text(record));
    await this.out.write(this.#count === 0 ? '[\n' : ',\n');
    await this.out.write(this.text(record));
    this.#count += 1;
  }

  async finish(): Promise<OutputError | undefined> {
    if (this.array) await this.out.write(this.#count === 0 ? '[]\n' : '\n]\n');
    return this.out.finish();
  }
}

class NdjsonSink {
  constructor(private readonly out: Destination) {}
  add(record: CheckRecord): Promise<void> {
    return this.out.write(textOf(record, 'ndjson')!);
  }
  finish(): Promise<OutputError | undefined> {
    return this.out.finish();
  }
}

export async function command(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('check', args, OPTIONS);
  const config = loadConfig(io.cwd, values['no-config'] ? false : values.config, 'check');
  const settings = buildEvalSettings('check', values, config, io.cwd);
  const failOn = oneOf<FailOn>('check', '--fail-on', values['fail-on'] ?? config.failOn ?? 'high', FAIL_ON_VALUES);
  const needsInfoIsFailure = !(values['needs-info-is-not-failure'] ?? config.needsInfoIsNotFailure ?? false);
  const outputs = outputSpecs('check', values.format ?? config.formats ?? ['text'], io.cwd);
  const baseline = values.baseline !== undefined ? loadBaseline('check', resolve(io.cwd, values.baseline)) : undefined;
  const stdinFilename = values['stdin-filename'] ?? '<stdin>';
  const quiet = values.quiet === true;
  const noColor = values['no-color'] === true;

  if (positionals.length === 0) throw new UsageError('give the declarations to check: files, folders, globs, or - for standard input.', 'check');
  if (positionals.includes('-') && io.stdinIsTTY) {
    await write(io.stderr, `campaigncheck check: - reads a declaration from standard input, but standard input is a terminal.\n\n${HELP.check}\n`);
    return ExitCode.Error;
  }

  // Load every formatter before evaluating anything: a missing one fails fast.
  const formatters: Formatter[] = [];
  for (const output of outputs) {
    const formatter = await getFormatter(output.format);
    if (typeof formatter === 'string') {
      await say(io, `campaigncheck check: error: ${formatter}.`);
      return ExitCode.Error;
    }
    formatters.push(formatter);
  }

  const { inputs, problems } = await expandInputs(positionals, io.cwd);
  let code: ExitCode = ExitCode.Ok;
  const p = await paint(colorEnabled(io, 'stderr', noColor));
  for (const problem of problems) {
    await say(io, `campaigncheck check: ${p.red('error')}: ${problem}`);
    code = ExitCode.Error;
  }
  const jobs = values.jobs !== undefined ? positiveInt('check', '--jobs', values.jobs, 256) : inputs.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1;

  // Streamed outputs (json, ndjson, the baseline), fed in input order.
  const sinks: { label: string; sink: JsonArraySink | NdjsonSink }[] = [];
  outputs.forEach((output) => {
    if (!STREAMED.has(output.format)) return;
    const out = destination(io, output.path);
    const sink = output.format === 'ndjson' ? new NdjsonSink(out) : new JsonArraySink(out, inputs.length !== 1, (r) => textOf(r, 'json')!);
    sinks.push({ label: `${output.format} report to ${output.path ?? 'stdout'}`, sink });
  });
  if (values['write-baseline'] !== undefined) {
    const path = resolve(io.cwd, values['write-baseline']);
    sinks.push({ label: `baseline to ${path}`, sink: new JsonArraySink(destination(io, path), true, (r) => textOf(r, 'baselineItem')!) });
  }
  const keep = outputs.some((o) => !STREAMED.has(o.format));
  const kept: CheckResult[] = [];
  const context: CheckContext = {
    failOn,
    needsInfoIsFailure,
    baseline: baseline !== undefined,
    ndjson: outputs.some((o) => o.format === 'ndjson'),
    json: outputs.some((o) => o.format === 'json') ? (inputs.length === 1 ? 'single' : 'item') : false,
    baselineItem: values['write-baseline'] !== undefined,
    full: keep,
  };

  let blocking = 0;
  let blockingFiles = 0;
  let count = 0;
  const states = { evaluated: 0, invalid: 0, unreadable: 0, error: 0 };
  await forEachRecord(inputs, settings, context, io, stdinFilename, jobs, async (_index, record) => {
    count += 1;
    // Findings accepted by the baseline (matched by file) do not block.
    const accepted = baseline?.forFile(record.filename);
    const n = accepted ? record.fingerprints!.filter((f) => !accepted.has(f)).length : record.blocking;
    code = worst(code, exitCodeOf(record.state, n));
    states[record.state] += 1;
    blocking += n;
    if (n > 0) blockingFiles += 1;
    for (const { sink } of sinks) await sink.add(record);
    if (keep) kept.push(resultOf(record));
  });
  if (io.signal?.aborted) {
    removePendingTempFiles();
    return ExitCode.Error;
  }

  for (const { label, sink } of sinks) {
    const error = await sink.finish();
    if (error) {
      await say(io, `campaigncheck check: ${p.red('error')}: ${error.message}`);
      code = ExitCode.Error;
    } else if (!quiet && !label.endsWith('stdout')) {
      await say(io, p.dim(`wrote ${label}`));
    }
  }
  for (let i = 0; i < outputs.length; i++) {
    const output = outputs[i]!;
    if (STREAMED.has(output.format)) continue;
    const color = output.path === undefined && colorEnabled(io, 'stdout', noColor);
    let text: string;
    try {
      text = formatters[i]!.format(kept, { color, baseDir: io.cwd });
    } catch (error) {
      const tooLarge = error instanceof RangeError && /string length/i.test(error.message);
      const reason = tooLarge ? `the report of ${kept.length} results is too large for one ${output.format} file; use --format json or ndjson, or campaigncheck screen` : (error as Error).message;
      await say(io, `campaigncheck check: ${p.red('error')}: the ${output.format} formatter failed: ${reason}.`);
      code = ExitCode.Error;
      continue;
    }
    if (output.path === undefined) {
      await write(io.stdout, text.endsWith('\n') || text === '' ? text : `${text}\n`);
    } else {
      try {
        writeFileAtomic(output.path, text);
        if (!quiet) await say(io, p.dim(`wrote ${output.format} report to ${output.path}`));
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        await say(io, `campaigncheck check: ${p.red('error')}: ${error.message}`);
        code = ExitCode.Error;
      }
    }
  }

  if (!quiet) {
    const parts = [`${count} ${count === 1 ? 'declaration' : 'declarations'} checked`];
    if (states.invalid) parts.push(p.red(`${states.invalid} invalid`));
    if (states.unreadable) parts.push(p.red(`${states.unreadable} unreadable`));
    if (states.error) parts.push(p.red(`${states.error} with engine errors`));
    const threshold =
      failOn === 'none'
        ? 'findings never fail (--fail-on none)'
        : `${blocking} ${blocking === 1 ? 'finding' : 'findings'} at or above ${failOn}${baseline ? ' not in the baseline' : ''} in ${blockingFiles} ${blockingFiles === 1 ? 'file' : 'files'}`;
    parts.push(blocking > 0 ? p.red(threshold) : threshold);
    const needsInfo = needsInfoIsFailure ? '' : '; needs_info is not counted as a failure (--needs-info-is-not-failure)';
    await say(io, `${parts.join(', ')}${needsInfo}.`);
  }
  return code;
}
