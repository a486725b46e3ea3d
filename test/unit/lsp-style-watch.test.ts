// A style file the config names is watched: when only it changes, the open article is linted
// again with its new terms (the server is told through workspace/didChangeWatchedFiles, as
// VS Code's watcher tells it).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT, tempFolder } from '../fixtures/cli/harness.js';
import { answered, startClient } from './helpers/lsp-client.js';

const temp = tempFolder();
after(() => temp.remove());

const terms = (d: Diagnostic[]) =>
  d.filter((x) => x.code === 'style-term').map((x) => (typeof x.message === 'string' ? x.message : x.message.value));

test('editing only the style file re-lints the open article with its new terms (YAML)', async () => {
  const root = join(temp.path, 'site');
  mkdirSync(root, { recursive: true });
  const article = join(root, 'article.md');
  const text = readFileSync(join(ROOT, 'test/fixtures/workspace/articles/product-manager-vs-sales-manager.md'), 'utf8').replace(
    'Product managers',
    'Product managers serve customers and',
  );
  writeFileSync(article, text);
  const style = join(root, 'house-style.yaml');
  const config = join(root, '.career-articles.json');
  writeFileSync(style, 'terms:\n  - use: client\n    avoid: [customer]\n');
  writeFileSync(config, '{ "style": "house-style.yaml" }\n');
  const client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
  try {
    const uri = client.open(article, text);
    const first = await answered(client.diagnostics(uri), 'diagnostics');
    assert.ok(terms(first).length > 0 && terms(first).every((m) => m.includes('expected `client')), terms(first).join('\n'));
    writeFileSync(style, 'terms:\n  - use: buyer\n    avoid: [customer]\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(style).href, type: FileChangeType.Changed }],
    });
    // The next publications, until one has the new term (an earlier lint's may still arrive first).
    let second = await answered(client.diagnostics(uri), 'diagnostics');
    for (let more = 0; more < 5 && !terms(second).some((m) => m.includes('expected `buyer')); more++)
      second = await answered(client.diagnostics(uri), 'diagnostics after the style file changed');
    assert.ok(terms(second).length > 0 && terms(second).every((m) => m.includes('expected `buyer')), terms(second).join('\n'));
  } finally {
    await client.stop();
  }
});
