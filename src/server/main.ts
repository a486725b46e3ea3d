// Entry point of `career-articles-lsp` (and `career-articles lsp --stdio`, and the VS Code
// extension's server process): the language server over stdio or Node IPC, with its session
// in a lint worker under a time budget.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server.js';
import { WorkerHost } from './worker-host.js';

/**
 * Over stdio the server reads the frames itself, so that one it cannot read (`Content-Length: abc`)
 * ends it with one line on stderr and a non-zero exit, rather than leaving it deaf to every later
 * message, `shutdown` and `exit` included. Other transports (--node-ipc, --socket=N) are read from
 * argv by createConnection.
 */
function connect(host: WorkerHost): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`career-articles-lsp: unreadable message from the client (${error.message.split('\n')[0]!}); exiting\n`);
    process.exit(1);
  });
  // What createConnection does for --stdio: stdout carries only the protocol, and the end of the
  // input ends the server (cleanly after a `shutdown`).
  console.log = console.info = console.debug = console.error;
  const end = () => process.exit(host.closed ? 0 : 1);
  process.stdin.on('end', end).on('close', end);
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

export function main(): void {
  const host = new WorkerHost(3000);
  // The worker boots (its bundle, the bundled dataset) while this thread and the client do the
  // handshake, rather than after it: the first document's lint then waits for little but itself.
  host.warm();
  startServer(connect(host), {
    host,
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
    uriOf: (path) => pathToFileURL(path).href,
  });
}
