// "Fix All Problems": every safe fix, as one undoable edit.
import * as vscode from 'vscode';
import type { LintService } from '../lint-service.js';
import { fixAllEdit } from '../code-actions.js';
import { isArticleLanguage } from '../documents.js';

export async function fixAllProblems(lints: LintService): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isArticleLanguage(document)) return false;
  const edit = await fixAllEdit(document, lints);
  if (!edit) {
    void vscode.window.setStatusBarMessage('Career Articles: nothing to fix', 3000);
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
