// A language client for the tests: starts the built server (dist/lsp.js, or `dist/cli.js lsp`)
// as a child process over stdio, speaks LSP to it with vscode-languageserver-protocol, and
// waits on notifications (never on fixed sleeps).
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { initialize, spawnServer } from '../../helpers/lsp-handshake.js';
import { ROOT } from '../../fixtures/cli/harness.js';

export const SERVER = join(ROOT, 'dist/lsp.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Every notification and request the server sent, as JSON (to check what never reaches the client). */
  heard: string[];
  /** Diagnostics for `uri` at `version` or later: one published and not yet taken, else the next. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  open(path: string, text: string, version?: number): string;
  stop(): Promise<void>;
}

export async function startClient(
  options: {
    root?: string;
    initializationOptions?: unknown;
    args?: string[];
    pull?: boolean;
    env?: NodeJS.ProcessEnv;
    /** Capabilities besides pull diagnostics (workspace folder changes, for one). */
    capabilities?: ClientCapabilities;
  } = {},
): Promise<TestClient> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build it first with \`node esbuild.mjs\``);
  const { child, connection } = spawnServer(options.args ?? [SERVER, '--stdio'], options.env);
  const heard: string[] = [];
  // What a server may tell a client besides diagnostics (registered one by one: the connection's types have no catch-all).
  for (const method of ['window/logMessage', 'window/showMessage', 'telemetry/event', 'careerArticles/linted'])
    connection.onNotification(method, (params: unknown) => void heard.push(JSON.stringify({ method, params })));
  for (const method of ['window/showMessageRequest', 'window/showDocument'])
    connection.onRequest(method, (params: unknown) => {
      heard.push(JSON.stringify({ method, params }));
      return null;
    });
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: Array<{ uri: string; version: number; resolve: (d: Diagnostic[]) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    heard.push(JSON.stringify({ method: PublishDiagnosticsNotification.method, params }));
    const ready = waiting.filter((w) => w.uri === params.uri && (params.version ?? 0) >= w.version);
    // Kept for a later call only when nobody was waiting: each publication answers one wait.
    if (ready.length === 0) latest.set(params.uri, params);
    for (const w of ready) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(params.diagnostics);
    }
  });
  connection.listen();
  await initialize(connection, {
    ...(options.root !== undefined && { root: options.root }),
    capabilities: { ...(options.pull && { textDocument: { diagnostic: { dynamicRegistration: false } } }), ...options.capabilities },
    initializationOptions: options.initializationOptions,
  });
  return {
    connection,
    process: child,
    heard,
    diagnostics(uri, version = 0) {
      const seen = latest.get(uri);
      if (seen && (seen.version ?? 0) >= version) {
        latest.delete(uri);
        return Promise.resolve(seen.diagnostics);
      }
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    open(path, text, version = 1) {
      const uri = pathToFileURL(path).href;
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version, text },
      });
      return uri;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await exited;
      connection.dispose();
    },
  };
}

/** `promise`, or a failure after two minutes (a guard against hanging, not a timing check): a server that never answers fails the test instead of hanging the suite. */
export function answered<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${what}`)), 120_000)));
  return Promise.race([promise, silence]).finally(() => clearTimeout(timer));
}
