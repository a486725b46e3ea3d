// "New Comparison Article": pick two roles from the dataset, open an untitled Markdown
// document with the full skeleton, a salary sentence, the typical entry education and, when the
// data has projections for both roles, a job outlook sentence, all filled from the dataset.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { pickRole, searchRoles } from '../role-picker.js';
import { articleSkeleton, roleText } from '../../core/templates/article.js';
import { outlookSentence, requirementsSentence, salarySentence } from '../../core/dataset/describe.js';

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
  const picked = [
    { role: a.role, occupation: a.match.occupation },
    { role: b.role, occupation: b.match.occupation },
  ] as const;
  const requirements = requirementsSentence(...picked);
  const outlook = outlookSentence(...picked);
  const content = articleSkeleton(roleText(a.role), roleText(b.role), {
    salarySentence: salarySentence(...picked),
    ...(requirements && { requirementsSentence: requirements }),
    ...(outlook && { outlookSentence: outlook }),
  });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}
