// `lint --shard i/n` and `report --from`: a site linted in parts by several CI jobs, its json
// results joined into one report that equals the report of one run over the whole site,
// cross-article findings included (they need every part's claims).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesInShard, shardOfPath } from '../../src/cli/shard.js';
import { ROOT, caseFolders, flawedText, runCli, write } from '../fixtures/cli/harness.js';

const cases = caseFolders();
after(() => cases.remove());

// The corpus and the examples state some roles at different figures across articles.
const SITE = ['test/corpus/articles', 'examples'];
const SHARDS = 3;

interface Report {
  summary: Record<string, unknown>;
  articles: Array<{ file: string; findings: Array<{ ruleId: string }> }>;
  roles: Array<{ inconsistent: boolean }>;
}
interface Entry {
  file: string;
  findings: Array<{ ruleId: string }>;
}

/** Each shard's json results, written where a CI job would keep them. */
function shardResults(folder: string): string[] {
  return Array.from({ length: SHARDS }, (_, i) => {
    const file = join(folder, `results-${i + 1}.json`);
    const run = runCli(['lint', '--shard', `${i + 1}/${SHARDS}`, '--format', 'json', '--output-file', file, ...SITE]);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return file;
  });
}

describe('lint --shard and report --from', () => {
  const folder = cases.next();
  const files = shardResults(folder);
  const parts = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Entry[]);

  test('the shards split the site: every file in exactly one of them', () => {
    const whole = JSON.parse(runCli(['lint', '--format', 'json', ...SITE]).stdout) as Entry[];
    const joined = parts.flatMap((part) => part.map((e) => e.file)).sort();
    assert.deepEqual(joined, whole.map((e) => e.file).sort());
    assert.equal(new Set(joined).size, joined.length);
    assert.ok(
      parts.every((part) => part.length > 0),
      'each shard has some of the 33 files',
    );
  });

  test('the merged report is the report of one run, cross-article findings included', () => {
    const one = runCli(['report', '--format', 'json', ...SITE]);
    const merged = runCli(['report', '--format', 'json', '--from', ...files]);
    assert.equal(merged.stderr, '');
    assert.equal(merged.code, one.code);
    const oneReport = JSON.parse(one.stdout) as Report;
    // The report holds no time stamp; had it one, it would be the only thing normalised here.
    assert.deepEqual(JSON.parse(merged.stdout), oneReport);
    // Meaningful only because the site has inconsistencies that no single shard sees whole.
    assert.ok(oneReport.roles.some((r) => r.inconsistent));
    const crossArticle = (entries: Entry[]) => entries.flatMap((e) => e.findings).filter((f) => f.ruleId === 'cross-article-salary');
    assert.ok(
      parts.every((part) => crossArticle(part).length === 0),
      'a shard leaves the cross-article pass to the merge',
    );
  });

  test('a glob the shell did not expand is expanded, and the HTML and Markdown reports come from the same merge', () => {
    const markdown = runCli(['report', '--format', 'markdown', '--from', join(folder, 'results-*.json')]);
    assert.equal(markdown.stdout, runCli(['report', '--format', 'markdown', ...SITE]).stdout);
    const page = join(folder, 'site.html');
    const html = runCli(['report', '--from', join(folder, 'results-*.json'), '--output', page]);
    assert.ok(html.code === 0 || html.code === 1, html.stderr);
    assert.match(readFileSync(page, 'utf8'), /<meta name="generator" content="career-articles">/);
  });

  test('a shard runs no cross-article pass, even over a part that states a role at different figures', () => {
    const site = 'test/fixtures/cross-article-salary/not-ok-site';
    const crossArticle = (args: string[]) =>
      (JSON.parse(runCli(['lint', '--format', 'json', ...args, site]).stdout) as Entry[])
        .flatMap((e) => e.findings)
        .filter((f) => f.ruleId === 'cross-article-salary');
    assert.ok(crossArticle([]).length > 0);
    assert.deepEqual(crossArticle(['--shard', '1/1']), []);
  });

  test('the results of one whole run, cross-article findings included, merge to the same report', () => {
    const whole = join(folder, 'whole.json');
    runCli(['lint', '--format', 'json', '--output-file', whole, ...SITE]);
    const merged = runCli(['report', '--format', 'json', '--from', whole]);
    assert.deepEqual(JSON.parse(merged.stdout), JSON.parse(runCli(['report', '--format', 'json', ...SITE]).stdout));
  });

  test('a file is placed by the hash of its path relative to the working folder, the same on every machine', () => {
    // Fixed values: a change of the hash would move files between the jobs of a running CI.
    assert.deepEqual(
      ['examples/a.md', 'examples/b.md', 'docs/c.md', 'd.md'].map((p) => shardOfPath(p, 4)),
      [3, 2, 2, 4],
    );
    const files = ['examples/a.md', 'examples/b.md', 'docs/c.md', 'd.md'].map((p) => join(ROOT, p));
    assert.deepEqual(filesInShard(files, ROOT, { index: 2, count: 4 }), [files[1], files[2]]);
  });
});

describe('lint --shard and report --from with bad input', () => {
  const failsWith = (args: string[], pattern: RegExp, cwd?: string) => {
    const run = runCli(args, cwd === undefined ? {} : { cwd });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, pattern);
    assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('career-articles:')).length, 1, run.stderr);
  };

  test('a shard spec out of range or not a fraction: one line, exit 2', () => {
    failsWith(['lint', '--shard', '5/4', 'examples'], /unexpected --shard '5\/4', expected a part from 1 to 4/);
    failsWith(['lint', '--shard', '0/0', 'examples'], /unexpected --shard '0\/0', expected at least 1 part/);
    failsWith(['lint', '--shard', 'a/b', 'examples'], /unexpected --shard 'a\/b', expected <part>\/<parts> such as 2\/4/);
    failsWith(['lint', '--shard', '0/3', 'examples'], /expected a part from 1 to 3/);
  });

  test('a results file of another tool, or not JSON, names the file and the JSON path', () => {
    const folder = cases.next();
    write(folder, 'eslint.json', JSON.stringify([{ filePath: '/a.md', messages: [], errorCount: 0 }]));
    write(folder, 'sarif.json', JSON.stringify({ version: '2.1.0', runs: [] }));
    write(folder, 'broken.json', '[{"file": ');
    failsWith(
      ['report', '--from', 'eslint.json'],
      /invalid results file: eslint\.json:1:2: \[0\]\.file: missing required property `file`/,
      folder,
    );
    failsWith(['report', '--from', 'sarif.json'], /invalid results file: sarif\.json:1:1: \(root\): expected an array, got object/, folder);
    failsWith(['report', '--from', 'broken.json'], /invalid results file: broken\.json:1:\d+: invalid JSON/, folder);
    failsWith(['report', '--from', 'results-*.json'], /no results files match the pattern: results-\*\.json/, folder);
  });

  test('an article in two results files, or without its claims, is refused', () => {
    const folder = cases.next();
    write(folder, 'nurse.md', flawedText());
    runCli(['lint', '--format', 'json', '--output-file', 'a.json', 'nurse.md'], { cwd: folder });
    failsWith(['report', '--from', 'a.json', 'a.json'], /invalid results file: a\.json: \[0\]\.file: nurse\.md is also in a\.json/, folder);
    const entries = JSON.parse(readFileSync(join(folder, 'a.json'), 'utf8')) as Array<Record<string, unknown>>;
    delete entries[0]!.site;
    write(folder, 'old.json', JSON.stringify(entries));
    failsWith(['report', '--from', 'old.json'], /old\.json: \[0\]\.site: missing the article's claims/, folder);
    const rules = (
      JSON.parse(readFileSync(join(folder, 'a.json'), 'utf8')) as Array<{
        site: { rules: Record<string, { options: Record<string, unknown> }> };
      }>
    )[0]!;
    rules.site.rules['cross-article-salary']!.options = { share: 'a lot' };
    write(folder, 'options.json', JSON.stringify([rules]));
    failsWith(['report', '--from', 'options.json'], /options\.json: \[0\]\.site\.rules\.cross-article-salary: invalid options/, folder);
  });
});
