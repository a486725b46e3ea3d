// The session over Node's file system (real paths, so confinement sees through links) and the
// bundled dataset: what the language server's lint worker holds (node-settings.ts has the CLI's
// part of it).
import { Session } from '../session/session.js';
import type { PathOptions } from '../session/settings.js';
import { loadBundledDataset } from './bundled-dataset.js';
import { createNodeFileSystem } from './session-fs.js';

/** `maxBytes` caps every read of configs (and, for the server, of datasets) through the session. */
export function createNodeSession(maxBytes: number, options: Omit<PathOptions, 'fs'> = {}): Session {
  return new Session({ ...options, fs: createNodeFileSystem(maxBytes), bundled: () => loadBundledDataset() });
}
