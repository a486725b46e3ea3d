// Bundles every entry point of the project. One table, one build call per target:
// the CLI (Node ESM), the desktop extension (Node CJS, as VS Code requires), the web
// extension (a web worker), the preview page (browser) and the integration tests.
// Entries whose source does not exist yet are skipped, so the table can name them early.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { finishCachedBundle, trainCodeCache } from './scripts/code-cache-build.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// `--only=cli,lint-worker` builds just those targets (what the unit tests run as child processes).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

const integrationTests = existsSync('test/integration')
  ? readdirSync('test/integration')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('test/integration', f))
  : [];

// The language server's in-thread fallback (src/server/worker-host.ts) is for running from
// sources only: a build always has dist/lsp-worker.cjs, so its bundles leave the session and
// the Markdown parser out of the server's own thread, which then starts faster.
const serverFallback = ['./node-session.js', './jobs.js'];

// Bundled CommonJS dependencies may call require(); ESM output gives them one.
const esmRequire = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/** A web worker cannot require a second bundle: the web build takes the language client in. */
const bundledClient = {
  name: 'bundled-client',
  setup(build) {
    // src/vscode/client-loader.ts, from whichever adapter file imports it.
    build.onResolve({ filter: /(?:^|\/)client-loader\.js$/ }, (args) => {
      const target = resolve(dirname(args.importer), args.path).replace(/\.js$/, '');
      const vscodeDir = resolve('src/vscode');
      return dirname(target) === vscodeDir ? { path: `${target}.web.ts` } : undefined;
    });
  },
};

/**
 * `dataset import` reads Excel workbooks with exceljs (several MB of code): it is its own bundle,
 * loaded only when that command runs, so every other command starts as fast as before. It is
 * CommonJS, so the CLI's bundle loads it with require() (see cachedCommonJs).
 */
const separateDatasetCommand = {
  name: 'separate-dataset-command',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/dataset\.js$/ }, () => ({ path: './dataset-command.cjs', external: true }));
  },
};

/**
 * A bundle run by a launcher with its code cache: CommonJS (V8 caches scripts, not modules), with
 * import.meta.url. It holds no import(): a script compiled from an accepted code cache loses its
 * dynamic import callback in Node 20 ("A dynamic import callback was not specified"), so esbuild
 * turns every import() of a file outside the bundle into require().
 */
const cachedCommonJs = {
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** @type {Array<import('esbuild').BuildOptions & {name: string}>} */
const targets = [
  {
    // The CLI is CommonJS so that its launcher (dist/cli.js, src/cli/bin.ts) can compile it with
    // V8's code cache, which Node 20 offers for scripts only (src/node/code-cache.ts).
    name: 'cli',
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli-main.cjs',
    platform: 'node',
    ...cachedCommonJs,
    external: serverFallback,
    plugins: [separateDatasetCommand],
    launcher: { entry: 'src/cli/bin.ts', outfile: 'dist/cli.js', train: ['process', 'lint', '--format', 'json', 'examples'] },
  },
  {
    name: 'dataset-command',
    entryPoints: ['src/cli/commands/dataset.ts'],
    outfile: 'dist/dataset-command.cjs',
    platform: 'node',
    ...cachedCommonJs,
  },
  {
    name: 'lint-worker',
    entryPoints: ['src/cli/worker.ts'],
    outfile: 'dist/lint-worker.js',
    platform: 'node',
    format: 'esm',
    banner: { js: esmRequire },
  },
  {
    // CommonJS with a launcher and a code cache, as the CLI: the server starts, and its worker
    // lints the first document, without compiling their bundles (src/node/code-cache.ts). The
    // worker is built first: the server's training runs it.
    name: 'lsp-worker',
    entryPoints: ['src/server/lint-worker.ts'],
    outfile: 'dist/lsp-worker-main.cjs',
    platform: 'node',
    ...cachedCommonJs,
    launcher: { entry: 'src/server/worker-launcher.ts', outfile: 'dist/lsp-worker.cjs', format: 'cjs', train: ['worker'] },
  },
  {
    name: 'lsp',
    entryPoints: ['src/server/bin.ts'],
    outfile: 'dist/lsp-main.cjs',
    platform: 'node',
    ...cachedCommonJs,
    external: serverFallback,
    launcher: { entry: 'src/server/launcher.ts', outfile: 'dist/lsp.js', train: ['lsp'] },
  },
  {
    name: 'extension',
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.cjs',
    platform: 'node',
    format: 'cjs',
    // The language client is its own bundle, required on the first article (src/vscode/client-loader.ts):
    // activation compiles only the adapter. The server (dist/lsp.js) runs in a process of its own.
    external: ['vscode', './client.cjs'],
  },
  {
    name: 'client',
    entryPoints: ['src/vscode/language-client.ts'],
    outfile: 'dist/client.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    // The same language server for the web extension, run in a web worker the client starts.
    name: 'web-server',
    entryPoints: ['src/server/browser-main.ts'],
    outfile: 'dist/web/server.js',
    platform: 'browser',
    conditions: ['worker'],
    format: 'iife',
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    name: 'web-extension',
    entryPoints: ['src/web/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    // A web worker has no DOM: pick packages' worker builds over their DOM ones.
    conditions: ['worker'],
    plugins: [bundledClient],
    format: 'cjs',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    // The playground page (`career-articles playground`): its script, and the web server above
    // as its worker (src/playground/worker.ts). Always minified, without source maps: the
    // command copies this folder as it is, for people who never build the project.
    name: 'playground',
    entryPoints: { page: 'src/playground/page/main.ts', server: 'src/playground/worker.ts' },
    outdir: 'dist/playground',
    platform: 'browser',
    conditions: ['worker'],
    format: 'iife',
    loader: { '.md': 'text' },
    minify: true,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    copy: ['src/playground/index.html', 'src/playground/playground.css', 'media/preview.css'],
  },
  {
    name: 'webview',
    entryPoints: ['src/webview/main.ts'],
    outfile: 'media/preview.js',
    platform: 'browser',
    format: 'iife',
  },
  {
    name: 'web-tests',
    entryPoints: ['test/web/index.ts'],
    outfile: 'dist/test/web/index.js',
    platform: 'browser',
    conditions: ['worker'],
    format: 'cjs',
    external: ['vscode'],
  },
  {
    name: 'integration-tests',
    entryPoints: integrationTests,
    outdir: 'dist/test/integration',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    // mocha is loaded from node_modules at run time: it discovers and requires files itself.
    external: ['vscode', 'mocha'],
  },
];

const common = {
  bundle: true,
  // jsonc-parser's default (UMD) build requires its own files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
};

const unknown = only?.filter((name) => !targets.some((t) => t.name === name)) ?? [];
if (unknown.length > 0)
  throw new Error(`Unknown build target \`${unknown.join('`, `')}\`, expected one of ${targets.map((t) => t.name).join(', ')}`);
const entryFiles = (entryPoints) => (Array.isArray(entryPoints) ? entryPoints : Object.values(entryPoints));
const present = targets.filter(
  ({ name, entryPoints }) =>
    (!only || only.includes(name)) && entryFiles(entryPoints).length > 0 && entryFiles(entryPoints).every((e) => existsSync(e)),
);

// The root package.json is the extension manifest and must not say "type": "module" (VS Code's
// web worker host refuses such extensions), so dist/ says it for the CLI's ESM bundles; the
// extension's bundles are .cjs or loaded by VS Code, which ignores this file.
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{ "type": "module" }\n');

/** A CommonJS bundle's launcher: a small ESM file that runs it with its code cache (src/node/code-cache.ts). */
const launcherOptions = ({ entry, outfile, format = 'esm' }) => ({
  entryPoints: [entry],
  outfile,
  platform: 'node',
  format,
  banner: { js: '#!/usr/bin/env node' },
});

/** Files a target ships as they are, next to its bundles. */
function copyFiles(files = [], outdir) {
  if (files.length > 0) mkdirSync(outdir, { recursive: true });
  for (const file of files) copyFileSync(file, join(outdir, basename(file)));
}

for (const { name, launcher, copy, ...options } of present) {
  copyFiles(copy, options.outdir ?? dirname(options.outfile));
  if (watch) {
    // A rebuilt bundle no longer matches its cache (the launcher then ignores it): drop it.
    if (launcher) rmSync(`${options.outfile}.cache`, { force: true });
    const context = await esbuild.context({ ...common, ...options });
    await context.watch();
    if (launcher) await esbuild.build({ ...common, ...launcherOptions(launcher) });
    console.log(`watching ${name}`);
  } else {
    await esbuild.build({ ...common, ...options });
    if (launcher) {
      finishCachedBundle(options.outfile);
      await esbuild.build({ ...common, ...launcherOptions(launcher) });
      trainCodeCache(options.outfile, launcher.train);
    }
  }
}
if (!watch) console.log(`built ${present.map((t) => t.name).join(', ')}`);
