// The start every LSP client in the tests and benchmarks shares: the server as a child
// process over stdio, a protocol connection to it, and (after the caller has set its
// handlers and called listen()) the initialize / initialized handshake with one workspace
// folder. Imports nothing but Node and the protocol, so unit tests (ESM under tsx), the
// real-VS-Code suite (a CJS bundle) and the benchmarks can all use it.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export interface StartedServer {
  child: ChildProcessByStdio<Writable, Readable, null>;
  connection: ProtocolConnection;
}

/** Starts `node <args…>` (the server script and `--stdio`, by default) and connects to it. */
export function spawnServer(args: string[], env?: NodeJS.ProcessEnv): StartedServer {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'], ...(env && { env: { ...process.env, ...env } }) });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return { child, connection };
}

/** The handshake: `root` (a folder path) becomes the workspace folder and the root URI. */
export async function initialize(
  connection: ProtocolConnection,
  options: { root?: string; name?: string; capabilities?: ClientCapabilities; initializationOptions?: unknown } = {},
): Promise<void> {
  const rootUri = options.root === undefined ? null : pathToFileURL(options.root).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still required by the type, and what older clients send
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: options.name ?? 'root' }] : null,
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
}
