// Every file the built CLI writes goes through one writer (src/node/safe-write.ts): it looks at
// what is at the path first. A pipe or a device is never turned into a regular file, a link keeps
// being a link (its target gets the output), and an input of the run or a file that is not this
// tool's output is never replaced (issue #24). Each case runs dist/cli.js in its own folder.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CLEAN, CLI, ROOT, caseFolders, runCli } from '../fixtures/cli/harness.js';

const folders = caseFolders();
after(() => folders.remove());

/** A case folder holding an article `A.md` (and, when asked, the plain-text article `src.txt`). */
function withArticle(): string {
  const dir = folders.next();
  cpSync(CLEAN, join(dir, 'A.md'));
  cpSync(join(ROOT, 'test/corpus/product-vs-sales.txt'), join(dir, 'src.txt'));
  return dir;
}

const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;
const isRoot = process.getuid?.() === 0;

/** One line on stderr, exit 2, and the line names the path. */
function assertRefused(run: { code: number | null; stderr: string }, path: string, reason: RegExp) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.ok(run.stderr.includes(path), run.stderr);
  assert.match(run.stderr, reason);
}

describe('a named pipe at the output path', { skip: !mkfifo(join(folders.next(), 'probe')) && 'mkfifo is not available' }, () => {
  test('--cache-location pipe is refused in one line and the pipe stays a pipe', () => {
    const dir = withArticle();
    mkfifo(join(dir, 'pipe'));
    const run = runCli(['lint', '--cache', '--cache-location', 'pipe', 'A.md'], { cwd: dir });
    assertRefused(run, 'pipe', /named pipe, not a regular file/);
    assert.ok(lstatSync(join(dir, 'pipe')).isFIFO());
  });

  test('report -o pipe writes the report into the pipe, which stays a pipe', async () => {
    const dir = withArticle();
    const pipe = join(dir, 'pipe');
    mkfifo(pipe);
    // The reader is a child too: if the CLI renamed a file over the pipe, it would wait forever,
    // so it is stopped once the CLI has ended and had its chance to write.
    const reader = spawn('cat', ['pipe'], { cwd: dir });
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const read = new Promise((resolve) => reader.on('exit', resolve));
    const child = spawn(process.execPath, [CLI, 'report', '--format', 'json', '-o', 'pipe', 'A.md'], { cwd: dir, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const stop = setTimeout(() => reader.kill(), 5_000);
    await read;
    clearTimeout(stop);
    assert.equal(code, 0);
    assert.ok(lstatSync(pipe).isFIFO(), 'the pipe is still a pipe');
    assert.match(received, /"summary"/);
  });
});

describe('a symbolic link at the output path', () => {
  test("report -o link.html replaces the link's target (a previous report) and keeps the link", () => {
    const dir = withArticle();
    assert.equal(runCli(['report', '-o', 'old-report.html', 'A.md'], { cwd: dir }).code, 0);
    writeFileSync(join(dir, 'old-report.html'), readFileSync(join(dir, 'old-report.html'), 'utf8').replace('</body>', 'OLD</body>'));
    symlinkSync('old-report.html', join(dir, 'link.html'));
    const run = runCli(['report', '-o', 'link.html', 'A.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(dir, 'link.html')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link.html')), 'old-report.html');
    const page = readFileSync(join(dir, 'old-report.html'), 'utf8');
    assert.match(page, /<meta name="generator" content="career-articles">/);
    assert.doesNotMatch(page, /OLD<\/body>/);
  });

  test('lint -o link.json writes the JSON report to the target; the link stays', () => {
    const dir = withArticle();
    writeFileSync(join(dir, 'target.json'), '[]\n');
    symlinkSync('target.json', join(dir, 'link.json'));
    const run = runCli(['lint', '--format', 'json', '-o', 'link.json', 'A.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'target.json'), 'utf8'), /"filePath"|"file"/);
  });

  test('a link to a text file that is not a report is refused; the target is untouched', () => {
    const dir = withArticle();
    writeFileSync(join(dir, 'target.txt'), 'my notes\n');
    symlinkSync('target.txt', join(dir, 'link.html'));
    const run = runCli(['report', '-o', 'link.html', 'A.md'], { cwd: dir });
    assertRefused(run, 'link.html', /is not a report of this tool; not replaced \(add --force/);
    assert.ok(lstatSync(join(dir, 'link.html')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'target.txt'), 'utf8'), 'my notes\n');
  });
});

// A device node of our own, in the test's folder: the same device as /dev/null (1, 3), which
// itself is never named. Root may still be refused mknod (a container without the capability).
const mknod = (dir: string) => {
  const path = join(dir, 'null-device');
  return spawnSync('mknod', [path, 'c', '1', '3']).status === 0 ? path : undefined;
};
const deviceSkip = !isRoot ? 'mknod needs root' : !mknod(folders.next()) && 'mknod is refused here';

describe('a character device at the output path', { skip: deviceSkip }, () => {
  test('--cache-location <device> is refused and the device stays a device', () => {
    const dir = withArticle();
    const path = mknod(dir)!;
    const run = runCli(['lint', '--cache-location', 'null-device', 'A.md'], { cwd: dir });
    assertRefused(run, 'null-device', /is a device, not a regular file/);
    assert.ok(lstatSync(path).isCharacterDevice());
  });

  test('lint -o <device> writes into the device in place; it stays a device', () => {
    const dir = withArticle();
    const path = mknod(dir)!;
    const run = runCli(['lint', '--format', 'json', '-o', 'null-device', 'A.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(path).isCharacterDevice());
  });
});

describe('an input of the run at the output path', () => {
  const article = readFileSync(CLEAN, 'utf8');

  test('lint --format json -o A.md A.md is refused; the article is untouched', () => {
    const dir = withArticle();
    assertRefused(runCli(['lint', '--format', 'json', '-o', 'A.md', 'A.md'], { cwd: dir }), 'A.md', /one of the files this run reads/);
    assert.equal(readFileSync(join(dir, 'A.md'), 'utf8'), article);
  });

  test('report A.md -o A.md is refused, even with --force', () => {
    const dir = withArticle();
    assertRefused(runCli(['report', 'A.md', '-o', 'A.md', '--force'], { cwd: dir }), 'A.md', /one of the files this run reads/);
    assert.equal(readFileSync(join(dir, 'A.md'), 'utf8'), article);
  });

  test('--cache-location A.md A.md is refused; the article is untouched', () => {
    const dir = withArticle();
    assertRefused(runCli(['lint', '--cache-location', 'A.md', 'A.md'], { cwd: dir }), 'A.md', /one of the files this run reads/);
    assert.equal(readFileSync(join(dir, 'A.md'), 'utf8'), article);
  });

  test('import src.txt -o alias.md --force, alias.md a link to src.txt, is refused; the source is untouched', () => {
    const dir = withArticle();
    const source = readFileSync(join(dir, 'src.txt'), 'utf8');
    symlinkSync('src.txt', join(dir, 'alias.md'));
    assertRefused(runCli(['import', 'src.txt', '-o', 'alias.md', '--force'], { cwd: dir }), 'alias.md', /one of the files this run reads/);
    assert.equal(readFileSync(join(dir, 'src.txt'), 'utf8'), source);
    assert.ok(lstatSync(join(dir, 'alias.md')).isSymbolicLink());
  });
});

describe('a file that is not our output at the output path', () => {
  test('--cache-location notes.txt is refused; with --force the cache replaces it', () => {
    const dir = withArticle();
    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    assertRefused(runCli(['lint', '--cache-location', 'notes.txt', 'A.md'], { cwd: dir }), 'notes.txt', /not a cache file of this tool/);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'my notes\n');
    const forced = runCli(['lint', '--force', '--cache-location', 'notes.txt', 'A.md'], { cwd: dir });
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(join(dir, 'notes.txt'), 'utf8'), /^\{"format":"career-articles\/lint-cache@/);
  });

  test('a cache, a JSON report and an HTML report are each replaced by the next run', () => {
    const dir = withArticle();
    for (let i = 0; i < 2; i++) {
      for (const args of [
        ['lint', '--cache-location', 'cache.json', 'A.md'],
        ['lint', '--format', 'json', '-o', 'out.json', 'A.md'],
        ['report', '-o', 'site.html', 'A.md'],
        ['report', '--format', 'markdown', '-o', 'site.md', 'A.md'],
      ]) {
        const run = runCli(args, { cwd: dir });
        assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
      }
    }
  });

  test('report -o B.md over another article is refused; --force replaces it', () => {
    const dir = withArticle();
    cpSync(CLEAN, join(dir, 'B.md'));
    assertRefused(runCli(['report', 'A.md', '-o', 'B.md'], { cwd: dir }), 'B.md', /is not a report of this tool/);
    assert.equal(readFileSync(join(dir, 'B.md'), 'utf8'), readFileSync(CLEAN, 'utf8'));
    assert.equal(runCli(['report', 'A.md', '-o', 'B.md', '--force'], { cwd: dir }).code, 0);
  });
});
