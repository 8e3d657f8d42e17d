/**
 * Runs file tasks on `jobs` threads: the main thread and jobs - 1 worker threads (node:worker_threads), each
 * reading its files synchronously (the fast path for small files); with one job, or without the bundle, all in
 * the main thread. The main thread takes tasks like a worker does, between delivering outputs: on two cores,
 * `--jobs 2` is then two busy threads, not two workers plus a main thread competing with them, one isolate fewer
 * (about 60–80 MB of RSS) and one fewer start-up, and only half the outputs cross a thread boundary.
 *
 * Exactly one output per task, in any case: the task a worker dies on is answered by `onLost`, its other tasks
 * (never started: a worker answers in order) are run elsewhere, and when workers keep dying the main thread does
 * the rest.
 *
 * Outputs are delivered in task order, each `onResult` awaited before the next, so the caller can stream them
 * (deterministic output, and backpressure from a slow stdout reaches the workers). Outputs that finish early wait
 * in a bounded window: no task is started more than AHEAD_PER_JOB × jobs places after the oldest undelivered one, so
 * memory stays flat however many tasks there are, even behind one slow file.
 */
import type { Worker } from 'node:worker_threads';
import { bufferOf, loadHandler, type FileTask, type TaskHandler, type TaskList, type WorkerInit } from './tasks.js';

export interface PoolOptions<Out> {
  init: WorkerInit;
  jobs: number;
  signal?: AbortSignal | undefined;
  /**
   * Called once per task, in task order; the next call waits for the promise. An output's `buffer` (an ArrayBuffer,
   * see check-task.ts) is reused once the promise settles: copy what must outlive it.
   */
  onResult(index: number, out: Out): void | Promise<void>;
  /** The output for a task that could not be run (its worker crashed). */
  onLost(task: FileTask, reason: string): Out;
  /**
   * false: the main thread takes no tasks, every one goes to a worker (for tests of the worker path:
   * CAMPAIGNCHECK_TEST_WORKERS_ONLY). Also the case with the crash-test hook, which never acts in the main thread.
   */
  mainThread?: boolean;
}

/** Workers need the built bundle: from TypeScript sources (tests) the pool runs in-process. */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') || import.meta.url.endsWith('.mjs');
}

/**
 * Tasks posted to a worker and not yet answered. A task takes milliseconds and a message tens of microseconds;
 * the main thread reads a worker's answers (and posts it more) only between its own tasks, so a worker holds a few
 * to stay busy meanwhile.
 */
const IN_FLIGHT_PER_WORKER = 4;
/** Outputs waiting for an earlier one, at most, per job. */
const AHEAD_PER_JOB = 16;
/** Worker start-ups allowed after failures, per job. */
const RESPAWNS_PER_JOB = 4;

export async function runPool<Out>(tasks: TaskList, options: PoolOptions<Out>): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  if (jobs === 1 || !workersAvailable()) return runInProcess(tasks, options);
  const mainHandler = options.mainThread === false || options.init.crashOn ? undefined : await loadHandler(options.init, false);
  // Loaded only now: a one-file check never loads node:worker_threads.
  const [{ Worker }, { WORKER_URL }] = await Promise.all([import('node:worker_threads'), import('./worker.js')]);
  return runShared(tasks, jobs, mainHandler, options, (init) => new Worker(new URL(WORKER_URL), { workerData: init }));
}

async function runInProcess<Out>(tasks: TaskList, options: PoolOptions<Out>): Promise<void> {
  const handler = await loadHandler(options.init, false);
  let last = Date.now();
  for (let i = 0; i < tasks.length; i++) {
    if (options.signal?.aborted) return;
    let out: Out;
    try {
      out = (await handler(tasks.at(i)!)) as Out;
    } catch (error) {
      out = options.onLost(tasks.at(i)!, (error as Error).message);
    }
    await options.onResult(i, out);
    const buffer = bufferOf(out);
    if (buffer) handler.recycle?.(buffer);
    if (Date.now() - last > 50) {
      // let signals, progress bars and stream writes through
      await new Promise((resolve) => setImmediate(resolve));
      last = Date.now();
    }
  }
}

type WorkerMessage<Out> = { ready: true } | { id: number; out: Out } | { id: number; error: string };

/** The main thread (unless `mainHandler` is undefined) and workers, sharing the tasks. */
function runShared<Out>(
  tasks: TaskList,
  jobs: number,
  mainHandler: TaskHandler | undefined,
  options: PoolOptions<Out>,
  startWorker: (init: WorkerInit) => Worker,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const maxAhead = jobs * AHEAD_PER_JOB;
    const workerCount = mainHandler ? jobs - 1 : jobs;
    /** Next task never started. */
    let next = 0;
    /** Next task to deliver. */
    let emitted = 0;
    /** Outputs waiting for delivery, with the worker that made each (undefined: the main thread). */
    const ready = new Map<number, { out: Out; from: Worker | undefined }>();
    /** Tasks whose workers died before starting them: started again before new ones. */
    const retry: number[] = [];
    let delivering = false;
    let settled = false;
    let respawns = 0;
    const workers = new Set<Worker>();
    /** Per worker, its unanswered tasks in the order posted (a worker answers them in that order). */
    const inFlight = new Map<Worker, number[]>();
    const started = new Set<Worker>();
    /** Wakes the main thread's task loop when there may be a task for it. */
    let wake: (() => void) | undefined;
    const nudge = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      nudge();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = (): void => finish();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    /** The next task to start, if the window allows one. */
    const take = (): number | undefined => {
      if (retry.length > 0) return retry.shift();
      if (next < tasks.length && next < emitted + maxAhead) return next++;
      return undefined;
    };

    const deliverReady = async (): Promise<void> => {
      if (delivering) return;
      delivering = true;
      try {
        while (!settled && ready.has(emitted)) {
          const { out, from } = ready.get(emitted)!;
          ready.delete(emitted);
          await options.onResult(emitted, out);
          giveBack(out, from);
          emitted += 1;
          // The window moved.
          for (const w of started) feed(w);
          nudge();
        }
      } catch (error) {
        finish(error as Error);
        return;
      } finally {
        delivering = false;
      }
      if (emitted === tasks.length) finish();
    };

    const arrive = (id: number, out: Out, from?: Worker): void => {
      if (id < emitted || ready.has(id)) return; // answered already (a late reply from a worker given up on)
      ready.set(id, { out, from });
      if (id === emitted) void deliverReady();
    };

    /** A delivered output's buffer goes back to the thread that filled it. */
    const giveBack = (out: Out, from: Worker | undefined): void => {
      const buffer = bufferOf(out);
      if (!buffer) return;
      if (from === undefined) mainHandler?.recycle?.(buffer);
      else if (workers.has(from)) from.postMessage({ recycle: buffer }, [buffer]);
    };

    const feed = (worker: Worker): void => {
      const mine = inFlight.get(worker);
      if (!mine) return;
      while (!settled && mine.length < IN_FLIGHT_PER_WORKER) {
        const id = take();
        if (id === undefined) break;
        mine.push(id);
        worker.postMessage({ id, task: tasks.at(id) });
      }
    };

    /** Without the main thread's help and without workers: every task not yet answered gets `onLost`. */
    const loseTheRest = (reason: string): void => {
      const left = [...retry];
      retry.length = 0;
      while (next < tasks.length) left.push(next++);
      for (const id of left) arrive(id, options.onLost(tasks.at(id)!, reason));
    };

    const spawn = (): void => {
      let worker: Worker;
      try {
        worker = startWorker(options.init);
      } catch (error) {
        if (workers.size === 0 && !mainHandler) loseTheRest(`worker threads could not be started (${(error as Error).message})`);
        return;
      }
      workers.add(worker);
      inFlight.set(worker, []);
      worker.on('message', (message: WorkerMessage<Out>) => {
        if ('ready' in message) {
          started.add(worker);
          return feed(worker);
        }
        const mine = inFlight.get(worker);
        if (!mine) return;
        const at = mine.indexOf(message.id);
        if (at !== -1) mine.splice(at, 1);
        const out = 'error' in message ? options.onLost(tasks.at(message.id)!, message.error) : message.out;
        feed(worker);
        arrive(message.id, out, worker);
      });
      const lost = (reason: string): void => {
        if (settled || !workers.has(worker)) return;
        workers.delete(worker);
        started.delete(worker);
        const mine = inFlight.get(worker)!;
        inFlight.delete(worker);
        // A worker answers its tasks in order: the first unanswered one is the one it died on; the others never
        // started, and go to another thread.
        const [culprit, ...unstarted] = mine;
        retry.unshift(...unstarted);
        if (culprit !== undefined) arrive(culprit, options.onLost(tasks.at(culprit)!, reason));
        if (emitted === tasks.length) return;
        if (respawns++ < workerCount * RESPAWNS_PER_JOB) spawn();
        else if (workers.size === 0 && !mainHandler) loseTheRest(`worker threads keep failing (${reason})`);
        for (const w of started) feed(w);
        nudge();
      };
      // Settle on 'exit', never on 'error': Node delivers every message the worker posted before it died ahead of
      // 'exit' (not of 'error'), so only then is the first unanswered task surely the one it died on.
      let failure: string | undefined;
      worker.on('error', (error) => {
        failure ??= `worker failed: ${error.message}`;
      });
      worker.on('exit', (code) => lost(failure ?? `worker exited with code ${code}`));
    };

    /** The main thread's share: a task whenever the window has one, between deliveries and workers' messages. */
    const runMain = async (handler: TaskHandler): Promise<void> => {
      while (!settled) {
        const id = take();
        if (id === undefined) {
          await new Promise<void>((resume) => {
            wake = resume;
          });
          continue;
        }
        let out: Out;
        try {
          out = (await handler(tasks.at(id)!)) as Out;
        } catch (error) {
          out = options.onLost(tasks.at(id)!, (error as Error).message);
        }
        arrive(id, out);
        // Let workers' answers, deliveries and signals through before the next task.
        await new Promise((resume) => setImmediate(resume));
      }
    };

    if (tasks.length === 0) return finish();
    for (let i = 0; i < workerCount; i++) spawn();
    if (mainHandler) runMain(mainHandler).catch((error: Error) => finish(error));
  });
}
