// The language server in a web worker (the web extension's): the same server, its session in
// this worker's thread (a parse never blocks the editor, which runs elsewhere), reading files
// through the client, since a web worker has no file system of its own. Paths are URIs.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { decodeBundledDataset } from '../core/dataset/bundled.js';
import { Session } from '../session/session.js';
import type { SessionFileSystem, ReadOutcome } from '../session/file-system.js';
import { EXISTS_REQUEST, READ_FILE_REQUEST, type PathParams } from '../shared/lsp-protocol.js';
import { applyNotice, runJob } from './jobs.js';
import type { Job, JobHost, JobResults, Notice } from './protocol.js';
import { startServer } from './server.js';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

/** URIs as paths: up a folder by the last `/`, names resolved as URL references. */
const fs: SessionFileSystem = {
  readFile: (path) => connection.sendRequest<ReadOutcome>(READ_FILE_REQUEST, { path } satisfies PathParams),
  exists: (path) => connection.sendRequest<boolean>(EXISTS_REQUEST, { path } satisfies PathParams),
  parent(path) {
    const slash = path.lastIndexOf('/');
    const up = path.slice(0, slash);
    return slash <= 0 || up.endsWith('/') || !up.includes('/') ? undefined : up;
  },
  resolve: (folder, name) => (/^[a-z][a-z0-9+.-]*:/i.test(name) ? name : new URL(name, `${folder}/`).href),
  // The client's workspace shows no links to a web worker: a URI is what is read.
  realPath: (path) => Promise.resolve(path),
};

let bundledUri = '';
const session = new Session({
  fs,
  bundled: async () => {
    const read = await fs.readFile(bundledUri);
    if (!read.ok) throw new Error(`the bundled dataset ${bundledUri} cannot be read: ${read.reason}`);
    return decodeBundledDataset(JSON.parse(read.text));
  },
});

const host: JobHost = {
  budgetMs: 3000,
  run<K extends Job['op']>(job: Extract<Job, { op: K }>): Promise<JobResults[K]> {
    return runJob(session, job) as Promise<JobResults[K]>;
  },
  notify: (notice: Notice) => applyNotice(session, notice),
  warm: () => undefined,
  close: () => Promise.resolve(),
};

startServer(connection, {
  host,
  pathOf: (uri) => (uri.startsWith('untitled:') ? undefined : uri),
  uriOf: (path) => path,
  initialize: (options) => (bundledUri = options?.bundledDataset ?? ''),
});
