// "Lint Current Article" and "Lint Workspace": the server lints, the client says what it found.
import * as vscode from 'vscode';
import * as P from '../../shared/lsp-protocol.js';
import type { ServerClient } from '../server-client.js';
import { ARTICLE_GLOB, isArticleLanguage } from '../documents.js';
import { readTextFile } from '../files.js';
import { totalsText } from '../../shared/severity-counts.js';

/** Resolves once the document's diagnostics for its current version are published. */
export async function lintCurrent(server: ServerClient): Promise<P.LintResponse | null> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isArticleLanguage(document)) {
    void vscode.window.showInformationMessage('Career Articles: open a Markdown, plain-text or HTML article to lint it.');
    return null;
  }
  const outcome = await server.request<P.LintResponse | null>(P.LINT_REQUEST, server.textDocument(document));
  if (outcome && !outcome.isArticle && !outcome.notChecked) {
    void vscode.window.showInformationMessage(
      'Career Articles: this file is not a comparison article (its title is not "A vs. B: …" and its front matter has no `career-article: true`).',
    );
  }
  return outcome;
}

export interface WorkspaceLintSummary {
  files: number;
  articles: number;
  /** Findings by severity, the cross-article ones included: what the Problems panel lists for these files. */
  errors: number;
  warnings: number;
  infos: number;
  /** Files not checked (over the time budget, or their lint failed): neither articles nor not. */
  notChecked: number;
  cancelled: boolean;
}

/**
 * Lints every article file in the workspace (or `folder`) into the Problems panel, with progress,
 * then checks them together (cross-article findings, published with each file's own), so the
 * notification counts what Problems lists and what the site report counts.
 */
export async function lintWorkspace(server: ServerClient, folder?: vscode.Uri): Promise<WorkspaceLintSummary> {
  const include = folder ? new vscode.RelativePattern(folder, ARTICLE_GLOB) : ARTICLE_GLOB;
  const files = await vscode.workspace.findFiles(include, '**/node_modules/**');
  const summary: WorkspaceLintSummary = {
    files: files.length,
    articles: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    notChecked: 0,
    cancelled: false,
  };
  const add = (totals: P.SeverityTotals) => {
    summary.errors += totals.errors;
    summary.warnings += totals.warnings;
    summary.infos += totals.infos;
  };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Career Articles: linting ${files.length} files`, cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          return;
        }
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        const outcome = await lintOne(server, uri, token);
        if (outcome?.notChecked !== undefined) summary.notChecked++;
        if (!outcome?.isArticle) continue;
        summary.articles++;
        add(outcome);
      }
      progress.report({ message: 'comparing the articles' });
      add(await server.request<P.SiteCheckResponse>(P.SITE_CHECK_REQUEST, { uris: files.map(String) } satisfies P.SiteCheckParams, token));
    },
  );
  const found = totalsText({ error: summary.errors, warning: summary.warnings, info: summary.infos });
  void vscode.window.showInformationMessage(
    `Career Articles: ${summary.cancelled ? 'cancelled after ' : ''}${summary.articles} articles in ${summary.files} files: ${found}${summary.notChecked > 0 ? `; ${summary.notChecked} not checked (over the time budget or failed)` : ''}.`,
  );
  return summary;
}

/** An open file is linted as it is in the editor; a closed one is read, not opened (opening thousands is slow). */
async function lintOne(server: ServerClient, uri: vscode.Uri, token: vscode.CancellationToken): Promise<P.LintFileResponse | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const text = open?.getText() ?? (await readTextFile(uri));
  if (text === undefined || text.includes('\u0000')) return undefined;
  const params: P.LintFileParams = { uri: uri.toString(), text, display: vscode.workspace.asRelativePath(uri, false) };
  return server.request<P.LintFileResponse>(P.LINT_FILE_REQUEST, params, token);
}
