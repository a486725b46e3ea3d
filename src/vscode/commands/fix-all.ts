// "Fix All Problems": every safe fix (computed by the server), as one undoable edit.
import * as vscode from 'vscode';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { FIX_ALL_REQUEST } from '../../shared/lsp-protocol.js';
import type { ServerClient } from '../server-client.js';
import { isArticleLanguage } from '../documents.js';

export async function fixAllProblems(server: ServerClient): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isArticleLanguage(document)) return false;
  const version = document.version;
  const fixed = await server.request<TextEdit | null>(FIX_ALL_REQUEST, server.textDocument(document));
  if (!fixed || document.version !== version) {
    void vscode.window.setStatusBarMessage('Career Articles: nothing to fix', 3000);
    return false;
  }
  const { start, end } = fixed.range;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(start.line, start.character, end.line, end.character), fixed.newText);
  return vscode.workspace.applyEdit(edit);
}
