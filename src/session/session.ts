// One engine session for every host (the CLI, the language server, an editor): the config
// cascade, the dataset choice and its confinement, article detection, each open document's
// incremental parser, and the queries hosts ask (findings, fixes, hover, outline, preview). It
// takes a small file system interface and imports neither vscode nor Node, so the same answers
// come everywhere. A lint is two steps: `settingsFor` (async: which config and which datasets a
// path gets) and lint-document.ts (synchronous: this text with those settings), which the CLI's
// workers call too with the settings the CLI asked this session for.
import type { LintResult } from '../core/lint.js';
import { resolveConfig, withSeverityOverrides, type ResolvedConfig } from '../core/config/resolve.js';
import { mergeConfigFiles } from '../core/config/parse.js';
import { formatSourceError, type SourceError } from '../core/config/json-source.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import type { ConfigFile } from '../core/config/schema.js';
import { createIncrementalParser, type MarkdownParser } from '../core/model/incremental.js';
import type { Occupation, RoleIndex } from '../core/dataset/types.js';
import { buildPreviewModel, type PreviewOutcome } from '../core/preview/model.js';
import { ConfigCascade, type LoadedConfig } from './config-cascade.js';
import { DatasetChoice, needsDataset, type FileProblems } from './dataset-choice.js';
import { describeRefusals, pickDatasets, type DatasetPick, type Refusal } from './dataset-pick.js';
import type { SessionFileSystem } from './file-system.js';
import { parseEditorOptions, type EditorOptions, type ParsedEditorOptions } from './editor-options.js';
import { datasetWithAliases, fixDocument, lintDocument, syntaxFor, type DocumentText, type LintSettings } from './lint-document.js';
import { hoverTable, type HoverTable } from './hover.js';
import { outline, type OutlineItem } from './outline.js';
import { unknownRoleCodes } from './role-codes.js';

export interface SessionOptions {
  fs: SessionFileSystem;
  /** Workspace folders: where the config walk stops (none: the filesystem root). */
  roots?: readonly string[];
  /** The bundled occupations, loaded on first need. */
  bundled: () => Promise<readonly Occupation[]>;
  /** The one config file for every document, instead of the cascade (the CLI's -c). */
  configFile?: string;
  /** The dataset the host's user named (the CLI's --dataset): it replaces every config's, wherever it lies. */
  dataset?: string;
  /** Folders besides the workspace folder and the config's own where a config's datasets may lie (the CLI's current folder). */
  allowedFolders?: readonly string[];
}

/** Where a document lives: `path` for the config walk (undefined for an unsaved buffer). */
export interface DocumentRef {
  key: string;
  path: string | undefined;
  text: string;
  version: number;
  /** The editor's language id (markdown, plaintext, html): it picks the reader over the file name. */
  languageId?: string;
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

export interface DocumentLint {
  key: string;
  version: number;
  result: LintResult;
  config: ResolvedConfig;
  loaded: LoadedConfig | undefined;
  dataset: RoleIndex | undefined;
  /** One line each: a broken config (the defaults apply) or workspace dataset (bundled data only). */
  warnings: string[];
  /** The config file and workspace dataset in force, with their problems (none: they are fine). */
  problems: FileProblems[];
  /** Never linted: an editor setting excludes the file. */
  excluded: boolean;
}

/** A document as lint-document.ts names it: by its path, or an unsaved one by its key. */
export const documentText = (doc: DocumentRef): DocumentText => ({
  name: doc.path ?? doc.key,
  text: doc.text,
  ...(doc.languageId !== undefined && { languageId: doc.languageId }),
});

/** The config file of a document no config governs (one object, so its resolved config is cached). */
const DEFAULTS: ConfigFile = {};

export class Session {
  readonly configs: ConfigCascade;
  readonly datasets: DatasetChoice;
  private readonly parsers = new Map<string, MarkdownParser>();
  private readonly latest = new Map<string, DocumentLint>();
  /** Each folder's settings (every file of a folder gets the same): a thousand articles cost one choice per folder. */
  private readonly byFolder = new Map<string, Promise<DocumentSettings>>();
  /** Each config file's settings merged under the editor's, resolved once per editor options. */
  private resolved = new WeakMap<ConfigFile, ResolvedConfig>();
  private editor: ParsedEditorOptions = parseEditorOptions();

  /** The host's file system, for queries that read beside the config cascade (session/site.ts). */
  get fs(): SessionFileSystem {
    return this.options.fs;
  }

  constructor(private readonly options: SessionOptions) {
    this.configs = new ConfigCascade(options.fs, options.roots, options.configFile);
    this.datasets = new DatasetChoice(options.fs, options.bundled);
  }

  /** An editor's settings and trust, applied under (and, for severity overrides, over) every config file. */
  setEditorOptions(options: EditorOptions): void {
    this.editor = parseEditorOptions(options);
    this.resolved = new WeakMap();
    this.forget();
  }

  setRoots(roots: readonly string[]): void {
    this.configs.setRoots(roots);
    this.forget();
  }

  /** The host saw `path` created, changed or deleted (a watch event). */
  fileChanged(path: string): void {
    if (path.endsWith(CONFIG_FILE_NAME)) this.configs.invalidate();
    // Any file may be some config's dataset; dropping an index that is not one costs nothing.
    this.datasets.invalidate(path);
    this.forget();
  }

  private forget(): void {
    this.byFolder.clear();
    this.latest.clear();
  }

  private finish(file: ConfigFile): ResolvedConfig {
    let config = this.resolved.get(file);
    if (!config) {
      const { settings, severityOverrides } = this.editor;
      config = withSeverityOverrides(resolveConfig(mergeConfigFiles(settings, file)), severityOverrides);
      this.resolved.set(file, config);
    }
    return config;
  }

  /** The config in force for a document: a broken file means the defaults, with its errors as warnings. */
  async configFor(
    path: string | undefined,
  ): Promise<{ config: ResolvedConfig; loaded?: LoadedConfig; warnings: string[]; problems: FileProblems[]; errors: SourceError[] }> {
    const { warning } = this.editor;
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
      setting: this.editor.settings.dataset,
      trusted: this.editor.trusted,
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

  /** A document's settings with its dataset's index loaded, for lint-document.ts (unknown role codes and load warnings are lint's). */
  async lintSettings(path: string | undefined): Promise<LintSettings> {
    const { config, dataset } = await this.settingsFor(path);
    return { config, ...(dataset && { dataset: (await this.datasets.index(dataset.file, dataset.areaFiles)).index }) };
  }

  async lint(doc: DocumentRef): Promise<DocumentLint> {
    const settings = await this.settingsFor(doc.path);
    const { config, loaded } = settings;
    const warnings = [...settings.warnings];
    const problems = [...settings.problems];
    let dataset: RoleIndex | undefined;
    if (settings.dataset) {
      const chosen = await this.datasets.index(settings.dataset.file, settings.dataset.areaFiles);
      // The config's role aliases, so the hover and the preview see them as the rules do.
      dataset = datasetWithAliases({ config, dataset: chosen.index });
      warnings.push(...chosen.warnings);
      if (chosen.problems) problems.push(chosen.problems);
      const file = loaded?.file;
      const unknown = file === undefined ? [] : unknownRoleCodes(file, loaded?.raw.roles, chosen.index);
      if (unknown.length > 0) {
        warnings.push(...unknown.map(formatSourceError));
        problems.splice(0, problems.length, ...problems.map((p) => (p.file === file ? { file, errors: unknown } : p)));
      }
    }
    const where = doc.path ?? doc.key;
    const excluded = this.editor.isExcluded(where);
    const force = !excluded && this.editor.isIncluded(where);
    // An excluded file is read as nothing: no parse, no finding.
    const text = documentText(doc);
    const result = lintDocument(
      excluded ? { ...text, text: '' } : text,
      { config, ...(dataset && { dataset }), force },
      syntaxFor(text) === 'markdown' ? this.parserFor(doc.key) : undefined,
    );
    const outcome: DocumentLint = { key: doc.key, version: doc.version, result, config, loaded, dataset, warnings, problems, excluded };
    this.latest.set(doc.key, outcome);
    return outcome;
  }

  /** Markdown keeps an incremental parser per document. */
  private parserFor(key: string): MarkdownParser {
    let parser = this.parsers.get(key);
    if (!parser) this.parsers.set(key, (parser = createIncrementalParser()));
    return parser;
  }

  /**
   * The workspace dataset a job would load now, when it is not loaded yet: a document's at `path`
   * (an unsaved one has none), or with `document` false a role picker's, as roleIndex reads it. A
   * host with a time budget loads it first, outside the document's budget, under the dataset's own limit.
   */
  async pendingDataset(path: string | undefined, document = true): Promise<string | undefined> {
    if (document && path === undefined) return undefined;
    const file = document ? (await this.settingsFor(path)).dataset?.file : (await this.rolePick()).file;
    return file !== undefined && !this.datasets.has(file) ? file : undefined;
  }

  /** The latest lint of this exact version, or a fresh one. */
  private async current(doc: DocumentRef): Promise<DocumentLint> {
    const latest = this.latest.get(doc.key);
    return latest?.version === doc.version && latest.result.article.text === doc.text ? latest : this.lint(doc);
  }

  close(key: string): void {
    this.parsers.delete(key);
    this.latest.delete(key);
  }

  /** The text with every fix applied (a few passes), or undefined when nothing changes. */
  async fixAll(doc: DocumentRef): Promise<string | undefined> {
    const { config, dataset } = await this.current(doc);
    const fixed = fixDocument(documentText(doc), { config, ...(dataset && { dataset }) });
    return fixed.text === doc.text ? undefined : fixed.text;
  }

  /**
   * The role index articles at `path` are checked against; without a path, the first
   * workspace folder's (its settings' dataset), for role pickers that belong to no article.
   */
  async roleIndex(path?: string): Promise<RoleIndex> {
    const pick = await this.rolePick(path);
    return (await this.datasets.index(pick.file, pick.areaFiles)).index;
  }

  /** The datasets for `path` whether or not a rule needs them (a role picker's, without a path). */
  private async rolePick(path?: string): Promise<DatasetPick> {
    const at = path ?? this.rolesConfigPath();
    const { loaded } = await this.configFor(at);
    return (await this.datasetsFor(at === undefined ? undefined : (this.options.fs.parent(at) ?? at), loaded)).pick;
  }

  /** Where a role picker that belongs to no article looks for its config: the first workspace folder. */
  private rolesConfigPath(): string | undefined {
    const root = this.configs.roots[0];
    return root === undefined ? undefined : this.options.fs.resolve(root, CONFIG_FILE_NAME);
  }

  async hovers(doc: DocumentRef): Promise<HoverTable> {
    const linted = await this.current(doc);
    return hoverTable(linted.result, linted.dataset, linted.config);
  }

  async outline(doc: DocumentRef): Promise<OutlineItem[]> {
    return outline((await this.current(doc)).result.article);
  }

  async preview(doc: DocumentRef, fileName: string): Promise<PreviewOutcome> {
    const linted = await this.current(doc);
    return buildPreviewModel({
      result: linted.result,
      dataset: linted.dataset,
      config: linted.config,
      uri: doc.key,
      fileName,
      version: doc.version,
    });
  }
}
