// The language server over stdio, driven by a real LSP client (vscode-languageserver-protocol):
// it gives the same findings as `career-articles lint` for every fixture and example, with a
// config two folders up naming a workspace dataset; answers code actions, hovers, outlines,
// formatting and the preview request; and a document over the time budget gets one "not
// checked" diagnostic while the server keeps answering for other documents.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
} from 'vscode-languageserver-protocol/node';
import { CLI, EXAMPLES, ROOT, cleanText, runCli, tempFolder, type JsonEntry } from '../fixtures/cli/harness.js';
import { startClient, type TestClient } from './helpers/lsp-client.js';

const temp = tempFolder();
after(() => temp.remove());

const SEVERITY = ['', 'error', 'warning', 'info'];
const FIXTURES = join(ROOT, 'test/fixtures');

/** Every fixture and example article, copied two folders below a config that names a workspace dataset. */
function workspace(): { root: string; files: string[] } {
  const root = join(temp.path, 'ws');
  const deep = join(root, 'articles', 'deep');
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(deep, { recursive: true });
  copyFileSync(join(FIXTURES, 'workspace/drafts/team-roles.json'), join(root, 'data/team-roles.json'));
  writeFileSync(
    join(root, '.career-articles.json'),
    JSON.stringify({ dataset: 'data/team-roles.json', rules: { 'empty-section': { minWords: 5 } } }),
  );
  const sources = [
    ...readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(FIXTURES, d.name))
          .filter((f) => f.endsWith('.md'))
          .map((f) => join(FIXTURES, d.name, f)),
      ),
    ...readdirSync(EXAMPLES).map((f) => join(EXAMPLES, f)),
    ...readdirSync(join(FIXTURES, 'workspace/articles')).map((f) => join(FIXTURES, 'workspace/articles', f)),
    join(FIXTURES, 'workspace/drafts/growth-hacker-vs-sales-manager.md'),
  ];
  const files = sources.map((source) => {
    const target = join(deep, `${basename(resolve(source, '..'))}--${basename(source)}`);
    copyFileSync(source, target);
    return target;
  });
  return { root, files };
}

const fromCli = (f: JsonEntry['findings'][number]) =>
  `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`;
const fromServer = (d: Diagnostic) =>
  `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity ?? 0]} ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`;

describe('career-articles language server', () => {
  const { root, files } = workspace();
  let client: TestClient;
  const server = new Map<string, Diagnostic[]>();
  before(async () => {
    // The budget is not what this suite tests: a busy machine must not turn findings into "not checked".
    client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
    const uris = files.map((file) => client.open(file, readFileSync(file, 'utf8')));
    const all = await Promise.all(uris.map((uri) => client.diagnostics(uri)));
    files.forEach((file, i) => server.set(file, all[i]!));
  });
  after(() => client.stop());

  test('gives the same findings as career-articles lint for every fixture and example', () => {
    const run = runCli(['lint', '--format', 'json', 'articles'], { cwd: root });
    assert.notEqual(run.code, 2, run.stderr);
    // Site-scope rules (cross-article-salary) compare articles linted together; the server
    // checks one open document at a time, so they are not part of this comparison.
    const perDocument = (f: JsonEntry['findings'][number]) => f.ruleId !== 'cross-article-salary';
    const cli = new Map(
      (JSON.parse(run.stdout) as JsonEntry[]).map((e) => [resolve(root, e.file), e.findings.filter(perDocument).map(fromCli)]),
    );
    assert.ok(files.length > 60, `only ${files.length} files`);
    for (const file of files) assert.deepEqual(server.get(file)!.map(fromServer), cli.get(file) ?? [], basename(file));
    const growth = server.get(files.find((f) => f.endsWith('growth-hacker-vs-sales-manager.md'))!)!;
    // The workspace dataset two folders up is in force: the draft's figure is judged against it.
    assert.ok(
      growth.some((d) => d.code === 'salary-mismatch' && fromServer(d).includes('Team salary survey')),
      growth.map(fromServer).join('\n'),
    );
  });

  test('diagnostics carry the rule id, its docs url and the fix as data', () => {
    const flawed = server.get(files.find((f) => f.endsWith('registered-nurse-vs-nurse-practitioner.md') && f.includes('examples--'))!)!;
    const title = flawed.find((d) => d.code === 'title-format')!;
    assert.match(title.codeDescription!.href, /docs\/rules\/title-format\.md$/);
    assert.equal((title.data as { ruleId: string }).ruleId, 'title-format');
    assert.ok((title.data as { fix?: unknown }).fix);
  });

  test('code actions offer the fix, a disable comment and fix all; formatting applies every fix', async () => {
    const file = files.find((f) => f.includes('examples--registered-nurse'))!;
    const uri = pathToFileURL(file).href;
    const title = server.get(file)!.find((d) => d.code === 'title-format')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: title.range,
      context: { diagnostics: [title] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Rewrite the title as `Registered Nurse vs. Nurse Practitioner: What Are the Differences?`');
    assert.equal(fix.edit!.changes![uri]![0]!.newText, '# Registered Nurse vs. Nurse Practitioner: What Are the Differences?');
    assert.ok(actions.some((a) => a.title === 'Disable title-format for this line'));
    const fixAll = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: title.range,
      context: { diagnostics: [], only: ['source.fixAll.careerArticles'] },
    });
    assert.deepEqual(
      fixAll.map((a) => a.kind),
      ['source.fixAll.careerArticles'],
    );
    const edits = await client.connection.sendRequest<Array<{ newText: string }>>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    const fixed = runCli(['lint', '--fix', '--format', 'json', file], { cwd: root });
    assert.notEqual(fixed.code, 2, fixed.stderr);
    assert.equal(edits[0]!.newText, readFileSync(file, 'utf8'), 'formatting = the CLI --fix result');
    writeFileSync(file, edits[0]!.newText); // keep the copy as the server knows it
  });

  test('careerArticles/newArticle writes the article `career-articles new` writes, in the syntax asked for', async () => {
    const roles = ['Registered Nurse (RN)', 'Nurse Practitioner (NP)'];
    for (const [syntax, format] of [
      ['markdown', 'md'],
      ['html', 'html'],
    ] as const) {
      const answer = await client.connection.sendRequest<{ ok: boolean; text?: string }>('careerArticles/newArticle', { roles, syntax });
      const cli = runCli(['new', ...roles, '--format', format], { cwd: root });
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal(answer.ok, true);
      assert.equal(answer.text, cli.stdout);
    }
    const unknown = await client.connection.sendRequest<{ ok: boolean; reason?: string }>('careerArticles/newArticle', {
      roles: ['Fireman', 'RN'],
    });
    assert.deepEqual(unknown.ok, false);
    assert.match(unknown.reason ?? '', /no occupation in the dataset matches "Fireman"/);
  });

  test('hover on a salary figure shows the dataset card; the outline lists the title and sections', async () => {
    const file = files.find((f) => f.includes('examples--product-manager'))!;
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('$', text.indexOf('## '));
    const before = text.slice(0, at);
    const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    assert.ok(hover, 'no hover');
    assert.match((hover.contents as { value: string }).value, /BLS|OEWS|mean/i);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0]!.detail, 'title');
    assert.ok(symbols[0]!.children!.length >= 3, JSON.stringify(symbols));
    const preview = await client.connection.sendRequest<{ ok: boolean }>('careerArticles/preview', { textDocument: { uri } });
    assert.equal(preview.ok, true);
  });
});

describe('career-articles language server, pull diagnostics', () => {
  test('a client that pulls diagnostics gets the same ones as a client that is sent them', async () => {
    const pushing = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 } });
    const pulling = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 }, pull: true });
    try {
      const file = join(temp.path, 'flawed.md');
      const text = readFileSync(join(EXAMPLES, 'registered-nurse-vs-nurse-practitioner.md'), 'utf8');
      const pushed = await pushing.diagnostics(pushing.open(file, text));
      const uri = pulling.open(file, text);
      const report = await pulling.connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri },
      });
      assert.equal(report.kind, 'full');
      assert.ok(pushed.length > 3);
      assert.deepEqual(report.items.map(fromServer), pushed.map(fromServer));
    } finally {
      await Promise.all([pushing.stop(), pulling.stop()]);
    }
  });
});

describe('career-articles language server time budget', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 }, args: [CLI, 'lsp', '--stdio'] });
  });
  after(() => client.stop());

  test('a document over budget gets one "not checked" diagnostic while other documents are answered; the next edit tries again', async () => {
    const normal = join(temp.path, 'normal.md');
    const normalUri = client.open(normal, cleanText());
    await client.diagnostics(normalUri);
    // The budget is lowered only now: a busy machine must not make the first (cold) lint of the normal article miss it.
    // 40 KB of `> - ` takes some 20 s to parse on an idle machine (micromark is quadratic on it).
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { careerArticles: { timeBudgetMs: 5000 } },
    });
    await client.diagnostics(normalUri);
    let order = 0;
    const slowUri = client.open(join(temp.path, 'slow.md'), `# A vs. B: What Are the Differences?\n\n${'> - '.repeat(10_000)}\n`);
    const slow = client.diagnostics(slowUri).then((d) => ({ d, at: (order += 1) }));
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: normalUri },
    });
    const answeredAt = (order += 1);
    assert.ok(symbols.length > 0);
    const { d, at } = await slow;
    assert.ok(answeredAt < at, 'the outline of the other document waited for the slow lint');
    assert.deepEqual(
      d.map((x) => [x.range.start.line, x.message]),
      [[0, 'not checked: this document takes too long to parse (over 5 s)']],
    );
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: slowUri, version: 2 },
      contentChanges: [{ text: cleanText() }],
    });
    const retried = await client.diagnostics(slowUri, 2);
    assert.ok(!retried.some((x) => x.code === 'not-checked'), JSON.stringify(retried));
  });
});
