// A worker's time and memory limits and how a stopped one is described, shared by the CLI's
// lint and dataset workers and the language server's lint worker. Kept apart from the lint
// runner so the server's bundles do not carry the CLI's lint engine for three small functions.
import { Worker } from 'node:worker_threads';

/** What a worker may spend on one job before it is stopped (see limits.ts). */
export interface WorkerLimits {
  timeoutMs: number;
  memoryMb: number;
}

/** "took longer than 1.5 s", "needs more than 512 MB of memory": the reason a job was stopped. */
export function describeStop(error: Error & { code?: string }, limits: WorkerLimits): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return `needs more than ${limits.memoryMb} MB of memory`;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'nested too deeply (stack overflow)';
  return error.message.split('\n')[0]!;
}

export function tookTooLong(limits: WorkerLimits): string {
  return `took longer than ${Math.round(limits.timeoutMs / 100) / 10} s`;
}

/**
 * A worker with a heap limit: one that runs out of memory is stopped and reported as an
 * error event (ERR_WORKER_OUT_OF_MEMORY), where the process's own heap would abort it.
 * The young generation stays V8's default; only the old one grows with the input.
 */
export function limitedWorker(script: string, limits: WorkerLimits, workerData?: unknown): Worker {
  return new Worker(script, { workerData, resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
}
