// `career-articles report` end to end (dist/cli.js as a child process), and the HTML page in
// Debian's Chromium: no console error, no request beyond the page itself, working filters.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { SiteReport } from '../../src/core/report/model.js';
import { CLI, ROOT, flawedText, runCli, tempFolder, write } from '../fixtures/cli/harness.js';

const SITE = join(ROOT, 'test/fixtures/cross-article-salary/not-ok-site');
const temp = tempFolder();
after(() => temp.remove());

const jsonReport = (args: string[], cwd = SITE) => {
  const run = runCli(['report', '--format', 'json', ...args], { cwd });
  return { run, report: JSON.parse(run.stdout) as SiteReport };
};

describe('career-articles report', () => {
  test('lists each role with every figure stated for it, in which article, and marks the inconsistent ones', () => {
    const { run, report } = jsonReport(['.']);
    assert.equal(run.code, 0, run.stderr);
    const role = (name: string) => report.roles.find((r) => r.role === name)!;
    const architect = role('Software Architect');
    assert.deepEqual(architect.figures.map((f) => [f.file, f.raw, f.inconsistent]).sort(), [
      ['enterprise-architect-vs-software-architect.md', '$148,100 per year', false],
      ['software-architect-vs-data-scientist.md', '$121,000 per year', true],
      ['software-architect-vs-software-engineer.md', '$144,570 per year', true],
    ]);
    assert.equal(architect.occupation?.soc, '15-1252');
    assert.equal(architect.inconsistent, true);
    const manager = role('Product Manager');
    assert.deepEqual(manager.figures.map((f) => f.raw).sort(), ['$150,000 per year', '$171,520 per year']);
    assert.equal(manager.inconsistent, true);
    assert.equal(role('Data Scientist').inconsistent, false);
    assert.equal(report.summary.articles, 5);
    const cross = report.articles.filter((a) => a.rules.includes('cross-article-salary')).map((a) => a.file);
    // Not the article whose $148,100 is the current mean: the others disagree with it.
    assert.equal(cross.length, 4);
    const mismatches = report.articles.flatMap((a) => a.findings).filter((f) => f.ruleId === 'salary-mismatch').length;
    assert.ok(mismatches > 0);
    assert.equal(report.summary.salary.mismatched + report.summary.salary.outdated, mismatches);
  });

  test('the markdown summary names the inconsistent roles and escapes table cells', () => {
    const run = runCli(['report', '--format', 'markdown', '.'], { cwd: SITE });
    assert.match(run.stdout, /^## Career Articles site report/);
    assert.match(run.stdout, /\| Software Architect \| .*\$121,000 per year \(software-architect-vs-data-scientist\.md:33\)/);
    assert.match(run.stdout, /\| Product Manager \|/);
  });

  test('every count agrees with its noun, and the salary claims give their total beside the parts', () => {
    const { report } = jsonReport(['.']);
    const markdown = runCli(['report', '--format', 'markdown', '.'], { cwd: SITE }).stdout;
    const html = runCli(['report', '.'], { cwd: SITE }).stdout;
    for (const text of [markdown, html.replace(/<[^>]+>/g, ' ')])
      assert.doesNotMatch(text, /(?<![\d,.])1\s+(?:errors|warnings|infos|articles|salary claims)\b/);
    const s = report.summary.salary;
    const total = Object.values(s).reduce((sum, n) => sum + n, 0);
    const parts = (
      [
        ['current', s.current],
        ['out of date', s.outdated],
        ['mismatched', s.mismatched],
        ['with an unknown role', s['unknown-role']],
        ['unchecked', s.unchecked],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${n} ${label}`);
    assert.ok(total > 0);
    assert.ok(markdown.includes(`${total} salary claim${total === 1 ? '' : 's'}: ${parts.join(', ')}.`), markdown);
    assert.match(markdown, new RegExp(`\\*\\*${report.summary.articles} articles\\*\\*`));
    assert.match(html, new RegExp(`<b>${total}</b>salary claims`));
    const one = runCli(['report', '--format', 'markdown', 'software-architect-vs-data-scientist.md'], { cwd: SITE }).stdout;
    assert.match(one, /^\*\*1 article\*\* \(1 complete, 0 skipped files, 0 unreadable\)/m);
  });

  test('article text in the page is escaped: a title with markup runs nothing', () => {
    const folder = join(temp.path, 'escape');
    mkdirSync(folder);
    const text = flawedText().replace(/^# (.*)$/m, '# Nurse <img src=x onerror=alert(1)> vs. Registered Nurse: What Are the Differences?');
    write(folder, '<script>alert(1)<script>.md', text);
    const run = runCli(['report', '-o', 'out/report.html', '.'], { cwd: folder });
    const html = readFileSync(join(folder, 'out/report.html'), 'utf8');
    assert.equal(run.stdout, '');
    assert.ok(!html.includes('<img src=x'), 'no tag from the article');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;script&gt;.md'));
    assert.equal(html.match(/<script>/g)?.length, 1, 'only the page’s own script');
    assert.ok(html.includes('href="../%3Cscript%3Ealert(1)%3Cscript%3E.md"'), 'links are relative to the page');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  test('a progress bar on a terminal', { skip: !hasScript && 'needs util-linux script for a terminal' }, () => {
    // The report goes to the test's own folder: `-o /dev/null` as root once turned the machine's /dev/null into a file.
    const output = JSON.stringify(join(temp.path, 'progress-report.md'));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} report --format markdown -o ${output} .`;
    // script's own log of the session too.
    const run = spawnSync('script', ['-qec', command, join(temp.path, 'terminal.log')], { cwd: SITE, encoding: 'utf8' });
    assert.match(run.stdout, /Linting .* 5\/5 files/);
  });

  test('no progress bar when stderr is not a terminal', () => {
    const run = runCli(['report', '--format', 'json', '.'], { cwd: SITE });
    assert.equal(run.stderr, '');
  });

  test('an unknown format is a usage error', () => {
    const run = runCli(['report', '--format', 'pdf', '.'], { cwd: SITE });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unexpected --format 'pdf', expected one of html, json, markdown/);
  });
});

describe('the report page in Chromium', { skip: !existsSync('/usr/bin/chromium') && 'needs /usr/bin/chromium' }, () => {
  test('opens with no console error and no network request, and filters its articles', async () => {
    const page = join(temp.path, 'site-report.html');
    const run = runCli(['report', '-o', page, SITE]);
    assert.equal(run.code, 0, run.stderr);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      tab.on('pageerror', (e) => problems.push(e.message));
      tab.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(page).href;
      await tab.goto(url, { waitUntil: 'load' });
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, [url]);
      const visible = () => tab.locator('#articles tbody tr:visible').count();
      assert.equal(await visible(), 5);
      // The rarest rule of the site, and the articles that have it.
      const { report } = jsonReport(['.']);
      const rules = report.articles.flatMap((a) => a.rules);
      const rarest = [...new Set(rules)].sort((a, b) => rules.filter((r) => r === a).length - rules.filter((r) => r === b).length)[0]!;
      await tab.selectOption('#rule-filter', rarest);
      assert.equal(await visible(), report.articles.filter((a) => a.rules.includes(rarest)).length);
      assert.ok((await visible()) < 5);
      await tab.selectOption('#rule-filter', '');
      await tab.click('#articles th:nth-child(3)');
      assert.equal(await tab.getAttribute('#articles th:nth-child(3)', 'aria-sort'), 'ascending');
      assert.equal(await tab.locator('#roles tr.inconsistent').count(), 2);
      assert.equal(await tab.locator('#roles svg circle.inconsistent').count(), 4);
      const shot = process.env.CAREER_ARTICLES_SCREENSHOT ? join(ROOT, 'docs/images/site-report.png') : join(temp.path, 'site-report.png');
      await tab.screenshot({ path: shot, fullPage: true });
      assert.ok(readdirSync(join(shot, '..')).includes('site-report.png'));
      assert.deepEqual(problems, [], 'nothing went wrong while filtering and sorting');
    } finally {
      await browser.close();
    }
  });
});
