// The session over Node's file system (real paths, so confinement sees through links) and the
// bundled dataset: what the language server's lint worker and the CLI's main thread hold. The
// CLI adds its own choices: -c's one config, --dataset's file, and its current folder as a
// folder a config's datasets may lie in.
import { Session, type SessionOptions } from '../session/session.js';
import { loadBundledDataset } from './bundled-dataset.js';
import { createNodeFileSystem } from './session-fs.js';

/** `maxBytes` caps every read of configs (and, for the server, of datasets) through the session. */
export function createNodeSession(maxBytes: number, options: Omit<SessionOptions, 'fs' | 'bundled'> = {}): Session {
  return new Session({ ...options, fs: createNodeFileSystem(maxBytes), bundled: () => loadBundledDataset() });
}
