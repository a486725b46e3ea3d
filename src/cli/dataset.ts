// Workspace datasets for the CLI: --dataset, or the config's `dataset`, read once each and
// merged over the bundled BLS data wherever the linting runs (see lint-job.ts). A broken
// workspace dataset is a warning, not a failure: linting goes on with the bundled data.
import type { ResolvedConfig } from '../core/config/resolve.js';
import { RULES } from '../core/rules/index.js';
import { parseDatasetFile, type DatasetError, type Occupation } from '../core/dataset/index.js';
import { readText } from '../node/read-text.js';
import { hashOf } from './cache.js';
import { PROGRAM, displayPath, type Io } from './io.js';

/** Occupations to merge over the bundled ones; `key` names them for caching ('' = none). */
export interface DatasetOverlay {
  key: string;
  /** Hash of the file's content ('' = no file), for the lint cache's keys. */
  hash: string;
  occupations: Occupation[];
}

export function needsDataset(config: ResolvedConfig): boolean {
  return RULES.some((rule) => rule.usesDataset && (config.rules[rule.id]?.severity ?? 'off') !== 'off');
}

function formatDatasetError(error: DatasetError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${error.message}`;
}

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
    const read = await readText(file);
    const errors = read.ok ? [] : [`${shown}: ${read.reason}`];
    const hash = read.ok ? hashOf(read.text) : 'unreadable';
    if (read.ok) {
      const parsed = parseDatasetFile(read.text, shown);
      if (parsed.ok) return { hash, occupations: parsed.occupations };
      errors.push(...parsed.errors.map(formatDatasetError));
    }
    for (const line of errors) this.io.err(`${PROGRAM}: warning: ${line}\n`);
    this.io.err(`${PROGRAM}: warning: ignoring the dataset ${shown}; using the bundled dataset only\n`);
    return { hash, occupations: [] };
  }
}
