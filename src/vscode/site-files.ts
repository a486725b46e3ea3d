// The workspace's article files as the site features send them to the server: each open
// document as it is in the editor, each closed one read (not opened: opening thousands is slow),
// with the name the report shows.
import * as vscode from 'vscode';
import type { SiteFile } from '../shared/site-protocol.js';
import { ARTICLE_GLOB } from './documents.js';
import { readTextFile } from './files.js';

export async function workspaceArticles(folder: vscode.Uri | undefined, token?: vscode.CancellationToken): Promise<SiteFile[]> {
  const include = folder ? new vscode.RelativePattern(folder, ARTICLE_GLOB) : ARTICLE_GLOB;
  const uris = (await vscode.workspace.findFiles(include, '**/node_modules/**', undefined, token)).sort((a, b) =>
    a.path.localeCompare(b.path),
  );
  const files: SiteFile[] = [];
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open?.getText() ?? (await readTextFile(uri));
    if (text === undefined || text.includes('\u0000')) continue;
    files.push({ uri: uri.toString(), text, display: vscode.workspace.asRelativePath(uri, false) });
  }
  return files;
}
