// The lint worker (dist/lint-worker.js): runs lint jobs off the main thread, so the CLI can
// stop one that takes too long (deeply nested Markdown can be slow to parse) and go on.
// A job names a file, which the worker reads itself. A config and a dataset overlay come
// once, with their key; later jobs name them by key.
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/index.js';
import type { DatasetOverlay } from './dataset.js';
import { runLintJob, type LintOutcome } from './lint-job.js';

export interface WorkerRequest {
  id: number;
  path: string;
  fix: boolean;
  hash: boolean;
  configKey: string;
  config?: ResolvedConfig;
  datasetKey?: string;
  dataset?: DatasetOverlay;
  bytes?: Uint8Array;
  claims?: boolean;
}

export type WorkerResponse = { id: number; outcome: LintOutcome } | { id: number; error: string };

const configs = new Map<string, ResolvedConfig>();
const datasets = new Map<string, DatasetOverlay>();

function lookUp<T>(table: Map<string, T>, key: string, value: T | undefined, what: string): T {
  if (value !== undefined) table.set(key, value);
  const found = table.get(key);
  if (found === undefined) throw new Error(`the lint worker has no ${what} ${key}`);
  return found;
}

parentPort?.on('message', (request: WorkerRequest) => void answer(request));

/** Never rejects: every failure becomes an error response. */
async function answer(request: WorkerRequest): Promise<void> {
  const { id, path, fix, hash } = request;
  let response: WorkerResponse;
  try {
    const config = lookUp(configs, request.configKey, request.config, 'config');
    const dataset = request.datasetKey === undefined ? undefined : lookUp(datasets, request.datasetKey, request.dataset, 'dataset');
    response = { id, outcome: await runLintJob({ path, config, dataset, fix, hash, bytes: request.bytes, claims: request.claims }) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
}
