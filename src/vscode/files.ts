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

/** Datasets (the largest files the web server asks for) may be big, but not unbounded (as in the CLI). */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/**
 * The text of a regular file of at most `maxBytes`; otherwise why not. A named pipe would
 * make the read wait forever and `/dev/zero` would never end, so only what stat calls a
 * file is read. Undefined when there is no file.
 */
export async function readLimitedTextFile(uri: vscode.Uri, maxBytes: number): Promise<{ text: string } | { reason: string } | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  if ((stat.type & vscode.FileType.File) === 0) return { reason: 'not a regular file' };
  if (stat.size > maxBytes) return { reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
  const text = await readSettledTextFile(uri);
  return text === undefined ? { reason: 'cannot be read' } : { text };
}
