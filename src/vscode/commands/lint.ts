// "Lint Current Article" and "Lint Workspace".
import * as vscode from 'vscode';
import type { LintResult } from '../../core/index.js';
import type { DiagnosticManager } from '../diagnostic-manager.js';
import type { LintService } from '../lint-service.js';
import { toDiagnostic } from '../diagnostic-mapping.js';
import { readTextFile } from '../files.js';
import { ARTICLE_GLOB, candidateSyntax, isArticleLanguage } from '../documents.js';

export async function lintCurrent(manager: DiagnosticManager): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isArticleLanguage(document)) {
    void vscode.window.showInformationMessage('Career Articles: open a Markdown, plain-text or HTML article to lint it.');
    return;
  }
  const outcome = await manager.lintNow(document, true);
  if (!outcome?.result.isArticle) {
    void vscode.window.showInformationMessage(
      'Career Articles: this file is not a comparison article (its title is not "A vs. B: …" and its front matter has no `career-article: true`).',
    );
  }
}

export interface WorkspaceLintSummary {
  files: number;
  articles: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

/** Lints every Markdown file in the workspace (or `folder`) into the Problems panel. */
export async function lintWorkspace(
  manager: DiagnosticManager,
  lints: LintService,
  extensionUri: vscode.Uri,
  folder?: vscode.Uri,
): Promise<WorkspaceLintSummary> {
  const include = folder ? new vscode.RelativePattern(folder, ARTICLE_GLOB) : ARTICLE_GLOB;
  const files = await vscode.workspace.findFiles(include, '**/node_modules/**');
  const summary: WorkspaceLintSummary = { files: files.length, articles: 0, errors: 0, warnings: 0, cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Career Articles: linting ${files.length} files`, cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          return;
        }
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const findings = open ? (await manager.lintNow(open, true))?.result : await lintClosed(uri, lints);
        if (!findings?.isArticle) continue;
        summary.articles++;
        summary.errors += findings.findings.filter((f) => f.severity === 'error').length;
        summary.warnings += findings.findings.filter((f) => f.severity === 'warning').length;
        if (!open)
          manager.collection.set(
            uri,
            findings.findings.map((f) => toDiagnostic(f, uri, extensionUri)),
          );
      }
    },
  );
  void vscode.window.showInformationMessage(
    `Career Articles: ${summary.cancelled ? 'cancelled after ' : ''}${summary.articles} articles in ${summary.files} files: ${summary.errors} errors, ${summary.warnings} warnings.`,
  );
  return summary;
}

/** A file that is not open is read, not opened: opening thousands of documents is slow. */
async function lintClosed(uri: vscode.Uri, lints: LintService): Promise<LintResult | undefined> {
  const text = await readTextFile(uri);
  if (text === undefined || text.includes('\u0000')) return undefined;
  const syntax = candidateSyntax(undefined, uri.path, text);
  if (!syntax) return undefined;
  return (await lints.lintText(uri, text, true, undefined, syntax))?.result;
}
