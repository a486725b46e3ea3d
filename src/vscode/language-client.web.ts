// The language client in the web extension: the same server, in a web worker. esbuild
// substitutes this module for language-client.ts in the web-extension target.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from './client-options.js';
import type { InitializationOptions } from '../shared/lsp-protocol.js';

export function createLanguageClient(extensionUri: vscode.Uri, initializationOptions: InitializationOptions): LanguageClient {
  // The extension host is itself a web worker: it may start another (the lib has no DOM types).
  const { Worker } = globalThis as unknown as { Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3] };
  const worker = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js').toString(true));
  const bundledDataset = vscode.Uri.joinPath(extensionUri, 'data', 'roles.json').toString();
  return new LanguageClient('careerArticles', 'Career Articles', clientOptions(extensionUri, { ...initializationOptions, bundledDataset }), worker);
}
