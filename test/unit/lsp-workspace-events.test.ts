// The server follows the workspace between Lint Workspace runs: an article deleted on disk
// leaves the set of files checked together (the others' cross-article findings stop citing it,
// and its own problems go), and a workspace folder added while the server runs is one whose
// files are checked together, without a restart.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
} from 'vscode-languageserver-protocol/node';
import { ROOT, tempFolder } from '../fixtures/cli/harness.js';
import { answered, startClient, type TestClient } from './helpers/lsp-client.js';
import * as P from '../../src/shared/lsp-protocol.js';

const temp = tempFolder();
after(() => temp.remove());

const BASE = readFileSync(join(ROOT, 'test/fixtures/workspace/articles/product-manager-vs-sales-manager.md'), 'utf8');
const CURRENT = '$177,770';

/** Three articles in `folder`: one with the current figure, two drafts with other, different ones. */
function writeSite(folder: string) {
  mkdirSync(folder, { recursive: true });
  const texts = { 'current.md': BASE, 'draft-a.md': BASE.replace(CURRENT, '$120,000'), 'draft-b.md': BASE.replace(CURRENT, '$140,000') };
  return Object.entries(texts).map(([name, text]) => {
    writeFileSync(join(folder, name), text);
    return { uri: pathToFileURL(join(folder, name)).href, text, display: name, path: join(folder, name) };
  });
}
type Site = ReturnType<typeof writeSite>;

/** Lint Workspace as the VS Code client runs it (each file, then the site); the site check's warnings. */
async function lintTogether(client: TestClient, files: Site): Promise<number> {
  for (const file of files) {
    const own = client.diagnostics(file.uri);
    await answered(client.connection.sendRequest(P.LINT_FILE_REQUEST, file), 'lintFile');
    await answered(own, 'its diagnostics');
  }
  const site = await answered(
    client.connection.sendRequest<P.SiteCheckResponse>(P.SITE_CHECK_REQUEST, { uris: files.map((f) => f.uri) }),
    'siteCheck',
  );
  return site.warnings;
}
const cites = (client: TestClient, uri: string) =>
  answered(client.diagnostics(uri), 'published again').then((diagnostics) =>
    diagnostics.filter((d) => d.code === 'cross-article-salary').flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri)),
  );

test('an article deleted on disk leaves the set: its problems go, and the others stop citing it', async () => {
  const root = join(temp.path, 'deleted');
  const [current, draftA, draftB] = writeSite(root) as [Site[0], Site[0], Site[0]];
  const client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
  try {
    assert.equal(await lintTogether(client, [current, draftA, draftB]), 2);
    // The drafts' diagnostics with their site findings, published before siteCheck answered.
    assert.deepEqual(await cites(client, draftA.uri), [current.uri, draftB.uri]);
    assert.deepEqual(await cites(client, draftB.uri), [current.uri, draftA.uri]);
    rmSync(draftB.path);
    const gone = client.diagnostics(draftB.uri);
    const again = cites(client, draftA.uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: draftB.uri, type: FileChangeType.Deleted }],
    });
    assert.deepEqual(await answered(gone, 'the deleted file cleared'), []);
    assert.deepEqual(await again, [current.uri], 'draft-a now cites only the article that is still there');
  } finally {
    await client.stop();
  }
});

test('a workspace folder added while the server runs is checked together; before, its files were outside', async () => {
  const first = join(temp.path, 'first');
  mkdirSync(first, { recursive: true });
  const added = join(temp.path, 'added');
  const files = writeSite(added);
  const client = await startClient({
    root: first,
    initializationOptions: { timeBudgetMs: 120_000 },
    capabilities: { workspace: { workspaceFolders: true } },
  });
  try {
    assert.equal(await lintTogether(client, files), 0, 'outside every workspace folder: not checked together');
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: pathToFileURL(added).href, name: 'added' }], removed: [] },
    });
    assert.equal(await lintTogether(client, files), 2, 'inside the added folder: the two drafts are flagged');
  } finally {
    await client.stop();
  }
});
