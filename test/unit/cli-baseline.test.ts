// Only new problems: `lint --baseline` / `--write-baseline` (findings matched by file, rule,
// message id and the text around them, never by line) and `lint --changed-since` (findings
// on the lines a git change touches, and article-level findings of the files it touches),
// run as a CI job runs them (dist/cli.js as a child process) in temporary folders and repositories.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FORMAT } from '../../src/cli/baseline-file.js';
import { fingerprint } from '../../src/cli/baseline.js';
import { parseDiff } from '../../src/cli/changed-lines.js';
import type { Finding } from '../../src/core/types.js';
import { caseFolders, cleanText, flawedText, lintJson, runCli, write } from '../fixtures/cli/harness.js';

const cases = caseFolders();
after(() => cases.remove());

/** The flawed example's salary sentence, which gives a salary-mismatch finding of its own. */
const SALARY_LINE = /^Registered nurses earn an average salary of \$83,000 per year.*$/m;
const INTRO = 'Both roles are in demand, and this page compares them side by side.\n\n';

const findingsOf = (folder: string, args: string[]) => {
  const run = lintJson([...args, '.'], { cwd: folder });
  return { ...run, findings: run.entries.flatMap((e) => e.findings.map((f) => ({ file: e.file, ...f }))) };
};

describe('lint --write-baseline and --baseline', () => {
  test('a baseline written from a run hides all of its findings, and the file names its format', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    const written = runCli(['lint', '--write-baseline', 'known.json', '.'], { cwd: folder });
    assert.equal(written.code, 0, written.stderr);
    const baseline = JSON.parse(readFileSync(join(folder, 'known.json'), 'utf8')) as {
      format: string;
      findings: Array<{ file: string; count: number }>;
    };
    assert.equal(baseline.format, BASELINE_FORMAT);
    assert.ok(baseline.findings.length >= 5);
    assert.ok(baseline.findings.every((f) => f.file === 'nurse.md'));
    const again = findingsOf(folder, ['--baseline', 'known.json']);
    assert.deepEqual(again.findings, []);
    assert.equal(again.code, 0);
  });

  test('moving the article down by a paragraph keeps its known findings hidden', () => {
    const folder = cases.next();
    const file = write(folder, 'nurse.md', flawedText());
    const before = findingsOf(folder, []).findings;
    runCli(['lint', '--write-baseline', 'known.json', '.'], { cwd: folder });
    const text = flawedText();
    const titleEnd = text.indexOf('\n\n') + 2;
    writeFileSync(file, text.slice(0, titleEnd) + INTRO + text.slice(titleEnd));
    const moved = findingsOf(folder, []).findings;
    // The same findings, two lines lower: matched by the text around them, not by line.
    assert.equal(moved.length, before.length);
    assert.ok(moved.some((f, i) => f.line === before[i]!.line + 2));
    assert.deepEqual(findingsOf(folder, ['--baseline', 'known.json']).findings, []);
  });

  test('a second identical finding in the same file is reported, once', () => {
    const folder = cases.next();
    const file = write(folder, 'nurse.md', flawedText());
    runCli(['lint', '--write-baseline', 'known.json', '.'], { cwd: folder });
    const text = flawedText();
    const line = SALARY_LINE.exec(text)![0];
    writeFileSync(file, text.replace(line, `${line}\n\n${line}`));
    const { findings, code } = findingsOf(folder, ['--baseline', 'known.json']);
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['salary-mismatch'],
    );
    assert.equal(code, 0, 'a warning does not fail the run by default');
  });

  test('editing the text a finding is about makes it new', () => {
    const folder = cases.next();
    const file = write(folder, 'nurse.md', flawedText());
    runCli(['lint', '--write-baseline', 'known.json', '.'], { cwd: folder });
    writeFileSync(file, flawedText().replace('$83,000 per year', '$84,000 per year'));
    const { findings } = findingsOf(folder, ['--baseline', 'known.json']);
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /\$84,000/);
  });

  test('the baseline names files relative to its own folder, so another working folder finds them', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    runCli(['lint', '--write-baseline', 'known.json', '.'], { cwd: folder });
    const run = lintJson(['--baseline', join(folder, 'known.json'), folder], { cwd: cases.path });
    assert.deepEqual(
      run.entries.flatMap((e) => e.findings),
      [],
    );
  });

  test('the fingerprint ignores spacing and line numbers but not the words around the finding', () => {
    const at = (text: string, word: string): Finding => {
      const offset = text.indexOf(word);
      const line = text.slice(0, offset).split('\n').length;
      return {
        ruleId: 'r',
        messageId: 'm',
        message: '',
        severity: 'warning',
        start: { line, column: 1, offset },
        end: { line, column: 1, offset: offset + word.length },
      };
    };
    const base = 'Title\n\nNurses earn $83,000 per year in clinics.\n';
    const print = fingerprint(base, at(base, '$83,000'));
    const moved = `Intro\n\n${base.replace('earn ', 'earn   ')}`;
    assert.equal(fingerprint(moved, at(moved, '$83,000')), print);
    const edited = base.replace('clinics', 'hospitals');
    assert.notEqual(fingerprint(edited, at(edited, '$83,000')), print);
  });

  test('refuses to write the baseline over an article or a file that is not a baseline', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    write(folder, 'notes.json', '{"mine": true}\n');
    const overArticle = runCli(['lint', '--write-baseline', 'nurse.md', '.'], { cwd: folder });
    assert.equal(overArticle.code, 2);
    assert.match(overArticle.stderr, /cannot write the baseline nurse\.md: is one of the files this run reads/);
    const overOther = runCli(['lint', '--write-baseline', 'notes.json', '.'], { cwd: folder });
    assert.equal(overOther.code, 2);
    assert.match(overOther.stderr, /notes\.json: exists and is not a baseline of this tool/);
    assert.equal(readFileSync(join(folder, 'notes.json'), 'utf8'), '{"mine": true}\n');
  });
});

describe('lint --baseline with bad input', () => {
  const oneLine = (stderr: string) => assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);

  test('a baseline that is not JSON: one line naming the file and the position, exit 2', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    write(folder, 'known.json', 'findings: none\n');
    const run = runCli(['lint', '--baseline', 'known.json', '.'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^career-articles: invalid baseline file: known\.json:1:1: invalid JSON/);
    oneLine(run.stderr);
    assert.equal(run.stdout, '', 'nothing is linted');
  });

  test('a baseline of another version: one line naming the format it has, exit 2', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    write(folder, 'known.json', JSON.stringify({ format: 'career-articles/baseline@2', findings: [] }));
    const run = runCli(['lint', '--baseline', 'known.json', '.'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /known\.json:1:2: format: expected one of "career-articles\/baseline@1", got "career-articles\/baseline@2"/);
    oneLine(run.stderr);
  });

  test('a baseline entry of the wrong shape: the JSON path of the value, exit 2', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    const entry = { file: 'nurse.md', ruleId: 'title-format', messageId: 'unexpected', fingerprint: 'x', count: 0 };
    write(folder, 'known.json', JSON.stringify({ format: BASELINE_FORMAT, findings: [entry] }, null, 2));
    const run = runCli(['lint', '--baseline', 'known.json', '.'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /known\.json:\d+:\d+: findings\[0\]\.count: expected a number >= 1, got 0/);
    oneLine(run.stderr);
  });
});

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** A repository whose main branch has the clean and the flawed example, on a new branch. */
function repository(): string {
  const folder = cases.next();
  git(folder, 'init', '--quiet', '--initial-branch=main');
  write(folder, 'clean.md', cleanText());
  write(folder, 'nurse.md', flawedText());
  git(folder, 'add', '.');
  git(folder, 'commit', '--quiet', '-m', 'articles');
  git(folder, 'checkout', '--quiet', '-b', 'change');
  return folder;
}

const NEW_LINE = '\nIn some companies sales managers earn an average salary of $64,350 per year.\n';

describe('lint --changed-since', () => {
  test('reports the findings on the lines the change adds, not the old ones elsewhere', () => {
    const folder = repository();
    writeFileSync(join(folder, 'clean.md'), cleanText() + NEW_LINE);
    const lines = cleanText().split('\n').length;
    const { findings, code } = findingsOf(folder, ['--changed-since', 'main']);
    assert.deepEqual(
      findings.map((f) => [f.file, f.ruleId, f.line]),
      [['clean.md', 'salary-mismatch', lines + 1]],
    );
    assert.equal(code, 0);
    // Committed or not, it is the same change.
    git(folder, 'commit', '--quiet', '-am', 'change');
    assert.equal(findingsOf(folder, ['--changed-since', 'main']).findings.length, 1);
  });

  test('a touched article gets its article-level findings, not its other old ones', () => {
    const folder = repository();
    writeFileSync(join(folder, 'nurse.md'), flawedText().replace('side by side', 'next to each other'));
    const all = findingsOf(folder, []).findings.filter((f) => f.file === 'nurse.md');
    const { findings } = findingsOf(folder, ['--changed-since', 'main']);
    // The missing section is about the article as a whole; the salary and title findings are on lines not changed.
    assert.deepEqual(
      findings.map((f) => [f.file, f.ruleId]),
      [['nurse.md', 'required-sections']],
    );
    assert.ok(all.length > findings.length);
  });

  test('a file git does not track yet is wholly new', () => {
    const folder = repository();
    write(folder, 'new.md', flawedText());
    const { findings } = findingsOf(folder, ['--changed-since', 'main']);
    const all = findingsOf(folder, []).findings.filter((f) => f.file === 'new.md');
    assert.deepEqual(findings, all);
  });

  test('the diff is taken from where the branch left the ref: later commits on the ref add nothing', () => {
    const folder = repository();
    git(folder, 'checkout', '--quiet', 'main');
    writeFileSync(join(folder, 'nurse.md'), flawedText() + '\nA new paragraph on main.\n');
    git(folder, 'commit', '--quiet', '-am', 'main moves on');
    git(folder, 'checkout', '--quiet', 'change');
    assert.deepEqual(findingsOf(folder, ['--changed-since', 'main']).findings, []);
  });

  test('a ref that does not exist, a ref that looks like an option, or no repository: one line, exit 2', () => {
    const folder = repository();
    const missing = runCli(['lint', '--changed-since', 'no-such-branch', '.'], { cwd: folder });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^career-articles: unknown git ref 'no-such-branch': no commit of that name in /);
    assert.equal(missing.stderr.trimEnd().split('\n').length, 1);
    const option = runCli(['lint', '--changed-since=--output=x', '.'], { cwd: folder });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /unexpected --changed-since '--output=x', expected a git ref/);
    const outside = cases.next();
    write(outside, 'nurse.md', flawedText());
    const none = runCli(['lint', '--changed-since', 'main', '.'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: cases.path } });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--changed-since needs a git repository/);
  });

  test('parseDiff reads the new side of each hunk, quoted names and deleted files', () => {
    const diff = [
      'diff --git a/a.md b/a.md',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -3 +3 @@ heading',
      '@@ -10,0 +11,2 @@',
      '@@ -20,3 +22,0 @@',
      'diff --git "a/tab\\there.md" "b/tab\\there.md"',
      '--- "a/tab\\there.md"',
      '+++ "b/tab\\there.md"',
      '@@ -1,2 +1,3 @@',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1,4 +0,0 @@',
    ].join('\n');
    const files = parseDiff(diff);
    assert.deepEqual([...files.keys()], ['a.md', 'tab\there.md']);
    assert.deepEqual([...files.get('a.md')!], [3, 11, 12]);
    assert.deepEqual([...files.get('tab\there.md')!], [1, 2, 3]);
  });
});

describe('lint --fail-on', () => {
  test('sets the exit code by the lowest severity named', () => {
    const folder = cases.next();
    write(folder, 'clean.md', cleanText() + NEW_LINE);
    assert.equal(runCli(['lint', '.'], { cwd: folder }).code, 0);
    assert.equal(runCli(['lint', '--fail-on', 'error', '.'], { cwd: folder }).code, 0);
    assert.equal(runCli(['lint', '--fail-on', 'warning', '.'], { cwd: folder }).code, 1);
    assert.equal(runCli(['lint', '--fail-on', 'info', '.'], { cwd: folder }).code, 1);
    write(folder, 'clean.md', cleanText());
    assert.equal(runCli(['lint', '--fail-on', 'info', '.'], { cwd: folder }).code, 0);
    const bad = runCli(['lint', '--fail-on', 'never', '.'], { cwd: folder });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unexpected --fail-on 'never', expected one of error, warning, info/);
  });
});
