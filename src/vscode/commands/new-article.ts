// "New Comparison Article": pick two roles from the dataset, open an untitled Markdown
// document with the full skeleton, a salary sentence, the typical entry education and, when the
// data has projections for both roles, a job outlook sentence, all filled from the dataset.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { pickRole, searchRoles } from '../role-picker.js';
import { NEW_ARTICLE_REQUEST, type NewArticleParams, type NewArticleResponse } from '../../shared/lsp-protocol.js';

/** `roles` lets a test (or another extension) skip the pickers: `["Product Manager", "Sales Manager"]`. */
export async function newArticle(server: ServerClient, roles?: [string, string]): Promise<vscode.TextEditor | undefined> {
  const pickOrMatch = async (name: string | undefined, step: string) => {
    if (name) {
      const [match] = await searchRoles(server, { query: name, mode: 'best' });
      return match ? { role: name, match } : undefined;
    }
    return pickRole(server, `New Comparison Article (${step})`, 'Type a job title, e.g. "product manager"');
  };
  const a = await pickOrMatch(roles?.[0], '1/2: first role');
  if (!a) return undefined;
  const b = await pickOrMatch(roles?.[1], '2/2: second role');
  if (!b) return undefined;
  const params: NewArticleParams = { roles: [a, b] };
  const { content } = await server.request<NewArticleResponse>(NEW_ARTICLE_REQUEST, params);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}
