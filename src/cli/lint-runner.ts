// Runs lint jobs in the lint worker with a time limit per file: a file that takes too long
// (or crashes the worker, or exhausts its memory) becomes a one-line file error and the
// next file gets a fresh worker. Without a built worker (running from sources) the jobs
// run in this thread, without a limit.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runLintJob, type LintJob, type LintOutcome } from './lint-job.js';
import type { WorkerResponse } from './worker.js';

export class LintFailure extends Error {}

const DEFAULT_TIMEOUT_SECONDS = 120;

/** CAREER_ARTICLES_TIMEOUT: seconds one file may take (default 120). */
export function timeoutFromEnv(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.CAREER_ARTICLES_TIMEOUT);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS) * 1000;
}

function workerScript(): string | undefined {
  const url = new URL('./lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(url) ? fileURLToPath(url) : undefined;
}

export class LintRunner {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly script = workerScript();

  constructor(private readonly timeoutMs: number) {}

  run(job: LintJob): Promise<LintOutcome> {
    if (!this.script) {
      return runLintJob(job).catch((error: unknown) => {
        throw new LintFailure(error instanceof Error ? error.message : String(error));
      });
    }
    const worker = (this.worker ??= new Worker(this.script));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const settle = (outcome: LintOutcome | LintFailure, discard: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (discard) this.discard(worker);
        if (outcome instanceof LintFailure) reject(outcome);
        else resolve(outcome);
      };
      const onMessage = (response: WorkerResponse) => {
        if (response.id !== id) return;
        settle('error' in response ? new LintFailure(response.error) : response.outcome, false);
      };
      const onError = (error: Error) => settle(new LintFailure(error.message), true);
      const onExit = (code: number) => settle(new LintFailure(`the lint worker stopped with exit code ${code}`), true);
      const seconds = Math.round(this.timeoutMs / 100) / 10;
      const timer = setTimeout(() => settle(new LintFailure(`took longer than ${seconds} s`), true), this.timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
