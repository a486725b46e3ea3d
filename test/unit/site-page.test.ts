// What each article gives the site pass beside its claims (site/page.ts), end to end through the
// CLI's workers and its lint cache: the report's article table carries the readability numbers
// `inspect` shows for the same file, and a reversed pair across the folder is reported by
// `lint` (seo-duplicate-pair), also when every result comes from the cache. Readability is
// measured only for an output that shows it (the report, `lint --format json`): a plain lint's
// page, and its cache entry, have the roles without it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, resolveConfig, sitePage } from '../../src/core/index.js';
import { articleSummary } from '../../src/core/readability/summary.js';
import type { SiteReport } from '../../src/core/report/model.js';
import type { ArticleSummary } from '../../src/core/inspect.js';
import { CLI, caseFolders, lintJson, runCli, write } from '../fixtures/cli/harness.js';

const cases = caseFolders();
after(() => cases.remove());

const articleText = (a: string, b: string) =>
  `# ${a} vs. ${b}: What Are the Differences?\n\nA ${a.toLowerCase()} and a ${b.toLowerCase()} both work in health care. This guide compares the two careers side by side.\n\n## What is a ${a}?\n\nA ${a.toLowerCase()} is paid by the hour and works long shifts in hospitals, clinics and homes across the country.\n`;

function site(): string {
  const folder = cases.next();
  write(folder, '.career-articles.json', JSON.stringify({ rules: { 'seo-duplicate-pair': 'warning' } }));
  write(folder, 'nurse-vs-doctor.md', articleText('Nurse', 'Doctor'));
  write(folder, 'doctor-vs-nurse.md', articleText('Doctor', 'Nurse'));
  write(folder, 'nurse-vs-pharmacist.md', articleText('Nurse', 'Pharmacist'));
  return folder;
}

test("the site report's article table gives each article the readability numbers inspect gives it", () => {
  const folder = site();
  const run = runCli(['report', '--format', 'json', '.'], { cwd: folder });
  // Exit 1: the short articles have errors (missing sections); the report is written all the same.
  assert.equal(run.code, 1, run.stderr);
  const report = JSON.parse(run.stdout) as SiteReport;
  assert.equal(report.articles.length, 3);
  for (const row of report.articles) {
    const inspected = JSON.parse(runCli(['inspect', join(folder, row.file)], { cwd: folder }).stdout) as ArticleSummary;
    assert.deepEqual(row.readability, inspected.readability, row.file);
    assert.ok(typeof row.readability?.readingEase === 'number');
  }
});

test('lint over a folder reports a reversed pair on both titles, from the workers and from the cache alike', () => {
  const folder = site();
  const pairs = (args: string[]) =>
    lintJson([...args, '.'], { cwd: folder })
      .entries.flatMap((e) => e.findings.filter((f) => f.ruleId === 'seo-duplicate-pair').map((f) => `${e.file}:${f.line}`))
      .sort();
  const expected = ['doctor-vs-nurse.md:1', 'nurse-vs-doctor.md:1'];
  assert.deepEqual(pairs([]), expected);
  const cache = ['--cache', '--cache-location', join(folder, 'cache.json')];
  assert.deepEqual(pairs(cache), expected);
  assert.deepEqual(pairs(cache), expected, 'the second run reads every result from the cache');
});

test('report --from the json of a lint run keeps the reversed pair and each article’s readability', () => {
  const folder = site();
  const lint = runCli(['lint', '--format', 'json', '.'], { cwd: folder });
  const results = write(folder, 'results.json', lint.stdout);
  const run = runCli(['report', '--format', 'json', '--from', results], { cwd: folder });
  const report = JSON.parse(run.stdout) as SiteReport;
  const pairs = report.articles.filter((a) => a.rules.includes('seo-duplicate-pair')).map((a) => a.file);
  assert.deepEqual(pairs.sort(), ['doctor-vs-nurse.md', 'nurse-vs-doctor.md'], run.stderr);
  assert.ok(report.articles.every((a) => typeof a.readability?.readingEase === 'number'));
});

/** The articles' pages kept in a lint cache file. */
function cachedPages(file: string): Array<{ roles?: string[]; readability?: unknown } | undefined> {
  const { entries } = JSON.parse(readFileSync(file, 'utf8')) as {
    entries: Record<string, { isArticle: boolean; page?: { roles?: string[]; readability?: unknown } }>;
  };
  return Object.values(entries)
    .filter((entry) => entry.isArticle)
    .map((entry) => entry.page);
}

test("the site page reads the article's prose only when asked for its readability", () => {
  const config = resolveConfig();
  const { article } = lint(articleText('Nurse', 'Doctor'), { config });
  const read = new Set<PropertyKey>();
  const watched = new Proxy(article, {
    get(target, key) {
      read.add(key);
      return Reflect.get(target, key, target) as unknown;
    },
  });
  const plain = sitePage(watched, config, { readability: false });
  assert.deepEqual(plain.roles, ['Nurse', 'Doctor']);
  assert.equal(plain.readability, undefined);
  assert.ok(!read.has('tree'), `read: ${[...read].map(String).join(', ')}`);
  read.clear();
  const shown = sitePage(watched, config, { readability: true });
  assert.ok(read.has('tree'), 'measuring readability walks the prose');
  assert.deepEqual(shown.readability, articleSummary(article, config));
});

test('a plain lint caches each page without readability; a json lint over that cache measures it, and a plain lint then reads it', () => {
  const folder = site();
  const cacheFile = join(folder, 'cache.json');
  const cache = ['--cache', '--cache-location', cacheFile];
  runCli(['lint', ...cache, '.'], { cwd: folder });
  const plain = cachedPages(cacheFile);
  assert.equal(plain.length, 3);
  for (const page of plain) {
    assert.equal(page?.roles?.length, 2, 'the site pass reads the roles');
    assert.equal(page.readability, undefined, 'no output of a plain lint shows readability');
  }
  const json = runCli(['lint', '--format', 'json', ...cache, '.'], { cwd: folder });
  const entries = JSON.parse(json.stdout) as Array<{ site?: { page?: { readability?: { readingEase: unknown } } } }>;
  assert.ok(
    entries.every((e) => typeof e.site?.page?.readability?.readingEase === 'number'),
    'the json lint measured what the cache lacked',
  );
  assert.equal(json.stdout, runCli(['lint', '--format', 'json', '.'], { cwd: folder }).stdout, 'the same json as a run without the cache');
  assert.ok(cachedPages(cacheFile).every((page) => typeof page?.readability === 'object'));
  // A plain lint takes every result from entries that hold more than it needs.
  const env = { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '1' };
  const again = spawnSync(process.execPath, [CLI, 'lint', ...cache, '.'], { cwd: folder, env, encoding: 'utf8' });
  assert.match(again.stderr, /debug: 3 files, 3 from the cache, 0 linted/);
});
