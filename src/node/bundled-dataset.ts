// Loads the bundled role dataset (data/roles.json) once per process. The file sits next to
// the code in every layout: dist/cli.js and dist/extension.cjs (../data), the sources run by
// tsx (src/node -> ../../data), a packaged extension; so it is found by walking up from
// this module's own directory rather than from the working directory.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBundledDataset } from '../core/dataset/bundled.js';
import { readText, readTextSync } from './fast-text.js';
import type { Occupation } from '../core/dataset/types.js';

const RELATIVE = join('data', 'roles.json');

function moduleDir(): string {
  // The CJS extension bundle has __dirname and no import.meta.url; ESM (CLI, tsx) the reverse.
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

/** Absolute path of a file the package ships (`relative` to its root): the first found walking up from `start`. */
export function findShipped(relative: string, start = moduleDir()): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`Cannot find ${relative} in ${start} or any folder above it`);
  }
}

/** Absolute path of data/roles.json: the first found walking up from `start`. */
export function findBundledDataset(start = moduleDir()): string {
  return findShipped(RELATIVE, start);
}

const loaded = new Map<string, Promise<Occupation[]>>();

/**
 * The bundled occupations, read and decoded on the first call and shared afterwards (keep
 * passing the same array to createRoleIndex: its name tables are cached per array).
 * `root` overrides where the search starts, e.g. the extension's `extensionPath`.
 */
export function loadBundledDataset(root?: string): Promise<Occupation[]> {
  const key = root ?? '';
  let promise = loaded.get(key);
  if (!promise) {
    promise = (async () => decodeBundledDataset(JSON.parse(await readText(findBundledDataset(root)))))();
    // A failed read is not cached, so a later call can succeed once the file is there.
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

let loadedSync: Occupation[] | undefined;

/**
 * The same, read synchronously, for the CLI's lint jobs: they ask for the dataset from inside a
 * rule (a lazy role index), so a run that never looks a role up never reads the file.
 */
export function loadBundledDatasetSync(): Occupation[] {
  return (loadedSync ??= decodeBundledDataset(JSON.parse(readTextSync(findBundledDataset()))));
}
