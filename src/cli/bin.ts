// The `career-articles` executable (dist/cli.js): a few lines that compile the CLI's bundle
// (dist/cli-main.cjs, built from src/cli/main.ts) with the code cache the build made for it,
// which saves a cold one-article lint the compile of 1.5 MB of JavaScript (src/node/code-cache.ts).
import { fileURLToPath } from 'node:url';
import { launch } from '../node/code-cache.js';

launch(fileURLToPath(new URL('./cli-main.cjs', import.meta.url)));
