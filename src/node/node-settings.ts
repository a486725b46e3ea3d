// The session's settings step (session/settings.ts) over Node's file system (real paths, so
// confinement sees through links): what the CLI's main thread asks each file's config and
// datasets of. Apart from the whole session (node-session.ts), so the main thread, whose workers
// lint, never loads the lint engine for it. The CLI adds its own choices: -c's one config,
// --dataset's file, and its current folder as a folder a config's datasets may lie in.
import { PathSettings, type PathOptions } from '../session/settings.js';
import { createNodeFileSystem } from './session-fs.js';

/** `maxBytes` caps every read of configs (and style files) through it. */
export function createNodeSettings(maxBytes: number, options: Omit<PathOptions, 'fs'> = {}): PathSettings {
  return new PathSettings({ ...options, fs: createNodeFileSystem(maxBytes) });
}
