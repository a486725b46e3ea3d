// One engine session for every host (the CLI, the language server, an editor): the config
// cascade, the dataset choice, article detection, each open document's incremental parser,
// and the queries hosts ask (findings, fixes, hover, outline, preview). It takes a small file
// system interface and imports neither vscode nor Node, so the same answers come everywhere.
import { lint, fixAll, type LintOptions, type LintResult } from '../core/lint.js';
import { syntaxOf } from '../core/syntax/syntax.js';
import { readerOptions } from '../core/syntax/readers.js';
import { resolveConfig, type ResolvedConfig } from '../core/config/resolve.js';
import { formatSourceError } from '../core/config/json-source.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { createIncrementalParser, type MarkdownParser } from '../core/model/incremental.js';
import type { Occupation, RoleIndex } from '../core/dataset/types.js';
import { withRoleAliases } from '../core/dataset/aliases.js';
import { buildPreviewModel, type PreviewOutcome } from '../core/preview/model.js';
import { ConfigCascade, type LoadedConfig } from './config-cascade.js';
import { DatasetChoice, needsDataset } from './dataset-choice.js';
import type { SessionFileSystem } from './file-system.js';
import { hoverTable, salaryTolerance, type HoverTable } from './hover.js';
import { outline, type OutlineItem } from './outline.js';

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
}

export class Session {
  readonly configs: ConfigCascade;
  readonly datasets: DatasetChoice;
  private readonly parsers = new Map<string, MarkdownParser>();
  private readonly latest = new Map<string, DocumentLint>();

  constructor(private readonly options: SessionOptions) {
    this.configs = new ConfigCascade(options.fs, options.roots);
    this.datasets = new DatasetChoice(options.fs, options.bundled);
  }

  setRoots(roots: readonly string[]): void {
    this.configs.setRoots(roots);
  }

  /** The host saw `path` created, changed or deleted (a watch event). */
  fileChanged(path: string): void {
    if (path.endsWith(CONFIG_FILE_NAME)) this.configs.invalidate();
    // Any file may be some config's dataset; dropping an index that is not one costs nothing.
    this.datasets.invalidate(path);
    this.latest.clear();
  }

  /** The config in force for a document: a broken file means the defaults, with its errors as warnings. */
  async configFor(path: string | undefined): Promise<{ config: ResolvedConfig; loaded?: LoadedConfig; warnings: string[] }> {
    if (path === undefined) return { config: resolveConfig(), warnings: [] };
    const outcome = await this.configs.forFile(path);
    if (outcome.ok) return { config: outcome.value.config, loaded: outcome.value, warnings: [] };
    return { config: resolveConfig(), warnings: outcome.errors.map(formatSourceError) };
  }

  async lint(doc: DocumentRef): Promise<DocumentLint> {
    const { config, loaded, warnings } = await this.configFor(doc.path);
    let dataset: RoleIndex | undefined;
    if (needsDataset(config)) {
      const chosen = await this.datasets.index(loaded?.dataset);
      // The config's role aliases, so the hover and the preview see them as the rules do.
      dataset = withRoleAliases(chosen.index, config.roles);
      warnings.push(...chosen.warnings);
    }
    const result = lint(doc.text, { ...this.readerFor(doc), config, dataset });
    const outcome: DocumentLint = { key: doc.key, version: doc.version, result, config, loaded, dataset, warnings };
    this.latest.set(doc.key, outcome);
    return outcome;
  }

  /** The reader for the document's syntax (by its name, as the CLI decides); Markdown keeps an incremental parser per document. */
  private readerFor(doc: DocumentRef): Pick<LintOptions, 'syntax' | 'parser'> {
    const reader = readerOptions(syntaxOf(doc.path ?? doc.key, doc.text));
    if (reader.syntax !== 'markdown') return reader;
    let parser = this.parsers.get(doc.key);
    if (!parser) this.parsers.set(doc.key, (parser = createIncrementalParser()));
    return { ...reader, parser };
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
    const { syntax, parser } = readerOptions(syntaxOf(doc.path ?? doc.key, doc.text));
    const fixed = fixAll(doc.text, { config, dataset, syntax, ...(parser && { parser }) });
    return fixed.text === doc.text ? undefined : fixed.text;
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
      tolerance: salaryTolerance(linted.config),
      uri: doc.key,
      fileName,
      version: doc.version,
    });
  }
}
