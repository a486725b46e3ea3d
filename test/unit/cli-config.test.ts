// The CLI end to end on configuration and data: .career-articles.json discovery and errors,
// workspace datasets merged over the bundled one (or ignored with a warning when broken),
// and the `roles` look-up. Runs the built dist/cli.js.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, flawedText, lintJson, runCli, caseFolders, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
const folder = temp.next;
after(() => temp.remove());

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const SALES_MANAGERS_AT_100K = JSON.stringify({
  source: 'Acme salary survey',
  year: 2025,
  occupations: [{ soc: '11-2022', title: 'Sales Managers', wages: { mean: 100000 } }],
});

describe('career-articles lint config files', () => {
  test('an invalid option exits 2 naming the file, line, column and JSON path', () => {
    const dir = folder();
    write(dir, '.career-articles.json', '{\n  "rules": {\n    "empty-section": { "minWords": "many" }\n  }\n}\n');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', '.'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    // The core names the union (`rules.empty-section`) rather than `minWords` for now.
    assert.match(
      run.stderr,
      /^career-articles: invalid config file: \.career-articles\.json:3:\d+: rules\.empty-section(\.minWords)?: .+\n$/,
    );
  });

  test('every config error gets its own line with its JSON path', () => {
    const dir = folder();
    write(dir, '.career-articles.json', '{\n  "sections": { "skills": "Skills" },\n  "maxFileSize": -1\n}\n');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.equal(run.code, 2);
    const lines = run.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    assert.match(lines[0]!, /^career-articles: invalid config file: \.career-articles\.json:2:\d+: sections\.skills: /);
    assert.match(lines[1]!, /^career-articles: invalid config file: \.career-articles\.json:3:\d+: maxFileSize: /);
  });

  test('a config that is not valid JSON exits 2 with the line of the mistake', () => {
    const dir = folder();
    write(dir, '.career-articles.json', '{\n  "rules": {\n    "title-format": "off"\n    "section-order": "off"\n  }\n}\n');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^career-articles: invalid config file: \.career-articles\.json:4:\d+: invalid JSON: /);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
  });

  test('the nearest config above each file applies to it', () => {
    const dir = folder();
    mkdirSync(join(dir, 'relaxed'));
    write(join(dir, 'relaxed'), '.career-articles.json', '{ "rules": { "required-sections": "off" } }');
    write(dir, 'strict.md', flawedText());
    write(join(dir, 'relaxed'), 'relaxed.md', flawedText());
    const { entries } = lintJson(['.'], { cwd: dir });
    const rulesOf = (file: string) => entries.find((e) => e.file === file)!.findings.map((f) => f.ruleId);
    assert.ok(rulesOf('strict.md').includes('required-sections'));
    assert.ok(!rulesOf(join('relaxed', 'relaxed.md')).includes('required-sections'));
  });

  test('--config applies one file to every article, and a missing one exits 2', () => {
    const dir = folder();
    write(dir, 'custom.json', '{ "rules": { "required-sections": "warning" } }');
    write(dir, 'article.md', flawedText());
    const { entries } = lintJson(['--config', 'custom.json', 'article.md'], { cwd: dir });
    assert.equal(entries[0]!.findings.find((f) => f.ruleId === 'required-sections')?.severity, 'warning');
    const missing = runCli(['lint', '--config', 'nope.json', 'article.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'career-articles: no such file or folder: nope.json\n');
  });
});

describe('career-articles lint datasets', () => {
  test('the config dataset is merged over the bundled one', () => {
    const dir = folder();
    write(dir, 'roles.json', SALES_MANAGERS_AT_100K);
    write(dir, '.career-articles.json', '{ "dataset": "roles.json" }');
    write(dir, 'article.md', cleanText());
    const { entries } = lintJson(['article.md'], { cwd: dir });
    const mismatch = entries[0]!.findings.filter((f) => f.ruleId === 'salary-mismatch');
    assert.equal(mismatch.length, 1, JSON.stringify(entries));
    assert.match(mismatch[0]!.message, /Acme salary survey/);
    assert.equal(lintJson(['article.md'], { cwd: dir }).entries[0]!.findings.length, 1, 'only the overridden figure differs');
  });

  test('--dataset reads CSV and overrides the config', () => {
    const dir = folder();
    write(dir, 'roles.csv', 'soc_code,title,annual_mean,year,source\n11-2022,Sales Managers,100000,2025,CSV survey\n');
    write(dir, 'article.md', cleanText());
    const { entries, stderr } = lintJson(['--dataset', 'roles.csv', 'article.md'], { cwd: dir });
    assert.equal(stderr, '');
    assert.ok(
      entries[0]!.findings.some((f) => f.ruleId === 'salary-mismatch'),
      JSON.stringify(entries),
    );
  });

  test('an invalid dataset is a warning with its location, and linting goes on with the bundled data', () => {
    const dir = folder();
    write(
      dir,
      'roles.json',
      '{\n  "occupations": [\n    { "soc": "11-2022", "title": "Sales Managers", "wages": { "mean": "lots" } }\n  ]\n}\n',
    );
    write(dir, '.career-articles.json', '{ "dataset": "roles.json" }');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.equal(run.code, 0, 'the clean article stays clean on the bundled data');
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^career-articles: warning: roles\.json:3:\d+: .*wages\.mean/m);
    assert.match(run.stderr, /^career-articles: warning: ignoring the dataset roles\.json; using the bundled dataset only$/m);
  });
});

describe('career-articles lint area datasets', () => {
  const area = (name: string) =>
    JSON.stringify({
      area: name,
      period: 'May 2025',
      source: 'BLS OEWS',
      occupations: [{ soc: '29-1141', title: 'Registered Nurses', wages: { mean: 95000 } }],
    });

  test('two area datasets for one area are one config error: exit 2 before anything is linted', () => {
    const dir = folder();
    write(dir, 'tx.json', area('Texas'));
    write(dir, 'tx-2.json', area('TX'));
    write(dir, '.career-articles.json', '{ "areaDatasets": ["tx.json", "tx-2.json"] }');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      'career-articles: invalid config file: .career-articles.json: areaDatasets: tx-2.json: a second dataset for Texas (the first is tx.json)\n',
    );
  });

  test('an area dataset for an unknown place is one config error; one outside the config folder is not read', () => {
    const dir = folder();
    write(dir, 'narnia.json', area('Narnia'));
    write(dir, '.career-articles.json', '{ "areaDatasets": ["narnia.json"] }');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(
      run.stderr,
      /^career-articles: invalid config file: \.career-articles\.json: areaDatasets: narnia\.json: unknown area `Narnia`/,
    );
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);

    const inner = join(dir, 'site');
    mkdirSync(inner);
    write(inner, '.career-articles.json', '{ "areaDatasets": ["../narnia.json"] }');
    write(inner, 'article.md', cleanText());
    const outside = runCli(['lint', 'article.md'], { cwd: inner });
    assert.match(
      outside.stderr,
      /^career-articles: warning: ignoring the area dataset \S*narnia\.json named in \.career-articles\.json: it lies outside that config's folder and the current folder; its area is not checked$/m,
    );
  });

  test('a valid state dataset loads quietly beside the national data', () => {
    const dir = folder();
    write(dir, 'tx.json', area('Texas'));
    write(dir, '.career-articles.json', '{ "areaDatasets": ["tx.json"] }');
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.deepEqual([run.code, run.stderr], [0, '']);
  });
});

describe('career-articles lint dataset loading', () => {
  test('no dataset is read when no enabled rule uses one', () => {
    const dir = folder();
    write(dir, 'roles.json', '{ "occupations": "none" }');
    write(
      dir,
      '.career-articles.json',
      '{ "dataset": "roles.json", "rules": { "salary-mismatch": "off", "salary-unknown-role": "off", "outlook-mismatch": "off", "education-mismatch": "off" } }',
    );
    write(dir, 'article.md', cleanText());
    const run = runCli(['lint', 'article.md'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '', 'the broken dataset was never read');
  });
});

describe('career-articles inspect and roles errors', () => {
  test('inspect on a missing file exits 2 with one line', () => {
    const run = runCli(['inspect', 'nope.md'], { cwd: folder() });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'career-articles: no such file or folder: nope.md\n');
  });

  test('inspect on a binary file exits 2 without a stack trace', () => {
    const dir = folder();
    write(dir, 'blob.md', Buffer.from([0, 1, 2, 3]));
    const run = runCli(['inspect', 'blob.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'career-articles: blob.md: binary file, not inspected\n');
  });
});

describe('career-articles roles', () => {
  test('prints an exact match first with its wages from the current release, its job outlook and typical education', () => {
    const run = runCli(['roles', 'Chief', 'Executives']);
    assert.equal(run.code, 0, run.stderr);
    const first = run.stdout.split('\n\n')[0]!;
    assert.match(first, /^Chief Executives \(SOC 11-1011\)\n/);
    assert.match(first, /Matched: +title "Chief Executives"/);
    assert.match(first, /Mean: +\$\d{3},\d{3}/);
    assert.match(first, /p90 \$507,730/);
    assert.match(first, /Employment: +\d/);
    assert.match(first, /Period: +May 2025/);
    assert.match(first, /Outlook: +\+3\.2% from 2025 to 2035 \(19,100 openings a year\) \(BLS EP 2025–35\)/);
    assert.match(first, /Education: +Bachelor's degree/);
  });

  test('"registered nurse" prints EP 2025–35 with employment, change, openings, self-employed share and education', () => {
    const run = runCli(['roles', 'registered nurse']);
    assert.equal(run.code, 0, run.stderr);
    const first = run.stdout.split('\n\n')[0]!;
    assert.match(first, /^Registered Nurses \(SOC 29-1141\)\n/);
    assert.match(first, /Outlook: +\+5\.6% from 2025 to 2035 \(180,800 openings a year\) \(BLS EP 2025–35\)\n/);
    assert.match(first, /\n {4}Employment: +3,465,400 in 2025 to 3,660,100 in 2035\n/);
    assert.match(first, /\n {4}Change: +\+194,700 jobs \(\+5\.6%\)\n/);
    assert.match(first, /\n {4}Openings: +180,800 a year\n/);
    assert.match(first, /\n {4}Self-employed: 0\.5% in 2025\n/);
    assert.match(first, /\n {4}Education: +Bachelor's degree \(typical for entry\)\n/);
    assert.match(first, /\n {4}Experience: +None\n {4}Training: +None\n/);
  });

  test('an occupation the current projections lack shows its earlier figures labelled with their period, and a blank share as not published', () => {
    const first = runCli(['roles', '11-1031']).stdout.split('\n\n')[0]!;
    assert.match(first, /Outlook: +\+3\.4% from 2024 to 2034 \(2,200 openings a year\) \(BLS EP 2024–34; not in BLS EP 2025–35\)/);
    assert.match(first, /Self-employed: not published\n/);
  });

  test('--format json prints the occupations with how they matched', () => {
    const run = runCli(['roles', '--format', 'json', '--limit', '2', 'sales managers']);
    const hits = JSON.parse(run.stdout) as Array<{ soc: string; wages: { mean?: number }; match: { via: string; exact: boolean } }>;
    assert.equal(hits[0]!.soc, '11-2022');
    assert.deepEqual(hits[0]!.match, { via: 'title', matched: 'Sales Managers', exact: true, kind: 'exact' });
    assert.ok(hits.length <= 2);
  });

  test('a workspace dataset entry replaces the bundled one', () => {
    const dir = folder();
    write(dir, 'roles.json', SALES_MANAGERS_AT_100K);
    const run = runCli(['roles', '--dataset', 'roles.json', '--limit', '1', 'Sales Managers'], { cwd: dir });
    assert.match(run.stdout, /Mean: +\$100,000/);
    assert.match(run.stdout, /Period: +2025 \(Acme salary survey\)/);
  });

  test('no match exits 1 with a message', () => {
    const run = runCli(['roles', 'zzqqxx']);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'career-articles: no occupation matches "zzqqxx"\n');
  });
});
