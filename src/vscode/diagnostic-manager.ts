// The diagnostic manager: when to lint (open, type, save, config change) and what to
// publish. Typing is debounced per document; every lint carries the document version it
// started from, and a result whose version is no longer current is dropped, so stale
// findings are never shown. Lints of one version can overlap too (a config change re-lints
// while a lint with the old config is still reading): only the one started last publishes.
import * as vscode from 'vscode';
import type { DocumentLint, LintService } from './lint-service.js';
import { toDiagnostic } from './diagnostic-mapping.js';
import { readSettings } from './settings.js';
import { isArticleLanguage } from './documents.js';

export const DEBOUNCE_MS = 250;

export interface LintEvent {
  document: vscode.TextDocument;
  /** Undefined when the document is not linted (not an article, excluded, closed). */
  lint: DocumentLint | undefined;
  /** Set when typing does not trigger lints for this document (too large). */
  onSaveOnly: boolean;
}

export class DiagnosticManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('career-articles');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The lint started last for each document: it alone publishes. */
  private readonly running = new Map<string, Promise<DocumentLint | undefined>>();
  private readonly linted = new vscode.EventEmitter<LintEvent>();
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];

  constructor(
    private readonly lints: LintService,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.onDidOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onDidChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onDidClose(d)),
    );
  }

  lintOpenDocuments(): void {
    for (const d of vscode.workspace.textDocuments) void this.lintNow(d);
  }

  private onDidOpen(document: vscode.TextDocument): void {
    void this.lintNow(document);
  }

  private onDidChange(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (!isArticleLanguage(document) || event.contentChanges.length === 0) return;
    const settings = readSettings(document.uri);
    if (settings.lintOn !== 'onType') return;
    if (document.getText().length > settings.maxFileSize) {
      this.linted.fire({ document, lint: this.lints.latestFor(document), onSaveOnly: true });
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.lintNow(document), DEBOUNCE_MS),
    );
  }

  private onDidClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.running.delete(key);
    this.collection.delete(document.uri);
    this.lints.forget(document.uri);
  }

  /**
   * Lints now and publishes, unless the document changed or closed meanwhile. Resolves once
   * the published result is there: a lint overtaken by a later one resolves with that one.
   */
  lintNow(document: vscode.TextDocument, complete = false): Promise<DocumentLint | undefined> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!isArticleLanguage(document)) return Promise.resolve(undefined);
    const run: Promise<DocumentLint | undefined> = this.lintAndPublish(document, complete, () => this.running.get(key) === run);
    this.running.set(key, run);
    const settle = () => this.running.get(key) === run && this.running.delete(key);
    run.then(settle, settle);
    return run;
  }

  private async lintAndPublish(
    document: vscode.TextDocument,
    complete: boolean,
    isLatest: () => boolean,
  ): Promise<DocumentLint | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    let outcome: DocumentLint | undefined;
    try {
      outcome = await this.lints.lint(document, complete);
    } catch (error) {
      // The engine turns rule failures into findings; anything else is ours: log, don't crash.
      console.error('career-articles: lint failed', error);
      return undefined;
    }
    // An untitled document closed meanwhile can hand its URI to a new one ("Untitled-1"):
    // only the document that is open under this URI now may publish there.
    if (document.isClosed || document.version !== version || !vscode.workspace.textDocuments.includes(document)) return undefined;
    // A later lint of the same text may have read a newer config: its result stands.
    if (!isLatest()) return this.running.get(key) ?? outcome;
    const diagnostics = outcome?.result.findings.map((f) => toDiagnostic(f, document.uri, this.extensionUri)) ?? [];
    this.collection.set(document.uri, diagnostics);
    const large = document.getText().length > (outcome?.settings.settings.maxFileSize ?? Infinity);
    this.linted.fire({ document, lint: outcome, onSaveOnly: large });
    return outcome;
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    for (const d of this.disposables) d.dispose();
  }
}
