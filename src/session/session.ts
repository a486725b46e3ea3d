// One engine session for every host (the CLI, the language server, an editor): the config
// cascade, the dataset choice and its confinement, article detection, each open document's
// incremental parser, and the queries hosts ask (findings, fixes, hover, outline, preview). It
// takes a small file system interface and imports neither vscode nor Node, so the same answers
// come everywhere. A lint is two steps: settings.ts (async: which config and which datasets a
// path gets) and lint-document.ts (synchronous: this text with those settings); the CLI asks the
// first in its main thread and its workers call the second.
import type { LintResult } from '../core/lint.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { formatSourceError } from '../core/author-files/json-source.js';
import { DatasetChoice, type FileProblems } from './dataset-choice.js';
import type { DatasetPick } from './dataset-pick.js';
import type { EditorOptions } from './editor-options.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { createIncrementalParser, type MarkdownParser } from '../core/model/incremental.js';
import type { Occupation, RoleIndex } from '../core/dataset/types.js';
import { buildPreviewModel, type PreviewOutcome } from '../core/preview/model.js';
import type { ConfigCascade, LoadedConfig } from './config-cascade.js';
import { PathSettings, type DocumentSettings, type PathOptions } from './settings.js';

export type { DocumentSettings } from './settings.js';
import type { SessionFileSystem } from './file-system.js';
import { datasetWithAliases, fixDocument, lintDocument, syntaxFor, type DocumentText, type LintSettings } from './lint-document.js';
import { hoverTable, type HoverTable } from './hover.js';
import { outline, type OutlineItem } from './outline.js';
import { unknownRoleCodes } from './role-codes.js';

export interface SessionOptions extends PathOptions {
  /** The bundled occupations, loaded on first need. */
  bundled: () => Promise<readonly Occupation[]>;
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

export class Session {
  readonly configs: ConfigCascade;
  readonly datasets: DatasetChoice;
  private readonly parsers = new Map<string, MarkdownParser>();
  private readonly latest = new Map<string, DocumentLint>();
  /** The first step of a lint: the config and the datasets for a path. */
  readonly paths: PathSettings;

  /** The host's file system, for queries that read beside the config cascade (session/site.ts). */
  get fs(): SessionFileSystem {
    return this.options.fs;
  }

  constructor(private readonly options: SessionOptions) {
    this.paths = new PathSettings(options);
    this.configs = this.paths.configs;
    this.datasets = new DatasetChoice(options.fs, options.bundled);
  }

  /** An editor's settings and trust, applied under (and, for severity overrides, over) every config file. */
  setEditorOptions(options: EditorOptions): void {
    this.paths.setEditorOptions(options);
    this.latest.clear();
  }

  setRoots(roots: readonly string[]): void {
    this.paths.setRoots(roots);
    this.latest.clear();
  }

  /** The host saw `path` created, changed or deleted (a watch event). */
  fileChanged(path: string): void {
    this.paths.fileChanged(path);
    // Any file may be some config's dataset; dropping an index that is not one costs nothing.
    this.datasets.invalidate(path);
    this.latest.clear();
  }

  configFor(path: string | undefined): ReturnType<PathSettings['configFor']> {
    return this.paths.configFor(path);
  }

  settingsFor(path: string | undefined): Promise<DocumentSettings> {
    return this.paths.settingsFor(path);
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
    const excluded = this.paths.editor.isExcluded(where);
    const force = !excluded && this.paths.editor.isIncluded(where);
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
    return (await this.paths.datasetsFor(at === undefined ? undefined : (this.options.fs.parent(at) ?? at), loaded)).pick;
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
