// The session's file system over Node's fs and native paths: what the CLI and the
// language server's lint worker give it.
import { access, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SessionFileSystem } from '../session/file-system.js';
import { readText } from './read-text.js';

/** `maxBytes` caps every read (configs and datasets are small; a huge one is refused unread). */
export const createNodeFileSystem = (maxBytes = Infinity): SessionFileSystem => ({
  async readFile(path) {
    const read = await readText(path, maxBytes);
    return read.ok ? { ok: true, text: read.text } : read;
  },
  async exists(path) {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  },
  parent(path) {
    const up = dirname(path);
    return up === path ? undefined : up;
  },
  resolve: (folder, name) => resolve(folder, name),
  realPath: (path) => realpath(path).catch(() => undefined),
});

export const nodeFileSystem: SessionFileSystem = createNodeFileSystem();
