// The lint worker (dist/lint-worker.js): runs lint jobs off the main thread, so the CLI can
// stop one that takes too long (deeply nested Markdown can be slow to parse) and go on.
import { parentPort } from 'node:worker_threads';
import { runLintJob, type LintJob, type LintOutcome } from './lint-job.js';

export type WorkerRequest = { id: number; job: LintJob };
export type WorkerResponse = { id: number; outcome: LintOutcome } | { id: number; error: string };

parentPort?.on('message', async ({ id, job }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id, outcome: await runLintJob(job) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
