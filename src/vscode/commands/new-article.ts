// "New Comparison Article": pick two roles from the dataset and open an untitled Markdown
// document with the article the server writes for them (core/templates/new-article.ts, the
// template of `career-articles new`): the skeleton, a salary sentence, the typical entry
// education and, when the data has projections for both roles, a job outlook sentence.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { pickRole } from '../role-picker.js';
import { NEW_ARTICLE_REQUEST, type NewArticleParams, type NewArticleResponse } from '../../shared/lsp-protocol.js';

/** `roles` lets a test (or another extension) skip the pickers: `["Product Manager", "Sales Manager"]`. */
export async function newArticle(server: ServerClient, roles?: [string, string]): Promise<vscode.TextEditor | undefined> {
  const pick = async (name: string | undefined, step: string) =>
    name ?? (await pickRole(server, `New Comparison Article (${step})`, 'Type a job title, e.g. "product manager"'))?.role;
  const a = await pick(roles?.[0], '1/2: first role');
  if (!a) return undefined;
  const b = await pick(roles?.[1], '2/2: second role');
  if (!b) return undefined;
  const params: NewArticleParams = { roles: [a, b], syntax: 'markdown' };
  const written = await server.request<NewArticleResponse>(NEW_ARTICLE_REQUEST, params);
  if (!written.ok) {
    void vscode.window.showErrorMessage(`New Comparison Article: ${written.reason}`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: written.text });
  return vscode.window.showTextDocument(document);
}
