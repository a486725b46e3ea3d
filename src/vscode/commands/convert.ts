// "Convert to Markdown Article": the plain-text or HTML article in the active editor as a
// Markdown article in the standard shape, opened as a new untitled document (the source is
// left as it is; saving the Markdown is the author's choice).
import * as vscode from 'vscode';
import type { LintService } from '../lint-service.js';
import { readers } from '../readers.js';
import { syntaxOfLanguage } from '../../core/syntax/syntax.js';

export async function convertToMarkdown(lints: LintService): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const syntax = document && syntaxOfLanguage(document.languageId);
  if (!document || !syntax || syntax === 'markdown') {
    void vscode.window.showInformationMessage('Career Articles: open a plain-text or HTML article to convert it.');
    return undefined;
  }
  // Linted as the document is (its config's heading synonyms decide what a section is).
  const linted = await lints.lintText(document.uri, document.getText(), false, undefined, syntax);
  if (!linted?.result.isArticle) {
    void vscode.window.showInformationMessage('Career Articles: this file is not a comparison article (no "A vs. B" title or heading).');
    return undefined;
  }
  const { article } = linted.result;
  const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: readers().articleToMarkdown(article) });
  await vscode.window.showTextDocument(markdown);
  return markdown;
}
