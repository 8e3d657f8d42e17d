/**
 * The worker-thread side of the pool. The same module runs on the main thread (where it only exports its URL) and
 * in each worker (where it answers tasks). In the bundle, this code lives in one chunk; the worker loads that
 * chunk by URL, so no separate entry point is needed.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { EvalSettings } from './evaluate.js';
import type { ScreenContext } from './screen-task.js';

export const WORKER_URL: string = import.meta.url;

export type WorkerInit =
  | { campaigncheckWorker: true; kind: 'check'; settings: EvalSettings }
  | { campaigncheckWorker: true; kind: 'screen'; settings: EvalSettings; screen: ScreenContext };

export interface FileTask {
  path: string;
  filename: string;
  /** For screen: the report name (reports/<name>.html). */
  name?: string;
}

export type TaskHandler = (task: FileTask) => unknown;

/** The function that does one task, for either kind of pool (used in workers and in-process alike). */
export async function loadHandler(init: WorkerInit): Promise<TaskHandler> {
  if (init.kind === 'check') {
    const { evaluateFile } = await import('./evaluate.js');
    return (task) => evaluateFile(task.path, task.filename, init.settings);
  }
  const { createScreenHandler } = await import('./screen-task.js');
  return createScreenHandler(init.settings, init.screen);
}

interface TaskMessage {
  id: number;
  task: FileTask;
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.campaigncheckWorker === true) {
  const port = parentPort!;
  const handler = await loadHandler(workerData as WorkerInit);
  port.on('message', async (message: TaskMessage) => {
    try {
      port.postMessage({ id: message.id, out: await handler(message.task) });
    } catch (error) {
      port.postMessage({ id: message.id, error: (error as Error).message ?? String(error) });
    }
  });
  port.postMessage({ ready: true });
}
