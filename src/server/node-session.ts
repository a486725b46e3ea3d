// The session as the server's lint worker holds it: Node's file system, the bundled dataset.
import { loadBundledDataset } from '../node/bundled-dataset.js';
import { limitsFromEnv } from '../node/limits.js';
import { createNodeFileSystem } from '../node/session-fs.js';
import { Session } from '../session/session.js';

export function createNodeSession(): Session {
  // The server reads configs and datasets through one file system, so the larger (dataset)
  // cap applies to both; the lint worker's memory limit stops anything the cap lets through.
  const fs = createNodeFileSystem(limitsFromEnv(process.env).datasetBytes);
  return new Session({ fs, bundled: () => loadBundledDataset() });
}
