// `career-articles refresh` on a real article whose figures are May 2024's (dist/cli.js as a
// child process, the real bundled data): the diff updates the figures and the citation and
// nothing else, the refreshed article lints clean, and a second refresh changes nothing.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { cleanText, lintJson, runCli, caseFolders, write } from '../fixtures/cli/harness.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const temp = caseFolders();
after(() => temp.remove());
const folder = temp.next;

/** The clean example (May 2025 figures) and its variant with the May 2024 figures and citation. */
async function articles(): Promise<{ current: string; old: string }> {
  const index = await bundledRoleIndex();
  const sales = index.bySoc('11-2022')!;
  const outlook = sales.outlook!;
  const sentence = (percent: number, from: number, to: number) =>
    `\nEmployment of sales managers is projected to grow ${percent} percent from ${from} to ${to}.\n`;
  const current = `${cleanText()}${sentence(outlook.changePercent, outlook.release.year, outlook.release.targetYear!)}`;
  const old = current
    .replace('$177,770', '$171,520')
    .replace('$164,350', '$160,930')
    .replace('for May 2025', 'for May 2024')
    .replace(sentence(outlook.changePercent, outlook.release.year, outlook.release.targetYear!), sentence(5, 2022, 2032));
  assert.notEqual(old, current);
  return { current, old };
}

function site(text: string): { cwd: string; file: string } {
  const cwd = folder();
  return { cwd, file: write(cwd, 'product-manager-vs-sales-manager.md', text) };
}

const figureFindings = (cwd: string) =>
  lintJson(['.'], { cwd })
    .entries.flatMap((e) => e.findings)
    .filter((f) => f.ruleId === 'salary-mismatch' || f.ruleId === 'outlook-mismatch');

describe('career-articles refresh', () => {
  test('--dry-run prints a diff that updates the figures and the citation and nothing else, and writes nothing', async () => {
    const { current, old } = await articles();
    const { cwd, file } = site(old);
    const run = runCli(['refresh', '--dry-run', '.'], { cwd });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(readFileSync(file, 'utf8'), old, 'a dry run wrote the file');
    // Applied to the old text, the diff gives exactly the current article.
    assert.equal(applyPatch(old, run.stdout), current);
    const removed = run.stdout.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = run.stdout.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    assert.equal(removed.length, 2, run.stdout);
    assert.equal(added.length, 2, run.stdout);
    assert.match(added.join('\n'), /\$177,770 per year.*\$164,350 per year.*for May 2025/);
    assert.match(added.join('\n'), /grow 4\.5 percent from 2025 to 2035/);
    assert.match(run.stderr, /would refresh 3 figures in 1 article/);
  });

  test('refresh writes the current figures, after which the article lints clean and a second refresh changes nothing', async () => {
    const { current, old } = await articles();
    const { cwd, file } = site(old);
    assert.ok(figureFindings(cwd).length >= 3, 'the May 2024 article has no out-of-date findings to refresh');
    const first = runCli(['refresh', '.'], { cwd });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /product-manager-vs-sales-manager\.md: refreshed 3 figures/);
    assert.equal(readFileSync(file, 'utf8'), current);
    assert.deepEqual(figureFindings(cwd), []);
    const second = runCli(['refresh', '.'], { cwd });
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, '');
    assert.match(second.stderr, /nothing to refresh in 1 article/);
    assert.equal(readFileSync(file, 'utf8'), current);
    assert.equal(runCli(['refresh', '--dry-run', '.'], { cwd }).stdout, '');
  });

  test('a named file that is not an article, and one that cannot be written, are reported with the reason', async () => {
    const { old } = await articles();
    const { cwd, file } = site(old);
    write(cwd, 'notes.md', '# Notes\n\nNothing to compare.\n');
    chmodSync(file, 0o444);
    chmodSync(cwd, 0o555);
    try {
      const run = runCli(['refresh', 'notes.md', 'product-manager-vs-sales-manager.md'], { cwd });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /notes\.md: not a comparison article.*; not refreshed/);
      assert.match(run.stderr, /product-manager-vs-sales-manager\.md: .*; not refreshed/);
      assert.equal(readFileSync(file, 'utf8'), old);
    } finally {
      chmodSync(cwd, 0o755);
      chmodSync(file, 0o644);
    }
  });

  test('a link that leads out of the folder named is not written through', async () => {
    const { old } = await articles();
    const outside = site(old);
    const cwd = folder();
    symlinkSync(outside.file, join(cwd, 'linked.md'));
    const run = runCli(['refresh', '.'], { cwd });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /linked\.md: is a link to .*outside the files and folders named.*not refreshed/);
    assert.equal(readFileSync(outside.file, 'utf8'), old);
  });

  test('a folder without articles to refresh says so; a pattern that matches nothing is exit 2', () => {
    const cwd = folder();
    write(cwd, 'notes.md', '# Notes\n');
    const none = runCli(['refresh', '.'], { cwd });
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stderr, /nothing to refresh in 0 articles/);
    const unmatched = runCli(['refresh', 'missing/*.md'], { cwd });
    assert.equal(unmatched.code, 2);
    assert.match(unmatched.stderr, /^career-articles: .+/);
  });
});
