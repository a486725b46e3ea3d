// The lint worker (dist/lint-worker.js): runs lint jobs off the main thread, so the CLI can
// stop one that takes too long (deeply nested Markdown can be slow to parse) and go on.
// A config and a dataset overlay come once, with their key; later jobs name them by key.
// The text goes back only when a fix changed it: the main thread already has it.
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/index.js';
import type { DatasetOverlay } from './dataset.js';
import { runLintJob, type LintOutcome } from './lint-job.js';

export interface WorkerRequest {
  id: number;
  text: string;
  fix: boolean;
  configKey: string;
  config?: ResolvedConfig;
  datasetKey?: string;
  dataset?: DatasetOverlay;
}

export type WorkerResponse = { id: number; outcome: Omit<LintOutcome, 'text'> & { text?: string } } | { id: number; error: string };

const configs = new Map<string, ResolvedConfig>();
const datasets = new Map<string, DatasetOverlay>();

function lookUp<T>(table: Map<string, T>, key: string, value: T | undefined, what: string): T {
  if (value !== undefined) table.set(key, value);
  const found = table.get(key);
  if (found === undefined) throw new Error(`the lint worker has no ${what} ${key}`);
  return found;
}

parentPort?.on('message', async (request: WorkerRequest) => {
  const { id, text, fix } = request;
  let response: WorkerResponse;
  try {
    const config = lookUp(configs, request.configKey, request.config, 'config');
    const dataset = request.datasetKey === undefined ? undefined : lookUp(datasets, request.datasetKey, request.dataset, 'dataset');
    const outcome = await runLintJob({ text, config, dataset, fix });
    response = { id, outcome: { isArticle: outcome.isArticle, findings: outcome.findings, ...(outcome.text !== text && { text: outcome.text }) } };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
