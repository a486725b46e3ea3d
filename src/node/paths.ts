// Containment of real paths, for the checks that keep the CLI inside the folders it was
// given: a config's dataset, a file --fix is about to write.
import { isAbsolute, relative } from 'node:path';

/** Whether `path` is `root` or lies below it (both absolute, links already resolved). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && !/^\.\.(?:[\\/]|$)/.test(rel));
}
