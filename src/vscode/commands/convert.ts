// "Convert to Markdown Article": the plain-text or HTML article in the active editor as a
// Markdown article in the standard shape (written by the server, which reads it as it lints
// it), opened as a new untitled document; the source is left as it is.
import * as vscode from 'vscode';
import { CONVERT_REQUEST, type ConvertResponse } from '../../shared/lsp-protocol.js';
import type { ServerClient } from '../server-client.js';
import { syntaxOfLanguage } from '../../shared/syntax.js';

export async function convertToMarkdown(server: ServerClient): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const syntax = document && syntaxOfLanguage(document.languageId);
  if (!document || !syntax || syntax === 'markdown') {
    void vscode.window.showInformationMessage('Career Articles: open a plain-text or HTML article to convert it.');
    return undefined;
  }
  const converted = await server.request<ConvertResponse>(CONVERT_REQUEST, server.textDocument(document));
  if (!converted.ok) {
    void vscode.window.showInformationMessage(`Career Articles: ${converted.reason}`);
    return undefined;
  }
  const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: converted.markdown });
  await vscode.window.showTextDocument(markdown);
  return markdown;
}
