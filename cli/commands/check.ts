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
import { blockingOutcomes, ExitCode, exitCodeFor, FAIL_ON_VALUES, resultState, worst, type FailOn, type FailurePolicy } from '../exit-codes.js';
import { FORMAT_NAMES, getFormatter, isFormatName, splitFormatSpec, type Formatter, type OutputSpec } from '../formats.js';
import { HELP } from '../help.js';
import { expandInputs, readInputFile, readStdin, sizeLimitFor, type Input } from '../inputs.js';
import { colorEnabled, say, write, type CliIo } from '../io.js';
import { paint } from '../issues.js';
import { OutputError, removePendingTempFiles, StreamingFileWriter, writeFileAtomic } from '../output.js';
import { runPool } from '../pool.js';
import { Baseline, parseResults } from '../results-file.js';
import { buildEvalSettings, EVAL_OPTIONS } from '../settings.js';
import type { FileTask } from '../worker.js';

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
 * Evaluates the inputs (standard input in-process, files on the pool) and calls `emit` once per input, in input
 * order, each call awaited before the next.
 */
export async function forEachResult(
  inputs: readonly Input[],
  settings: EvalSettings,
  io: CliIo,
  stdinFilename: string,
  jobs: number,
  emit: (index: number, result: CheckResult) => void | Promise<void>,
): Promise<void> {
  const waiting = new Map<number, CheckResult>();
  let next = 0;
  let chain: Promise<void> = Promise.resolve();
  const arrive = (index: number, result: CheckResult): Promise<void> => {
    waiting.set(index, result);
    chain = chain.then(async () => {
      while (waiting.has(next)) {
        const r = waiting.get(next)!;
        waiting.delete(next);
        await emit(next, r);
        next += 1;
      }
    });
    return chain;
  };
  const tasks: FileTask[] = [];
  const taskIndex: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.kind === 'stdin') {
      const read = await readStdin(io.stdin, sizeLimitFor(stdinFilename));
      await arrive(i, read.ok ? evaluateBytes(read.bytes, stdinFilename, settings) : unreadableResult(stdinFilename, read.issue, settings));
    } else {
      tasks.push({ path: input.path, filename: input.display });
      taskIndex.push(i);
    }
  }
  await runPool<CheckResult>(tasks, {
    init: { campaigncheckWorker: true, kind: 'check', settings },
    jobs,
    signal: io.signal,
    onResult: (index, result) => arrive(taskIndex[index]!, result),
    onLost: (task, reason) => unreadableResult(task.filename, { code: 'INTERNAL_ERROR', message: `campaigncheck failed on this file: ${reason}.` }, settings),
  });
  await chain;
}

/** Every result, in input order. */
export async function evaluateInputs(inputs: readonly Input[], settings: EvalSettings, io: CliIo, stdinFilename: string, jobs: number): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  await forEachResult(inputs, settings, io, stdinFilename, jobs, (index, result) => {
    results[index] = result;
  });
  return results;
}

/** Where a streamed report goes: stdout, or a file written atomically. */
interface Destination {
  write(chunk: string): Promise<void>;
  finish(): Promise<OutputError | undefined>;
}

function destination(io: CliIo, path: string | undefined): Destination {
  if (path === undefined) return { write: (chunk) => write(io.stdout, chunk), finish: async () => undefined };
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
 * A JSON report written result by result, byte for byte what JSON.stringify(results, null, 2) gives (the json
 * formatter's documented output, and a test holds them equal): one result as the formatter writes it, several as an
 * array whose items are indented by JSON.stringify itself (no regex over megabytes of text).
 */
class JsonArraySink {
  #count = 0;
  constructor(
    private readonly out: Destination,
    /** -1: always an array (the baseline). */
    private readonly total: number,
    private readonly single: (result: CheckResult) => string,
  ) {}

  async add(result: CheckResult): Promise<void> {
    if (this.total === 1) return this.out.write(this.single(result));
    const wrapped = JSON.stringify([result], null, 2); // "[\n  {\n    ...\n  }\n]"
    await this.out.write(`${this.#count === 0 ? '[\n' : ',\n'}${wrapped.slice(2, -2)}`);
    this.#count += 1;
  }

  async finish(): Promise<OutputError | undefined> {
    if (this.total !== 1) await this.out.write(this.#count === 0 ? '[]\n' : '\n]\n');
    return this.out.finish();
  }
}

class NdjsonSink {
  constructor(
    private readonly out: Destination,
    private readonly formatter: Formatter,
  ) {}
  add(result: CheckResult): Promise<void> {
    return this.out.write(this.formatter.format([result], {}));
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
  outputs.forEach((output, i) => {
    if (!STREAMED.has(output.format)) return;
    const out = destination(io, output.path);
    const formatter = formatters[i]!;
    const sink = output.format === 'ndjson' ? new NdjsonSink(out, formatter) : new JsonArraySink(out, inputs.length, (r) => formatter.format([r], {}));
    sinks.push({ label: `${output.format} report to ${output.path ?? 'stdout'}`, sink });
  });
  if (values['write-baseline'] !== undefined) {
    const path = resolve(io.cwd, values['write-baseline']);
    sinks.push({ label: `baseline to ${path}`, sink: new JsonArraySink(destination(io, path), -1, (r) => `${JSON.stringify(r, null, 2)}\n`) });
  }
  const keep = outputs.some((o) => !STREAMED.has(o.format));
  const kept: CheckResult[] = [];

  const policyFor = (result: CheckResult): FailurePolicy => ({ failOn, needsInfoIsFailure, ...(baseline ? { baseline: baseline.for(result) } : {}) });
  let blocking = 0;
  let blockingFiles = 0;
  let count = 0;
  const states = { evaluated: 0, invalid: 0, unreadable: 0, error: 0 };
  await forEachResult(inputs, settings, io, stdinFilename, jobs, async (_index, result) => {
    count += 1;
    code = worst(code, exitCodeFor(result, policyFor(result)));
    states[resultState(result)] += 1;
    const n = blockingOutcomes(result, policyFor(result)).length;
    blocking += n;
    if (n > 0) blockingFiles += 1;
    for (const { sink } of sinks) await sink.add(result);
    if (keep) kept.push(result);
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
