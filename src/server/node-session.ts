// The session as the server's lint worker holds it: Node's file system, the bundled dataset.
import { loadBundledDataset } from '../node/bundled-dataset.js';
import { nodeFileSystem } from '../node/session-fs.js';
import { Session } from '../session/session.js';
import type { ToWorker } from './protocol.js';

export function createNodeSession(): Session {
  return new Session({ fs: nodeFileSystem, bundled: () => loadBundledDataset() });
}

/** Applies a message that is not a job (roots, watch events, a closed document). */
export function applyNotice(session: Session, message: Exclude<ToWorker, { id: number }>): void {
  if (message.op === 'roots') session.setRoots(message.roots);
  else if (message.op === 'changed') for (const path of message.paths) session.fileChanged(path);
  else session.close(message.key);
}
