// "Fix All Problems": every safe fix, as one undoable edit.
import * as vscode from 'vscode';
import type { DiagnosticManager } from '../diagnostic-manager.js';
import type { LintService } from '../lint-service.js';
import { fixAllEdit } from '../code-actions.js';

export async function fixAllProblems(manager: DiagnosticManager, lints: LintService): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') return false;
  if (!lints.latestFor(document)) await manager.lintNow(document);
  const edit = fixAllEdit(document, lints);
  if (!edit) {
    void vscode.window.setStatusBarMessage('Career Articles: nothing to fix', 3000);
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
