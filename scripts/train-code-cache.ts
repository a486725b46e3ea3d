// Makes a bundle's code cache (called by esbuild.mjs after the build): compiles the bundle as
// its launcher does, runs it once with the given arguments (a real lint of the examples), and
// at exit writes V8's cache, which then holds every function that run compiled. The launcher
// (src/node/code-cache.ts) uses it only for the exact text it was made from.
// Run: node --import tsx scripts/train-code-cache.ts dist/cli-main.cjs lint examples
import { resolve } from 'node:path';
import { compileBundle, runBundle, writeCache } from '../src/node/code-cache.js';

const [bundleArg, ...args] = process.argv.slice(2);
if (!bundleArg) throw new Error('usage: train-code-cache <bundle.cjs> [arguments of the run]');
const bundle = resolve(bundleArg);
const compiled = compileBundle(bundle, false);
process.argv = [process.argv[0]!, bundle, ...args];
process.on('exit', (code) => {
  // 0 or 1 (findings) is a run that did its job; 2 is a failure, and no cache is better than one from it.
  if (code > 1) return;
  writeCache(compiled, bundle);
  process.exitCode = 0;
});
runBundle(compiled, bundle);
