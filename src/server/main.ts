// Entry point of `career-articles-lsp` (and `career-articles lsp --stdio`, and the VS Code
// extension's server process): the language server over stdio or Node IPC, with its session
// in a lint worker under a time budget.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { WorkerHost } from './worker-host.js';

export function main(): void {
  // The transport (--stdio, --node-ipc, --socket=N) is read from argv by createConnection.
  const host = new WorkerHost(3000);
  // The worker boots (its bundle, the bundled dataset) while this thread and the client do the
  // handshake, rather than after it: the first document's lint then waits for little but itself.
  host.warm();
  startServer(createConnection(ProposedFeatures.all), {
    host,
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
    uriOf: (path) => pathToFileURL(path).href,
  });
}
