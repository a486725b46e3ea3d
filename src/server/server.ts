// The language server: a thin adapter from LSP to the session, which lives in a lint worker
// under a time budget (worker-host.ts) or, in a web worker, in the server's own thread. This
// thread never parses: it answers hovers and outlines from each document's latest snapshot,
// so it keeps answering while a document takes too long, and publishes diagnostics (push, or
// pull where the client supports it), the config's and dataset's problems on those files too.
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentRef } from '../session/session.js';
import { hoverAt } from '../session/hover.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import * as P from '../shared/lsp-protocol.js';
import { FIX_ALL_KIND, notCheckedDiagnostic, toDiagnostic, toSymbols } from './convert.js';
import { codeActions } from './code-actions.js';
import { DocumentStates, type Linted } from './documents.js';
import { FileProblemPublisher } from './file-problems.js';
import { registerRequests } from './requests.js';
import type { JobHost, Snapshot } from './protocol.js';
import { Cancelled, DEFAULT_BUDGET_MS, notCheckedReason } from './budget.js';
import { registerSiteRequests } from './site-requests.js';
import { SiteFindings, publishSiteChanges, registerSiteCheck } from './site-check.js';
import { ARTICLE_DELETIONS, followFolders, splitEvents } from './workspace-events.js';

export { PREVIEW_REQUEST } from '../shared/lsp-protocol.js';
const DEBOUNCE_MS = 150;

/** What differs between the Node server and the web one. */
export interface Platform {
  host: JobHost;
  /** The session's path for a document URI (undefined: no file behind it, e.g. untitled). */
  pathOf: (uri: string) => string | undefined;
  /** The URI of a session path (a config file or dataset to show problems on). */
  uriOf: (path: string) => string;
  /** Reads what this platform needs from the client's initialization options. */
  initialize?: (options: P.InitializationOptions | undefined) => void;
}

function budgetFrom(options: unknown): number | undefined {
  const value = (options as { timeBudgetMs?: unknown } | null | undefined)?.timeBudgetMs;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** The platform's pathOf, failing with an error response (not silence) on a URI it cannot map: `file:///a%2Fb.md`, `file://otherhost/…`. */
function mappedPaths(pathOf: Platform['pathOf']): Platform['pathOf'] {
  return (uri) => {
    try {
      return pathOf(uri);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ResponseError(ErrorCodes.InvalidParams, `career-articles: ${uri} names no file this server can read: ${why}`);
    }
  };
}

export function startServer(connection: Connection, platform: Platform): void {
  const { host, uriOf, initialize } = platform;
  const pathOf = mappedPaths(platform.pathOf);
  /** The paths of the URIs that have one (workspace folders, watch events): the rest are no file of ours. */
  const pathsOf = (uris: string[]) =>
    uris.flatMap((uri) => {
      try {
        return pathOf(uri) ?? [];
      } catch {
        return [];
      }
    });
  const documents = new TextDocuments(TextDocument);
  let pull = false;
  let watchDynamically = false;
  let lintOn: P.InitializationOptions['lintOn'] = 'onType';
  let maxFileSize = Infinity;
  const refOf = (doc: TextDocument): DocumentRef => ({
    key: doc.uri,
    path: pathOf(doc.uri),
    text: doc.getText(),
    version: doc.version,
    languageId: doc.languageId,
  });
  const onSaveOnly = (doc: TextDocument) => lintOn === 'onSave' || doc.getText().length > maxFileSize;
  const problems = new FileProblemPublisher(connection, uriOf);

  const applyOptions = (options: P.InitializationOptions | undefined) => {
    host.budgetMs = budgetFrom(options) ?? host.budgetMs;
    if (options?.lintOn) lintOn = options.lintOn;
    if (typeof options?.maxFileSize === 'number' && options.maxFileSize > 0) maxFileSize = options.maxFileSize;
    if (options?.editor) host.notify({ op: 'editor', options: options.editor });
  };

  const lint = async (doc: TextDocument): Promise<Linted | undefined> => {
    try {
      // The open document is updated in place: the version this lint reads is taken now.
      const ref = refOf(doc);
      const snapshot = await host.run({ op: 'lint', doc: ref }, () => documents.get(doc.uri)?.version !== ref.version);
      problems.report(snapshot);
      return { doc, snapshot };
    } catch (error) {
      if (error instanceof Cancelled) return undefined;
      // Over budget, a stack overflow, a worker out of memory, a URI with no path: one diagnostic says so.
      const reason = notCheckedReason(error, host.budgetMs);
      connection.console.error(`career-articles: ${doc.uri}: not checked: ${reason}`);
      return { doc, snapshot: undefined, reason };
    }
  };
  // The cross-article findings of the files last linted together (Lint Workspace, the site report).
  const site = new SiteFindings();
  /** The document's own findings and, while its text is the one the site was checked with, its site findings. */
  const findingsOf = (doc: TextDocument, snapshot: Snapshot) => [...snapshot.findings, ...site.findingsFor(doc.uri, doc.getText())];
  const diagnosticsOf = ({ doc, snapshot, reason }: Linted) =>
    snapshot
      ? findingsOf(doc, snapshot).map((f) => toDiagnostic(doc, f, site.locate))
      : [notCheckedDiagnostic(reason ?? 'the document was closed')];
  const publish = (linted: Linted) => {
    const { doc, snapshot } = linted;
    if (!pull) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(linted) });
    void connection.sendNotification(P.LINTED_NOTIFICATION, {
      uri: doc.uri,
      version: doc.version,
      isArticle: snapshot?.isArticle ?? false,
      sections: snapshot?.sections ?? [],
      findings: snapshot ? findingsOf(doc, snapshot).map((f) => ({ ruleId: f.ruleId, topic: f.topic, severity: f.severity })) : [],
      notChecked: !snapshot,
      onSaveOnly: onSaveOnly(doc),
    } satisfies P.LintedParams);
  };
  const states = new DocumentStates(DEBOUNCE_MS, lint, publish);
  const republishOpen = (uri: string) => {
    const linted = states.get(uri);
    if (linted) publish(linted);
    if (pull) void connection.languages.diagnostics.refresh();
  };
  // The workspace folders: the session confines datasets to them, the site set keeps to them.
  let folders: string[] = [];
  let followsFolders = false;
  const setFolders = (uris: string[]) => {
    folders = uris;
    host.notify({ op: 'roots', roots: pathsOf(uris) });
    site.roots = uris;
  };
  /** Deleted articles leave the site set: the others are checked again without them, and their own problems go. */
  const forgetDeleted = (uris: string[]) => {
    const changed = site.forget(uris);
    for (const uri of uris) if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (changed) publishSiteChanges(connection, { documents, site, republishOpen }, site.check().changed);
  };
  const relintAll = () => {
    for (const doc of documents.all()) states.schedule(doc, 0);
    if (pull) void connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params): InitializeResult => {
    const options = params.initializationOptions as P.InitializationOptions | undefined;
    pull = params.capabilities.textDocument?.diagnostic !== undefined && options?.pushDiagnostics !== true;
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    initialize?.(options);
    host.budgetMs = DEFAULT_BUDGET_MS;
    applyOptions(options);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- clients without workspace folders (Helix, older Neovim) send only rootUri
    const root = params.rootUri;
    setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (root ? [root] : []));
    followsFolders = params.capabilities.workspace?.workspaceFolders === true;
    host.warm();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
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
    if (followsFolders)
      followFolders(
        connection,
        () => folders,
        (changed) => {
          setFolders(changed);
          relintAll();
        },
      );
    if (!watchDynamically) return;
    // Configs anywhere, any JSON or CSV file that may be some config's dataset, and any JSON or
    // YAML file that may be some config's style file (the session tells which are).
    const watchers = [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{json,csv,yaml,yml}' }, ARTICLE_DELETIONS];
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .catch((error: unknown) => connection.console.warn(`career-articles: cannot watch configs and datasets: ${String(error)}`));
  });
  connection.onDidChangeConfiguration((change) => {
    applyOptions((change.settings as { careerArticles?: P.InitializationOptions } | null)?.careerArticles);
    relintAll();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const { deletedArticles, others } = splitEvents(changes);
    if (deletedArticles.length > 0) forgetDeleted(deletedArticles);
    if (others.length === 0) return;
    host.notify({ op: 'changed', paths: pathsOf(others.map((c) => c.uri)) });
    relintAll();
  });

  // Fired on open too: a document seen for the first time is linted at once, a keystroke after a
  // pause; a large document (or lint on save) waits for its save.
  documents.onDidChangeContent(({ document }) => {
    const seen = states.get(document.uri) !== undefined;
    if (!seen) states.schedule(document, 0);
    else if (!onSaveOnly(document)) states.schedule(document);
  });
  documents.onDidSave(({ document }) => states.schedule(document, 0));
  documents.onDidClose(({ document }) => {
    states.forget(document.uri, document);
    host.notify({ op: 'close', key: document.uri });
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    pathOf(textDocument.uri);
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
  connection.onDocumentSymbol(async ({ textDocument }) => {
    pathOf(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    // The snapshot of this version, at once when there is one (current() checks the version itself).
    const linted = await states.current(doc);
    return linted.snapshot ? toSymbols(linted.doc, linted.snapshot.outline) : [];
  });
  const fixAllEdit = async (uri: string, isCancelled: () => boolean) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    // The document is updated in place: an edit made while fixing must not be replaced.
    const ref = refOf(doc);
    const fixed = await host.run({ op: 'fixAll', doc: ref }, isCancelled).catch(() => undefined);
    if (fixed === undefined || documents.get(uri)?.version !== ref.version) return undefined;
    return { doc, edit: { range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: fixed } };
  };
  connection.onDocumentFormatting(async ({ textDocument }, token) => {
    const fixed = await fixAllEdit(textDocument.uri, () => token.isCancellationRequested);
    return fixed ? [fixed.edit] : [];
  });
  connection.onCodeAction(async (params, token) => {
    pathOf(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const linted = await states.current(doc);
    return codeActions(linted, params, token, (uri) => fixAllEdit(uri, () => token.isCancellationRequested));
  });
  registerRequests(connection, { documents, states, host, refOf, fixAllEdit, pathOf });
  registerSiteCheck(connection, { documents, site, republishOpen, host, pathOf });
  registerSiteRequests(connection, {
    documents,
    host,
    pathOf,
    uriOf,
    site,
    publishSite: (changed) => publishSiteChanges(connection, { documents, site, republishOpen }, changed),
  });
  connection.onShutdown(() => host.close());

  documents.listen(connection);
  connection.listen();
}
