// The language client (vscode-languageclient), loaded on the first article: the desktop
// extension runs the server (dist/lsp.js) as a separate Node process over IPC; the web
// extension runs dist/web/server.js in a web worker (language-client.web.ts). Diagnostics,
// code actions, hover, fix all and document symbols come from the server through it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions } from 'vscode-languageclient/node';
import { clientOptions } from './client-options.js';
import type { InitializationOptions } from '../shared/lsp-protocol.js';

export function createLanguageClient(extensionUri: vscode.Uri, initializationOptions: InitializationOptions): Promise<LanguageClient> {
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'lsp.js').fsPath;
  const options: LanguageClientOptions = clientOptions(extensionUri, initializationOptions);
  const client = new LanguageClient(
    'careerArticles',
    'Career Articles',
    { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } },
    options,
  );
  return Promise.resolve(client);
}
