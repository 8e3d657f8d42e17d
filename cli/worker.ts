/**
 * The worker-thread entry of the pool. The pool imports this module only when it starts workers, for its URL
 * (WORKER_URL); each worker then loads it by that URL and answers tasks. In the bundle it is a chunk of its own, so
 * no separate entry point is needed.
 *
 * A task's output is posted back with its buffer (check: the record's text as UTF-8) moved, not copied; the main
 * thread gives the buffer back once the record is written (`recycle`), to be filled again (see check-task.ts).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { bufferOf, loadHandler, type FileTask, type WorkerInit } from './tasks.js';

export const WORKER_URL: string = import.meta.url;

type Message = { id: number; task: FileTask } | { recycle: ArrayBuffer };

if (!isMainThread && (workerData as WorkerInit | undefined)?.campaigncheckWorker === true) {
  const port = parentPort!;
  const init = workerData as WorkerInit;
  const handler = await loadHandler(init, true);
  port.on('message', async (message: Message) => {
    if ('recycle' in message) return handler.recycle?.(message.recycle);
    if (init.crashOn && message.task.filename.endsWith(init.crashOn)) {
      setImmediate(() => {
        throw new Error(`crash on ${message.task.filename}, as CAMPAIGNCHECK_TEST_WORKER_CRASH asked`);
      });
      return;
    }
    let out: unknown;
    try {
      out = await handler(message.task);
    } catch (error) {
      port.postMessage({ id: message.id, error: (error as Error).message ?? String(error) });
      return;
    }
    const buffer = bufferOf(out);
    port.postMessage({ id: message.id, out }, buffer ? [buffer] : []);
  });
  port.postMessage({ ready: true });
}
