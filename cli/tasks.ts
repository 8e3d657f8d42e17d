/**
 * File tasks for the pool (pool.ts): what a task is, what a worker is started with, and the function that does one
 * task, the same in worker threads and in-process. Kept apart from worker.ts so that a one-file check never loads
 * node:worker_threads (cold start).
 */
import type { CheckContext } from './check-task.js';
import type { EvalSettings } from './evaluate.js';
import type { ScreenContext } from './screen-task.js';

interface InitCommon {
  campaigncheckWorker: true;
  settings: EvalSettings;
  /**
   * For tests of crash handling only (CAMPAIGNCHECK_TEST_WORKER_CRASH): a worker thread given a file whose name ends
   * with this text dies of an uncaught exception, as a crashed worker would. Never acts in-process.
   */
  crashOn?: string;
}

export type WorkerInit = (InitCommon & { kind: 'check'; check: CheckContext }) | (InitCommon & { kind: 'screen'; screen: ScreenContext });

export interface FileTask {
  path: string;
  filename: string;
  /** For screen: the report name (reports/<name>.html). */
  name?: string;
}

/** The tasks of a run: an array, or a list that makes each task when asked (a batch can be 100,000 files). */
export interface TaskList {
  readonly length: number;
  at(index: number): FileTask | undefined;
}

export interface TaskHandler {
  (task: FileTask): unknown;
  /** Takes back the `buffer` of a delivered output, for reuse. */
  recycle?(buffer: ArrayBuffer): void;
}

/**
 * The function that does one task, for either kind of pool (used in workers and in-process alike). `thread`: the
 * output will cross to the main thread (check then ships a result as JSON text, not as objects).
 */
export async function loadHandler(init: WorkerInit, thread: boolean): Promise<TaskHandler> {
  if (init.kind === 'check') {
    const { createCheckHandler } = await import('./check-task.js');
    return createCheckHandler(init.settings, init.check, thread);
  }
  const { createScreenHandler } = await import('./screen-task.js');
  return createScreenHandler(init.settings, init.screen);
}

/** An output's reusable buffer, if it has one (check-task.ts packRecord). */
export function bufferOf(out: unknown): ArrayBuffer | undefined {
  const buffer = out !== null && typeof out === 'object' ? (out as { buffer?: unknown }).buffer : undefined;
  return buffer instanceof ArrayBuffer && buffer.byteLength > 0 ? buffer : undefined;
}
