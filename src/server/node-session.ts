// The session as the server's lint worker holds it: Node's file system, the bundled dataset.
import { loadBundledDataset } from '../node/bundled-dataset.js';
import { limitsFromEnv } from '../cli/limits.js';
import { createNodeFileSystem } from '../node/session-fs.js';
import { Session } from '../session/session.js';
import type { ToWorker } from './protocol.js';

export function createNodeSession(): Session {
  // The server reads configs and datasets through one file system, so the larger (dataset)
  // cap applies to both; the lint worker's memory limit stops anything the cap lets through.
  const fs = createNodeFileSystem(limitsFromEnv(process.env).datasetBytes);
  return new Session({ fs, bundled: () => loadBundledDataset() });
}

/** Applies a message that is not a job (roots, watch events, a closed document). */
export function applyNotice(session: Session, message: Exclude<ToWorker, { id: number }>): void {
  if (message.op === 'roots') session.setRoots(message.roots);
  else if (message.op === 'changed') for (const path of message.paths) session.fileChanged(path);
  else session.close(message.key);
}
