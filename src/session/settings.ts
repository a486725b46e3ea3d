// The first step of the session's lint, for every host: the settings for a path. The config
// (the cascade, or the one file a host names), merged under an editor's settings; the workspace
// datasets it may read (dataset-pick.ts: trust, and confinement by real path); each folder's
// answer cached until a watch event or new editor options. It loads no lint engine, so a host
// that lints elsewhere (the CLI's main thread, whose workers lint) asks it cheaply.
import { resolveConfig, withSeverityOverrides, type ResolvedConfig } from '../core/config/resolve.js';
import { mergeConfigFiles } from '../core/config/parse.js';
import { formatSourceError, type SourceError } from '../core/author-files/json-source.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import type { ConfigFile } from '../core/config/schema.js';
import { ConfigCascade, type LoadedConfig } from './config-cascade.js';
import { needsDataset, type FileProblems } from './dataset-choice.js';
import { describeRefusals, pickDatasets, type DatasetPick, type Refusal } from './dataset-pick.js';
import type { SessionFileSystem } from './file-system.js';
import { parseEditorOptions, type EditorOptions, type ParsedEditorOptions } from './editor-options.js';

export interface PathOptions {
  fs: SessionFileSystem;
  /** Workspace folders: where the config walk stops (none: the filesystem root). */
  roots?: readonly string[];
  /** The one config file for every document, instead of the cascade (the CLI's -c). */
  configFile?: string;
  /** The dataset the host's user named (the CLI's --dataset): it replaces every config's, wherever it lies. */
  dataset?: string;
  /** Folders besides the workspace folder and the config's own where a config's datasets may lie (the CLI's current folder). */
  allowedFolders?: readonly string[];
}

/** What the session chose for a path: the first, asynchronous step of a lint. */
export interface DocumentSettings {
  config: ResolvedConfig;
  loaded: LoadedConfig | undefined;
  /** The config file's errors when it is broken (the defaults then apply). */
  configErrors: SourceError[];
  /** Present when an enabled rule uses the dataset: the workspace files to read over the bundled data. */
  dataset?: DatasetPick;
  /** Datasets the config names that are not read (untrusted workspace, outside the allowed folders). */
  refused: Refusal[];
  /** One line each, in the editor's words: a broken config or setting, a refused dataset. */
  warnings: string[];
  /** The config file in force, with its problems (none: it is fine). */
  problems: FileProblems[];
}

/** The config file of a document no config governs (one object, so its resolved config is cached). */
const DEFAULTS: ConfigFile = {};

export class PathSettings {
  readonly configs: ConfigCascade;
  /** Each folder's settings (every file of a folder gets the same): a thousand articles cost one choice per folder. */
  private readonly byFolder = new Map<string, Promise<DocumentSettings>>();
  /** Each config file's settings merged under the editor's, resolved once per editor options. */
  private resolved = new WeakMap<ConfigFile, ResolvedConfig>();
  private editor_: ParsedEditorOptions = parseEditorOptions();

  constructor(private readonly options: PathOptions) {
    this.configs = new ConfigCascade(options.fs, options.roots, options.configFile);
  }

  /** The editor's settings, globs and trust (none for the CLI). */
  get editor(): ParsedEditorOptions {
    return this.editor_;
  }

  setEditorOptions(options: EditorOptions): void {
    this.editor_ = parseEditorOptions(options);
    this.resolved = new WeakMap();
    this.byFolder.clear();
  }

  setRoots(roots: readonly string[]): void {
    this.configs.setRoots(roots);
    this.byFolder.clear();
  }

  /** The host saw `path` created, changed or deleted: a config, or a dataset (or a link to one) a choice depends on. */
  fileChanged(path: string): void {
    // A config's style file is part of it: editing the style re-lints as editing the config does.
    if (path.endsWith(CONFIG_FILE_NAME) || this.configs.namesStyleFile(path)) this.configs.invalidate();
    this.byFolder.clear();
  }

  private finish(file: ConfigFile): ResolvedConfig {
    let config = this.resolved.get(file);
    if (!config) {
      const { settings, severityOverrides } = this.editor_;
      config = withSeverityOverrides(resolveConfig(mergeConfigFiles(settings, file)), severityOverrides);
      this.resolved.set(file, config);
    }
    return config;
  }

  /** The config in force for a document: a broken file means the defaults, with its errors as warnings. */
  async configFor(
    path: string | undefined,
  ): Promise<{ config: ResolvedConfig; loaded?: LoadedConfig; warnings: string[]; problems: FileProblems[]; errors: SourceError[] }> {
    const { warning } = this.editor_;
    const warnings = warning ? [warning] : [];
    const none: ConfigFile = DEFAULTS;
    if (path === undefined) return { config: this.finish(none), warnings, problems: [], errors: [] };
    const outcome = await this.configs.forFile(path);
    if (outcome.ok) {
      const { value } = outcome;
      const problems = value.file === undefined ? [] : [{ file: value.file, errors: [] }];
      return { config: this.finish(value.raw), loaded: value, warnings, problems, errors: [] };
    }
    const file = outcome.errors[0]?.file;
    return {
      config: this.finish(none),
      warnings: [...warnings, ...outcome.errors.map(formatSourceError)],
      problems: file === undefined ? [] : [{ file, errors: outcome.errors }],
      errors: outcome.errors,
    };
  }

  /**
   * The workspace datasets for documents in `folder` under `loaded`: the host's --dataset, else
   * the config's, else the editor setting's, with the config's area datasets, each confined by
   * dataset-pick.ts's one rule.
   */
  datasetsFor(folder: string | undefined, loaded: LoadedConfig | undefined): Promise<{ pick: DatasetPick; refused: Refusal[] }> {
    return pickDatasets({
      fs: this.options.fs,
      loaded,
      root: folder === undefined ? undefined : this.configs.rootOf(folder),
      setting: this.editor_.settings.dataset,
      trusted: this.editor_.trusted,
      override: this.options.dataset,
      allowed: this.options.allowedFolders ?? [],
    });
  }

  /** The first step of a lint: the config and the datasets for a document at `path` (the same for its whole folder). */
  settingsFor(path: string | undefined): Promise<DocumentSettings> {
    const folder = path === undefined ? undefined : (this.options.fs.parent(path) ?? path);
    const key = folder ?? '';
    let settings = this.byFolder.get(key);
    if (!settings) {
      settings = this.chooseSettings(path, folder);
      this.byFolder.set(key, settings);
    }
    return settings;
  }

  private async chooseSettings(path: string | undefined, folder: string | undefined): Promise<DocumentSettings> {
    const { config, loaded, warnings, problems, errors } = await this.configFor(path);
    if (!needsDataset(config)) return { config, loaded, configErrors: errors, refused: [], warnings, problems };
    const { pick, refused } = await this.datasetsFor(folder, loaded);
    return {
      config,
      loaded,
      configErrors: errors,
      dataset: pick,
      refused,
      warnings: [...warnings, ...describeRefusals(refused)],
      problems,
    };
  }
}
