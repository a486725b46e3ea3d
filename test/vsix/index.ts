// The tests module of `tsx test/runner/run-vsix.ts`: it runs in the Node extension host of a
// code-server whose extensions folder holds only the installed career-articles.vsix. The
// payload's development extension is an empty stand-in, so every check here reaches the
// installed copy. No Mocha (it is not in the .vsix world): a list of checks, one line each,
// then `N passed, N failed`, which the launcher requires as the closing line.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, waitForDiagnostics } from '../integration/helpers';
import { productVsSalesArticle } from './articles';

interface ExtensionApi {
  server: unknown;
  datasets: { info(): Promise<{ occupations: number }> };
  diagnostics: unknown;
}

/** Set by run-vsix.ts: where it installed the .vsix, and the repository it must not load from. */
function fromLauncher(name: 'CAREER_ARTICLES_VSIX_INSTALLED' | 'CAREER_ARTICLES_REPO_ROOT'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this suite with tsx test/runner/run-vsix.ts`);
  return realpathSync(value);
}

function installed(): vscode.Extension<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

const isInside = (path: string, folder: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
};

/** Whether the installed extension's language client bundle has been required: the module cache is the host process's. */
function clientLoaded(): boolean {
  const root = realpathSync(installed().extensionPath);
  return Object.keys(require.cache).some((file) => file.endsWith('client.cjs') && isInside(realpathSync(file), root));
}

let untitled = 0;

/**
 * A new untitled Markdown document holding `content`. Each gets a name of its own: with
 * `openTextDocument({ content })`, code-server sometimes handed the second check the first
 * check's closed "Untitled-1", old text and all.
 */
async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextDocument> {
  const extension = language === 'markdown' ? 'md' : language;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/vsix-check-${++untitled}.${extension}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content));
  assert.equal(document.getText(), content, 'the new document holds the text just typed');
  return document;
}

/** Closes the active editor's document and waits until the extension has let go of it. */
async function closeWithoutSaving(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (!document) return;
  // The next untitled document may get this one's URI: its diagnostics must start empty.
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && (!document.isClosed || vscode.languages.getDiagnostics(document.uri).length > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const checks: Array<[name: string, run: () => Promise<void> | void]> = [
  [
    'is installed from the .vsix into the fresh extensions folder, not loaded from the repository',
    () => {
      const extension = installed();
      const path = realpathSync(extension.extensionPath);
      assert.equal(path, fromLauncher('CAREER_ARTICLES_VSIX_INSTALLED'));
      assert.ok(!isInside(path, fromLauncher('CAREER_ARTICLES_REPO_ROOT')), `${path} is inside the repository`);
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
      // Nothing has opened an article yet. The workbench's own plain-text documents may have
      // activated the extension (onLanguage:plaintext), but they must not have started the language client.
      assert.equal(clientLoaded(), false, 'the language client was loaded before any article was opened');
    },
  ],
  [
    'ships the bundles, the dataset and the rule docs, and no sources, maps, code caches or node_modules',
    () => {
      const root = installed().extensionPath;
      for (const file of [
        'dist/extension.cjs',
        'dist/client.cjs',
        'dist/lsp.js',
        'dist/lsp-main.cjs',
        'dist/lsp-worker.cjs',
        'dist/lsp-worker-main.cjs',
        'dist/package.json',
        'dist/web/extension.js',
        'dist/web/server.js',
        'data/roles.json',
        'docs/rules/required-sections.md',
        'schemas/config.schema.json',
      ]) {
        assert.ok(existsSync(join(root, file)), `${file} is missing from the installed extension`);
      }
      for (const unwanted of ['src', 'node_modules', 'test', 'bench'])
        assert.ok(!existsSync(join(root, unwanted)), `${unwanted}/ was packaged`);
      // Desktop VS Code's Electron V8 rejects the build's code caches: they stay in the npm package.
      const unwanted = ['dist', 'media']
        .flatMap((folder) => readdirSync(join(root, folder), { recursive: true }).map((file) => `${folder}/${String(file)}`))
        .filter((file) => file.endsWith('.map') || file.endsWith('.cache'));
      assert.deepEqual(unwanted, [], 'source maps or code caches were packaged');
    },
  ],
  [
    'activates when an untitled Markdown article opens and reports its missing section',
    async () => {
      const document = await openUntitled(productVsSalesArticle({ workEnvironment: false, salesManagerSalary: '$164,350' }));
      try {
        const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
        const missing = diagnostics.filter((d) => codeOf(d) === 'required-sections');
        assert.equal(missing.length, 1);
        assert.match(missing[0]!.message, /Missing section `Work Environment`/);
        const extension = installed();
        assert.equal(extension.isActive, true);
        assert.equal(clientLoaded(), true, 'the first article starts the language client');
        for (const service of ['server', 'datasets', 'diagnostics'])
          assert.ok(service in (extension.exports ?? {}), `activate() returned no \`${service}\``);
        // The rule's doc link is built from the extension's own folder: the installed one.
        const target = (missing[0]!.code as { target: vscode.Uri }).target;
        assert.equal(target.path, vscode.Uri.joinPath(vscode.Uri.file(extension.extensionPath), 'docs/rules/required-sections.md').path);
      } finally {
        await closeWithoutSaving();
      }
    },
  ],
  [
    'loads the bundled BLS dataset from the installed copy and flags a wrong sales-manager salary',
    async () => {
      const document = await openUntitled(productVsSalesArticle({ workEnvironment: true, salesManagerSalary: '$83,778' }));
      try {
        const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'salary-mismatch'));
        const mismatches = diagnostics.filter((d) => codeOf(d) === 'salary-mismatch');
        assert.equal(mismatches.length, 1, mismatches.map((d) => d.message).join('\n'));
        assert.match(mismatches[0]!.message, /^Unexpected salary `\$83,778 per year` for `Sales Manager`: .*\(11-2022\) is `\$164,350`/);
        assert.deepEqual(
          diagnostics.map(codeOf).filter((code) => code !== 'salary-mismatch'),
          [],
          'the complete article has no other finding',
        );
        const { occupations } = await installed().exports.datasets.info();
        assert.ok(occupations > 500, `only ${occupations} occupations in the bundled dataset`);
      } finally {
        await closeWithoutSaving();
      }
    },
  ],
  [
    'reads an HTML article with the installed server bundle and reports its missing section at its line',
    async () => {
      const markdown = productVsSalesArticle({ workEnvironment: false, salesManagerSalary: '$160,930' });
      const body = markdown
        .split('\n\n')
        .map((block) =>
          block.replace(/^(#{1,3}) (.*)$/s, (_, hashes: string, text: string) => `<h${hashes.length}>${text}</h${hashes.length}>`),
        )
        .map((block) => (block.startsWith('<h') || block === '' ? block : `<p>${block}</p>`))
        .join('\n');
      const page = `<!DOCTYPE html>\n<html>\n<body>\n<nav>Job Search</nav>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
      const document = await openUntitled(page, 'html');
      try {
        const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
        const missing = diagnostics.filter((d) => codeOf(d) === 'required-sections');
        assert.equal(missing.length, 1);
        assert.equal(document.lineAt(missing[0]!.range.start.line).text, '<h2>Product Manager vs. Sales Manager</h2>');
      } finally {
        await closeWithoutSaving();
      }
    },
  ],
];

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  console.log('Packaged .vsix');
  for (const [name, check] of checks) {
    const start = Date.now();
    try {
      await check();
      passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - start} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${name}\n${String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/^/gm, '      ')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} .vsix check${failed === 1 ? '' : 's'} failed`);
}
