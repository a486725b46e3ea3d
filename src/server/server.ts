// The language server: a thin adapter from LSP to the session, which lives in a lint worker
// under a time budget (worker-host.ts). This thread never parses: it answers hovers and
// outlines from each document's latest snapshot, so it keeps answering while a document
// takes too long, and publishes diagnostics (push, or pull where the client supports it).
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type CancellationToken,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentRef } from '../session/session.js';
import { hoverAt } from '../session/hover.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { FIX_ALL_KIND, notCheckedDiagnostic, toDiagnostic, toSymbols } from './convert.js';
import { codeActions } from './code-actions.js';
import { DocumentStates, type Linted } from './documents.js';
import { Cancelled, OverBudget, WorkerHost, formatSeconds } from './worker-host.js';

export const PREVIEW_REQUEST = 'careerArticles/preview';
const DEFAULT_BUDGET_MS = 3000;
const DEBOUNCE_MS = 150;

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

function refOf(doc: TextDocument): DocumentRef {
  return { key: doc.uri, path: pathOf(doc.uri), text: doc.getText(), version: doc.version };
}

function budgetFrom(options: unknown): number | undefined {
  const value = (options as { timeBudgetMs?: unknown } | null | undefined)?.timeBudgetMs;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const host = new WorkerHost(DEFAULT_BUDGET_MS);
  let pull = false;
  let watchDynamically = false;

  const lint = async (doc: TextDocument): Promise<Linted | undefined> => {
    try {
      const snapshot = await host.run({ op: 'lint', doc: refOf(doc) }, () => documents.get(doc.uri)?.version !== doc.version);
      for (const warning of snapshot.warnings) connection.console.warn(`career-articles: ${warning}`);
      return { doc, snapshot };
    } catch (error) {
      if (error instanceof Cancelled) return undefined;
      if (error instanceof OverBudget) return { doc, snapshot: undefined };
      connection.console.error(`career-articles: ${doc.uri}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const diagnosticsOf = ({ doc, snapshot }: Linted) =>
    snapshot ? snapshot.findings.map((f) => toDiagnostic(doc, f)) : [notCheckedDiagnostic(formatSeconds(host.budgetMs))];
  const states = new DocumentStates(DEBOUNCE_MS, lint, (linted) => {
    if (!pull) void connection.sendDiagnostics({ uri: linted.doc.uri, version: linted.doc.version, diagnostics: diagnosticsOf(linted) });
  });
  const relintAll = () => {
    for (const doc of documents.all()) states.schedule(doc, 0);
    if (pull) void connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params): InitializeResult => {
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    host.budgetMs = budgetFrom(params.initializationOptions) ?? DEFAULT_BUDGET_MS;
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- clients without workspace folders (Helix, older Neovim) send only rootUri
    const root = params.rootUri;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (root ? [root] : []);
    host.notify({ op: 'roots', roots: folders.flatMap((uri) => pathOf(uri) ?? []) });
    host.warm();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        ...(pull && { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'career-articles' },
    };
  });
  connection.onInitialized(() => {
    if (!watchDynamically) return;
    // Configs anywhere, and any JSON or CSV file that may be some config's dataset.
    const watchers = [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{json,csv}' }];
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .catch((error: unknown) => connection.console.warn(`career-articles: cannot watch configs and datasets: ${String(error)}`));
  });
  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { careerArticles?: unknown } | null)?.careerArticles;
    const budget = budgetFrom(settings);
    if (budget !== undefined) host.budgetMs = budget;
    relintAll();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    host.notify({ op: 'changed', paths: changes.flatMap((c) => pathOf(c.uri) ?? []) });
    relintAll();
  });

  // Fired on open too: a document seen for the first time is linted at once, a keystroke after a pause.
  documents.onDidChangeContent(({ document }) => states.schedule(document, states.get(document.uri) ? undefined : 0));
  documents.onDidClose(({ document }) => {
    states.forget(document.uri, document);
    host.notify({ op: 'close', key: document.uri });
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return { kind: 'full', items: doc ? diagnosticsOf(await states.current(doc)) : [] };
  });
  connection.onHover(({ textDocument, position }) => {
    const linted = states.get(textDocument.uri);
    if (!linted?.snapshot) return null;
    const hover = hoverAt(linted.snapshot.hovers, linted.doc.offsetAt(position));
    if (!hover) return null;
    return {
      contents: { kind: 'markdown', value: hover.markdown },
      range: { start: linted.doc.positionAt(hover.start), end: linted.doc.positionAt(hover.end) },
    };
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const linted = states.get(textDocument.uri);
    return linted?.snapshot ? toSymbols(linted.doc, linted.snapshot.outline) : [];
  });
  const fixAllEdit = async (uri: string, isCancelled: () => boolean) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const fixed = await host.run({ op: 'fixAll', doc: refOf(doc) }, isCancelled).catch(() => undefined);
    if (fixed === undefined || documents.get(uri)?.version !== doc.version) return undefined;
    return { doc, edit: { range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: fixed } };
  };
  connection.onDocumentFormatting(async ({ textDocument }, token) => {
    const fixed = await fixAllEdit(textDocument.uri, () => token.isCancellationRequested);
    return fixed ? [fixed.edit] : [];
  });
  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const linted = await states.current(doc);
    return codeActions(linted, params, token, (uri) => fixAllEdit(uri, () => token.isCancellationRequested));
  });
  connection.onRequest(PREVIEW_REQUEST, async (params: { textDocument: { uri: string } }, token: CancellationToken) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { ok: false, reason: 'The document is not open.' };
    const fileName = doc.uri.slice(doc.uri.lastIndexOf('/') + 1);
    try {
      return await host.run({ op: 'preview', doc: refOf(doc), fileName }, () => token.isCancellationRequested);
    } catch (error) {
      if (error instanceof OverBudget)
        return { ok: false, reason: `not checked: this document takes too long to parse (${error.message})` };
      throw error;
    }
  });
  connection.onShutdown(() => host.close());

  documents.listen(connection);
  connection.listen();
}
