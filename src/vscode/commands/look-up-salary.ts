// "Look Up Role Salary": search the dataset, then show the figures with actions to insert
// a sentence at the cursor or open the source page.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { pickRole } from '../role-picker.js';

export async function lookUpSalary(server: ServerClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  const picked = await pickRole(server, 'Look Up Role Salary', 'Type a job title', selected);
  if (!picked) return;
  const { occupation, summary, citation, salarySentence } = picked.match;
  const actions = ['Insert Sentence', ...(occupation.url ? ['Open Source'] : [])];
  const choice = await vscode.window.showInformationMessage(
    `${picked.role}: ${occupation.title} (${occupation.soc}). ${summary}. ${citation}.`,
    ...actions,
  );
  if (choice === 'Open Source' && occupation.url) await vscode.env.openExternal(vscode.Uri.parse(occupation.url));
  if (choice === 'Insert Sentence' && editor && salarySentence !== undefined) {
    await editor.edit((edit) => edit.replace(editor.selection, salarySentence));
  }
}
