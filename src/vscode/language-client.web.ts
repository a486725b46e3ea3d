// The language client in the web extension: the same server, in a web worker. esbuild
// substitutes this module for language-client.ts in the web-extension target.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './client-options.js';
import type { InitializationOptions } from '../shared/lsp-protocol.js';

interface WorkerGlobals {
  Worker: new (url: string) => object;
  Blob: new (parts: Uint8Array[], options: { type: string }) => object;
  URL: { createObjectURL(blob: object): string };
}

export async function createLanguageClient(
  extensionUri: vscode.Uri,
  initializationOptions: InitializationOptions,
): Promise<LanguageClient> {
  // The extension host is itself a web worker (the lib has no DOM types). The server's script is
  // read through workspace.fs and started from a blob: the extension's own URI (vscode-remote:,
  // or https: on vscode.dev) is not always one a worker can load.
  const { Worker, Blob, URL } = globalThis as unknown as WorkerGlobals;
  const script = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js'));
  const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
  const bundledDataset = vscode.Uri.joinPath(extensionUri, 'data', 'roles.json').toString();
  return new LanguageClient(
    'careerArticles',
    'Career Articles',
    worker,
    clientOptions(extensionUri, { ...initializationOptions, bundledDataset }),
  );
}
