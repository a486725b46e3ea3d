// `career-articles playground`: the page's folder, written only where the user names, by the
// product's writer rules (a FIFO, a file, a foreign folder or a link to nothing is refused).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { caseFolders, runCli, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
after(() => temp.remove());

const PAGE = ['dataset.js', 'index.html', 'page.js', 'playground.css', 'preview.css', 'worker.js'];

describe('career-articles playground', () => {
  test('writes a new folder with the page, its scripts, styles and the dataset, nothing remote', () => {
    const dir = temp.next();
    const run = runCli(['playground', '-o', 'site'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /open site\/index\.html/);
    assert.deepEqual(readdirSync(join(dir, 'site')).sort(), PAGE);
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    assert.match(html, /default-src 'none'; script-src 'self'; style-src 'self'; worker-src blob:;/);
    assert.match(html, /data-max-bytes="10485760"/);
    for (const name of PAGE) assert.doesNotMatch(readFileSync(join(dir, 'site', name), 'utf8').slice(0, 4096), /<script>|src="https?:/);
    assert.match(readFileSync(join(dir, 'site', 'dataset.js'), 'utf8'), /^self\.careerArticlesDataset="/);
  });

  test('the page carries the size limit CAREER_ARTICLES_MAX_FILE_MB sets', () => {
    const dir = temp.next();
    const run = runCli(['playground'], { cwd: dir, env: { CAREER_ARTICLES_MAX_FILE_MB: '2' } });
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(join(dir, 'playground', 'index.html'), 'utf8'), /data-max-bytes="2097152"/);
  });

  test('a previous playground is replaced; a foreign non-empty folder only with --force', () => {
    const dir = temp.next();
    assert.equal(runCli(['playground', '-o', 'site'], { cwd: dir }).code, 0);
    assert.equal(runCli(['playground', '-o', 'site'], { cwd: dir }).code, 0);
    mkdirSync(join(dir, 'notes'));
    write(dir, 'notes/index.html', '<h1>my notes</h1>');
    const refused = runCli(['playground', '-o', 'notes'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      /^career-articles: cannot write notes: the folder is not empty and is not a previous playground \(add --force/,
    );
    assert.equal(readFileSync(join(dir, 'notes', 'index.html'), 'utf8'), '<h1>my notes</h1>');
    assert.equal(runCli(['playground', '-o', 'notes', '--force'], { cwd: dir }).code, 0);
    assert.match(readFileSync(join(dir, 'notes', 'index.html'), 'utf8'), /career-articles playground/);
  });

  test('an empty folder is written into', () => {
    const dir = temp.next();
    mkdirSync(join(dir, 'empty'));
    assert.equal(runCli(['playground', '-o', 'empty'], { cwd: dir }).code, 0);
    assert.ok(existsSync(join(dir, 'empty', 'index.html')));
  });

  test('a file, a named pipe, a link to nothing or a missing parent is refused with one line', () => {
    const dir = temp.next();
    write(dir, 'article.md', '# A vs. B\n');
    assert.equal(spawnSync('mkfifo', [join(dir, 'pipe')]).status, 0);
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    const cases: Array<[string, RegExp]> = [
      ['article.md', /cannot write article\.md: it is not a folder/],
      ['pipe', /cannot write pipe: it is not a folder/],
      ['dangling', /cannot write dangling: it is a symbolic link to a missing folder/],
      ['missing/site', /cannot create the folder missing\/site: its parent folder does not exist/],
    ];
    for (const [output, message] of cases) {
      const run = runCli(['playground', '-o', output], { cwd: dir });
      assert.equal(run.code, 2, output);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    }
    assert.equal(readFileSync(join(dir, 'article.md'), 'utf8'), '# A vs. B\n');
  });

  test('a FIFO inside a previous playground is never replaced by a page file', () => {
    const dir = temp.next();
    assert.equal(runCli(['playground', '-o', 'site'], { cwd: dir }).code, 0);
    spawnSync('rm', [join(dir, 'site', 'page.js')]);
    assert.equal(spawnSync('mkfifo', [join(dir, 'site', 'page.js')]).status, 0);
    const run = runCli(['playground', '-o', 'site'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot write site\/page\.js: is a named pipe, not a regular file/);
  });

  test('an unexpected argument is a usage error', () => {
    const run = runCli(['playground', 'extra'], { cwd: temp.next() });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unexpected argument 'extra'/);
  });
});
