// The host-agnostic session over an in-memory file system: the config cascade's one stop rule
// (the workspace root when there is one, else the filesystem root), watch events, the
// workspace dataset, and the outline and hover queries.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../../src/session/session.js';
import { ConfigCascade } from '../../src/session/config-cascade.js';
import { hoverAt } from '../../src/session/hover.js';
import { loadBundledDataset } from '../../src/node/bundled-dataset.js';
import { EXAMPLES, ROOT } from '../fixtures/cli/harness.js';
import { memoryFs } from './helpers/memory-fs.js';

const CONFIG = '{ "rules": { "section-order": "off" } }';

describe('config cascade', () => {
  test('walks up to the filesystem root when there is no workspace', async () => {
    const fs = memoryFs({ '/.career-articles.json': CONFIG });
    const found = await new ConfigCascade(fs).forFile('/a/b/c/article.md');
    assert.ok(found.ok);
    assert.equal(found.value.file, '/.career-articles.json');
  });

  test('stops at the workspace root that holds the article', async () => {
    const fs = memoryFs({ '/.career-articles.json': CONFIG, '/ws/other/.career-articles.json': CONFIG });
    const cascade = new ConfigCascade(fs, ['/ws']);
    const inside = await cascade.forFile('/ws/a/b/article.md');
    assert.ok(inside.ok);
    assert.equal(inside.value.file, undefined, 'a config above the workspace root must not apply');
    const outside = await cascade.forFile('/elsewhere/article.md');
    assert.ok(outside.ok);
    assert.equal(outside.value.file, '/.career-articles.json', 'outside every root, the walk goes to the filesystem root');
  });

  test('finds a config two folders up and resolves its dataset against its own folder; a watch event re-reads', async () => {
    const fs = memoryFs({ '/ws/.career-articles.json': '{ "dataset": "data/roles.json" }' });
    const cascade = new ConfigCascade(fs, ['/ws']);
    const found = await cascade.forFile('/ws/a/b/article.md');
    assert.ok(found.ok);
    assert.equal(found.value.dataset, '/ws/data/roles.json');
    fs.files.set('/ws/a/.career-articles.json', CONFIG);
    const cached = await cascade.forFile('/ws/a/b/article.md');
    assert.ok(cached.ok);
    assert.equal(cached.value.file, '/ws/.career-articles.json');
    cascade.invalidate();
    const again = await cascade.forFile('/ws/a/b/article.md');
    assert.ok(again.ok);
    assert.equal(again.value.file, '/ws/a/.career-articles.json');
  });

  test('a broken config is its errors with the file name, not a crash', async () => {
    const fs = memoryFs({ '/ws/.career-articles.json': '{ "rules": { "empty-section": { "minWords": "many" } } }' });
    const found = await new ConfigCascade(fs, ['/ws']).forFile('/ws/article.md');
    assert.equal(found.ok, false);
    assert.match(JSON.stringify(found), /\/ws\/\.career-articles\.json/);
  });
});

describe('session', () => {
  const article = readFileSync(join(EXAMPLES, 'product-manager-vs-sales-manager.md'), 'utf8');
  const team = readFileSync(join(ROOT, 'test/fixtures/workspace/drafts/team-roles.json'), 'utf8');
  const draft = readFileSync(join(ROOT, 'test/fixtures/workspace/drafts/growth-hacker-vs-sales-manager.md'), 'utf8');

  test('lints with the workspace dataset a config names, and drops it when a watch event says it changed', async () => {
    const fs = memoryFs({ '/ws/.career-articles.json': '{ "dataset": "team.json" }', '/ws/team.json': team });
    const session = new Session({ fs, roots: ['/ws'], bundled: () => loadBundledDataset() });
    const doc = { key: 'file:///ws/d/draft.md', path: '/ws/d/draft.md', text: draft, version: 1 };
    const withTeam = await session.lint(doc);
    assert.ok(withTeam.result.findings.some((f) => f.message.includes('Team salary survey')));
    fs.files.set('/ws/team.json', '{ "occupations": [] }');
    session.fileChanged('/ws/team.json');
    const without = await session.lint({ ...doc, version: 2 });
    assert.ok(!without.result.findings.some((f) => f.message.includes('Team salary survey')));
  });

  test('a watch event on the style file a config names re-reads the style; one on another file keeps it', async () => {
    const style = (avoid: string) => JSON.stringify({ terms: [{ use: 'people leader', avoid: [avoid] }] });
    const fs = memoryFs({ '/ws/.career-articles.json': '{ "style": "style.yaml" }', '/ws/style.yaml': style('customer') });
    const session = new Session({ fs, roots: ['/ws'], bundled: () => loadBundledDataset() });
    const doc = { key: 'file:///ws/a.md', path: '/ws/a.md', text: article, version: 1 };
    const terms = async (version: number) =>
      (await session.lint({ ...doc, version })).result.findings.filter((f) => f.ruleId === 'style-term').map((f) => f.message);
    const before = await terms(1);
    assert.ok(before.length > 0 && before.every((m) => /customer/i.test(m)), before.join('\n'));
    fs.files.set('/ws/style.yaml', style('revenue'));
    session.fileChanged('/ws/other.yaml');
    assert.deepEqual(await terms(2), before, 'an unrelated file leaves the style as it was read');
    session.fileChanged('/ws/style.yaml');
    const after = await terms(3);
    assert.ok(after.length > 0 && after.every((m) => /revenue/i.test(m)), after.join('\n'));
  });

  test('answers the outline and hovers of an article', async () => {
    const session = new Session({ fs: memoryFs({}), bundled: () => loadBundledDataset() });
    const doc = { key: 'untitled:1', path: undefined, text: article, version: 1 };
    const outline = await session.outline(doc);
    assert.equal(outline[0]!.kind, 'title');
    assert.deepEqual(
      outline[0]!.children.map((c) => c.kind),
      ['definition', 'definition', 'comparison'],
    );
    assert.ok(outline[0]!.children[2]!.children.length >= 5, 'the comparison holds its sections');
    const hovers = await session.hovers(doc);
    const figure = article.indexOf('$', article.indexOf('### Salary'));
    assert.match(hoverAt(hovers, figure)?.markdown ?? '', /mean|median/i);
  });
});

describe("session with an editor's options", () => {
  const team = readFileSync(join(ROOT, 'test/fixtures/workspace/drafts/team-roles.json'), 'utf8');
  const draft = readFileSync(join(ROOT, 'test/fixtures/workspace/drafts/growth-hacker-vs-sales-manager.md'), 'utf8');
  const doc = { key: 'file:///ws/d/draft.md', path: '/ws/d/draft.md', text: draft, version: 1 };
  const usesTeam = (findings: Array<{ message: string }>) => findings.some((f) => f.message.includes('Team salary survey'));
  const session = (files: Record<string, string>) =>
    new Session({ fs: memoryFs(files), roots: ['/ws'], bundled: () => loadBundledDataset() });

  test('reads no workspace dataset in an untrusted workspace, and says so', async () => {
    const s = session({ '/ws/.career-articles.json': '{ "dataset": "team.json" }', '/ws/team.json': team });
    s.setEditorOptions({ trusted: false });
    const untrusted = await s.lint(doc);
    assert.ok(!usesTeam(untrusted.result.findings), 'the untrusted dataset was read');
    assert.ok(
      untrusted.warnings.some((w) => /not trusted.*\/ws\/team\.json/.test(w)),
      untrusted.warnings.join('\n'),
    );
    s.setEditorOptions({ trusted: true });
    assert.ok(usesTeam((await s.lint({ ...doc, version: 2 })).result.findings), 'once trusted, the dataset applies');
  });

  test("reads no dataset that a config names outside the workspace folder, and the settings' dataset relative to it", async () => {
    const outside = session({ '/ws/.career-articles.json': '{ "dataset": "../team.json" }', '/team.json': team });
    const refused = await outside.lint(doc);
    assert.ok(!usesTeam(refused.result.findings), 'a dataset outside the workspace was read');
    assert.ok(
      refused.warnings.some((w) => /outside the workspace folder/.test(w)),
      refused.warnings.join('\n'),
    );
    const fromSettings = session({ '/ws/data/team.json': team });
    fromSettings.setEditorOptions({ settings: { dataset: 'data/team.json' } });
    assert.ok(usesTeam((await fromSettings.lint(doc)).result.findings), "the settings' dataset was not read");
  });

  test('puts the settings under the config file and the severity overrides over both', async () => {
    const s = session({ '/ws/.career-articles.json': '{ "rules": { "empty-section": "warning" } }' });
    s.setEditorOptions({
      settings: { rules: { 'empty-section': 'off', 'section-order': 'off' } },
      severityOverrides: { 'required-sections': 'info' },
    });
    const { config } = await s.lint({
      ...doc,
      text: '# Accountant vs. Auditor: What Are the Differences?\n\n## Accountant vs. Auditor\n\n### Skills\n\nText.\n',
    });
    assert.equal(config.rules['empty-section']?.severity, 'warning', 'the config file wins over the settings');
    assert.equal(config.rules['section-order']?.severity, 'off', 'the settings apply where the file says nothing');
    assert.equal(config.rules['required-sections']?.severity, 'info', 'the override wins over both');
  });

  test('lints what the include globs name even without a comparison title, and nothing the exclude globs name', async () => {
    const s = session({});
    const notes = { key: 'file:///ws/notes/todo.md', path: '/ws/notes/todo.md', text: '# Draft\n\nSome notes.\n', version: 1 };
    assert.equal((await s.lint(notes)).result.isArticle, false);
    s.setEditorOptions({ include: ['**/notes/**'] });
    const forced = await s.lint({ ...notes, version: 2 });
    assert.equal(forced.result.isArticle, true);
    assert.ok(forced.result.findings.length > 0);
    s.setEditorOptions({ exclude: ['**/d/**'] });
    const excluded = await s.lint(doc);
    assert.equal(excluded.excluded, true);
    assert.deepEqual(excluded.result.findings, []);
  });
});

describe('session area datasets', () => {
  const area = (name: string, mean: number) =>
    JSON.stringify({
      area: name,
      period: 'May 2025',
      source: 'BLS OEWS',
      occupations: [{ soc: '29-1141', title: 'Registered Nurses', wages: { mean } }],
    });
  const session = (files: Record<string, string>) => {
    const fs = memoryFs(files);
    return Object.assign(new Session({ fs, roots: ['/ws'], bundled: () => loadBundledDataset() }), { files: fs.files });
  };
  const doc = { key: 'file:///ws/a.md', path: '/ws/a.md', text: '# A vs. B', version: 1 };

  test("a config's area datasets are read beside the national data, and re-read when one changes", async () => {
    const s = session({ '/ws/.career-articles.json': '{ "areaDatasets": ["tx.json"] }', '/ws/tx.json': area('Texas', 95000) });
    const index = await s.roleIndex('/ws/a.md');
    assert.equal(index.areaFor('TX')?.bySoc('29-1141')?.wages.mean, 95000);
    assert.equal(index.areaFor('California'), undefined);
    s.files.set('/ws/tx.json', area('Texas', 96000));
    s.fileChanged('/ws/tx.json');
    assert.equal((await s.roleIndex('/ws/a.md')).areaFor('Texas')?.bySoc('29-1141')?.wages.mean, 96000);
  });

  test('two area datasets for one area are one warning and no area data; one outside the workspace is not read', async () => {
    const twice = session({
      '/ws/.career-articles.json': '{ "areaDatasets": ["tx.json", "tx-2.json"] }',
      '/ws/tx.json': area('Texas', 95000),
      '/ws/tx-2.json': area('TX', 1),
    });
    const { warnings } = await twice.lint(doc);
    assert.deepEqual(
      warnings.filter((w) => w.includes('areaDatasets')),
      ['areaDatasets: /ws/tx-2.json: a second dataset for Texas (the first is /ws/tx.json); no area data is used'],
    );
    assert.equal((await twice.roleIndex('/ws/a.md')).areas.length, 0);
    const outside = session({ '/ws/.career-articles.json': '{ "areaDatasets": ["../tx.json"] }', '/tx.json': area('Texas', 95000) });
    assert.ok((await outside.lint(doc)).warnings.some((w) => /area dataset \/tx\.json is outside the workspace folder/.test(w)));
    assert.equal((await outside.roleIndex('/ws/a.md')).areaFor('Texas'), undefined);
  });
});
