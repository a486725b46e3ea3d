// Runs a CommonJS bundle with V8's code cache. Compiling the CLI's bundle was a quarter of a
// cold one-article lint (bench/cli-profile.ts): V8 parsed and compiled 1.5 MB of JavaScript on
// every start. Node 20 has no compile cache of its own (module.enableCompileCache is Node 22),
// so the build trains one (scripts/train-code-cache.ts: a real lint of the examples, then
// `createCachedData()`, which then holds every function that run compiled) and ships it beside
// the bundle. V8 refuses a cache made by another V8 version or with other flags, but checks the
// source only by its length. So the build ends each such bundle with a line naming its key (the
// SHA-256 of the text above it, src/node/bundle-key.ts) and the cache starts with the key it
// was made for: a cache made for any other build is ignored. (Hashing the source here instead
// would cost 7 ms of the start-up the cache saves.) An ignored or missing cache costs nothing but
// the normal compile: the bundle runs the same either way. V8 checks the cache's bytes only
// when asked to (a damaged cache is otherwise a native crash): both the build and the launcher
// ask, with --verify-snapshot-checksum, which costs about 1 ms.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { bundleKey } from './bundle-key.js';
import { readTextSync } from './fast-text.js';

/** Where the cache of `file` lives: beside it, so a packaged CLI or extension carries it. */
export const cacheFileFor = (file: string): string => `${file}.cache`;

export type CacheState = 'accepted' | 'rejected' | 'stale' | 'absent';

export interface CompiledBundle {
  script: Script;
  key: string | undefined;
  cache: CacheState;
}

/** CommonJS's module wrapper, as Node's own loader puts it around a file. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/** A cache file's first line: the key of the build it was made for. */
const headerFor = (key: string) => Buffer.from(`${key}\n`, 'latin1');

function readCache(file: string, key: string | undefined): { data?: Buffer; state: CacheState } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFileFor(file));
  } catch {
    return { state: 'absent' };
  }
  if (key === undefined) return { state: 'stale' };
  const header = headerFor(key);
  if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return { state: 'stale' };
  return { data: bytes.subarray(header.length), state: 'accepted' };
}

/** Compiles `file` (CommonJS) as Node would, with its code cache when that cache was made for this build of it. */
export function compileBundle(file: string, useCache = true): CompiledBundle {
  // Before any compile: the flag is part of what a cache must have been made with, and it makes
  // V8 write a checksum into the caches it makes and verify the one it is given.
  setFlagsFromString('--verify-snapshot-checksum');
  const source = readTextSync(file);
  const key = bundleKey(source);
  const cached = useCache ? readCache(file, key) : { state: 'absent' as const };
  const script = new Script(wrap(source), {
    filename: file,
    cachedData: cached.data,
    // No importModuleDynamically: Node 20 drops it from a script compiled from an accepted
    // cache, so the build leaves no import() in these bundles (esbuild.mjs, cachedCommonJs).
  });
  const cache = cached.state === 'accepted' && script.cachedDataRejected === true ? 'rejected' : cached.state;
  return { script, key, cache };
}

/** Runs a compiled bundle as the module `file`: its own require, __filename and __dirname. */
export function runBundle({ script }: CompiledBundle, file: string): void {
  const module = { exports: {} as unknown, filename: file, id: file };
  const body = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  body.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

/** Writes the cache of a bundle that has run (so the cache holds what the run compiled); used by the build only. */
export function writeCache({ script, key }: CompiledBundle, file: string): void {
  if (key === undefined) throw new Error(`${file} has no key line: build it with esbuild.mjs`);
  writeFileSync(cacheFileFor(file), Buffer.concat([headerFor(key), script.createCachedData()]));
}

/** Where the launcher leaves what it found for the bundle it runs (a separate bundle, so not a module variable). */
const shared = globalThis as { __careerArticlesCodeCache?: CacheState };

/** What the launcher found, for CAREER_ARTICLES_DEBUG. */
export const codeCacheState = (): CacheState | undefined => shared.__careerArticlesCodeCache;

/** Compiles and runs `file` with its cache: the whole job of a launcher (dist/cli.js). */
export function launch(file: string): void {
  const compiled = compileBundle(file);
  shared.__careerArticlesCodeCache = compiled.cache;
  runBundle(compiled, file);
}
