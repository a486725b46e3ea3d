// dist/lsp-worker.cjs, the language server's lint worker: compiles the worker's bundle
// (dist/lsp-worker-main.cjs, from src/server/lint-worker.ts) with its code cache, so a fresh
// worker (the first, or one replacing a worker stopped over its time budget) starts sooner.
// CommonJS, unlike the other launchers: an ES module would make the worker load Node's ES
// module loader too, about 15 internal modules that nothing else in the worker needs.
import { join } from 'node:path';
import { launch } from '../node/code-cache.js';

launch(join(__dirname, 'lsp-worker-main.cjs'));
