// Which data an article is checked against: the bundled BLS dataset alone, or a workspace
// dataset (named by --dataset or the config's `dataset`) merged over it. Read once per file;
// a broken workspace dataset is a warning, never a failure: linting goes on with the
// bundled data. Whether the dataset is needed at all is decided here, once, for every host.
import type { ResolvedConfig } from '../core/config/resolve.js';
import { RULES } from '../core/rules/index.js';
import { createRoleIndex, parseDatasetFile, type DatasetError, type Occupation, type RoleIndex } from '../core/dataset/index.js';
import type { SessionFileSystem } from './file-system.js';

export function needsDataset(config: ResolvedConfig): boolean {
  return RULES.some((rule) => rule.usesDataset && (config.rules[rule.id]?.severity ?? 'off') !== 'off');
}

export interface WorkspaceDataset {
  /** The file's text ('' when unreadable), for hosts that key caches on it. */
  text: string;
  readable: boolean;
  /** Empty when the file is broken: then `warnings` say why. */
  occupations: Occupation[];
  /** One line each, `file:line:column: message`. */
  warnings: string[];
}

export function formatDatasetError(error: DatasetError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${error.message}`;
}

/** Reads and validates a workspace dataset; `shown` is the name its warnings use. */
export async function readWorkspaceDataset(fs: SessionFileSystem, file: string, shown = file): Promise<WorkspaceDataset> {
  const read = await fs.readFile(file);
  if (!read.ok) return { text: '', readable: false, occupations: [], warnings: [`${shown}: ${read.reason}`] };
  const parsed = parseDatasetFile(read.text, shown);
  if (parsed.ok) return { text: read.text, readable: true, occupations: parsed.occupations, warnings: [] };
  return { text: read.text, readable: true, occupations: [], warnings: parsed.errors.map(formatDatasetError) };
}

/** Role indexes by dataset file ('' = bundled only), built once each until invalidated. */
export class DatasetChoice {
  private readonly indexes = new Map<string, Promise<{ index: RoleIndex; warnings: string[] }>>();

  constructor(
    private readonly fs: SessionFileSystem,
    private readonly bundled: () => Promise<readonly Occupation[]>,
  ) {}

  index(file: string | undefined): Promise<{ index: RoleIndex; warnings: string[] }> {
    const key = file ?? '';
    let pending = this.indexes.get(key);
    if (!pending) {
      pending = (async () => {
        const overlay = file === undefined ? undefined : await readWorkspaceDataset(this.fs, file);
        const index = createRoleIndex(await this.bundled(), overlay?.occupations ?? []);
        return { index, warnings: overlay?.warnings ?? [] };
      })();
      pending.catch(() => this.indexes.delete(key));
      this.indexes.set(key, pending);
    }
    return pending;
  }

  /** A dataset file changed: `file` undefined forgets them all. */
  invalidate(file?: string): void {
    if (file === undefined) this.indexes.clear();
    else this.indexes.delete(file);
  }
}
