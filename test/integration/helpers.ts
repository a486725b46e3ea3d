// Shared by the integration tests: the fixture workspace, and waiting on events (never on
// fixed sleeps) for the extension's diagnostics.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'career-articles.career-articles';

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'career-articles');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Resolves once our diagnostics for `uri` satisfy `predicate`; rejects with what was there on timeout. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = ours(uri);
      if (!predicate(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = ours(uri).map((d) => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`);
      reject(new Error(`Timed out waiting for diagnostics on ${uri.path}; have:\n${seen.join('\n') || '(none)'}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  await extension.activate();
}

/**
 * A scratch copy of a fixture beside it (so the same config applies), with a URI no other
 * test has linted, for tests that edit, save or wait for fresh diagnostics; remove it after.
 */
export async function scratchCopy(from: string[], name: string): Promise<vscode.Uri> {
  const target = workspaceUri(...from.slice(0, -1), `tmp-${Date.now()}-${name}`);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(workspaceUri(...from)));
  return target;
}

export async function removeFile(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
}

/** Closes every editor, reverting unsaved edits first so no "Save changes?" dialog blocks it. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
