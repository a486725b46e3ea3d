// The role dataset for the CLI: the bundled BLS data, loaded only when a rule needs it,
// with a workspace dataset (--dataset, or the config's `dataset`) merged over it. A broken
// workspace dataset is a warning, not a failure: linting goes on with the bundled data.
import { RULES, type ResolvedConfig } from '../core/index.js';
import { createRoleIndex, parseDatasetFile, type DatasetError, type Occupation, type RoleIndex } from '../core/dataset/index.js';
import { loadBundledDataset } from '../node/bundled-dataset.js';
import { readText } from '../node/read-text.js';
import { PROGRAM, displayPath, type Io } from './io.js';

export function needsDataset(config: ResolvedConfig): boolean {
  return RULES.some((rule) => rule.usesDataset && (config.rules[rule.id]?.severity ?? 'off') !== 'off');
}

function formatDatasetError(error: DatasetError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${error.message}`;
}

export class DatasetProvider {
  private bundled: Promise<readonly Occupation[]> | undefined;
  private readonly indexes = new Map<string, Promise<RoleIndex>>();

  /** `override` (absolute, from --dataset) replaces every config's own dataset. */
  constructor(
    private readonly io: Io,
    private readonly override?: string,
  ) {}

  /** The index for articles whose config names `configDataset` (absolute) or none. */
  get(configDataset?: string): Promise<RoleIndex> {
    const file = this.override ?? configDataset;
    const key = file ?? '';
    let index = this.indexes.get(key);
    if (!index) {
      index = this.build(file);
      this.indexes.set(key, index);
    }
    return index;
  }

  private async build(file: string | undefined): Promise<RoleIndex> {
    this.bundled ??= loadBundledDataset();
    const [bundled, overlay] = await Promise.all([this.bundled, file === undefined ? [] : this.readOverlay(file)]);
    return createRoleIndex(bundled, overlay);
  }

  private async readOverlay(file: string): Promise<Occupation[]> {
    const shown = displayPath(this.io.cwd, file);
    const read = await readText(file);
    const errors = read.ok ? [] : [`${shown}: ${read.reason}`];
    if (read.ok) {
      const parsed = parseDatasetFile(read.text, shown);
      if (parsed.ok) return parsed.occupations;
      errors.push(...parsed.errors.map(formatDatasetError));
    }
    for (const line of errors) this.io.err(`${PROGRAM}: warning: ${line}\n`);
    this.io.err(`${PROGRAM}: warning: ignoring the dataset ${shown}; using the bundled dataset only\n`);
    return [];
  }
}
