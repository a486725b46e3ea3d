// The language server under hostile input, driven by a real LSP client over stdio: a workspace
// dataset that is a link out of the workspace is never read (issue #24, item 4); a document
// whose lint fails for any reason still gets one "not checked" diagnostic and every waiting
// request an answer, and a URI that maps to no file an error response (item 5); a malformed
// frame ends the server with one line on stderr (item 8).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleMatch } from '../../src/core/dataset/types.js';
import { cleanText, runCli, tempFolder } from '../fixtures/cli/harness.js';
import { startClient } from './helpers/lsp-client.js';

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
