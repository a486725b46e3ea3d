// Posix paths in a Map: what a web host's virtual workspace looks like to the session. The
// tests read `files` afterwards to see what the session wrote or was asked to write.
import { posix } from 'node:path';
import type { SessionFileSystem } from '../../../src/session/file-system.js';

export function memoryFs(files: Record<string, string>): SessionFileSystem & { files: Map<string, string> } {
  const map = new Map(Object.entries(files));
  return {
    files: map,
    readFile: (path) => Promise.resolve(map.has(path) ? { ok: true, text: map.get(path)! } : { ok: false, reason: 'no such file' }),
    exists: (path) => Promise.resolve(map.has(path)),
    parent: (path) => (path === '/' ? undefined : path.slice(0, path.lastIndexOf('/')) || '/'),
    resolve: (folder, name) => posix.resolve(folder, name),
    // No links in a Map: a file's real path is its own, a folder's too (any file below it).
    realPath: (path) => Promise.resolve([...map.keys()].some((file) => file === path || file.startsWith(`${path}/`)) ? path : undefined),
  };
}
