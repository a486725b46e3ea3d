// File access through workspace.fs only, so the same code works on disk, in remote
// workspaces and in the web extension (vscode.dev), where there is no node:fs.
import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');

/** The file's text, or undefined when it does not exist or cannot be read. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
