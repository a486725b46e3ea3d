// Finds the `.career-articles.json` that governs an article: the nearest one walking up
// from its folder. ONE rule for where the walk stops, for every host: at the workspace root
// that holds the article when there is one, else at the filesystem root. Each folder's
// answer is cached, so a thousand articles in one tree cost one look-up per folder; the
// host feeds in watch events (invalidate) when a config appears, changes or goes.
import { CONFIG_FILE_NAME, parseConfigFile } from '../core/config/parse.js';
import type { ConfigFile } from '../core/config/schema.js';
import { resolveConfig, type ResolvedConfig } from '../core/config/resolve.js';
import type { ParseOutcome, SourceError } from '../core/author-files/json-source.js';
import { parseStyleFile } from '../core/style/parse-file.js';
import type { StyleFile } from '../core/style/schema.js';
import { isWithin, type SessionFileSystem } from './file-system.js';
import { datasetInside } from './dataset-choice.js';

export interface LoadedConfig {
  /** The config file's path; undefined when the defaults apply. */
  file: string | undefined;
  config: ResolvedConfig;
  /** The file as written, for hosts that merge it over settings of their own. */
  raw: ConfigFile;
  /** The workspace dataset the config names, resolved against the config file's folder. */
  dataset: string | undefined;
  /** The area datasets the config names (`areaDatasets`), resolved the same way. */
  areaDatasets?: string[];
  /** The style file the config names (`"style": "style.yaml"`), whose rules `raw.style` holds. */
  styleFile?: string;
}

export type ConfigOutcome = { ok: true; value: LoadedConfig } | { ok: false; errors: SourceError[] };

const DEFAULTS: ConfigOutcome = { ok: true, value: { file: undefined, config: resolveConfig(), raw: {}, dataset: undefined } };

export class ConfigCascade {
  private readonly byFolder = new Map<string, Promise<ConfigOutcome>>();
  /** Style files the configs read (or tried to): a change to one is a change to its config. */
  private readonly styleFiles = new Set<string>();
  private explicit: Promise<ConfigOutcome> | undefined;

  /** `roots`: the workspace folders (none for the CLI); `explicitFile`: the one config for every folder, no walk (the CLI's -c). */
  constructor(
    private readonly fs: SessionFileSystem,
    private roots_: readonly string[] = [],
    private readonly explicitFile?: string,
  ) {}

  get roots(): readonly string[] {
    return this.roots_;
  }

  setRoots(roots: readonly string[]): void {
    this.roots_ = roots;
    this.invalidate();
  }

  /** Forgets every answer: a config file was created, changed or deleted. */
  invalidate(): void {
    this.byFolder.clear();
    this.explicit = undefined;
    this.styleFiles.clear();
  }

  /** Whether a config read since the last invalidate names `path` as its style file. */
  namesStyleFile(path: string): boolean {
    return this.styleFiles.has(path);
  }

  /** Reads and validates one config file; errors carry the file name as given. */
  async load(file: string): Promise<ConfigOutcome> {
    const read = await this.fs.readFile(file);
    if (!read.ok) return { ok: false, errors: [{ file, message: read.reason }] };
    const parsed = parseConfigFile(read.text, file);
    if (!parsed.ok) return parsed;
    const folder = this.fs.parent(file) ?? file;
    const dataset = parsed.value.dataset === undefined ? undefined : this.fs.resolve(folder, parsed.value.dataset);
    const areaDatasets = (parsed.value.areaDatasets ?? []).map((path) => this.fs.resolve(folder, path));
    // A named style file is read now, so `raw` holds its rules and its errors are the config's.
    const style = typeof parsed.value.style === 'string' ? await this.loadStyle(folder, parsed.value.style, file) : undefined;
    if (style && !style.ok) return style;
    const raw = style ? { ...parsed.value, style: style.value } : parsed.value;
    const styleFile = style ? this.fs.resolve(folder, parsed.value.style as string) : undefined;
    return { ok: true, value: { file, config: resolveConfig(raw), raw, dataset, areaDatasets, ...(styleFile && { styleFile }) } };
  }

  private async loadStyle(folder: string, name: string, config: string): Promise<ParseOutcome<StyleFile>> {
    const path = this.fs.resolve(folder, name);
    // Before any check: a style file that is missing or broken now is watched for its fix too.
    this.styleFiles.add(path);
    // Like the dataset (the same check, links resolved): only a file beside the config or below it.
    if (!isWithin(this.fs, path, folder) || !(await datasetInside(this.fs, path, [folder]))) {
      return {
        ok: false,
        errors: [{ file: config, path: 'style', message: `style file \`${name}\` lies outside the config file's folder` }],
      };
    }
    const read = await this.fs.readFile(path);
    if (!read.ok) return { ok: false, errors: [{ file: config, path: 'style', message: `style file \`${name}\`: ${read.reason}` }] };
    return parseStyleFile(read.text, path);
  }

  forFile(file: string): Promise<ConfigOutcome> {
    return this.forFolder(this.fs.parent(file) ?? file);
  }

  forFolder(folder: string): Promise<ConfigOutcome> {
    if (this.explicitFile !== undefined) return (this.explicit ??= this.load(this.explicitFile));
    let outcome = this.byFolder.get(folder);
    if (!outcome) {
      outcome = this.search(folder, this.stopFor(folder));
      this.byFolder.set(folder, outcome);
    }
    return outcome;
  }

  /** The innermost workspace root holding `folder`; undefined = walk to the filesystem root. */
  rootOf(folder: string): string | undefined {
    return this.stopFor(folder);
  }

  private stopFor(folder: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots_) if (isWithin(this.fs, folder, root) && (best === undefined || root.length > best.length)) best = root;
    return best;
  }

  private async search(folder: string, stop: string | undefined): Promise<ConfigOutcome> {
    const candidate = this.fs.resolve(folder, CONFIG_FILE_NAME);
    if (await this.fs.exists(candidate)) return this.load(candidate);
    const parent = this.fs.parent(folder);
    if (folder === stop || parent === undefined || parent === folder) return DEFAULTS;
    return this.forFolder(parent);
  }
}
