// Reading the workspace datasets the session chose for the CLI's articles (session.ts
// `settingsFor`: --dataset, else the config's `dataset` and `areaDatasets`, confined by the
// session's one rule), each once, to ship to the lint workers, which merge them over the bundled
// BLS data (see lint-job.ts). A broken dataset a config names is a warning, not a failure:
// linting goes on with the bundled data. A broken --dataset is a failure (exit 2): a CI job that
// names its data must not pass against ours. A dataset is untrusted input: it is loaded in a
// worker under the lint time and memory limits, read only when it is a regular file under the
// size limit.
import type { Occupation } from '../core/dataset/index.js';
import { buildAreas } from '../core/dataset/areas.js';
import type { DatasetPick, Refusal } from '../session/dataset-pick.js';
import { loadDatasetFile, type DatasetLoad, type DatasetTask } from './dataset-load.js';
import { CliError } from './errors.js';
import { PROGRAM, displayPath, type Io } from './io.js';
import { capLines, type Limits } from '../node/limits.js';
import type { DatasetOverlay } from './dataset-overlay.js';
import { describeStop, limitedWorker, tookTooLong, type WorkerLimits } from '../node/worker-limits.js';
import { workerScript } from './worker-script.js';

const instead = (kind: Refusal['kind']) => (kind === 'dataset' ? 'using the bundled dataset only' : 'its area is not checked');

/** The CLI's words for a dataset the session would not read (it lies outside the config's folder and the current one). */
export function describeRefusal(io: Io, { kind, file, namedBy }: Refusal): string {
  const named = namedBy === undefined ? '' : ` named in ${displayPath(io.cwd, namedBy)}`;
  const hint = kind === 'dataset' ? ' (name it with --dataset to use it)' : '';
  return `ignoring the ${kind} ${displayPath(io.cwd, file)}${named}: it lies outside that config's folder and the current folder${hint}; ${instead(kind)}`;
}

/** Loads the dataset in a worker of its own, so a slow or huge one is stopped like a slow file. */
function loadInWorker(task: DatasetTask, limits: WorkerLimits): Promise<DatasetLoad> {
  const script = workerScript();
  if (!script) return Promise.resolve(loadDatasetFile(task));
  return new Promise((resolve) => {
    const worker = limitedWorker(script, limits, task);
    const fail = (reason: string) => resolve({ ok: false, hash: 'unreadable', errors: [`${task.shown}: ${reason}`] });
    const timer = setTimeout(() => {
      fail(tookTooLong(limits));
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (load: DatasetLoad) => {
      clearTimeout(timer);
      resolve(load);
      void worker.terminate();
    });
    worker.once('error', (error: Error) => {
      clearTimeout(timer);
      fail(describeStop(error, limits));
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      fail(`the dataset worker stopped with exit code ${code}`);
    });
  });
}

export class DatasetLoader {
  private readonly overlays = new Map<string, Promise<DatasetOverlay>>();

  /** `named`: the --dataset file (absolute), checked by assertUsable. */
  constructor(
    private readonly io: Io,
    private readonly limits: Limits,
    private readonly named?: string,
  ) {}

  /** Exit 2 (a CliError, one line) when --dataset names a file that cannot be used; before any file is linted. */
  async assertUsable(): Promise<void> {
    if (this.named !== undefined) await this.get({ file: this.named, areaFiles: [], named: true });
  }

  /** The overlay of the files the session picked for an article. */
  get(pick: DatasetPick): Promise<DatasetOverlay> {
    const { file, areaFiles } = pick;
    const key = [file ?? '', ...areaFiles].join('\n');
    let overlay = this.overlays.get(key);
    if (!overlay) {
      overlay = (async () => {
        const main = file === undefined ? { hash: '', occupations: [] } : await this.read(file, pick.named);
        if (areaFiles.length === 0) return { key, ...main, areas: [] };
        const reads = await Promise.all(areaFiles.map((area) => this.read(area, false, 'area dataset')));
        const areas = areaFiles.map((area, i) => ({ file: displayPath(this.io.cwd, area), occupations: reads[i]!.occupations }));
        const built = buildAreas(areas);
        return {
          key,
          hash: [main.hash, ...reads.map((read) => read.hash)].join(':'),
          occupations: main.occupations,
          areas: built.ok ? areas : [],
          ...(!built.ok && { areaError: built.error }),
        };
      })();
      this.overlays.set(key, overlay);
    }
    return overlay;
  }

  private async read(
    file: string,
    named: boolean,
    kind: Refusal['kind'] = 'dataset',
  ): Promise<{ hash: string; occupations: Occupation[] }> {
    const shown = displayPath(this.io.cwd, file);
    const task: DatasetTask = { task: 'dataset', file, shown, maxBytes: this.limits.datasetBytes };
    const load = await loadInWorker(task, { timeoutMs: this.limits.timeoutMs, memoryMb: this.limits.workerMemoryMb });
    if (load.ok) return { hash: load.hash, occupations: load.occupations };
    if (named) {
      const more = load.errors.length > 1 ? ` (and ${(load.errors.length - 1).toLocaleString('en-US')} more problems)` : '';
      throw new CliError(`cannot use the dataset named by --dataset: ${load.errors[0] ?? shown}${more}`);
    }
    const warn = (line: string) => this.io.err(`${PROGRAM}: warning: ${line}\n`);
    for (const line of capLines(load.errors)) warn(line);
    warn(`ignoring the ${kind} ${shown}; ${instead(kind)}`);
    return { hash: load.hash, occupations: [] };
  }
}
