// The language server under hostile input, driven by a real LSP client over stdio: a workspace
// dataset that is a link out of the workspace is never read (issue #24, item 4); a document
// whose lint fails for any reason still gets one "not checked" diagnostic and every waiting
// request an answer, and a URI that maps to no file an error response (item 5); a malformed
// frame ends the server with one line on stderr (item 8).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import type { RoleMatch } from '../../src/core/dataset/types.js';
import { cleanText, runCli, tempFolder } from '../fixtures/cli/harness.js';
import { SERVER, answered, startClient, type TestClient } from './helpers/lsp-client.js';

const temp = tempFolder();
after(() => temp.remove());

const SECRET = 'SECRET-HASH-7f3a';

/** `ws/` whose config names `roles.<ext>`, a link to `outside/secret.<ext>` beside the workspace. */
function linkedOut(name: string, ext: 'csv' | 'json', secret: string): { root: string; article: string } {
  const base = join(temp.path, name);
  const root = join(base, 'ws');
  mkdirSync(join(base, 'outside'), { recursive: true });
  mkdirSync(root);
  writeFileSync(join(base, 'outside', `secret.${ext}`), secret);
  symlinkSync(join(base, 'outside', `secret.${ext}`), join(root, `roles.${ext}`));
  writeFileSync(join(root, '.career-articles.json'), JSON.stringify({ dataset: `roles.${ext}` }));
  const article = join(root, 'a.md');
  writeFileSync(article, cleanText());
  return { root, article };
}

describe('a workspace dataset that links out of the workspace (issue #24, item 4)', () => {
  test('is refused by the server and the CLI alike, and nothing of the CSV it points at reaches the client', async () => {
    const { root, article } = linkedOut('csv', 'csv', `root:${SECRET}:19000:0:99999:7:::\n`);
    const client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
    try {
      await client.diagnostics(client.open(article, cleanText()));
      const heard = client.heard.join('\n');
      assert.match(heard, /the dataset \S*roles\.csv is outside the workspace folder/);
      assert.doesNotMatch(heard, new RegExp(SECRET));
    } finally {
      await client.stop();
    }
    const cli = runCli(['lint', 'a.md'], { cwd: root });
    assert.match(cli.stderr, /ignoring the dataset roles\.csv named in \.career-articles\.json: it lies outside/);
    assert.doesNotMatch(cli.stdout + cli.stderr, new RegExp(SECRET));
  });

  test('a JSON dataset behind the link is not loaded: careerArticles/roles never answers with its occupations', async () => {
    const occupation = { soc: 'custom-1', title: `${SECRET} Agent`, wages: { mean: 100000 }, source: 'secret', year: 2025, period: '2025' };
    const { root, article } = linkedOut('json', 'json', JSON.stringify({ occupations: [occupation] }));
    const client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
    try {
      await client.diagnostics(client.open(article, cleanText()));
      const roles = await client.connection.sendRequest<RoleMatch[]>('careerArticles/roles', { query: `${SECRET} Agent` });
      assert.doesNotMatch(JSON.stringify(roles), new RegExp(SECRET));
      assert.doesNotMatch(client.heard.join('\n'), new RegExp(SECRET));
    } finally {
      await client.stop();
    }
  });
});

/** Opens `text` as `languageId` at `uri` (a URI as given, mapped to a file or not). */
function openAs(client: TestClient, uri: string, languageId: string, text: string): string {
  void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

const messages = (diagnostics: Diagnostic[]) => diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));

describe('a document whose lint fails is still answered (issue #24, item 5)', () => {
  test('100,000 nested <div>s: one "not checked" diagnostic, and outline, code actions and careerArticles/lint answer', async () => {
    const client = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 } });
    try {
      const uri = openAs(
        client,
        pathToFileURL(join(temp.path, 'deep.html')).href,
        'html',
        `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`,
      );
      // Asked at once, before the lint fails: each must be answered when it does.
      const symbols = client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const actions = client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        context: { diagnostics: [] },
      });
      const linted = client.connection.sendRequest<{ notChecked: boolean }>('careerArticles/lint', { textDocument: { uri } });
      assert.deepEqual(messages(await answered(client.diagnostics(uri), 'the diagnostics')), [
        'not checked: the lint failed: nested too deeply (stack overflow)',
      ]);
      assert.deepEqual(await answered(symbols, 'documentSymbol'), []);
      assert.deepEqual(await answered(actions, 'codeAction'), []);
      assert.equal((await answered(linted, 'careerArticles/lint')).notChecked, true);
    } finally {
      await client.stop();
    }
  });

  test('a pulling client gets the "not checked" diagnostic too', async () => {
    const client = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 }, pull: true });
    try {
      const uri = openAs(client, pathToFileURL(join(temp.path, 'deep-pulled.html')).href, 'html', `${'<div>'.repeat(100_000)}x`);
      const report = await answered(
        client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }),
        'textDocument/diagnostic',
      );
      assert.deepEqual(messages(report.items), ['not checked: the lint failed: nested too deeply (stack overflow)']);
    } finally {
      await client.stop();
    }
  });

  test('a lint worker out of memory: the document is "not checked" and the server lives on', async () => {
    const client = await startClient({
      root: temp.path,
      initializationOptions: { timeBudgetMs: 120_000 },
      env: { CAREER_ARTICLES_MAX_MEMORY_MB: '16' },
    });
    try {
      // 200,000 paragraphs: their syntax tree alone needs far more than a 16 MB heap.
      const uri = client.open(join(temp.path, 'oom.md'), `${cleanText()}${'\n\nA paragraph of a few words.'.repeat(200_000)}\n`);
      assert.deepEqual(messages(await answered(client.diagnostics(uri), 'the diagnostics')), [
        'not checked: the lint failed: needs more than 16 MB of memory',
      ]);
      const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, []);
    } finally {
      await client.stop();
    }
  });

  for (const uri of ['file:///tmp/career-articles/a%2Fb.md', 'file://otherhost/share/a.md'])
    test(`a URI that names no file here (${uri}) gets an error response, and a pushed "not checked" diagnostic`, async () => {
      const client = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 } });
      try {
        openAs(client, uri, 'markdown', cleanText());
        assert.match(
          messages(await answered(client.diagnostics(uri), 'the diagnostics'))[0]!,
          /^not checked: the lint failed: career-articles: .* names no file this server can read/,
        );
        for (const method of ['textDocument/documentSymbol', 'textDocument/diagnostic', 'careerArticles/lint'])
          await assert.rejects(
            client.connection.sendRequest(method, { textDocument: { uri } }),
            /names no file this server can read/,
            method,
          );
      } finally {
        await client.stop();
      }
    });
});

describe('a malformed frame (issue #24, item 8)', () => {
  test('`Content-Length: abc` ends the server with one line on stderr and a non-zero exit', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}');
    const timer = setTimeout(() => child.kill(), 20_000);
    const code = await exited;
    clearTimeout(timer);
    assert.equal(code, 1, `exit code ${code}; stderr: ${stderr}`);
    assert.deepEqual(stderr.trim().split('\n'), [
      'career-articles-lsp: unreadable message from the client (Content-Length value must be a number. Got abc); exiting',
    ]);
  });
});

describe('careerArticles/lintFile over the time budget (issue #24, item 8)', () => {
  test('answers "not checked" with the reason, never "not an article", and shows it on the file', async () => {
    const client = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 1000 } });
    try {
      // 40 KB of `> - ` takes some 20 s to parse on an idle machine (micromark is quadratic on it).
      const uri = pathToFileURL(join(temp.path, 'slow-file.md')).href;
      const text = `# A vs. B: What Are the Differences?\n\n${'> - '.repeat(10_000)}\n`;
      const response = await answered(
        client.connection.sendRequest<{ isArticle: boolean; notChecked?: string }>('careerArticles/lintFile', { uri, text }),
        'careerArticles/lintFile',
      );
      assert.deepEqual(response, {
        isArticle: false,
        errors: 0,
        warnings: 0,
        infos: 0,
        notChecked: 'this document takes too long to parse (over 1 s)',
      });
      assert.deepEqual(messages(await answered(client.diagnostics(uri), 'the file')), [
        'not checked: this document takes too long to parse (over 1 s)',
      ]);
    } finally {
      await client.stop();
    }
  });
});
