// The extension's side of the language server: starts it on the first article (activation
// loads none of it), sends it the editor's settings and trust, and answers the requests the
// web server makes for files. Commands, the preview and the status bar ask it for their data,
// and follow its "linted" notifications.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import * as P from '../shared/lsp-protocol.js';
import { languageClientModule } from './client-loader.js';
import { candidateSyntax } from './documents.js';
import { LINTABLE_SCHEMES } from './client-options.js';
import { MAX_DATASET_BYTES, readLimitedTextFile } from './files.js';
import { readSettings, SECTION } from './settings.js';

export interface LintedEvent extends P.LintedParams {
  document: vscode.TextDocument;
}

function optionsNow(): P.InitializationOptions {
  const settings = readSettings();
  // Plain data: settings values are proxies, which a web worker's postMessage cannot clone.
  return plain({
    editor: {
      settings: settings.config,
      severityOverrides: settings.severityOverrides,
      include: settings.include,
      exclude: settings.exclude,
      trusted: vscode.workspace.isTrusted,
    },
    lintOn: settings.lintOn,
    maxFileSize: settings.maxFileSize,
  });
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class ServerClient implements vscode.Disposable {
  private client: Promise<BaseLanguageClient> | undefined;
  private started: BaseLanguageClient | undefined;
  private readonly latest = new Map<string, P.LintedParams>();
  private readonly linted = new vscode.EventEmitter<LintedEvent>();
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [this.linted];

  constructor(private readonly extensionUri: vscode.Uri) {
    const changed = () =>
      void this.started?.sendNotification('workspace/didChangeConfiguration', { settings: { careerArticles: optionsNow() } });
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.onDidOpen(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.latest.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && changed()),
      // Once trusted, the workspace's own dataset applies.
      vscode.workspace.onDidGrantWorkspaceTrust(changed),
    );
  }

  /** Starts the server if an article may be open already (after activation returns: it stays fast). */
  startIfNeeded(): void {
    if (vscode.workspace.textDocuments.some((d) => this.mayBeArticle(d))) setTimeout(() => void this.start(), 0);
  }

  /** Markdown, or plain text and HTML with an "A vs. B" title near the top: any other .txt leaves the server unstarted. */
  private mayBeArticle(document: vscode.TextDocument): boolean {
    if (!LINTABLE_SCHEMES.includes(document.uri.scheme)) return false;
    return candidateSyntax(document.languageId, document.uri.path, document.getText()) !== undefined;
  }

  private onDidOpen(document: vscode.TextDocument): void {
    if (this.mayBeArticle(document)) void this.start();
  }

  start(): Promise<BaseLanguageClient> {
    this.client ??= (async () => {
      const client = await languageClientModule().createLanguageClient(this.extensionUri, optionsNow());
      client.onNotification(P.LINTED_NOTIFICATION, (params: P.LintedParams) => this.onLinted(params));
      client.onRequest(P.READ_FILE_REQUEST, ({ path }: P.PathParams) => this.readFile(path));
      client.onRequest(P.EXISTS_REQUEST, ({ path }: P.PathParams) =>
        vscode.workspace.fs.stat(vscode.Uri.parse(path)).then(
          () => true,
          () => false,
        ),
      );
      await client.start();
      this.started = client;
      return client;
    })();
    return this.client;
  }

  private async readFile(path: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
    const read = await readLimitedTextFile(vscode.Uri.parse(path), MAX_DATASET_BYTES);
    if (read === undefined) return { ok: false, reason: 'cannot be read' };
    return 'reason' in read ? { ok: false, reason: read.reason } : { ok: true, text: read.text };
  }

  private onLinted(params: P.LintedParams): void {
    this.latest.set(params.uri, params);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === params.uri);
    if (document) this.linted.fire({ ...params, document });
  }

  /** The latest lint of this exact version of the document, if the server published one. */
  latestFor(document: vscode.TextDocument): P.LintedParams | undefined {
    const latest = this.latest.get(document.uri.toString());
    return latest?.version === document.version ? latest : undefined;
  }

  /** The diagnostic collection the server's findings are published in (once it started). */
  get collection(): vscode.DiagnosticCollection | undefined {
    return this.started?.diagnostics;
  }

  async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    const client = await this.start();
    // An undefined token would travel as a second positional parameter.
    return token ? client.sendRequest<R>(method, params, token) : client.sendRequest<R>(method, params);
  }

  textDocument(document: vscode.TextDocument): P.TextDocumentParams {
    return { textDocument: { uri: document.uri.toString() } };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.started?.stop();
  }
}
