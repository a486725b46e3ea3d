// Makes a bundle's code cache (called by esbuild.mjs after the build): compiles the bundle as
// its launcher does, runs it once on a real job, and then writes V8's cache, which holds every
// function that job compiled. The launcher (src/node/code-cache.ts) uses it only for the build
// it was made for. Three ways to run the job, as the bundles run:
//   process <args…>  the bundle in this process with these arguments (the CLI: a lint of the examples)
//   lsp              the language server: a client here opens the examples in a child process that
//                    runs the bundle (`process --stdio`), asks for hovers and outlines, shuts it down
//   worker           the server's lint worker: the bundle in a worker thread, sent the jobs the
//                    server sends (lint, preview, fix all) for the examples
// Run: node --import tsx scripts/train-code-cache.ts <bundle.cjs> <process|lsp|worker> [arguments]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker, isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import {
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import type { FromWorker, ToWorker } from '../src/server/protocol.js';
import { compileBundle, runBundle, writeCache } from '../src/node/code-cache.js';
import { initialize, spawnServer } from '../test/helpers/lsp-handshake.js';

const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));
const examples = () =>
  readdirSync(EXAMPLES)
    .filter((name) => /\.(md|txt|html)$/.test(name))
    .map((name) => ({ path: join(EXAMPLES, name), text: readFileSync(join(EXAMPLES, name), 'utf8') }));

/** The bundle in this process, its cache written at exit (unless the run failed). */
function inProcess(bundle: string, args: string[]): void {
  const compiled = compileBundle(bundle, false);
  process.argv = [process.argv[0]!, bundle, ...args];
  process.on('exit', (code) => {
    // 0 or 1 (findings) is a run that did its job; 2 is a failure, and no cache is better than one from it.
    if (code > 1) return;
    writeCache(compiled, bundle);
    process.exitCode = 0;
  });
  runBundle(compiled, bundle);
}

async function languageServer(bundle: string): Promise<void> {
  const { child, connection } = spawnServer(['--import', 'tsx', fileURLToPath(import.meta.url), bundle, 'process', '--stdio']);
  const published = new Map<string, () => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => published.get(uri)?.());
  connection.listen();
  await initialize(connection, { root: EXAMPLES });
  for (const { path, text } of examples()) {
    const uri = pathToFileURL(path).href;
    const linted = new Promise<void>((done) => published.set(uri, done));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: path.endsWith('.html') ? 'html' : 'markdown', version: 1, text },
    });
    await linted;
    await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
  }
  await connection.sendRequest(ShutdownRequest.type);
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  await connection.sendNotification(ExitNotification.type);
  const code = await exited;
  if (code !== 0) throw new Error(`the language server exited with ${code}`);
}

async function lintWorker(bundle: string): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  // The worker runs this file; tsx's hooks do not reach a worker, which registers them itself.
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${self}); });`, {
    eval: true,
    workerData: { bundle, control: port2 },
    transferList: [port2],
  });
  const failed = new Promise<never>((_, reject) => worker.on('error', reject));
  let id = 0;
  const run = (job: ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never) =>
    Promise.race([
      failed,
      new Promise<void>((resolved, rejected) => {
        const mine = ++id;
        const listen = (message: FromWorker) => {
          if (message.id !== mine || 'started' in message || 'loading' in message) return;
          worker.off('message', listen);
          if (message.ok) resolved();
          else rejected(new Error(message.error));
        };
        worker.on('message', listen);
        worker.postMessage({ id: mine, ...job });
      }),
    ]);
  worker.postMessage({ op: 'roots', roots: [EXAMPLES] } satisfies ToWorker);
  for (const { path, text } of examples()) {
    const doc = { key: pathToFileURL(path).href, path, text, version: 1 };
    await run({ op: 'lint', doc });
    await run({ op: 'preview', doc, fileName: path });
    await run({ op: 'fixAll', doc });
  }
  const written = new Promise((done) => port1.once('message', done));
  port1.postMessage('write');
  await Promise.race([failed, written]);
  port1.close();
  await worker.terminate();
}

/** Inside lintWorker's thread: the bundle, and its cache written when the trainer says so. */
function workerSide({ bundle, control }: { bundle: string; control: MessagePort }): void {
  const compiled = compileBundle(bundle, false);
  runBundle(compiled, bundle);
  control.on('message', () => {
    writeCache(compiled, bundle);
    control.postMessage('written');
  });
}

if (!isMainThread) workerSide(workerData as { bundle: string; control: MessagePort });
else {
  const [bundleArg, mode, ...args] = process.argv.slice(2);
  if (!bundleArg || !mode) throw new Error('usage: train-code-cache <bundle.cjs> <process|lsp|worker> [arguments]');
  const bundle = resolve(bundleArg);
  if (mode === 'process') inProcess(bundle, args);
  else if (mode === 'lsp') await languageServer(bundle);
  else if (mode === 'worker') await lintWorker(bundle);
  else throw new Error(`unknown mode ${mode}`);
}
