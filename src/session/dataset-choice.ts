// Which data an article is checked against: the bundled BLS dataset alone, or a workspace
// dataset (named by --dataset or the config's `dataset`) merged over it. Read once per file;
// a broken workspace dataset is a warning, never a failure: linting goes on with the
// bundled data. Whether the dataset is needed at all is decided here, once, for every host.
import type { ResolvedConfig } from '../core/config/resolve.js';
import { RULES } from '../core/rules/index.js';
import { createRoleIndex, parseDatasetFile, type DatasetError, type Occupation, type RoleIndex } from '../core/dataset/index.js';
import { buildAreas } from '../core/dataset/areas.js';
import { isWithin, type SessionFileSystem } from './file-system.js';

export function needsDataset(config: ResolvedConfig): boolean {
  return RULES.some(
    (rule) => rule.usesDataset && (config.rules[rule.id]?.severity ?? 'off') !== 'off' && rule.activeWith?.(config.style) !== false,
  );
}

export interface WorkspaceDataset {
  /** The file's text ('' when unreadable), for hosts that key caches on it. */
  text: string;
  readable: boolean;
  /** Empty when the file is broken: then `warnings` say why. */
  occupations: Occupation[];
  /** One line each, `file:line:column: message`. */
  warnings: string[];
  /** The same problems as data, for hosts that show them on the file itself. */
  errors: DatasetError[];
}

/** A project file's problems (none: it is fine now), for hosts that show them on the file. */
export interface FileProblems {
  file: string;
  errors: DatasetError[];
}

export function formatDatasetError(error: DatasetError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${error.message}`;
}

/**
 * THE confinement check, for every host: whether a workspace dataset lies inside one of
 * `boundaries` once links are resolved on both sides, so `roles.csv -> ../outside/secret.csv`
 * is outside however its name reads. A dataset that is not there is inside: reading it says
 * it is missing, and reads nothing.
 */
export async function datasetInside(fs: SessionFileSystem, dataset: string, boundaries: readonly string[]): Promise<boolean> {
  const real = await fs.realPath(dataset);
  if (real === undefined) return true;
  for (const boundary of boundaries) if (isWithin(fs, real, (await fs.realPath(boundary)) ?? boundary)) return true;
  return false;
}

/** Reads and validates a workspace dataset; `shown` is the name its warnings use. */
export async function readWorkspaceDataset(fs: SessionFileSystem, file: string, shown = file): Promise<WorkspaceDataset> {
  const read = await fs.readFile(file);
  if (!read.ok)
    return { text: '', readable: false, occupations: [], warnings: [`${shown}: ${read.reason}`], errors: [{ file, message: read.reason }] };
  const parsed = parseDatasetFile(read.text, shown);
  if (parsed.ok) return { text: read.text, readable: true, occupations: parsed.occupations, warnings: [], errors: [] };
  return { text: read.text, readable: true, occupations: [], warnings: parsed.errors.map(formatDatasetError), errors: parsed.errors };
}

export interface ChosenDataset {
  index: RoleIndex;
  warnings: string[];
  /** The workspace dataset's problems, when there is one. */
  problems: FileProblems | undefined;
}

/** Role indexes by dataset file ('' = bundled only), built once each until invalidated. */
export class DatasetChoice {
  private readonly indexes = new Map<string, Promise<ChosenDataset>>();
  /** Datasets the host could not load (too slow, out of memory): bundled data until they change. */
  private readonly failed = new Map<string, string>();

  constructor(
    private readonly fs: SessionFileSystem,
    private readonly bundled: () => Promise<readonly Occupation[]>,
  ) {}

  /** `areaFiles`: the config's area datasets (`areaDatasets`), one state or metro area each. */
  index(file: string | undefined, areaFiles: readonly string[] = []): Promise<ChosenDataset> {
    const key = [file ?? '', ...areaFiles].join('\n');
    let pending = this.indexes.get(key);
    if (!pending) {
      const failure = file === undefined ? undefined : this.failed.get(file);
      pending = (async () => {
        const overlay: WorkspaceDataset | undefined =
          file === undefined
            ? undefined
            : failure !== undefined
              ? { text: '', readable: false, occupations: [], warnings: [`${file}: ${failure}`], errors: [{ file, message: failure }] }
              : await readWorkspaceDataset(this.fs, file);
        const areaReads = await Promise.all(areaFiles.map((area) => readWorkspaceDataset(this.fs, area)));
        const areas = buildAreas(areaFiles.map((area, i) => ({ file: area, occupations: areaReads[i]!.occupations })));
        const warnings = [...(overlay?.warnings ?? []), ...areaReads.flatMap((read) => read.warnings)];
        if (!areas.ok) warnings.push(`areaDatasets: ${areas.error}; no area data is used`);
        const index = createRoleIndex(await this.bundled(), overlay?.occupations ?? [], areas.ok ? areas.areas : []);
        const problems = file === undefined ? undefined : { file, errors: overlay?.errors ?? [] };
        return { index, warnings, problems };
      })();
      pending.catch(() => this.indexes.delete(key));
      this.indexes.set(key, pending);
    }
    return pending;
  }

  /** Whether `file`'s index is built or being built (a host loads a new one outside a document's time budget). */
  has(file: string): boolean {
    return [...this.indexes.keys()].some((key) => key.split('\n')[0] === file) || this.failed.has(file);
  }

  /** The host could not load `file` (`reason`, e.g. "took longer than 120 s"): the bundled data serve until it changes. */
  fail(file: string, reason: string): void {
    this.failed.set(file, reason);
    this.forget(file);
  }

  /** A dataset file changed: `file` undefined forgets them all. */
  invalidate(file?: string): void {
    if (file === undefined) {
      this.indexes.clear();
      this.failed.clear();
      return;
    }
    this.failed.delete(file);
    this.forget(file);
  }

  /** A file may be the dataset or an area dataset of several keys (`index`'s key: the files, a line each). */
  private forget(file: string): void {
    for (const key of [...this.indexes.keys()]) if (key.split('\n').includes(file)) this.indexes.delete(key);
  }
}
