// One article, three hosts, one answer (issue #16): `career-articles lint --format json`, the
// language server over stdio driven by a plain LSP client, and the Problems panel of this real
// VS Code give the same findings (rule, range, message) for the bundled examples and a few
// fixtures in three syntaxes, with a config two folders up that sets options away from their
// defaults and names a workspace dataset reached through a symlink (issue #26).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import {
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { initialize, spawnServer } from '../helpers/lsp-handshake.js';
import { EXTENSION_ID, closeAllEditors, codeOf, ours, workspaceUri } from './helpers';

type Seen = string[];
const line = (rule: string, sl: number, sc: number, el: number, ec: number, message: string) =>
  `${rule} ${sl}:${sc}-${el}:${ec} ${message}`;

interface CliEntry {
  file: string;
  findings: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

/** The CLI's findings per file, 0-based like LSP. */
function cliFindings(cli: string, cwd: string, files: string[]): Map<string, Seen> {
  // Named one by one: the scratch folder is git-ignored, and files named directly are always read.
  const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', ...files], { cwd, encoding: 'utf8' });
  assert.ok(run.stdout, `the CLI printed nothing: ${run.stderr}`);
  const entries = JSON.parse(run.stdout) as CliEntry[];
  // Site-scope rules (cross-article-salary) compare articles linted together; the server and the
  // editor check one open document at a time, so they are not part of this comparison.
  return new Map(
    entries.map((e) => [
      basename(e.file),
      e.findings
        .filter((f) => f.ruleId !== 'cross-article-salary')
        .map((f) => line(f.ruleId, f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1, f.message))
        .sort(),
    ]),
  );
}

/** The server over stdio, as another editor would start it: each file opened, its first diagnostics taken. */
async function serverFindings(
  server: string,
  root: string,
  files: Array<{ path: string; languageId: string }>,
): Promise<Map<string, Seen>> {
  const { child, connection } = spawnServer([server, '--stdio']);
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params);
    waiting.get(params.uri)?.(params);
  });
  connection.listen();
  try {
    await initialize(connection, { root, name: 'ws' });
    const seen = new Map<string, Seen>();
    for (const { path, languageId } of files) {
      const uri = pathToFileURL(path).href;
      const done = new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(uri, resolve));
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId, version: 1, text: readFileSync(path, 'utf8') },
      });
      const { diagnostics } = published.get(uri) ?? (await done);
      seen.set(
        basename(path),
        diagnostics
          .map((d) =>
            line(
              String(d.code),
              d.range.start.line,
              d.range.start.character,
              d.range.end.line,
              d.range.end.character,
              typeof d.message === 'string' ? d.message : d.message.value,
            ),
          )
          .sort(),
      );
    }
    return seen;
  } finally {
    connection.dispose();
    child.kill();
  }
}

const LANGUAGES: Record<string, string> = { '.md': 'markdown', '.txt': 'plaintext', '.html': 'html' };

describe('The CLI, the language server and VS Code agree', () => {
  const repo = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  const root = workspaceUri(`tmp-agree-${Date.now()}`).fsPath;
  const deep = join(root, 'articles', 'deep');
  const files: string[] = [];

  before(() => {
    mkdirSync(join(root, 'data', 'real'), { recursive: true });
    mkdirSync(deep, { recursive: true });
    // The dataset the config names is a link (inside the workspace): every host follows it alike.
    copyFileSync(join(repo, 'test/fixtures/workspace/drafts/team-roles.json'), join(root, 'data/real/team-roles.json'));
    symlinkSync(join(root, 'data/real/team-roles.json'), join(root, 'data/team-roles.json'));
    // Options away from their defaults: a host that lints with its own options disagrees.
    writeFileSync(
      join(root, '.career-articles.json'),
      JSON.stringify({
        dataset: 'data/team-roles.json',
        rules: { 'empty-section': { minWords: 5 }, 'salary-mismatch': { tolerance: 0.05 } },
      }),
    );
    const sources = [
      ...readdirSync(join(repo, 'examples')).map((f) => join(repo, 'examples', f)),
      join(repo, 'test/fixtures/workspace/drafts/growth-hacker-vs-sales-manager.md'),
      join(repo, 'test/fixtures/workspace/forms/accountant-vs-auditor.html'),
      join(repo, 'test/fixtures/workspace/forms/registered-nurse-vs-medical-assistant.txt'),
      join(repo, 'test/fixtures/salary-mismatch/not-ok-may-2024.md'),
      join(repo, 'test/fixtures/required-sections/not-ok-one-missing.md'),
      join(repo, 'test/fixtures/required-sections/not-ok-crlf.md'),
    ];
    for (const source of sources) {
      const target = join(deep, basename(source));
      copyFileSync(source, target);
      files.push(target);
    }
  });
  after(async () => {
    await closeAllEditors();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives identical findings (rule, range, message) for every example and fixture, with a config two folders up setting non-default options and a workspace dataset behind a symlink', async () => {
    const cli = cliFindings(join(repo, 'dist/cli.js'), root, files);
    const server = await serverFindings(
      join(repo, 'dist/lsp.js'),
      root,
      files.map((path) => ({ path, languageId: LANGUAGES[path.slice(path.lastIndexOf('.'))]! })),
    );
    let compared = 0;
    for (const path of files) {
      const name = basename(path);
      const uri = vscode.Uri.file(path);
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('careerArticles.lintCurrent');
      const editor = ours(uri)
        .map((d) => line(codeOf(d)!, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message))
        .sort();
      assert.deepEqual(server.get(name), cli.get(name) ?? [], `${name}: the server disagrees with the CLI`);
      assert.deepEqual(editor, cli.get(name) ?? [], `${name}: VS Code disagrees with the CLI`);
      compared += editor.length;
      await closeAllEditors();
    }
    // The comparison is about findings: the set must have some, from the workspace dataset too.
    assert.ok(compared > 10, `only ${compared} findings compared`);
    assert.ok(
      [...cli.values()].flat().some((f) => f.includes('Growth Marketers')),
      'the workspace dataset was not used',
    );
  });
});
