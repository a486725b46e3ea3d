// dist/lsp.js, `career-articles-lsp --stdio`: compiles the server's bundle (dist/lsp-main.cjs,
// from src/server/bin.ts) with the code cache the build made for it (src/node/code-cache.ts).
import { fileURLToPath } from 'node:url';
import { launch } from '../node/code-cache.js';

launch(fileURLToPath(new URL('./lsp-main.cjs', import.meta.url)));
