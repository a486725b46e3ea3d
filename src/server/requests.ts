// The server's custom requests (shared/lsp-protocol.ts): what the VS Code client's commands and
// preview ask, answered from the same documents, snapshots and worker as the LSP features.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import type { DocumentRef } from '../session/session.js';
import * as P from '../shared/lsp-protocol.js';
import type { DocumentStates } from './documents.js';
import type { JobHost } from './protocol.js';
import { OverBudget } from './budget.js';
import { roleHit } from './role-text.js';
import { missingFix } from './missing-fix.js';

export interface RequestContext {
  documents: TextDocuments<TextDocument>;
  states: DocumentStates;
  host: JobHost;
  refOf: (doc: TextDocument) => DocumentRef;
  fixAllEdit: (uri: string, isCancelled: () => boolean) => Promise<{ edit: { newText: string } } | undefined>;
  pathOf: (uri: string) => string | undefined;
}

export function registerRequests(connection: Connection, { documents, states, host, refOf, fixAllEdit, pathOf }: RequestContext): void {
  const overBudget = (error: unknown) => {
    if (error instanceof OverBudget)
      return { ok: false as const, reason: `not checked: this document takes too long to parse (${error.message})` };
    throw error;
  };
  connection.onRequest(P.LINT_REQUEST, async ({ textDocument }: P.TextDocumentParams): Promise<P.LintResponse | null> => {
    pathOf(textDocument.uri); // an error response for a URI with no path, before any wait
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const { snapshot } = await states.fresh(doc);
    return { version: doc.version, isArticle: snapshot?.isArticle ?? false, notChecked: !snapshot };
  });
  connection.onRequest(P.FINDINGS_REQUEST, async ({ textDocument }: P.TextDocumentParams): Promise<P.FindingsResponse | null> => {
    pathOf(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const { snapshot } = await states.current(doc);
    return { version: doc.version, findings: snapshot?.findings ?? [], roles: snapshot?.roles };
  });
  connection.onRequest(P.MISSING_FIX_REQUEST, async (params: P.MissingFixParams): Promise<P.MissingFixResponse | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const { snapshot } = await states.current(doc);
    return { version: doc.version, fix: snapshot && missingFix(snapshot.findings, snapshot.roles, params) };
  });
  connection.onRequest(P.FIX_ALL_REQUEST, async ({ textDocument }: P.TextDocumentParams, token: CancellationToken) => {
    const fixed = await fixAllEdit(textDocument.uri, () => token.isCancellationRequested);
    return fixed?.edit ?? null;
  });
  connection.onRequest(P.PREVIEW_REQUEST, async (params: P.PreviewParams, token: CancellationToken) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { ok: false, reason: 'The document is not open.' };
    const fileName = params.fileName ?? decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
    return host.run({ op: 'preview', doc: refOf(doc), fileName }, () => token.isCancellationRequested).catch(overBudget);
  });
  connection.onRequest(P.CONVERT_REQUEST, async ({ textDocument }: P.TextDocumentParams, token: CancellationToken) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return { ok: false, reason: 'The document is not open.' } satisfies P.ConvertResponse;
    return host.run({ op: 'convert', doc: refOf(doc) }, () => token.isCancellationRequested).catch(overBudget);
  });
  connection.onRequest(P.ROLES_REQUEST, async (params: P.RolesParams): Promise<P.RolesResponse> =>
    (await host.run({ op: 'roles', params })).map(roleHit),
  );
  connection.onRequest(P.NEW_ARTICLE_REQUEST, (params: P.NewArticleParams) => host.run({ op: 'newArticle', params }));
  connection.onRequest(P.DATASET_INFO_REQUEST, () => host.run({ op: 'datasetInfo' }));
}
