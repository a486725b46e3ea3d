// --fix never loses or damages what is on disk (issue #12, items 8 to 10 and 12): an edit
// saved while it runs survives, fixing converges, line breaks, modes, owners and hard links
// are kept, and nothing outside the named files and folders is written. The CLI cases run
// the built dist/cli.js; the engine cases call fixAll directly.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI, cleanText, caseFolders, withoutSection, write } from '../fixtures/cli/harness.js';
import { fixAll, lint } from '../../src/core/index.js';
import { readBytesSync } from '../../src/node/read-text.js';
import { CHANGED, WriteError, writeFileAtomic } from '../../src/node/write-atomic.js';
import { hashOf } from '../../src/cli/cache.js';

const temp = caseFolders();
after(() => temp.remove());
const folder = temp.next;

function fix(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, 'lint', '--fix', '--format', 'json', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(result.signal, null, 'the CLI hung');
  return { code: result.status, entries: JSON.parse(result.stdout) as Array<{ file: string; error?: string }>, stderr: result.stderr };
}

const broken = () => withoutSection(cleanText(), 'Skills');

describe('8. an edit saved while --fix runs', () => {
  test('is kept: the run sees the file changed before the rename and skips it with a message', { timeout: 120_000 }, async () => {
    const dir = folder();
    const file = write(dir, 'article.md', broken());
    // Test-only hook: the run waits once the fixed text is in its temp file, before the rename.
    const child = spawn(process.execPath, [CLI, 'lint', '--fix', '--format', 'json', 'article.md'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_TEST_PAUSE_BEFORE_RENAME: '1500' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // The temp file appears (and is filled) while the original is still the broken text.
    const isTemp = (name: string) => /^\.article\.md\.\d+\.[0-9a-f]{12}\.tmp$/.test(name);
    for (let waited = 0; !readdirSync(dir).some(isTemp); waited += 20) {
      assert.ok(waited < 90_000, 'no temp file appeared');
      await sleep(20);
    }
    const edit = `${broken()}\nA paragraph the author saved meanwhile.\n`;
    writeFileSync(file, edit);
    assert.equal(await exited, 2);
    assert.equal(readFileSync(file, 'utf8'), edit, 'the edit is on disk');
    const [entry] = JSON.parse(stdout) as Array<{ error?: string }>;
    assert.equal(entry?.error, CHANGED);
    assert.deepEqual(readdirSync(dir), ['article.md'], 'and the temp file is gone');
  });

  test('a same-size edit that keeps the modification time is caught by the content hash', async () => {
    const dir = folder();
    const file = write(dir, 'article.md', 'aaaa\n');
    const read = readBytesSync(file);
    assert.ok(read.ok);
    const before = statSync(file);
    writeFileSync(file, 'bbbb\n');
    utimesSync(file, before.atime, before.mtime);
    const expected = { stamp: read.stamp, contentHash: hashOf(read.bytes), hash: (b: Uint8Array) => hashOf(b) };
    await assert.rejects(
      writeFileAtomic(file, 'fixed\n', expected),
      (error: unknown) => error instanceof WriteError && error.message === CHANGED,
    );
    assert.equal(readFileSync(file, 'utf8'), 'bbbb\n');
    // Unchanged, the same check lets the write through.
    const again = readBytesSync(file);
    assert.ok(again.ok);
    await writeFileAtomic(file, 'fixed\n', { stamp: again.stamp, contentHash: hashOf(again.bytes), hash: (b) => hashOf(b) });
    assert.equal(readFileSync(file, 'utf8'), 'fixed\n');
  });
});

describe('9. fixing converges', () => {
  test('an unclosed fence or HTML block at the end: --fix inserts nothing into it, run after run', () => {
    const dir = folder();
    const cases = {
      'backticks.md': '```\n',
      'tildes-in-quote.md': '> ~~~\n> code\n',
      'comment.md': '<!--\n',
      'script.md': '<script>\n',
    };
    const texts = Object.entries(cases).map(([name, opening]) => {
      const text = `# Nurse vs. Doctor: What Are the Differences?\n\n${opening}`;
      return [write(dir, name, text), text] as const;
    });
    // The bug grew each file by every missing section on every run (63, 123, 183 lines).
    for (let runs = 0; runs < 2; runs++) fix(Object.keys(cases), dir);
    for (const [file, text] of texts) assert.equal(readFileSync(file, 'utf8'), text, file);
  });

  test('a section missing before a closed fence is still inserted, outside the fence', () => {
    const text = '# Nurse vs. Doctor: What Are the Differences?\n\n```\ncode\n```\n';
    const fixed = fixAll(text).text;
    assert.match(fixed, /```\n\n## What is a Nurse\?/);
    assert.equal(fixAll(fixed).text, fixed);
    assert.deepEqual(
      lint(fixed)
        .findings.filter((f) => f.fix)
        .map((f) => f.message),
      [],
    );
  });
});

describe('10. what --fix keeps', () => {
  test('CR-only line breaks: the fixed file has no \\n at all', () => {
    const dir = folder();
    const file = write(dir, 'mac.md', broken().replace(/\n/g, '\r'));
    fix(['mac.md'], dir);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /\r### Skills\r/);
    assert.ok(!fixed.includes('\n'), 'no \\n mixed in');
  });

  test('role names with $& and $` are inserted as written', () => {
    const fixed = fixAll('# R$&D Manager vs. Sales$` Rep: What Are the Differences?\n\nIntro.\n').text;
    // "an": the article is chosen by sound ("an R&D manager"), the role is inserted as written.
    assert.match(fixed, /## What is an R\$&D Manager\?\n\nTODO: describe what an r\$&d manager does/);
    assert.match(fixed, /## What is a Sales\$` Rep\?/);
    assert.match(fixed, /compare the job duties of r\$&d managers and sales\$` reps\./);
  });

  test('setuid and setgid bits survive, and (as root) the owner too', { skip: process.getuid?.() !== 0 && 'needs root to chown' }, () => {
    const dir = folder();
    const file = write(dir, 'article.md', broken());
    chownSync(file, 1234, 5678);
    chmodSync(file, 0o6754);
    fix(['article.md'], dir);
    const info = statSync(file);
    assert.match(readFileSync(file, 'utf8'), /### Skills/);
    assert.equal(info.mode & 0o7777, 0o6754);
    assert.deepEqual([info.uid, info.gid], [1234, 5678]);
  });

  test('a file with hard links is reported and left alone, every name of it unchanged', () => {
    const dir = folder();
    const file = write(dir, 'article.md', broken());
    linkSync(file, join(dir, 'other-name.md'));
    const { code, entries } = fix(['article.md'], dir);
    assert.equal(entries[0]?.error, 'has 2 hard links, which replacing it would split; not fixed');
    assert.equal(code, 2);
    assert.equal(readFileSync(file, 'utf8'), broken());
    assert.equal(statSync(file).nlink, 2);
  });
});

describe('12. --fix and links that lead out of the named folder', () => {
  test('a symlinked article outside the folder is linted but never written', () => {
    const dir = folder();
    mkdirSync(join(dir, 'outside'));
    mkdirSync(join(dir, 'project'));
    const target = write(join(dir, 'outside'), 'article.md', broken());
    symlinkSync(target, join(dir, 'project', 'linked.md'));
    const { code, entries } = fix(['project'], dir);
    assert.equal(entries[0]?.file, join('project', 'linked.md'));
    assert.equal(entries[0]?.error, `is a link to ${target}, outside the files and folders named; not fixed`);
    assert.equal(code, 2);
    assert.equal(readFileSync(target, 'utf8'), broken());
    // Named itself, the link is the user's choice: it is fixed through.
    fix([join('project', 'linked.md')], dir);
    assert.match(readFileSync(target, 'utf8'), /### Skills/);
  });
});
