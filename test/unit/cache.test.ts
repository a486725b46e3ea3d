// `career-articles lint --cache`: an unchanged file is answered from the cache without
// linting (no worker, no dataset, no Markdown parse), with exactly the output a full run
// gives; anything the result depends on (the file's bytes, its config, its dataset) makes
// the file linted again; --fix writes, re-lints and caches the fixed text. Runs dist/cli.js;
// CAREER_ARTICLES_DEBUG=1 makes the CLI say how many files came from the cache.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cleanText, flawedText, runCli, caseFolders, withoutSection, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
after(() => temp.remove());
const folder = temp.next;

/** A cached lint of `args` in `dir`: its output, exit code and the CLI's debug counts. */
function cachedLint(dir: string, args: string[]) {
  // runCli drops CAREER_ARTICLES_DEBUG; this run needs it.
  const env = { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '1' };
  const run = spawnSync(process.execPath, [CLI, 'lint', '--cache', '--format', 'json', ...args], { cwd: dir, env, encoding: 'utf8' });
  const debug = /debug: (\d+) files, (\d+) from the cache, (\d+) linted by (\d+) workers(?: \((\d+) of them in the main thread\))?/.exec(
    run.stderr,
  );
  assert.ok(debug, run.stderr);
  const [files, cached, linted, workers, inThread] = debug.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number, number];
  return { code: run.status, stdout: run.stdout, files, cached, linted, workers, inThread };
}

describe('career-articles lint --cache', () => {
  test('a second run answers unchanged files from the cache, with the same output and exit code', () => {
    const dir = folder();
    write(dir, 'clean.md', cleanText());
    write(dir, 'flawed.md', flawedText());
    write(dir, 'README.md', '# Notes\n\nNot an article.\n');
    const first = cachedLint(dir, ['.']);
    // (Small files are linted in the main thread unless it is too busy: in-thread.test.ts.)
    assert.deepEqual([first.files, first.cached, first.linted], [3, 0, 3]);
    assert.ok(existsSync(join(dir, 'node_modules/.cache/career-articles/lint-cache.json')), 'stored under node_modules/.cache by default');
    const second = cachedLint(dir, ['.']);
    assert.deepEqual(
      [second.files, second.cached, second.linted, second.workers, second.inThread],
      [3, 3, 0, 0, 0],
      'nothing linted: nothing parsed, no dataset loaded',
    );
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.code, first.code);
    const uncached = runCli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(second.stdout, uncached.stdout);
  });

  test('a changed or renamed file: only the changed one is linted again', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    write(dir, 'b.md', flawedText());
    cachedLint(dir, ['.']);
    write(dir, 'a.md', withoutSection(cleanText(), 'Skills'));
    renameSync(join(dir, 'b.md'), join(dir, 'c.md'));
    const run = cachedLint(dir, ['.']);
    assert.deepEqual([run.cached, run.linted], [1, 1], 'the renamed file hits: results are keyed by content');
    const entries = JSON.parse(run.stdout) as Array<{ file: string; findings: Array<{ ruleId: string }> }>;
    assert.ok(entries.find((e) => e.file === 'a.md')!.findings.some((f) => f.ruleId === 'required-sections'));
  });

  test('a changed config lints every file it applies to again', () => {
    const dir = folder();
    write(dir, 'article.md', flawedText());
    const before = cachedLint(dir, ['article.md']);
    write(dir, '.career-articles.json', '{ "rules": { "salary-mismatch": "off" } }');
    const after = cachedLint(dir, ['article.md']);
    assert.deepEqual([after.cached, after.linted], [0, 1]);
    assert.notEqual(after.stdout, before.stdout);
    assert.deepEqual([cachedLint(dir, ['article.md']).cached], [1]);
  });

  test('a changed workspace dataset lints the files that use it again', () => {
    const dir = folder();
    write(dir, 'article.md', cleanText());
    write(
      dir,
      'roles.json',
      JSON.stringify({ source: 'Survey', year: 2025, occupations: [{ soc: '11-2022', title: 'Sales Managers', wages: { mean: 160000 } }] }),
    );
    assert.equal(cachedLint(dir, ['--dataset', 'roles.json', 'article.md']).linted, 1);
    assert.equal(cachedLint(dir, ['--dataset', 'roles.json', 'article.md']).cached, 1);
    write(
      dir,
      'roles.json',
      JSON.stringify({ source: 'Survey', year: 2025, occupations: [{ soc: '11-2022', title: 'Sales Managers', wages: { mean: 100000 } }] }),
    );
    const changed = cachedLint(dir, ['--dataset', 'roles.json', 'article.md']);
    assert.equal(changed.linted, 1);
    assert.match(changed.stdout, /salary-mismatch/);
  });

  test('--fix with --cache writes the fix, caches the fixed text, and the next run hits', () => {
    const dir = folder();
    const file = write(dir, 'article.md', withoutSection(cleanText(), 'Skills'));
    cachedLint(dir, ['article.md']);
    const fixed = cachedLint(dir, ['--fix', 'article.md']);
    assert.equal(fixed.linted, 1, 'a cached result with a fix is fixed, not replayed');
    assert.match(readFileSync(file, 'utf8'), /^### Skills$/m);
    const next = cachedLint(dir, ['article.md']);
    assert.deepEqual([next.cached, next.linted], [1, 0]);
    assert.equal(next.stdout, runCli(['lint', '--format', 'json', 'article.md'], { cwd: dir }).stdout);
    assert.equal(cachedLint(dir, ['--fix', 'article.md']).cached, 1, 'nothing left to fix: --fix is answered from the cache too');
  });

  test('--cache-location takes a file or a folder, relative or absolute', () => {
    const dir = folder();
    write(dir, 'article.md', cleanText());
    mkdirSync(join(dir, 'cache-folder'));
    const absolute = join(dir, 'absolute', 'cache.json');
    for (const [location, file] of [
      ['my-cache.json', 'my-cache.json'],
      ['cache-folder', 'cache-folder/lint-cache.json'],
      ['new-folder/', 'new-folder/lint-cache.json'],
      [absolute, 'absolute/cache.json'],
    ]) {
      const run = runCli(['lint', '--cache-location', location!, 'article.md'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.ok(existsSync(join(dir, file!)), `${location} -> ${file}`);
    }
    assert.ok(!existsSync(join(dir, 'node_modules')));
  });
});
