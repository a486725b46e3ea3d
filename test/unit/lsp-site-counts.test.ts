// One count everywhere, through the language server over stdio: Lint Workspace's requests
// (lintFile for each file, then siteCheck) publish each file's own findings and its
// cross-article ones, so what the client is sent (the Problems panel), what the requests answer
// (the notification's totals) and the site report's summary agree on one folder. A cross-article
// finding names the other articles by their URIs; a file URI the server cannot map is one
// article "not checked" in the report, never a failed request; saving an article checks the
// site again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidSaveTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT, tempFolder } from '../fixtures/cli/harness.js';
import { answered, startClient, type TestClient } from './helpers/lsp-client.js';
import * as P from '../../src/shared/lsp-protocol.js';
import * as S from '../../src/shared/site-protocol.js';

const temp = tempFolder();
after(() => temp.remove());

const BASE = readFileSync(join(ROOT, 'test/fixtures/workspace/articles/product-manager-vs-sales-manager.md'), 'utf8');
const CURRENT = '$177,770';
/** The folder: the fixture stating the current Product Manager mean, and two drafts stating older, different figures. */
const ARTICLES: Record<string, string> = {
  'current.md': BASE,
  'draft-a.md': BASE.replace(CURRENT, '$120,000'),
  'draft-b.md': BASE.replace(CURRENT, '$140,000'),
};
const SEVERITY: ReadonlyArray<string | undefined> = ['', 'error', 'warning', 'info'];

describe('one count everywhere (language server)', () => {
  const root = join(temp.path, 'site');
  mkdirSync(root, { recursive: true });
  const files = Object.entries(ARTICLES).map(([name, text]) => {
    writeFileSync(join(root, name), text);
    return { uri: pathToFileURL(join(root, name)).href, text, display: name };
  });
  let client: TestClient;
  const opened = new Set<string>();
  before(async () => {
    client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
  });
  after(() => client.stop());

  /** Lint Workspace as the VS Code client runs it: each file, then the site; the diagnostics last published per file. */
  async function lintWorkspace(linted = files) {
    const published = new Map<string, Diagnostic[]>();
    const totals = { errors: 0, warnings: 0, infos: 0 };
    const add = (t: P.SeverityTotals) => {
      totals.errors += t.errors;
      totals.warnings += t.warnings;
      totals.infos += t.infos;
    };
    for (const file of linted) {
      // An open document's diagnostics are its own lint's: lintFile publishes none for it.
      const own = opened.has(file.uri) ? undefined : client.diagnostics(file.uri);
      add(await answered(client.connection.sendRequest<P.LintFileResponse>(P.LINT_FILE_REQUEST, file), 'lintFile'));
      if (own) published.set(file.uri, await answered(own, 'diagnostics'));
    }
    const site = await answered(
      client.connection.sendRequest<P.SiteCheckResponse>(P.SITE_CHECK_REQUEST, { uris: linted.map((f) => f.uri) }),
      'siteCheck',
    );
    add(site);
    // Files whose site findings are new are published again (each wait answers one publication).
    const flagged = new Set<string>();
    for (const file of linted) {
      const again = await Promise.race([client.diagnostics(file.uri), new Promise<undefined>((r) => setImmediate(() => r(undefined)))]);
      if (again) {
        published.set(file.uri, again);
        flagged.add(file.uri);
      }
    }
    return { published, totals, site, flagged };
  }

  test('the Problems panel, Lint Workspace totals and the site report count the same findings, cross-article ones included', async () => {
    const { published, totals, site } = await lintWorkspace();
    assert.equal(site.warnings, 2, 'the two drafts are flagged, the current figure never');
    const all = [...published.values()].flat();
    const count = (s: string) => all.filter((d) => SEVERITY[d.severity ?? 0] === s).length;
    assert.deepEqual({ errors: count('error'), warnings: count('warning'), infos: count('info') }, totals);
    const { report } = await answered(
      client.connection.sendRequest<S.SiteReportResponse>(S.SITE_REPORT_REQUEST, { files, title: 'Site' }),
      'siteReport',
    );
    assert.deepEqual({ errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos }, totals);
    const cross = all.filter((d) => d.code === 'cross-article-salary');
    assert.equal(cross.length, 2);
    assert.deepEqual(
      published.get(files[0]!.uri)!.filter((d) => d.code === 'cross-article-salary'),
      [],
    );
  });

  test('a cross-article finding names the other articles by their file URIs and lines', async () => {
    const { published } = await lintWorkspace();
    const finding = published.get(files[1]!.uri)!.find((d) => d.code === 'cross-article-salary');
    assert.ok(finding, 'draft-a has a cross-article finding');
    const others = (finding.relatedInformation ?? []).map((r) => [r.location.uri, r.location.range.start.line]);
    assert.deepEqual(others.map(([uri]) => uri).sort(), [files[0]!.uri, files[2]!.uri].sort());
    const line = BASE.slice(0, BASE.indexOf(CURRENT)).split('\n').length - 1;
    assert.ok(
      others.every(([, at]) => at === line),
      JSON.stringify(others),
    );
  });

  test('saving an article checks the site again: its finding then names only the figures that still disagree with it', async () => {
    await lintWorkspace();
    const draft = files[2]!;
    const fixed = draft.text.replace('$140,000', '$120,000');
    client.open(join(root, 'draft-b.md'), draft.text, 1);
    opened.add(draft.uri);
    await answered(client.diagnostics(draft.uri, 1), 'open');
    writeFileSync(join(root, 'draft-b.md'), fixed);
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: draft.uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    void client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: draft.uri } });
    // draft-a and draft-b now agree with each other; both still differ from the current figure, which names them.
    let diagnostics = await answered(client.diagnostics(draft.uri, 2), 'lint after save');
    while (!diagnostics.some((d) => d.code === 'cross-article-salary'))
      diagnostics = await answered(client.diagnostics(draft.uri, 2), 'site check after save');
    const finding = diagnostics.find((d) => d.code === 'cross-article-salary')!;
    assert.match(typeof finding.message === 'string' ? finding.message : finding.message.value, /a different figure is stated elsewhere/);
    assert.deepEqual(
      finding.relatedInformation?.map((r) => r.location.uri),
      [files[0]!.uri],
    );
  });

  test('a URI the server cannot map is one article not checked in the site report, and the others are reported', async () => {
    const odd = { uri: 'file://otherhost/share/odd.md', text: BASE, display: 'odd.md' };
    const { report } = await answered(
      client.connection.sendRequest<S.SiteReportResponse>(S.SITE_REPORT_REQUEST, { files: [...files, odd], title: 'Site' }),
      'siteReport',
    );
    assert.equal(report.summary.failed, 1);
    assert.equal(report.summary.articles, files.length);
    const answer = await answered(
      client.connection.sendRequest<S.UpdateFiguresResponse>(S.UPDATE_FIGURES_REQUEST, { files: [odd, ...files] }),
      'updateFigures',
    );
    assert.deepEqual(
      answer.notChecked.map((n) => n.uri),
      [odd.uri],
    );
  });

  test('a file left out of the next check loses its cross-article finding, and keeps its own', async () => {
    await lintWorkspace();
    const [current, draftA, draftB] = files as [(typeof files)[0], (typeof files)[0], (typeof files)[0]];
    const left = client.diagnostics(draftA.uri);
    await answered(client.connection.sendRequest(P.SITE_CHECK_REQUEST, { uris: [current.uri, draftB.uri] }), 'siteCheck');
    let diagnostics = await answered(left, 'draft-a published again');
    while (diagnostics.some((d) => d.code === 'cross-article-salary'))
      diagnostics = await answered(client.diagnostics(draftA.uri), 'again');
    assert.ok(diagnostics.length > 0, 'its own findings stay');
  });

  test('a file outside the workspace folder is not checked with the others, and no finding names it', async () => {
    const path = join(temp.path, 'outside.md');
    const text = BASE.replace(CURRENT, '$90,000');
    writeFileSync(path, text);
    const outside = { uri: pathToFileURL(path).href, text, display: '../outside.md' };
    const { published } = await lintWorkspace([...files, outside]);
    const named = [...published.values()].flat().flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri));
    assert.ok(named.length > 0, 'the drafts still name the article with the current figure');
    assert.ok(!named.includes(outside.uri), named.join(', '));
    assert.ok(!published.get(outside.uri)!.some((d) => d.code === 'cross-article-salary'));
  });
});
