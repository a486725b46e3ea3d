// The CLI on plain-text and HTML articles, and never a silent skip: what is not an article is
// reported (stderr, json, sarif, the summary), and a run that finds nothing to lint fails.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, lintJson, runCli, caseFolders, write } from '../fixtures/cli/harness.js';

const CORPUS = join(ROOT, 'test/corpus');
const folders = caseFolders();
after(() => folders.remove());
const folder = folders.next;
function withCorpus(...names: string[]): string {
  const dir = folder();
  for (const name of names) cpSync(join(CORPUS, name), join(dir, name));
  return dir;
}
const NOTE = "not a comparison article: no 'A vs. B' title or heading";

describe('career-articles lint on plain text and HTML', () => {
  test('a folder yields its .md, .txt and .html articles, each linted in its own syntax', () => {
    const dir = withCorpus('product-vs-sales.md', 'product-vs-sales.txt', 'product-vs-sales.html');
    const { code, entries } = lintJson(['.'], { cwd: dir });
    assert.equal(code, 0);
    assert.deepEqual(
      entries.map((e) => e.file),
      ['product-vs-sales.html', 'product-vs-sales.md', 'product-vs-sales.txt'],
    );
    const said = entries.map((e) => e.findings.map((f) => `${f.ruleId}: ${f.message}`));
    assert.deepEqual(said[0], said[1]);
    assert.deepEqual(said[2], said[1]);
    assert.equal(said[1]!.length, 4);
  });

  test('--ext narrows the folder search', () => {
    const dir = withCorpus('product-vs-sales.md', 'product-vs-sales.txt');
    assert.deepEqual(
      lintJson(['--ext', '.txt', '.'], { cwd: dir }).entries.map((e) => e.file),
      ['product-vs-sales.txt'],
    );
    assert.match(runCli(['lint', '--ext', 'a b', '.'], { cwd: dir }).stderr, /unexpected --ext 'a b'/);
  });

  test('--fix writes the missing sections of a text article as heading lines and paragraphs', () => {
    const dir = withCorpus('editor-vs-copywriter-lost-headings.txt');
    const run = runCli(['lint', '--fix', 'editor-vs-copywriter-lost-headings.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const expected = readFileSync(join(CORPUS, 'editor-vs-copywriter-lost-headings.fixed.txt'), 'utf8');
    assert.equal(readFileSync(join(dir, 'editor-vs-copywriter-lost-headings.txt'), 'utf8'), expected);
  });
});

describe('career-articles lint never skips silently', () => {
  test('a .txt README named on the command line gets a note on stderr, a skipped entry in json, and exits 0', () => {
    const dir = folder();
    write(dir, 'README.txt', 'Career Articles\n\nRun the linter on your drafts.\n');
    const run = runCli(['lint', 'README.txt'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stderr, `career-articles: README.txt: ${NOTE}; skipped\n`);
    assert.equal(run.stdout, 'No problems: 0 files linted, 1 skipped (not comparison articles)\n');
    assert.deepEqual(lintJson(['README.txt'], { cwd: dir }).entries, [{ file: 'README.txt', skipped: NOTE, findings: [] }]);
    const quiet = runCli(['lint', '--quiet', 'README.txt'], { cwd: dir });
    assert.equal(quiet.stderr, '');
  });

  test('sarif shows a skipped file as a note, and the run as successful', () => {
    const dir = folder();
    write(dir, 'notes.md', '# Notes\n\nNothing here.\n');
    const run = runCli(['lint', '--format', 'sarif', 'notes.md'], { cwd: dir });
    const log = JSON.parse(run.stdout) as {
      runs: Array<{
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; properties: unknown }> }>;
      }>;
    };
    const [invocation] = log.runs[0]!.invocations;
    assert.equal(invocation!.executionSuccessful, true);
    assert.deepEqual(
      invocation!.toolExecutionNotifications.map((n) => [n.level, n.properties]),
      [['note', { skipped: NOTE }]],
    );
  });

  test('the summary line counts the files linted and skipped', () => {
    const dir = withCorpus('editor-vs-copywriter-lost-headings.txt', 'shopping-notes.txt');
    const run = runCli(['lint', '.'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /✖ 5 problems \(3 errors, 0 warnings, 2 infos\) in 1 file linted, 1 skipped\n/);
    // Found by the folder search, not named: counted, not noted.
    assert.equal(run.stderr, '');
  });

  test('a folder whose files .gitignore excludes exits 2 with a message, unless unmatched patterns are allowed', () => {
    const dir = folder();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'drafts'));
    write(dir, '.gitignore', 'drafts/\n');
    cpSync(join(CORPUS, 'product-vs-sales.md'), join(dir, 'drafts', 'a.md'));
    const run = runCli(['lint', 'drafts'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^career-articles: all files matched by 'drafts' are ignored by \.gitignore\n/);
    assert.equal(run.stdout, '');
    const allowed = runCli(['lint', '--no-error-on-unmatched-pattern', 'drafts'], { cwd: dir });
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.equal(allowed.stdout, '');
  });

  test('a folder without article files and a glob matching nothing exit 2', () => {
    const dir = folder();
    mkdirSync(join(dir, 'empty'));
    write(dir, 'image.png', 'x');
    assert.match(
      runCli(['lint', 'empty'], { cwd: dir }).stderr,
      /no \*\.md, \*\.markdown, \*\.txt, \*\.html, \*\.htm files in the folder: empty/,
    );
    const glob = runCli(['lint', '**/*.rst'], { cwd: dir });
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /no files match the pattern: \*\*\/\*\.rst/);
  });
});

describe('career-articles import', () => {
  for (const form of ['product-vs-sales.txt', 'product-vs-sales.html']) {
    test(`${form} becomes the Markdown article on stdout, or in the -o file`, () => {
      const dir = withCorpus(form);
      const markdown = readFileSync(join(CORPUS, 'product-vs-sales.md'), 'utf8');
      const run = runCli(['import', form], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, markdown);
      assert.equal(runCli(['import', form, '-o', 'out.md'], { cwd: dir }).code, 0);
      assert.equal(readFileSync(join(dir, 'out.md'), 'utf8'), markdown);
      const again = runCli(['import', form, '-o', 'out.md'], { cwd: dir });
      assert.equal(again.code, 2);
      assert.match(again.stderr, /out\.md exists; add --force to replace it/);
    });
  }

  test('a Markdown file is refused with a one-line message', () => {
    const dir = withCorpus('product-vs-sales.md');
    const run = runCli(['import', 'product-vs-sales.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'career-articles: product-vs-sales.md is Markdown already; import reads .txt and .html files\n');
  });
});
