// *Career Articles: Update Figures to the Current Release*: the server computes every article's
// refresh (the rules' own edits, core/refresh.ts) as one WorkspaceEdit whose edits need
// confirmation, so VS Code shows its refactor preview (which lists such edits unchecked: the
// author ticks the group, or single files, and applies); applied, it is one undoable edit.
// The files to edit are opened first, so the edit is pinned to their versions: see `pinned`.
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
  const { files, answer } = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Career Articles: checking figures against the current release',
      cancellable: true,
    },
    async (_progress, token) => {
      const files = await workspaceArticles(folder, token);
      const params: S.UpdateFiguresParams = { files };
      return { files, answer: await server.request<S.UpdateFiguresResponse>(S.UPDATE_FIGURES_REQUEST, params, token) };
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
  const changed = await pinned(edit, new Map(files.map((f) => [f.uri, f.text])));
  if (changed.length > 0) {
    void vscode.window.showWarningMessage(
      `Career Articles: ${vscode.workspace.asRelativePath(changed[0]!, false)}${changed.length > 1 ? ` and ${changed.length - 1} more` : ''} changed while the figures were checked: run Update Figures again.`,
    );
    return { figures: answer.figures, files: answer.files, left: answer.left, applied: false };
  }
  void vscode.window.showInformationMessage(
    `Career Articles: ${answer.figures} figures in ${answer.files} articles are out of date: tick them in the Refactor Preview, then apply.`,
  );
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (applied)
    void vscode.window.showInformationMessage(`Career Articles: updated ${answer.figures} figures in ${answer.files} articles.${leftNote}`);
  return { figures: answer.figures, files: answer.files, left: answer.left, applied };
}

/**
 * Opens every file the edit changes and answers those whose text is no longer the one the
 * server computed the edit from. A closed file's edit carries no version, so VS Code's refactor
 * preview guards it only by file events: it would apply offsets computed from an older read
 * when the file changed before the preview opened, and it refuses the whole edit ("has changed
 * in the meantime") when a late watcher event arrives for a file nothing changed since (its
 * creation, moments before). Open, a file's edit is pinned to its document's version (VS Code
 * adds it for open documents) and its model is what the preview checks.
 */
async function pinned(edit: vscode.WorkspaceEdit, sent: ReadonlyMap<string, string>): Promise<vscode.Uri[]> {
  const changed: vscode.Uri[] = [];
  for (const [uri] of edit.entries()) {
    const text = sent.get(uri.toString());
    const document = await vscode.workspace.openTextDocument(uri);
    // The edit's positions are lines and columns: a model that normalized mixed line ends still matches.
    if (text === undefined || lines(document.getText()) !== lines(text)) changed.push(uri);
  }
  return changed;
}

const lines = (text: string) => text.replace(/\r\n?/g, '\n');
