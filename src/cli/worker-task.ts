// One task (an import) in a lint worker of its own, under the run's time and memory limits:
// a page that is too slow, too big for the heap or nested too deeply for the stack stops its
// worker, not the CLI, and becomes a one-line reason. From sources (no built worker) the task
// runs in this thread, without limits, as lints do (lint-runner.ts).
import { describeStop, limitedWorker, tookTooLong, type WorkerLimits } from '../node/worker-limits.js';
import { workerScript } from './worker-script.js';

export function runWorkerTask<T>(task: { task: string }, limits: WorkerLimits, here: () => T, fail: (reason: string) => T): Promise<T> {
  const script = workerScript();
  if (!script) return Promise.resolve(here());
  return new Promise((resolve) => {
    const worker = limitedWorker(script, limits, task);
    const timer = setTimeout(() => {
      resolve(fail(tookTooLong(limits)));
      void worker.terminate();
    }, limits.timeoutMs);
    const settle = (value: T) => {
      clearTimeout(timer);
      resolve(value);
    };
    worker.once('message', (value: T) => {
      settle(value);
      void worker.terminate();
    });
    worker.once('error', (error: Error) => settle(fail(describeStop(error, limits))));
    worker.once('exit', (code) => settle(fail(`the worker stopped with exit code ${code}`)));
  });
}
