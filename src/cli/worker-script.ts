// Where the CLI's lint worker bundle is: dist/lint-worker.js, started by the lint runner, the
// dataset loader and the import job (each under the limits of node/worker-limits.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** dist/lint-worker.js, beside this bundle (or, in a code-split build, one folder up from its chunk). */
export function workerScript(): string | undefined {
  for (const candidate of ['./lint-worker.js', '../lint-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(url)) return fileURLToPath(url);
  }
  return undefined;
}
