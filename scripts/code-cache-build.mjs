// The build's part of the code cache (src/node/code-cache.ts), shared by esbuild.mjs and
// bench/cli-profile.ts, which builds the CLI the same way into a folder of its own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A code-cached bundle is read at each start: made pure ASCII (esbuild leaves characters such as
 * ’ in regular expressions as they are), so it is read as Latin-1 (scripts/ascii.mjs); and it
 * ends with the key its cache is made for (src/node/bundle-key.ts).
 */
export function finishCachedBundle(file) {
  const ascii = asciiOnly(readFileSync(file, 'utf8'));
  const body = ascii.endsWith('\n') ? ascii : `${ascii}\n`;
  writeFileSync(file, `${body}//# bundleKey=${createHash('sha256').update(body).digest('hex')}\n`);
}

/**
 * Makes `bundle`'s code cache by running it once on a real job (scripts/train-code-cache.ts),
 * so the cache holds the functions a lint compiles, not only the bundle's top level.
 */
export function trainCodeCache(bundle, args) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-code-cache.ts', bundle, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`training the code cache of ${bundle} failed: ${run.stderr || run.stdout}`);
}
