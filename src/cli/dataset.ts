// Workspace datasets for the CLI: --dataset, or the config's `dataset`, read once each (by
// the session's dataset choice, src/session/dataset-choice.ts) and shipped to the lint
// workers, which merge them over the bundled BLS data (see lint-job.ts). A broken
// workspace dataset is a warning, not a failure: linting goes on with the bundled data.
import type { Occupation } from '../core/dataset/index.js';
import { readWorkspaceDataset } from '../session/dataset-choice.js';
import { nodeFileSystem } from '../node/session-fs.js';
import { hashOf } from './cache.js';
import { PROGRAM, displayPath, type Io } from './io.js';

/** Occupations to merge over the bundled ones; `key` names them for caching ('' = none). */
export interface DatasetOverlay {
  key: string;
  /** Hash of the file's content ('' = no file), for the lint cache's keys. */
  hash: string;
  occupations: Occupation[];
}

export { needsDataset } from '../session/dataset-choice.js';

export class DatasetProvider {
  private readonly overlays = new Map<string, Promise<DatasetOverlay>>();

  /** `override` (absolute, from --dataset) replaces every config's own dataset. */
  constructor(
    private readonly io: Io,
    private readonly override?: string,
  ) {}

  /** The overlay for articles whose config names `configDataset` (absolute) or none. */
  get(configDataset?: string): Promise<DatasetOverlay> {
    const file = this.override ?? configDataset;
    const key = file ?? '';
    let overlay = this.overlays.get(key);
    if (!overlay) {
      overlay =
        file === undefined ? Promise.resolve({ key, hash: '', occupations: [] }) : this.read(file).then((read) => ({ key, ...read }));
      this.overlays.set(key, overlay);
    }
    return overlay;
  }

  private async read(file: string): Promise<{ hash: string; occupations: Occupation[] }> {
    const shown = displayPath(this.io.cwd, file);
    const read = await readWorkspaceDataset(nodeFileSystem, file, shown);
    const hash = read.readable ? hashOf(read.text) : 'unreadable';
    if (read.warnings.length === 0) return { hash, occupations: read.occupations };
    for (const line of read.warnings) this.io.err(`${PROGRAM}: warning: ${line}\n`);
    this.io.err(`${PROGRAM}: warning: ignoring the dataset ${shown}; using the bundled dataset only\n`);
    return { hash, occupations: [] };
  }
}
