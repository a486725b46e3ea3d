// One engine session for every host (the CLI, the language server, an editor): the config
// cascade, the dataset choice, article detection, each open document's incremental parser,
// and the queries hosts ask (findings, fixes, hover, outline, preview). It takes a small file
// system interface and imports neither vscode nor Node, so the same answers come everywhere.
import { lint, fixAll, type LintOptions, type LintResult } from '../core/lint.js';
import { syntaxOf } from '../core/syntax/syntax.js';
import { readerOptions } from '../core/syntax/readers.js';
import { resolveConfig, withSeverityOverrides, type ResolvedConfig } from '../core/config/resolve.js';
import { mergeConfigFiles } from '../core/config/parse.js';
import { syntaxOfLanguage } from '../core/syntax/syntax.js';
import { formatSourceError } from '../core/config/json-source.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { createIncrementalParser, type MarkdownParser } from '../core/model/incremental.js';
import type { Occupation, RoleIndex } from '../core/dataset/types.js';
import { withRoleAliases } from '../core/dataset/aliases.js';
import { buildPreviewModel, type PreviewOutcome } from '../core/preview/model.js';
import { ConfigCascade, type LoadedConfig } from './config-cascade.js';
import { DatasetChoice, datasetInside, needsDataset, type FileProblems } from './dataset-choice.js';
import type { SessionFileSystem } from './file-system.js';
import { parseEditorOptions, type EditorOptions, type ParsedEditorOptions } from './editor-options.js';
import { hoverTable, type HoverTable } from './hover.js';
import { outline, type OutlineItem } from './outline.js';
import { unknownRoleCodes } from './role-codes.js';

export interface SessionOptions {
  fs: SessionFileSystem;
  /** Workspace folders: where the config walk stops (none: the filesystem root). */
  roots?: readonly string[];
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

/** The editor's language when it names a syntax, else the file's name and text decide (as the CLI does). */
export function syntaxFor(doc: Pick<DocumentRef, 'key' | 'path' | 'text' | 'languageId'>) {
  return (doc.languageId !== undefined ? syntaxOfLanguage(doc.languageId) : undefined) ?? syntaxOf(doc.path ?? doc.key, doc.text);
}

export class Session {
  readonly configs: ConfigCascade;
  readonly datasets: DatasetChoice;
  private readonly parsers = new Map<string, MarkdownParser>();
  private readonly latest = new Map<string, DocumentLint>();
  private editor: ParsedEditorOptions = parseEditorOptions();

  /** The host's file system, for queries that read beside the config cascade (session/site.ts). */
  get fs(): SessionFileSystem {
    return this.options.fs;
  }

  constructor(private readonly options: SessionOptions) {
    this.configs = new ConfigCascade(options.fs, options.roots);
    this.datasets = new DatasetChoice(options.fs, options.bundled);
  }

  /** An editor's settings and trust, applied under (and, for severity overrides, over) every config file. */
  setEditorOptions(options: EditorOptions): void {
    this.editor = parseEditorOptions(options);
    this.latest.clear();
  }

  setRoots(roots: readonly string[]): void {
    this.configs.setRoots(roots);
  }

  /** The host saw `path` created, changed or deleted (a watch event). */
  fileChanged(path: string): void {
    // A config's style file is part of it: editing the style re-lints as editing the config does.
    if (path.endsWith(CONFIG_FILE_NAME) || this.configs.namesStyleFile(path)) this.configs.invalidate();
    // Any file may be some config's dataset; dropping an index that is not one costs nothing.
    this.datasets.invalidate(path);
    this.latest.clear();
  }

  /** The config in force for a document: a broken file means the defaults, with its errors as warnings. */
  async configFor(
    path: string | undefined,
  ): Promise<{ config: ResolvedConfig; loaded?: LoadedConfig; warnings: string[]; problems: FileProblems[] }> {
    const { settings, severityOverrides, warning } = this.editor;
    const warnings = warning ? [warning] : [];
    const finish = (file: LoadedConfig['raw']) => withSeverityOverrides(resolveConfig(mergeConfigFiles(settings, file)), severityOverrides);
    if (path === undefined) return { config: finish({}), warnings, problems: [] };
    const outcome = await this.configs.forFile(path);
    if (outcome.ok) {
      const { value } = outcome;
      const problems = value.file === undefined ? [] : [{ file: value.file, errors: [] }];
      return { config: finish(value.raw), loaded: value, warnings, problems };
    }
    const file = outcome.errors[0]?.file;
    return {
      config: finish({}),
      warnings: [...warnings, ...outcome.errors.map(formatSourceError)],
      problems: file === undefined ? [] : [{ file, errors: outcome.errors }],
    };
  }

  /**
   * The workspace dataset for a document: its config's, else the editor setting's (relative to
   * the workspace folder). Read only in a trusted workspace, and only from inside the workspace
   * folder holding the document (or the config's own folder outside any), real paths compared: a
   * cloned repository's `"dataset": "../../../../etc/shadow"`, or a link to it, must not make the
   * editor read, and quote, a file outside it. An untrusted workspace's links are not even followed.
   */
  private async datasetFor(path: string | undefined, loaded: LoadedConfig | undefined, warnings: string[]): Promise<string | undefined> {
    const fs = this.options.fs;
    const folder = path === undefined ? undefined : (fs.parent(path) ?? path);
    const root = folder === undefined ? undefined : this.configs.rootOf(folder);
    const fromSettings = this.editor.settings.dataset;
    const dataset = loaded?.dataset ?? (fromSettings && root !== undefined ? fs.resolve(root, fromSettings) : undefined);
    if (dataset === undefined) return undefined;
    if (!this.editor.trusted) {
      warnings.push(
        `this workspace is not trusted, so its dataset ${dataset} is not read; salary figures are checked against the bundled BLS data only`,
      );
      return undefined;
    }
    const boundary = root ?? (loaded?.file === undefined ? undefined : fs.parent(loaded.file));
    if (boundary !== undefined && !(await datasetInside(fs, dataset, [boundary]))) {
      warnings.push(`the dataset ${dataset} is outside the workspace folder ${boundary}, so it is not read; using the bundled BLS data`);
      return undefined;
    }
    return dataset;
  }

  /** The config's area datasets, under the same trust and real-path folder rule as its dataset. */
  private async areaDatasetsFor(path: string | undefined, loaded: LoadedConfig | undefined, warnings: string[]): Promise<string[]> {
    const fs = this.options.fs;
    const files = loaded?.areaDatasets ?? [];
    if (files.length === 0) return [];
    if (!this.editor.trusted) {
      warnings.push(`this workspace is not trusted, so its area datasets are not read; figures for a state or city are not checked`);
      return [];
    }
    const folder = path === undefined ? undefined : (fs.parent(path) ?? path);
    const boundary =
      (folder === undefined ? undefined : this.configs.rootOf(folder)) ?? (loaded?.file === undefined ? undefined : fs.parent(loaded.file));
    const inside = await Promise.all(
      files.map((file) => (boundary === undefined ? Promise.resolve(true) : datasetInside(fs, file, [boundary]))),
    );
    return files.filter((file, i) => {
      if (!inside[i]) warnings.push(`the area dataset ${file} is outside the workspace folder ${boundary}, so it is not read`);
      return inside[i];
    });
  }

  async lint(doc: DocumentRef): Promise<DocumentLint> {
    const { config, loaded, warnings, problems } = await this.configFor(doc.path);
    let dataset: RoleIndex | undefined;
    const named = needsDataset(config) ? await this.datasetFor(doc.path, loaded, warnings) : undefined;
    if (needsDataset(config)) {
      const chosen = await this.datasets.index(named, await this.areaDatasetsFor(doc.path, loaded, warnings));
      // The config's role aliases, so the hover and the preview see them as the rules do.
      dataset = withRoleAliases(chosen.index, config.roles);
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
    const result = lint(excluded ? '' : doc.text, { ...this.readerFor(doc), config, dataset, force });
    const outcome: DocumentLint = { key: doc.key, version: doc.version, result, config, loaded, dataset, warnings, problems, excluded };
    this.latest.set(doc.key, outcome);
    return outcome;
  }

  /** The reader for the document's syntax (by its name, as the CLI decides); Markdown keeps an incremental parser per document. */
  private readerFor(doc: DocumentRef): Pick<LintOptions, 'syntax' | 'parser'> {
    const reader = readerOptions(syntaxFor(doc));
    if (reader.syntax !== 'markdown') return reader;
    let parser = this.parsers.get(doc.key);
    if (!parser) this.parsers.set(doc.key, (parser = createIncrementalParser()));
    return { ...reader, parser };
  }

  /**
   * The workspace dataset a job would load now, when it is not loaded yet: a document's at `path`
   * (an unsaved one has none), or with `document` false a role picker's, as roleIndex reads it. A
   * host with a time budget loads it first, outside the document's budget, under the dataset's own limit.
   */
  async pendingDataset(path: string | undefined, document = true): Promise<string | undefined> {
    if (document && path === undefined) return undefined;
    const at = path ?? this.rolesConfigPath();
    const { config, loaded } = await this.configFor(at);
    if (document && !needsDataset(config)) return undefined;
    const file = await this.datasetFor(at, loaded, []);
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
    const { syntax, parser } = readerOptions(syntaxFor(doc));
    const fixed = fixAll(doc.text, { config, dataset, syntax, ...(parser && { parser }) });
    return fixed.text === doc.text ? undefined : fixed.text;
  }

  /**
   * The role index articles at `path` are checked against; without a path, the first
   * workspace folder's (its settings' dataset), for role pickers that belong to no article.
   */
  async roleIndex(path?: string): Promise<RoleIndex> {
    const at = path ?? this.rolesConfigPath();
    const { loaded } = await this.configFor(at);
    return (await this.datasets.index(await this.datasetFor(at, loaded, []), await this.areaDatasetsFor(at, loaded, []))).index;
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
