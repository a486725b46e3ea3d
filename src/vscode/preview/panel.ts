// One side-by-side preview panel: which article it shows, when to redraw it and what the
// page may ask for. It redraws from the DiagnosticManager's lints (debounced, stale
// versions already dropped there), so it shows exactly what the Problems panel shows; a
// generation counter drops a model whose lint went stale while the dataset loaded.
import * as vscode from 'vscode';
import { rowAtLine, type PreviewModel, type RowId } from '../../shared/preview-model.js';
import { parseToExtension, type PageSnapshot, type ToExtension, type ToPage } from '../../shared/preview-messages.js';
import { LINT_REQUEST, PREVIEW_REQUEST, type LintedParams, type PreviewParams, type PreviewResponse } from '../../shared/lsp-protocol.js';
import type { LintedEvent, ServerClient } from '../server-client.js';
import { pageShell, webviewOptions } from './html.js';
import { exportComparison, insertMissing, revealLines } from './page-actions.js';
import { isArticleLanguage } from '../documents.js';

export interface PreviewServices {
  extensionUri: vscode.Uri;
  server: ServerClient;
}

export interface RenderEvent {
  uri: string;
  version: number;
  /** From the first keystroke not yet shown to the page's acknowledgement, when a keystroke caused it. */
  latencyMs: number | undefined;
}

const fileName = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderEvent>();
  readonly onDidRender = this.rendered.event;
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.closed.event;
  private model: PreviewModel | undefined;
  private lastMessage: ToPage | undefined;
  private highlighted: RowId | null = null;
  /** 1-based line of the cursor in the article's editor, for the highlighted row. */
  private cursorLine: number | undefined;
  private disposed = false;
  private generation = 0;
  /** The earliest edit the page has not shown yet, for the edit-to-render time. */
  private pendingEdit: { version: number; at: number } | undefined;
  private readonly queries = new Map<number, (snapshot: PageSnapshot) => void>();
  private queryId = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri | undefined,
    private readonly services: PreviewServices,
  ) {
    panel.webview.options = webviewOptions(services.extensionUri);
    panel.webview.html = pageShell(panel.webview, services.extensionUri);
    this.disposables.push(
      this.rendered,
      this.closed,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((data: unknown) => this.onDidReceiveMessage(data)),
      services.server.onDidLint((event) => this.onDidLint(event)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.onDidChangeActiveTextEditor(editor)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.onDidChangeSelection(event.textEditor)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onDidChangeDocument(event)),
    );
    if (uri) void this.show(uri);
    else this.post({ type: 'empty', reason: 'Open a comparison article to see its two roles side by side.' });
  }

  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Shows `uri`: at once from its latest lint, else once the lint it triggers is done. */
  async show(uri: vscode.Uri): Promise<void> {
    this.follow(uri);
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch {
      this.post({ type: 'empty', reason: `Cannot open ${fileName(uri)}.`, uri: uri.toString() });
      return;
    }
    if (!isArticleLanguage(document)) {
      this.post({ type: 'empty', reason: `${fileName(uri)} is not a Markdown, plain-text or HTML file.`, uri: uri.toString() });
      return;
    }
    const latest = this.services.server.latestFor(document);
    // Without a current lint, lint now: its onDidLint event draws the page.
    if (latest) await this.update(document, latest, false);
    else void this.services.server.request(LINT_REQUEST, this.services.server.textDocument(document));
  }

  private follow(uri: vscode.Uri): void {
    this.uri = uri;
    this.panel.title = `Compare: ${fileName(uri)}`;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    this.cursorLine = editor && editor.selection.active.line + 1;
  }

  private async update(document: vscode.TextDocument, lint: LintedParams | undefined, onSaveOnly: boolean): Promise<void> {
    const generation = ++this.generation;
    if (!lint?.isArticle) {
      // A large file typed in has no current lint until it is saved: keep showing the last one.
      if (onSaveOnly) return;
      this.model = undefined;
      this.post({
        type: 'empty',
        reason: `${fileName(document.uri)} is not linted as an article (excluded, or not Markdown).`,
        uri: document.uri.toString(),
      });
      return;
    }
    // The server builds the model from the same lint (its judgements, its config's tolerance).
    const params: PreviewParams = { ...this.services.server.textDocument(document), fileName: fileName(document.uri) };
    const outcome = await this.services.server.request<PreviewResponse>(PREVIEW_REQUEST, params);
    if (generation !== this.generation || document.version !== lint.version || document.uri.toString() !== this.uri?.toString()) return;
    if (outcome.ok) outcome.model.onSaveOnly = onSaveOnly;
    if (!outcome.ok) {
      this.model = undefined;
      this.post({ type: 'empty', reason: outcome.reason, uri: lint.uri });
      return;
    }
    this.model = outcome.model;
    this.post({ type: 'render', model: outcome.model });
    this.sendHighlight();
  }

  private onDidLint(event: LintedEvent): void {
    const key = event.document.uri.toString();
    if (key === this.uri?.toString()) {
      void this.update(event.document, event, event.onSaveOnly);
      return;
    }
    // Follow the active editor to another article once we know it is one.
    if (event.document === vscode.window.activeTextEditor?.document && event.isArticle) {
      this.follow(event.document.uri);
      void this.update(event.document, event, event.onSaveOnly);
    }
  }

  private onDidChangeActiveTextEditor(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    if (!document || !isArticleLanguage(document) || document.uri.toString() === this.uri?.toString()) return;
    const latest = this.services.server.latestFor(document);
    if (latest?.isArticle) void this.show(document.uri);
  }

  private onDidChangeSelection(editor: vscode.TextEditor): void {
    if (editor.document.uri.toString() !== this.uri?.toString()) return;
    this.cursorLine = editor.selection.active.line + 1;
    this.sendHighlight();
  }

  /** Tells the page which row the cursor is in, when that changed. */
  private sendHighlight(): void {
    if (!this.model) return;
    const row = this.cursorLine === undefined ? null : (rowAtLine(this.model, this.cursorLine) ?? null);
    if (row === this.highlighted) return;
    this.highlighted = row;
    void this.panel.webview.postMessage({ type: 'highlight', row } satisfies ToPage);
  }

  private onDidChangeDocument(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0 || event.document.uri.toString() !== this.uri?.toString()) return;
    this.pendingEdit ??= { version: event.document.version, at: performance.now() };
  }

  private post(message: ToPage): void {
    this.lastMessage = message;
    void this.panel.webview.postMessage(message);
  }

  private onDidReceiveMessage(data: unknown): void {
    const message = parseToExtension(data);
    if (!message) {
      console.warn('career-articles: dropped a malformed message from the preview page');
      return;
    }
    void this.handle(message).catch((error: unknown) => {
      void vscode.window.showErrorMessage(`Career Articles preview: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private async handle(message: ToExtension): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A page (re)loaded: after a reload, or when a hidden panel is shown again.
        if (this.lastMessage) await this.panel.webview.postMessage(this.lastMessage);
        if (this.highlighted) await this.panel.webview.postMessage({ type: 'highlight', row: this.highlighted } satisfies ToPage);
        return;
      case 'rendered': {
        const edit = this.pendingEdit;
        const caught = edit !== undefined && message.version >= edit.version;
        if (caught) this.pendingEdit = undefined;
        this.rendered.fire({
          uri: this.uri?.toString() ?? '',
          version: message.version,
          latencyMs: caught ? performance.now() - edit.at : undefined,
        });
        return;
      }
      case 'reveal':
        if (this.uri) await revealLines(this.uri, message.lines, this.panel.viewColumn);
        return;
      case 'insertMissing':
        if (this.uri) await insertMissing(this.services.server, this.uri, message.row, message.column, this.panel.viewColumn);
        return;
      case 'export':
        if (this.model) await exportComparison(this.model, message.target);
        return;
      case 'queryResult':
        this.queries.get(message.id)?.(message.snapshot);
        this.queries.delete(message.id);
        return;
    }
  }

  /** The page's own account of what it shows (for the tests). */
  query(timeoutMs = 5000): Promise<PageSnapshot> {
    const id = ++this.queryId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.queries.delete(id);
        reject(new Error(`The preview page did not answer query ${id} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.queries.set(id, (snapshot) => {
        clearTimeout(timer);
        resolve(snapshot);
      });
      void this.panel.webview.postMessage({ type: 'query', id } satisfies ToPage);
    });
  }

  /** Clicks in the page as the user would (for the tests). */
  click(target: Omit<Extract<ToPage, { type: 'click' }>, 'type'>): Thenable<boolean> {
    return this.panel.webview.postMessage({ type: 'click', ...target } satisfies ToPage);
  }

  get currentModel(): PreviewModel | undefined {
    return this.model;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.closed.fire();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
