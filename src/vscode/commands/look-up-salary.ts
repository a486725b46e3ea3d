// "Look Up Role Salary": search the dataset, then show the figures with actions to insert
// a sentence at the cursor or open the source page.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { pickRole } from '../role-picker.js';
import { citation, wageSummary } from '../../core/dataset/describe.js';
import { formatUsd } from '../../core/text/format-usd.js';
import { pluralRole } from '../../core/text/role-mentions.js';

export async function lookUpSalary(server: ServerClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  const picked = await pickRole(server, 'Look Up Role Salary', 'Type a job title', selected);
  if (!picked) return;
  const occupation = picked.match.occupation;
  const actions = ['Insert Sentence', ...(occupation.url ? ['Open Source'] : [])];
  const choice = await vscode.window.showInformationMessage(
    `${picked.role}: ${occupation.title} (${occupation.soc}). ${wageSummary(occupation)}. ${citation(occupation)}.`,
    ...actions,
  );
  if (choice === 'Open Source' && occupation.url) await vscode.env.openExternal(vscode.Uri.parse(occupation.url));
  if (choice === 'Insert Sentence' && editor && occupation.wages.mean !== undefined) {
    const plural = pluralRole(picked.role);
    const sentence = `${plural.charAt(0).toUpperCase()}${plural.slice(1)} earn an average salary of ${formatUsd(occupation.wages.mean)} per year (${citation(occupation)}).`;
    await editor.edit((edit) => edit.replace(editor.selection, sentence));
  }
}
