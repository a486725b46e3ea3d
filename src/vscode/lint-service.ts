// The diagnostic computer: which documents are articles, and their findings. Pure
// translation to the core; it keeps the latest result of each open document so code
// actions, hovers and the status bar read the same findings the Problems panel shows.
import * as vscode from 'vscode';
import type { LintResult, MarkdownParser } from '../core/index.js';
import { engine } from './engine.js';
import type { RoleIndex } from '../core/dataset/index.js';
import type { ConfigService, DocumentConfig } from './config-service.js';
import type { DatasetService } from './dataset-service.js';
import type { Syntax } from '../core/syntax/syntax.js';
import { candidateSyntax } from './documents.js';
import { readers } from './readers.js';

export interface DocumentLint {
  uri: string;
  version: number;
  result: LintResult;
  settings: DocumentConfig;
}

const LINTABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']);

/**
 * Glob test for a URI. The API's only glob matcher is languages.match, which reads just
 * the uri and languageId of the document it is given, so a closed file can be tested too.
 */
export function matchesGlob(uri: vscode.Uri, pattern: string): boolean {
  return vscode.languages.match({ pattern }, { uri, languageId: 'markdown' } as vscode.TextDocument) > 0;
}

export class LintService {
  /** With the document it was computed for: a reused URI ("Untitled-1") restarts at version 1. */
  private readonly latest = new Map<string, { lint: DocumentLint; document: vscode.TextDocument }>();
  /** Open documents' incremental parsers: a keystroke re-parses only the section it is in. */
  private readonly parsers = new Map<string, MarkdownParser>();
  /** The lint started last for each document: only its result becomes the latest. */
  private readonly started = new Map<string, number>();
  private nextStart = 0;

  constructor(
    private readonly configs: ConfigService,
    private readonly datasets: DatasetService,
  ) {}

  /**
   * Lints text as the document at `uri`; undefined when that file is excluded. While typing
   * (`complete` false) a dataset still loading is not waited for: structure findings come at
   * once and the salary findings follow when it is ready. Commands pass `complete`.
   */
  async lintText(
    uri: vscode.Uri,
    text: string,
    complete = false,
    parser?: MarkdownParser,
    syntax: Syntax = 'markdown',
  ): Promise<{ result: LintResult; settings: DocumentConfig } | undefined> {
    if (!LINTABLE_SCHEMES.has(uri.scheme)) return undefined;
    const settings = await this.configs.configFor(uri);
    if (settings.settings.exclude.some((pattern) => matchesGlob(uri, pattern))) return undefined;
    const force = settings.settings.include.some((pattern) => matchesGlob(uri, pattern));
    const { lint, RULES } = engine();
    const usesDataset = RULES.some((r) => r.usesDataset && settings.config.rules[r.id]?.severity !== 'off');
    let dataset: RoleIndex | undefined;
    if (usesDataset) dataset = complete ? await this.datasets.index(settings.dataset) : this.datasets.readyIndex(settings.dataset);
    // A page needs the HTML reader, loaded with its parser on the first HTML article.
    if (syntax === 'html') parser = readers().readHtml;
    return { result: lint(text, { config: settings.config, dataset, force, parser, syntax }), settings };
  }

  async lint(document: vscode.TextDocument, complete = false): Promise<DocumentLint | undefined> {
    const key = document.uri.toString();
    // The version of the text linted, read with it: the document may change while config loads.
    const version = document.version;
    const start = ++this.nextStart;
    this.started.set(key, start);
    const text = document.getText();
    // Plain text and HTML that do not look like articles never reach the engine.
    const syntax = candidateSyntax(document.languageId, document.uri.path, text);
    if (!syntax) {
      this.latest.delete(key);
      return undefined;
    }
    let parser = this.parsers.get(key);
    if (!parser && syntax === 'markdown') this.parsers.set(key, (parser = engine().createIncrementalParser()));
    const linted = await this.lintText(document.uri, text, complete, parser, syntax);
    if (!linted) return undefined;
    const outcome = { uri: key, version, ...linted };
    // Two lints of one version can overlap (a config change): the later one read the newer config.
    if (this.started.get(key) === start) this.latest.set(key, { lint: outcome, document });
    return outcome;
  }

  latestFor(document: vscode.TextDocument): DocumentLint | undefined {
    const latest = this.latest.get(document.uri.toString());
    return latest?.document === document && latest.lint.version === document.version ? latest.lint : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.latest.delete(uri.toString());
    this.parsers.delete(uri.toString());
    this.started.delete(uri.toString());
  }
}
