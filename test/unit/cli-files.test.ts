// The CLI end to end on the files themselves: finding them (folders, globs, .gitignore),
// reading them safely (binary, bad UTF-8, empty, huge) and writing fixes back (atomically,
// keeping BOM and line breaks, refusing read-only files). Runs the built dist/cli.js.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT, cleanText, flawedText, lintJson, runCli, caseFolders, withoutSection, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
const folder = temp.next;
after(() => temp.remove());

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('career-articles lint finding files', () => {
  test('a folder skips files its .gitignore excludes, and node_modules', () => {
    const dir = folder();
    write(dir, '.gitignore', 'drafts/\nscratch.md\n');
    mkdirSync(join(dir, 'drafts'));
    mkdirSync(join(dir, 'node_modules'));
    write(dir, 'kept.md', flawedText());
    write(dir, 'scratch.md', flawedText());
    write(join(dir, 'drafts'), 'draft.md', flawedText());
    write(join(dir, 'node_modules'), 'dependency.md', flawedText());
    const { entries } = lintJson(['.'], { cwd: dir });
    assert.deepEqual(
      entries.map((e) => e.file),
      ['kept.md'],
    );
  });

  test('a file named on the command line is linted even when .gitignore excludes it', () => {
    const dir = folder();
    write(dir, '.gitignore', 'scratch.md\n');
    write(dir, 'scratch.md', flawedText());
    assert.deepEqual(
      lintJson(['scratch.md'], { cwd: dir }).entries.map((e) => e.file),
      ['scratch.md'],
    );
  });

  test('globs expand to matching files, reported in path order', () => {
    const dir = folder();
    mkdirSync(join(dir, 'b'));
    write(dir, 'c.md', flawedText());
    write(join(dir, 'b'), 'a.markdown', flawedText());
    write(dir, 'a.md', flawedText());
    write(dir, 'notes.txt', flawedText());
    const { entries } = lintJson(['**/*.md', '**/*.markdown'], { cwd: dir });
    assert.deepEqual(
      entries.map((e) => e.file),
      ['a.md', join('b', 'a.markdown'), 'c.md'],
    );
  });

  test('a README that is not an article gets no findings, and is reported as skipped', () => {
    const dir = folder();
    write(dir, 'README.md', '# Career Articles\n\n## Usage\n\nRun the linter.\n\n### Skills\n\nNone needed.\n');
    const stylish = runCli(['lint', 'README.md'], { cwd: dir });
    assert.equal(stylish.code, 0);
    assert.equal(stylish.stdout, 'No problems: 0 files linted, 1 skipped (not comparison articles)\n');
    assert.equal(stylish.stderr, "career-articles: README.md: not a comparison article: no 'A vs. B' title or heading; skipped\n");
    assert.deepEqual(
      lintJson(['README.md'], { cwd: dir }).entries.map((e) => e.findings),
      [[]],
    );
  });

  test('an empty file is not an article: no findings, a skip note, exit 0', () => {
    const dir = folder();
    write(dir, 'empty.md', '');
    const run = runCli(['lint', 'empty.md'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /0 files linted, 1 skipped/);
    assert.match(run.stderr, /^career-articles: empty\.md: not a comparison article/);
  });
});

describe('career-articles lint reading files', () => {
  test('a binary file is reported in every format, without a stack trace, and exits 2', () => {
    const dir = folder();
    write(dir, 'image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a]));
    write(dir, 'article.md', flawedText());

    const stylish = runCli(['lint', '.'], { cwd: dir });
    assert.equal(stylish.code, 2);
    assert.match(stylish.stdout, /^image\.md\n {2}error {2}binary file, not linted$/m);
    assert.match(stylish.stdout, /^article\.md$/m, 'the other files are still linted');
    assert.doesNotMatch(stylish.stdout + stylish.stderr, STACK_FRAME);

    const json = lintJson(['.'], { cwd: dir });
    assert.equal(json.code, 2);
    assert.deepEqual(
      json.entries.find((e) => e.file === 'image.md'),
      { file: 'image.md', error: 'binary file, not linted', findings: [] },
    );

    const sarif = JSON.parse(runCli(['lint', '--format', 'sarif', '.'], { cwd: dir }).stdout);
    const invocation = sarif.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications[0].message.text, 'image.md: binary file, not linted');
    assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'image.md');
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    assert.ok(ajv.validate(schema, sarif), ajv.errorsText());
  });

  test('a file that is not valid UTF-8 is reported and exits 2', () => {
    const dir = folder();
    write(dir, 'latin1.md', Buffer.from('# Caf\xe9 vs. Bar\n', 'latin1'));
    const { code, entries } = lintJson(['latin1.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.deepEqual(entries, [{ file: 'latin1.md', error: 'not valid UTF-8 text, not linted', findings: [] }]);
  });

  test('a 5 MB article is linted without a stack trace', { timeout: 120_000 }, () => {
    const dir = folder();
    const paragraph = `${'Product managers and sales managers both work with customers every single week. '.repeat(10)}\n\n`;
    const text = cleanText().replace('### Skills', `${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}### Skills`);
    write(dir, 'huge.md', text);
    assert.ok(statSync(join(dir, 'huge.md')).size > 5 * 1024 * 1024);
    const run = runCli(['lint', '--format', 'json', 'huge.md'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 1);
  });
});

describe('career-articles lint time limit', () => {
  test('a file that takes longer than CAREER_ARTICLES_TIMEOUT is reported, not waited for', { timeout: 60_000 }, () => {
    const dir = folder();
    // Deeply nested block quotes take the Markdown parser minutes.
    write(dir, 'deep.md', `# Product Manager vs. Sales Manager\n\n${'> '.repeat(100_000)}x\n`);
    const started = Date.now();
    const run = runCli(['lint', '--format', 'json', 'deep.md'], { cwd: dir, env: { CAREER_ARTICLES_TIMEOUT: '1' } });
    assert.ok(Date.now() - started < 30_000);
    assert.equal(run.code, 2);
    assert.deepEqual(JSON.parse(run.stdout), [{ file: 'deep.md', error: 'took longer than 1 s, not linted', findings: [] }]);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
  });
});

describe('career-articles lint --fix writing files', () => {
  test('keeps CRLF line breaks and the UTF-8 BOM', () => {
    const dir = folder();
    const crlf = `\uFEFF${withoutSection(cleanText(), 'Work Environment').replace(/\n/g, '\r\n')}`;
    const file = write(dir, 'windows.md', crlf);
    const run = runCli(['lint', '--fix', 'windows.md'], { cwd: dir });
    assert.doesNotMatch(run.stdout, /required-sections/);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF# Product Manager'), 'the BOM is kept, once');
    assert.ok(!fixed.startsWith('\uFEFF\uFEFF'));
    assert.match(fixed, /\r\n### Work Environment\r\n/);
    assert.equal(fixed.match(/(?<!\r)\n/g), null, 'no bare LF');
    assert.ok(fixed.length > crlf.length);
  });

  test('refuses a read-only file, reports it and leaves it unchanged', () => {
    const dir = folder();
    const original = withoutSection(cleanText(), 'Skills');
    const file = write(dir, 'locked.md', original);
    chmodSync(file, 0o444);
    const run = runCli(['lint', '--fix', 'locked.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /^locked\.md\n {2}error {2}read-only file, not fixed$/m);
    assert.match(run.stdout, /required-sections/, 'the findings still on disk are reported');
    assert.equal(readFileSync(file, 'utf8'), original);
    assert.equal(statSync(file).mode & 0o777, 0o444);
    assert.deepEqual(readdirSync(dir), ['locked.md'], 'no temp file is left behind');

    const json = lintJson(['--fix', 'locked.md'], { cwd: dir });
    assert.equal(json.entries[0]!.error, 'read-only file, not fixed');
  });

  test('keeps the file mode and writes nothing when there is nothing to fix', () => {
    const dir = folder();
    const file = write(dir, 'article.md', withoutSection(cleanText(), 'Skills'));
    chmodSync(file, 0o640);
    runCli(['lint', '--fix', 'article.md'], { cwd: dir });
    assert.equal(statSync(file).mode & 0o777, 0o640);
    const fixedOnce = statSync(file);
    runCli(['lint', '--fix', 'article.md'], { cwd: dir });
    assert.equal(statSync(file).ino, fixedOnce.ino, 'an unchanged file is not replaced');
    assert.deepEqual(readdirSync(dir), ['article.md']);
  });
});
