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

/** Watcher events within this window are one change: a save can be a truncate and a write. */
export const CHANGE_DEBOUNCE_MS = 100;

/** Pause between the reads of readSettledTextFile: long enough for a writer to finish a small file. */
export const SETTLE_MS = 40;
const MAX_READS = 25;

/**
 * The file's text once two reads in a row agree. A watcher event can arrive while the file is
 * being written (truncated, then filled): a single read may see it empty or half-written.
 * After about a second of churn it gives the last read; a later change event reads again.
 * A missing file is taken at once (most folders have no config): its creation is an event.
 */
export async function readSettledTextFile(uri: vscode.Uri): Promise<string | undefined> {
  let previous = await readTextFile(uri);
  if (previous === undefined) return undefined;
  for (let read = 1; read < MAX_READS; read++) {
    await new Promise((wake) => setTimeout(wake, SETTLE_MS));
    const current = await readTextFile(uri);
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}

export function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
