// `career-articles import` under the limits of `lint` (issue #24): the size is checked before
// the page is read, and the conversion runs in a worker with the run's time and memory limits,
// so a huge table, a page nested 100,000 deep or a 700 MB file each end in one line naming the
// file, never a native abort. Links that could run code, and images from elsewhere, do not
// reach the Markdown, and the import says so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CLI, caseFolders } from '../fixtures/cli/harness.js';

const folders = caseFolders();
after(() => folders.remove());

const TITLE = '<h1>Product Manager vs. Sales Manager: What Are the Differences?</h1>';

/** The built CLI, with node flags of its own (a small heap) and limits from the environment. */
function importRun(args: string[], cwd: string, env: Record<string, string> = {}, nodeFlags: string[] = []) {
  const run = spawnSync(process.execPath, [...nodeFlags, CLI, 'import', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** A page with one table of `rows` rows: some 60 bytes of HTML a row. */
function table(dir: string, rows: number): string {
  const cells = Array.from({ length: rows }, (_, i) => `<tr><td>Role ${i}</td><td>$${i}</td><td>note ${i}</td></tr>`);
  writeFileSync(join(dir, 'table.html'), `${TITLE}<table>${cells.join('')}</table>`);
  return 'table.html';
}

function assertOneLine(run: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, pattern);
}

describe('import under the limits of lint', () => {
  test('a huge HTML table over the worker memory limit is one line, not a native abort', () => {
    const dir = folders.next();
    // The CLI's own heap is small too: before, the import ran in it and aborted (exit 134).
    const run = importRun([table(dir, 60_000), '-o', 'out.md'], dir, { CAREER_ARTICLES_MAX_MEMORY_MB: '64' }, ['--max-old-space-size=200']);
    assert.equal(run.signal, null, run.stderr.slice(0, 300));
    assertOneLine(run, /^career-articles: table\.html: needs more than 64 MB of memory, not imported\n$/);
  });

  test('a page that takes longer than CAREER_ARTICLES_TIMEOUT is stopped, in one line', () => {
    const dir = folders.next();
    const run = importRun([table(dir, 60_000)], dir, { CAREER_ARTICLES_TIMEOUT: '0.1' });
    assertOneLine(run, /^career-articles: table\.html: took longer than 0\.1 s, not imported\n$/);
  });

  test('100,000 nested <div>s: one line naming the file', () => {
    const dir = folders.next();
    writeFileSync(join(dir, 'deep.html'), `${TITLE}${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}`);
    assertOneLine(importRun(['deep.html'], dir), /^career-articles: deep\.html: nested too deeply \(stack overflow\), not imported\n$/);
  });

  test(
    'a 700 MB .txt (sparse) is refused by its size, not read',
    { skip: spawnSync('truncate', ['--version']).status !== 0 && 'needs truncate' },
    () => {
      const dir = folders.next();
      assert.equal(spawnSync('truncate', ['-s', '700M', join(dir, 'huge.txt')]).status, 0);
      assertOneLine(importRun(['huge.txt'], dir), /^career-articles: huge\.txt: larger than 10 MB, not imported\n$/);
    },
  );
});

describe('links and images an imported page may not carry', () => {
  test('javascript: and data: links keep their text, remote images are dropped, and the import says so', () => {
    const dir = folders.next();
    const page = [
      TITLE,
      '<p>See <a href="javascript:alert(1)">this</a>, <a href=" JaVa&#x09;script:alert(2)">that</a>, <a href="data:text/html,x">data</a>,',
      '<a href="https://www.bls.gov/ooh/">the OOH</a>, <a href="mailto:editor@example.com">mail</a> and <a href="other.html">another</a>.',
      '<img src="https://tracker.example/pixel.png" alt="pixel"> <img src="//cdn.example/a.png"> <img src="chart.png" alt="chart"></p>',
    ].join('\n');
    writeFileSync(join(dir, 'links.html'), page);
    const run = importRun(['links.html', '-o', 'links.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stderr,
      'career-articles: links.html: 3 links with a scheme other than http(s) or mailto kept as text, 2 remote images dropped (alt text kept)\n',
    );
    const markdown = readFileSync(join(dir, 'links.md'), 'utf8');
    assert.doesNotMatch(markdown, /javascript|data:|tracker\.example|cdn\.example/i);
    for (const kept of [
      '[the OOH](https://www.bls.gov/ooh/)',
      '[mail](mailto:editor@example.com)',
      '[another](other.html)',
      '![chart](chart.png)',
    ])
      assert.ok(markdown.includes(kept), `${kept} in ${markdown}`);
    assert.match(markdown, /See this, that, data,/);
  });
});
