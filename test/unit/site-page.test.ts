// What each article gives the site pass beside its claims (site/page.ts), end to end through the
// CLI's workers and its lint cache: the report's article table carries the readability numbers
// `inspect` shows for the same file, and a reversed pair across the folder is reported by
// `lint` (seo-duplicate-pair), also when every result comes from the cache.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { SiteReport } from '../../src/core/report/model.js';
import type { ArticleSummary } from '../../src/core/inspect.js';
import { caseFolders, lintJson, runCli, write } from '../fixtures/cli/harness.js';

const cases = caseFolders();
after(() => cases.remove());

const article = (a: string, b: string) =>
  `# ${a} vs. ${b}: What Are the Differences?\n\nA ${a.toLowerCase()} and a ${b.toLowerCase()} both work in health care. This guide compares the two careers side by side.\n\n## What is a ${a}?\n\nA ${a.toLowerCase()} is paid by the hour and works long shifts in hospitals, clinics and homes across the country.\n`;

function site(): string {
  const folder = cases.next();
  write(folder, '.career-articles.json', JSON.stringify({ rules: { 'seo-duplicate-pair': 'warning' } }));
  write(folder, 'nurse-vs-doctor.md', article('Nurse', 'Doctor'));
  write(folder, 'doctor-vs-nurse.md', article('Doctor', 'Nurse'));
  write(folder, 'nurse-vs-pharmacist.md', article('Nurse', 'Pharmacist'));
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
