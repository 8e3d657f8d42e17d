/**
 * The worker-thread entry of the server's declaration pool (server/pool.ts): piscina loads this module in each
 * worker and calls its default export once per task. Built as its own entry point, dist/server-worker.js
 * (scripts/build.mjs), beside dist/server.js. The work itself is server/work.ts, the same function the
 * in-process fallback calls.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { runDeclarationTask, type DeclarationTask, type TaskOutcome } from './work.js';

export default function declarationWorker(task: DeclarationTask): TaskOutcome | ReturnType<typeof move> {
  // Tell the main thread the task has started: its time limit counts from here, not from when it was queued.
  if (task.startedAt) Atomics.store(new BigInt64Array(task.startedAt), 0, BigInt(Date.now()));
  const outcome = runDeclarationTask(task);
  if (outcome.kind !== 'report') return outcome;
  // The report's bytes are transferred to the main thread, not copied.
  return move({ [transferableSymbol]: [outcome.body.buffer], [valueSymbol]: outcome });
}
