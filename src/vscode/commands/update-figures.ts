// *Career Articles: Update Figures to the Current Release*: the server computes every article's
// refresh (the rules' own edits, core/refresh.ts) as one WorkspaceEdit whose edits need
// confirmation, so VS Code shows its refactor preview (which lists such edits unchecked: the
// author ticks the group, or single files, and applies); applied, it is one undoable edit.
import * as vscode from 'vscode';
import * as S from '../../shared/site-protocol.js';
import type { ServerClient } from '../server-client.js';
import { workspaceArticles } from '../site-files.js';

export interface UpdateFiguresOutcome {
  figures: number;
  files: number;
  left: number;
  applied: boolean;
}

/** Updates the workspace's (or `folder`'s) figures; resolves once the edit is applied or declined. */
export async function updateFigures(server: ServerClient, folder?: vscode.Uri): Promise<UpdateFiguresOutcome> {
  const answer = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Career Articles: checking figures against the current release',
      cancellable: true,
    },
    async (_progress, token) => {
      const files = await workspaceArticles(folder, token);
      return server.request<S.UpdateFiguresResponse>(S.UPDATE_FIGURES_REQUEST, { files } satisfies S.UpdateFiguresParams, token);
    },
  );
  const skipped = answer.notChecked.length;
  const leftNote =
    (answer.left > 0 ? ` ${answer.left} figures need you (see their problems).` : '') +
    (skipped > 0
      ? ` ${skipped} ${skipped === 1 ? 'file was' : 'files were'} not checked (${answer.notChecked[0]!.reason}${skipped > 1 ? ', …' : ''}).`
      : '');
  if (answer.figures === 0) {
    void vscode.window.showInformationMessage(`Career Articles: no figure is out of date.${leftNote}`);
    return { figures: answer.figures, files: answer.files, left: answer.left, applied: false };
  }
  const client = await server.start();
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(
    answer.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0],
  );
  if (!edit) return { figures: answer.figures, files: answer.files, left: answer.left, applied: false };
  void vscode.window.showInformationMessage(
    `Career Articles: ${answer.figures} figures in ${answer.files} articles are out of date: tick them in the Refactor Preview, then apply.`,
  );
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (applied)
    void vscode.window.showInformationMessage(`Career Articles: updated ${answer.figures} figures in ${answer.files} articles.${leftNote}`);
  return { figures: answer.figures, files: answer.files, left: answer.left, applied };
}
