// What the preview page can ask of the editor: show source lines, insert a missing section
// or definition (the rule's own fix, as one undoable WorkspaceEdit), export the table.
// Each takes already-validated message data; none of them runs anything the page wrote.
import * as vscode from 'vscode';
import { exportHtml, type LineRange, type PreviewModel, type RowId } from '../../shared/preview-model.js';
import { MISSING_FIX_REQUEST, type MissingFixParams, type MissingFixResponse } from '../../shared/lsp-protocol.js';
import type { ServerClient } from '../server-client.js';

/** The editor showing `document`, else a new one in the column the preview is not in. */
async function editorFor(document: vscode.TextDocument, previewColumn: vscode.ViewColumn | undefined): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const viewColumn = visible?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  return vscode.window.showTextDocument(document, { viewColumn, preserveFocus: false });
}

function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Selects whole lines (1-based, clamped to the document) and reveals them. */
export async function revealLines(uri: vscode.Uri, lines: LineRange, previewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const last = document.lineCount - 1;
  const start = Math.min(Math.max(0, lines.startLine - 1), last);
  const end = Math.min(Math.max(start, lines.endLine - 1), last);
  const editor = await editorFor(document, previewColumn);
  select(editor, new vscode.Range(start, 0, end, document.lineAt(end).text.length));
  return editor;
}

/** Applies the fix that inserts a missing section (or definition) and selects what it inserted. */
export async function insertMissing(
  server: ServerClient,
  uri: vscode.Uri,
  row: RowId,
  column: 0 | 1 | undefined,
  previewColumn?: vscode.ViewColumn,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const params: MissingFixParams = { ...server.textDocument(document), row, ...(column !== undefined && { column }) };
  const latest = await server.request<MissingFixResponse | null>(MISSING_FIX_REQUEST, params);
  const fix = latest?.version === document.version ? latest.fix : undefined;
  if (!fix) {
    void vscode.window.showInformationMessage('Career Articles: nothing to insert; the article changed since the preview was drawn.');
    return false;
  }
  const { range, text } = fix;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(range[0]), document.positionAt(range[1])), text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const editor = await editorFor(document, previewColumn);
  select(editor, new vscode.Range(document.positionAt(range[0]), document.positionAt(range[0] + text.length)));
  return true;
}

/** "Copy as HTML" and "Save as HTML": the standalone comparison document. */
export async function exportComparison(model: PreviewModel, target: 'clipboard' | 'file'): Promise<vscode.Uri | boolean> {
  const html = exportHtml(model);
  if (target === 'clipboard') {
    await vscode.env.clipboard.writeText(html);
    vscode.window.setStatusBarMessage('$(check) Career Articles: comparison copied as HTML', 3000);
    return true;
  }
  const source = vscode.Uri.parse(model.uri);
  const base = (source.path.split('/').pop() ?? 'comparison').replace(/\.(md|markdown|txt|html?)$/i, '');
  const folder = source.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(source, '..');
  const chosen = await vscode.window.showSaveDialog({
    ...(folder && { defaultUri: vscode.Uri.joinPath(folder, `${base}.comparison.html`) }),
    filters: { HTML: ['html', 'htm'] },
    saveLabel: 'Save Comparison',
    title: 'Save the side-by-side comparison as HTML',
  });
  if (!chosen) return false;
  await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(html));
  vscode.window.setStatusBarMessage(`$(check) Career Articles: saved ${vscode.workspace.asRelativePath(chosen)}`, 3000);
  return chosen;
}
