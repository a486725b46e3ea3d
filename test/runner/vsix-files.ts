// The .vsix's exact file list: the bundles the desktop and web extension run, the compact
// dataset, the rule docs, schemas, snippets and media, and nothing else. No source maps, and no
// V8 code caches (VS Code desktop's Electron V8 rejects a cache made by the build's Node).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const FIXED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/readme.md',
  'extension/LICENSE.txt',
  'extension/NOTICE.md',
  'extension/data/roles.json',
  'extension/dist/package.json',
  'extension/dist/extension.cjs',
  'extension/dist/client.cjs',
  'extension/dist/lsp.js',
  'extension/dist/lsp-main.cjs',
  'extension/dist/lsp-worker.cjs',
  'extension/dist/lsp-worker-main.cjs',
  'extension/dist/web/extension.js',
  'extension/dist/web/server.js',
  'extension/media/icon.png',
  'extension/media/preview.css',
  'extension/media/preview.js',
  'extension/schemas/config.schema.json',
  'extension/schemas/roles.schema.json',
  'extension/snippets/markdown.code-snippets',
];

/** Every file the .vsix must hold: the fixed list, each rule's doc page and the walkthrough's steps. */
export function expectedVsixFiles(repoRoot: string): string[] {
  const each = (folder: string) =>
    readdirSync(join(repoRoot, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `extension/${folder}/${name}`);
  return [...FIXED, ...each('docs/rules'), ...each('media/walkthrough')].sort();
}

/** What differs between the .vsix's files and the expected list, one line each; empty when they agree. */
export function vsixFileDifferences(actual: readonly string[], expected: readonly string[]): string[] {
  const have = new Set(actual);
  const want = new Set(expected);
  return [
    ...actual.filter((name) => !want.has(name)).map((name) => `unexpected in the .vsix: ${name}`),
    ...expected.filter((name) => !have.has(name)).map((name) => `missing from the .vsix: ${name}`),
  ];
}
