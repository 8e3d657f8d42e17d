/**
 * Runs file tasks on worker threads (node:worker_threads), each worker reading its files synchronously (the fast
 * path for small files), or in-process with one job. Exactly one output per task, in any case: a task whose
 * worker dies is answered by `onLost` instead. Results are delivered as they come (with the task's index), so the
 * caller decides what to keep.
 */
import { Worker } from 'node:worker_threads';
import { loadHandler, WORKER_URL, type FileTask, type WorkerInit } from './worker.js';

export interface PoolOptions<Out> {
  init: WorkerInit;
  jobs: number;
  signal?: AbortSignal | undefined;
  /** Called once per task, in completion order. */
  onResult(index: number, out: Out): void | Promise<void>;
  /** The output for a task that could not be run (its worker crashed). */
  onLost(task: FileTask, reason: string): Out;
}

/** Workers need the built bundle: from TypeScript sources (tests) the pool runs in-process. */
export function workersAvailable(): boolean {
  return WORKER_URL.endsWith('.js') || WORKER_URL.endsWith('.mjs');
}

const IN_FLIGHT_PER_WORKER = 4;

export async function runPool<Out>(tasks: readonly FileTask[], options: PoolOptions<Out>): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  if (jobs === 1 || !workersAvailable()) return runInProcess(tasks, options);
  return runOnWorkers(tasks, jobs, options);
}

async function runInProcess<Out>(tasks: readonly FileTask[], options: PoolOptions<Out>): Promise<void> {
  const handler = await loadHandler(options.init);
  let last = Date.now();
  for (let i = 0; i < tasks.length; i++) {
    if (options.signal?.aborted) return;
    let out: Out;
    try {
      out = (await handler(tasks[i]!)) as Out;
    } catch (error) {
      out = options.onLost(tasks[i]!, (error as Error).message);
    }
    await options.onResult(i, out);
    if (Date.now() - last > 50) {
      // let signals, progress bars and stream writes through
      await new Promise((resolve) => setImmediate(resolve));
      last = Date.now();
    }
  }
}

function runOnWorkers<Out>(tasks: readonly FileTask[], jobs: number, options: PoolOptions<Out>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    let respawns = 0;
    const workers = new Set<Worker>();
    const inFlight = new Map<Worker, Map<number, FileTask>>();

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = (): void => finish();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const deliver = (index: number, out: Out): void => {
      Promise.resolve(options.onResult(index, out)).then(
        () => {
          done += 1;
          if (done === tasks.length) finish();
        },
        (error: Error) => finish(error),
      );
    };

    const feed = (worker: Worker): void => {
      const mine = inFlight.get(worker)!;
      while (!settled && mine.size < IN_FLIGHT_PER_WORKER && next < tasks.length) {
        const id = next++;
        mine.set(id, tasks[id]!);
        worker.postMessage({ id, task: tasks[id] });
      }
    };

    const spawn = (): void => {
      const worker = new Worker(new URL(WORKER_URL), { workerData: options.init });
      workers.add(worker);
      inFlight.set(worker, new Map());
      worker.on('message', (message: { ready?: boolean; id?: number; out?: Out; error?: string }) => {
        if (message.ready) return feed(worker);
        const id = message.id!;
        const task = inFlight.get(worker)!.get(id)!;
        inFlight.get(worker)!.delete(id);
        deliver(id, message.error !== undefined ? options.onLost(task, message.error) : message.out!);
        feed(worker);
      });
      const lost = (reason: string): void => {
        if (settled || !workers.has(worker)) return;
        workers.delete(worker);
        const mine = inFlight.get(worker)!;
        inFlight.delete(worker);
        for (const [id, task] of mine) deliver(id, options.onLost(task, reason));
        if (next < tasks.length || workers.size === 0) {
          if (respawns++ < jobs * 4) spawn();
          else if (workers.size === 0) finish(new Error(`worker threads keep failing (${reason})`));
        }
      };
      worker.on('error', (error) => lost(`worker failed: ${error.message}`));
      worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    };

    if (tasks.length === 0) return finish();
    for (let i = 0; i < jobs; i++) spawn();
  });
}
