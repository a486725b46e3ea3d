// Workspace datasets for the CLI: --dataset, or the config's `dataset`, read once each and
// shipped to the lint workers, which merge them over the bundled BLS data (see lint-job.ts). A broken
// dataset a config names is a warning, not a failure: linting goes on with the bundled data. A
// broken --dataset is a failure (exit 2): a CI job that names its data must not pass against ours.
// A dataset is untrusted input: it is loaded in a worker under the lint time and memory
// limits, read only when it is a regular file under the size limit, and a config's
// `dataset` must lie inside that config's folder or the current folder: a config that came
// with a cloned repository must not make the CLI read `../../../../etc/shadow`. An explicit
// --dataset names what the user chose and may point anywhere.
import { dirname } from 'node:path';
import type { Occupation } from '../core/dataset/index.js';
import { buildAreas } from '../core/dataset/areas.js';
import { datasetInside } from '../session/dataset-choice.js';
import { nodeFileSystem } from '../node/session-fs.js';
import { loadDatasetFile, type DatasetLoad, type DatasetTask } from './dataset-load.js';
import { CliError } from './errors.js';
import { PROGRAM, displayPath, type Io } from './io.js';
import { capLines, type Limits } from '../node/limits.js';
import type { DatasetOverlay } from './dataset-overlay.js';
import { describeStop, limitedWorker, tookTooLong, type WorkerLimits } from '../node/worker-limits.js';
import { workerScript } from './worker-script.js';

export { needsDataset } from '../session/dataset-choice.js';

/** A config's dataset and area datasets (absolute) and the config file that names them. */
export interface DatasetSource {
  dataset: string | undefined;
  areaDatasets?: string[];
  file: string | undefined;
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

export class DatasetProvider {
  private readonly overlays = new Map<string, Promise<DatasetOverlay>>();

  /** `override` (absolute, from --dataset) replaces every config's own dataset. */
  constructor(
    private readonly io: Io,
    private readonly limits: Limits,
    private readonly override?: string,
  ) {}

  /** Exit 2 (a CliError, one line) when --dataset names a file that cannot be used; before any file is linted. */
  async assertUsable(): Promise<void> {
    if (this.override !== undefined) await this.get({ dataset: undefined, file: undefined });
  }

  /** The overlay for articles whose config names `source.dataset` (absolute) or none. */
  get(source: DatasetSource): Promise<DatasetOverlay> {
    const file = this.override ?? source.dataset;
    const areaFiles = source.areaDatasets ?? [];
    const key = [file ?? '', ...areaFiles].join('\n');
    let overlay = this.overlays.get(key);
    if (!overlay) {
      overlay = (async () => {
        const main =
          file === undefined ? { hash: '', occupations: [] } : await this.read(file, this.override === undefined ? source.file : undefined);
        if (areaFiles.length === 0) return { key, ...main, areas: [] };
        // Area datasets come from a config only, so they always obey its folder rule.
        const reads = await Promise.all(areaFiles.map((area) => this.read(area, source.file, 'area dataset')));
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

  /** Whether a config's dataset lies (after links) in the config's folder or the current one: the session's check, as the server makes it. */
  private confined(file: string, config: string): Promise<boolean> {
    return datasetInside(nodeFileSystem, file, [dirname(config), this.io.cwd]);
  }

  private async read(file: string, namedBy: string | undefined, kind = 'dataset'): Promise<{ hash: string; occupations: Occupation[] }> {
    const instead = kind === 'dataset' ? 'using the bundled dataset only' : 'its area is not checked';
    const shown = displayPath(this.io.cwd, file);
    const warn = (line: string) => this.io.err(`${PROGRAM}: warning: ${line}\n`);
    if (namedBy !== undefined && !(await this.confined(file, namedBy))) {
      warn(
        `ignoring the ${kind} ${shown} named in ${displayPath(this.io.cwd, namedBy)}: it lies outside that config's folder and the current folder${kind === 'dataset' ? ' (name it with --dataset to use it)' : ''}; ${instead}`,
      );
      return { hash: 'outside', occupations: [] };
    }
    const task: DatasetTask = { task: 'dataset', file, shown, maxBytes: this.limits.datasetBytes };
    const load = await loadInWorker(task, { timeoutMs: this.limits.timeoutMs, memoryMb: this.limits.workerMemoryMb });
    if (load.ok) return { hash: load.hash, occupations: load.occupations };
    if (namedBy === undefined && this.override !== undefined) {
      const more = load.errors.length > 1 ? ` (and ${(load.errors.length - 1).toLocaleString('en-US')} more problems)` : '';
      throw new CliError(`cannot use the dataset named by --dataset: ${load.errors[0] ?? shown}${more}`);
    }
    for (const line of capLines(load.errors)) warn(line);
    warn(`ignoring the ${kind} ${shown}; ${instead}`);
    return { hash: load.hash, occupations: [] };
  }
}
