// Entry point of `career-articles-lsp` (and `career-articles lsp --stdio`): the language
// server over stdio.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}
