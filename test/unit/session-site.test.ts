// The session's workspace queries over an in-memory file system and the real bundled data: the
// refresh as edits to the document, the map-role edit of the nearest config (then used by the
// next lint), and the site report with the cross-article pass.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../../src/session/session.js';
import { refreshEditsFor, roleAliasEdit, siteReport } from '../../src/session/site.js';
import { applyFixes } from '../../src/core/fixes.js';
import { loadBundledDataset } from '../../src/node/bundled-dataset.js';
import { ROOT } from '../fixtures/cli/harness.js';
import { memoryFs } from './helpers/memory-fs.js';

const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');
const doc = (path: string, text: string) => ({ key: `file://${path}`, path, text, version: 1 });

const GROWTH = `# Growth Hacker vs. Marketing Manager: What Are the Differences?

## Growth Hacker vs. Marketing Manager

### Salary

Growth hackers earn an average salary of $50,000 per year, while marketing managers earn an average salary of $177,770 per year (BLS OEWS May 2025).
`;

describe('session workspace queries', () => {
  test('refreshEditsFor gives edits to the document itself that update the May 2024 figures and citations, and none after', async () => {
    const session = new Session({ fs: memoryFs({}), roots: ['/ws'], bundled: loadBundledDataset });
    const text = fixture('salary-mismatch/not-ok-may-2024.md');
    const { edits, applied } = await refreshEditsFor(session, doc('/ws/a.md', text));
    assert.equal(applied, 2);
    assert.deepEqual(
      edits.map((e) => [text.slice(...e.range), e.text]),
      [
        ['171,520', '177,770'],
        ['2024', '2025'],
        ['160,930', '164,350'],
        ['2024', '2025'],
      ],
    );
    const refreshed = applyFixes(text, edits).text;
    assert.deepEqual((await refreshEditsFor(session, doc('/ws/a.md', refreshed))).edits, []);
  });

  test('roleAliasEdit creates the config at the workspace root, and the next lint uses the mapping', async () => {
    const fs = memoryFs({ '/ws/articles/growth.md': GROWTH });
    const session = new Session({ fs, roots: ['/ws'], bundled: loadBundledDataset });
    const ref = doc('/ws/articles/growth.md', GROWTH);
    const before = await session.lint(ref);
    assert.ok(before.result.findings.some((f) => f.ruleId === 'salary-unknown-role'));
    const edit = await roleAliasEdit(session, fs, { path: ref.path, root: '/ws', role: 'Growth Hacker', soc: '13-1161' });
    assert.ok(edit.ok);
    assert.equal(edit.file, '/ws/.career-articles.json');
    assert.equal(edit.created, true);
    fs.files.set(edit.file, edit.text);
    session.fileChanged(edit.file);
    const after = await session.lint(ref);
    assert.ok(!after.result.findings.some((f) => f.ruleId === 'salary-unknown-role'));
    const mismatch = after.result.findings.find((f) => f.ruleId === 'salary-mismatch');
    assert.equal(mismatch?.data?.socCode, '13-1161');
    const unknown = await roleAliasEdit(session, fs, { path: ref.path, root: '/ws', role: 'Growth Hacker', soc: '99-9999' });
    assert.deepEqual(unknown, { ok: false, message: "unknown SOC code '99-9999': the dataset has no such occupation" });
  });

  test('siteReport lists each role across the articles and runs the cross-article pass', async () => {
    const folder = join(ROOT, 'test/fixtures/cross-article-salary/not-ok-site');
    const names = ['software-architect-vs-data-scientist.md', 'software-architect-vs-software-engineer.md'];
    const session = new Session({ fs: memoryFs({}), roots: ['/ws'], bundled: loadBundledDataset });
    const docs = names.map((name) => ({ ...doc(`/ws/${name}`, readFileSync(join(folder, name), 'utf8')), display: name }));
    const progress: number[] = [];
    const { report, findings } = await siteReport(session, docs, (done) => progress.push(done));
    assert.deepEqual(progress, [1, 2]);
    assert.equal(report.summary.articles, 2);
    const architect = report.roles.find((r) => r.role === 'Software Architect');
    assert.ok(architect?.inconsistent);
    assert.deepEqual(architect.figures.map((f) => f.file).sort(), names);
    assert.equal(findings.get(docs[0]!.key)!.filter((f) => f.ruleId === 'cross-article-salary').length, 1);
  });
});
