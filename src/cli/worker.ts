// The lint worker (dist/lint-worker.js): runs lint jobs off the main thread, so the CLI can
// stop one that takes too long (deeply nested Markdown can be slow to parse) and go on.
// A job names a file, which the worker reads itself (or, started with a dataset task, loads
// that one dataset). A config and a dataset overlay come
// once, with their key; later jobs name them by key.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/index.js';
import type { DatasetOverlay } from './dataset-overlay.js';
import { loadDatasetFile, type DatasetTask } from './dataset-load.js';
import { runImport, type ImportResult, type ImportTask } from './import-job.js';
import { runLintJob, type LintOutcome } from './lint-job.js';
import { describeStop } from '../node/worker-limits.js';

export interface WorkerRequest {
  id: number;
  path: string;
  fix: boolean;
  hash: boolean;
  /** Larger files are not linted; the CLI always sets it (a benchmark may not). */
  maxBytes?: number;
  configKey: string;
  config?: ResolvedConfig;
  datasetKey?: string;
  dataset?: DatasetOverlay;
  bytes?: Uint8Array;
  claims?: boolean;
  readability?: boolean;
  refresh?: { patch?: string };
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

// A worker started for one dataset (dataset.ts) loads it, answers once and is done: the
// dataset's parse then runs under the same time and memory limits as a file's lint.
const task = workerData as DatasetTask | ImportTask | undefined;
if (task?.task === 'dataset') {
  parentPort!.postMessage(loadDatasetFile(task));
  parentPort!.close();
}
// The same for one `import` (import-job.ts); a stack overflow is said as such.
if (task?.task === 'import') {
  let result: ImportResult;
  try {
    result = runImport(task);
  } catch (error) {
    result = { ok: false, reason: error instanceof Error ? describeStop(error, { timeoutMs: 0, memoryMb: 0 }) : String(error) };
  }
  parentPort!.postMessage(result);
  parentPort!.close();
}

parentPort?.on('message', (request: WorkerRequest) => answer(request));

/** Never throws: every failure becomes an error response. */
function answer(request: WorkerRequest): void {
  const { id, path, fix, hash, maxBytes } = request;
  let response: WorkerResponse;
  try {
    const config = lookUp(configs, request.configKey, request.config, 'config');
    const dataset = request.datasetKey === undefined ? undefined : lookUp(datasets, request.datasetKey, request.dataset, 'dataset');
    response = {
      id,
      outcome: runLintJob({
        path,
        config,
        dataset,
        fix,
        hash,
        maxBytes: maxBytes ?? Infinity,
        bytes: request.bytes,
        claims: request.claims,
        readability: request.readability,
        refresh: request.refresh,
      }),
    };
  } catch (error) {
    // A stack overflow (Markdown or JSON nested thousands deep) is said as such, not as V8 words it.
    response = { id, error: error instanceof Error ? describeStop(error, { timeoutMs: 0, memoryMb: 0 }) : String(error) };
  }
  parentPort!.postMessage(response);
}
