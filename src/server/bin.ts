// dist/lsp.js: `career-articles-lsp --stdio`.
import { main } from './main.js';

main();
