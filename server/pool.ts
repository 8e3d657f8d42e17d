/**
 * Runs the declaration work of the check and validate routes (server/work.ts) off the event loop, on a pool of
 * worker threads (piscina), so that the event loop only does HTTP: a 256 KiB YAML body or a large HTML report no
 * longer holds up every other request.
 *
 * - Threads: `workers.threads` (CAMPAIGNCHECK_WORKERS), default one fewer than the CPUs available to the process,
 *   at least one. 0 runs the work on the event loop, as the TypeScript sources do (below).
 * - Queue: tasks wait for a free thread, first in first out, in a queue of at most `workers.maxQueue`
 *   (CAMPAIGNCHECK_WORKER_QUEUE); when it is full, the request gets 503 OVERLOADED with Retry-After at once.
 * - Time limit: a task that has *run* (not waited) for `workers.taskTimeoutMs` (CAMPAIGNCHECK_TASK_TIMEOUT_MS) is
 *   stopped: piscina terminates its worker and starts another. The request gets 422 DECLARATION_TOO_COMPLEX: the
 *   time went on this declaration, and sending it again would not help. Waiting is bounded by the queue length
 *   and by the handler timeout (503 TIMEOUT); a task still waiting when its response has gone (handler timeout,
 *   client gone) is taken out of the queue.
 * - A worker that crashes loses nothing but its own task, which is answered with 500 INTERNAL_ERROR; piscina
 *   replaces the worker.
 * - Closing: tasks still queued are refused (503 NOT_READY), running ones may finish within the time limit, then
 *   the threads are terminated.
 *
 * In-process fallback, as the CLI's pool (cli/pool.ts): workers need the built bundle (dist/server-worker.js, made
 * by scripts/build.mjs). From the TypeScript sources (tests), or when the bundle is missing, the same function runs
 * on the event loop, with no queue and no time limit. Tests that need the real pool pass `workerFile`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { Piscina } from 'piscina';
import { DEFAULT_RULESET_ID } from '../rules/index.js';
import { DEFAULTS, type WorkerPoolOptions } from './config.js';
import { ProblemError } from './problem.js';
import { runDeclarationTask, type DeclarationTask, type TaskOutcome } from './work.js';

export interface PoolStats {
  mode: 'workers' | 'in-process';
  threads: number;
  /** Worker threads alive now (0 once closed; briefly fewer than `threads` while one is replaced). */
  alive: number;
  maxQueue: number;
  taskTimeoutMs: number;
  /** Tasks waiting for a thread now. */
  queued: number;
  completed: number;
  /** Refused because the queue was full (503). */
  refused: number;
  /** Stopped at the time limit (422). */
  timedOut: number;
  /** Lost to a worker error or crash (500). */
  failed: number;
  /** Taken out of the queue because their response had already gone. */
  abandoned: number;
}

export interface DeclarationPool {
  readonly mode: 'workers' | 'in-process';
  /**
   * Runs one task. Resolves with its outcome, or rejects with a ProblemError (503 OVERLOADED when the queue is
   * full, 422 DECLARATION_TOO_COMPLEX over the time limit, 503 NOT_READY while closing) or an Error (500) when
   * the worker failed. `response` is the request's ServerResponse: when it closes before the task has started (the
   * client went away, or a handler timeout answered), the task leaves the queue.
   */
  run(task: DeclarationTask, response?: { once(event: 'close', listener: () => void): unknown }): Promise<TaskOutcome>;
  /** True when new tasks would be refused (the queue is full). */
  saturated(): boolean;
  stats(): PoolStats;
  /** Resolves when every thread has loaded the worker module (at once in-process). */
  ready(): Promise<void>;
  /** Refuses queued tasks, lets running ones finish within the time limit, and terminates the threads. */
  close(): Promise<void>;
}

/** A task taken out of the queue because its response had already gone: nothing is to be sent. */
export class AbandonedTaskError extends Error {
  constructor() {
    super('the response had already gone; the task was taken out of the queue');
    this.name = 'AbandonedTaskError';
  }
}

/** The default thread count: one fewer than the CPUs this process may use, at least one. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The built worker module next to the server bundle (dist/server-worker.js, seen from dist/ or dist/chunks/), or
 * undefined when running from the TypeScript sources or when it is missing.
 */
export function builtWorkerFile(from: string = import.meta.url): string | undefined {
  if (!/\.m?js$/.test(new URL(from).pathname)) return undefined;
  for (const relative of ['./server-worker.js', '../server-worker.js']) {
    const url = new URL(relative, from);
    if (existsSync(url)) return fileURLToPath(url);
  }
  return undefined;
}

function overloaded(retryAfterSeconds: number): ProblemError {
  return new ProblemError(
    'OVERLOADED',
    'The service is too busy to take this request now. Retry after the time given in Retry-After.',
    {},
    { 'retry-after': String(retryAfterSeconds) },
  );
}

function tooComplex(limitMs: number): ProblemError {
  const seconds = limitMs % 1000 === 0 ? `${limitMs / 1000} s` : `${limitMs} ms`;
  return new ProblemError(
    'DECLARATION_TOO_COMPLEX',
    `Checking this declaration took longer than the limit of ${seconds}, so it was stopped. Sending it again will not help: make it smaller or simpler, or check it with the command-line tool.`,
  );
}

function shuttingDown(): ProblemError {
  return new ProblemError('NOT_READY', 'The service is shutting down. Retry in a moment.', {}, { 'retry-after': '5' });
}

export interface CreatePoolOptions extends WorkerPoolOptions {
  /** The Retry-After of a 503 when the queue is full (seconds); the load-shedding setting. */
  retryAfterSeconds?: number;
  log?: FastifyBaseLogger;
}

export function createDeclarationPool(options: CreatePoolOptions = {}): DeclarationPool {
  const threads = options.threads ?? defaultThreads();
  const workerFile = options.workerFile ?? builtWorkerFile();
  const taskTimeoutMs = options.taskTimeoutMs ?? DEFAULTS.taskTimeoutMs;
  const maxQueue = Math.max(1, options.maxQueue ?? DEFAULTS.workerQueue);
  if (threads === 0 || workerFile === undefined) {
    if (threads > 0 && /\.m?js$/.test(new URL(import.meta.url).pathname)) {
      options.log?.warn('declaration worker bundle (server-worker.js) not found: checks run on the event loop, without a time limit');
    }
    return inProcessPool(taskTimeoutMs);
  }
  return workerPool({ ...options, threads, workerFile, taskTimeoutMs, maxQueue });
}

function inProcessPool(taskTimeoutMs: number): DeclarationPool {
  let completed = 0;
  let failed = 0;
  return {
    mode: 'in-process',
    async run(task) {
      try {
        const outcome = runDeclarationTask(task);
        completed += 1;
        return outcome;
      } catch (error) {
        failed += 1;
        throw error;
      }
    },
    saturated: () => false,
    stats: () => ({ mode: 'in-process', threads: 0, alive: 0, maxQueue: 0, taskTimeoutMs, queued: 0, completed, refused: 0, timedOut: 0, failed, abandoned: 0 }),
    ready: async () => undefined,
    close: async () => undefined,
  };
}

/** The bytes to send to a worker, as a Uint8Array that owns its whole buffer, so it can be transferred. */
function transferable(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer)) return bytes;
  // A small Buffer is a slice of Node's shared pool: copy it rather than send (or detach) the whole pool.
  return new Uint8Array(bytes);
}

interface Job {
  task: DeclarationTask;
  resolve(outcome: TaskOutcome): void;
  reject(error: unknown): void;
  /** Set once the job has been handed to piscina. */
  controller?: AbortController;
  /** Where the worker stores the time it started the task (0 until then). */
  started?: BigInt64Array;
  stopped?: 'timeout' | 'abandoned';
  settled: boolean;
}

function workerPool(options: CreatePoolOptions & { threads: number; workerFile: string; taskTimeoutMs: number; maxQueue: number }): DeclarationPool {
  const { threads, maxQueue, taskTimeoutMs, log } = options;
  const retryAfter = options.retryAfterSeconds ?? DEFAULTS.retryAfterSeconds;
  const piscina = new Piscina({
    filename: options.workerFile,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 1,
    // A running task cannot take longer than its limit; closing waits no longer than that.
    closeTimeout: taskTimeoutMs + 500,
  });
  // Piscina emits 'error' for a worker failure outside a task; without a listener that would throw.
  piscina.on('error', (error: Error) => log?.error({ err: error }, 'declaration worker failed outside a task'));

  // The queue is ours, not piscina's: a task goes to piscina only when a thread is free (so piscina never holds
  // more than one task per thread), and waiting tasks are served first in, first out. (Piscina's own queue, with
  // abort signals, puts the next task back at the end each time a thread frees up, which starves some requests.)
  const waiting: Job[] = [];
  let running = 0;
  let closing = false;
  let closed: Promise<void> | undefined;
  const stats = { completed: 0, refused: 0, timedOut: 0, failed: 0, abandoned: 0 };

  const settle = (job: Job): boolean => {
    if (job.settled) return false;
    job.settled = true;
    return true;
  };

  const pump = (): void => {
    while (running < threads && waiting.length > 0 && !closing) dispatch(waiting.shift()!);
  };

  const dispatch = (job: Job): void => {
    running += 1;
    const startedAt = new SharedArrayBuffer(8);
    const started = new BigInt64Array(startedAt);
    const controller = new AbortController();
    job.started = started;
    job.controller = controller;
    const bytes = transferable(job.task.bytes);

    // The time limit counts from the moment the worker starts the task (it stores the time in `startedAt`; a
    // thread that is being replaced may take a moment to be ready). The timer first fires one limit after the
    // hand-over; if the task has not started, or started less than a limit ago, it is set again for the time left.
    let timer: NodeJS.Timeout | undefined;
    const watch = (delay: number): void => {
      timer = setTimeout(() => {
        if (job.settled) return;
        const since = Number(Atomics.load(started, 0));
        if (since === 0) return watch(taskTimeoutMs);
        const left = since + taskTimeoutMs - Date.now();
        if (left > 0) return watch(left);
        job.stopped = 'timeout';
        controller.abort('timeout');
      }, delay);
      timer.unref();
    };
    watch(taskTimeoutMs);

    piscina.run({ ...job.task, bytes, startedAt } satisfies DeclarationTask, { transferList: [bytes.buffer as ArrayBuffer], signal: controller.signal }).then(
      (outcome: TaskOutcome) => {
        clearTimeout(timer);
        running -= 1;
        if (settle(job)) {
          stats.completed += 1;
          job.resolve(outcome);
        }
        pump();
      },
      (error: unknown) => {
        clearTimeout(timer);
        running -= 1;
        if (settle(job)) job.reject(failure(job, error));
        pump();
      },
    );
  };

  const failure = (job: Job, error: unknown): unknown => {
    if (job.stopped === 'timeout') {
      stats.timedOut += 1;
      log?.warn({ limitMs: taskTimeoutMs }, 'declaration task stopped at its time limit');
      return tooComplex(taskTimeoutMs);
    }
    if (job.stopped === 'abandoned') {
      stats.abandoned += 1;
      return new AbandonedTaskError();
    }
    if (closing) return shuttingDown();
    stats.failed += 1;
    // The worker threw or died (piscina starts another): the request gets a 500, the error goes to the log.
    return error instanceof Error ? error : new Error(String(error));
  };

  const run = (task: DeclarationTask, response?: { once(event: 'close', listener: () => void): unknown }): Promise<TaskOutcome> => {
    if (closing) return Promise.reject(shuttingDown());
    if (running >= threads && waiting.length >= maxQueue) {
      stats.refused += 1;
      return Promise.reject(overloaded(retryAfter));
    }
    return new Promise<TaskOutcome>((resolve, reject) => {
      const job: Job = { task, resolve, reject, settled: false };
      // The response has gone (client away, or a handler timeout answered): a task still waiting leaves the
      // queue. A running one is left to finish (within its limit): stopping it would cost a new worker.
      response?.once('close', () => {
        if (job.settled) return;
        const at = waiting.indexOf(job);
        if (at !== -1) {
          waiting.splice(at, 1);
          settle(job);
          stats.abandoned += 1;
          job.reject(new AbandonedTaskError());
        } else if (job.started && Atomics.load(job.started, 0) === 0n) {
          job.stopped = 'abandoned';
          job.controller?.abort('abandoned');
        }
      });
      if (running < threads) dispatch(job);
      else waiting.push(job);
    });
  };

  return {
    mode: 'workers',
    run,
    saturated: () => running >= threads && waiting.length >= maxQueue,
    stats: () => ({ mode: 'workers', threads, alive: piscina.threads.length, maxQueue, taskTimeoutMs, queued: waiting.length, ...stats }),
    async ready() {
      // One small task per thread (each goes to an idle thread), so every worker has loaded the module.
      // (Each probe has bytes of its own: they are transferred, so the first would leave the others' detached.)
      const probe = (): DeclarationTask => ({ kind: 'validate', bytes: new TextEncoder().encode('{}'), format: 'json', filename: '<warm-up>', limits: { maxJsonBytes: 16, maxYamlBytes: 16 }, ruleset: DEFAULT_RULESET_ID });
      await Promise.all(Array.from({ length: threads }, () => run(probe())));
    },
    close() {
      closing = true;
      // Tasks still waiting are refused; running ones may finish (within their limit); then the threads go.
      for (const job of waiting.splice(0)) if (settle(job)) job.reject(shuttingDown());
      closed ??= piscina.close();
      return closed;
    },
  };
}
