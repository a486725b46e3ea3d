// The playground page in Debian's Chromium, loaded from file:// as a user opens it: every
// bundled example pasted gives the findings the CLI gives for that file, a fix changes the
// text, the server's hover card and the side-by-side preview show, an article over the size
// limit or over the time budget gets a message (the tab stays responsive), no request leaves
// the page and nothing is logged as an error. PLAYGROUND_SCREENSHOT=<path> also saves the
// page with the flawed example (npm run screenshots:playground writes docs/images/playground.png).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { EXAMPLES, FLAWED, lintJson, runCli, tempFolder } from '../fixtures/cli/harness.js';

const temp = tempFolder();
let browser: Browser;
const leaks: string[] = [];
const errors: string[] = [];

/** The test's own static server (the page as GitHub Pages serves it), once started. */
let served = '';
/** Only the page's own folder (file:, or the test's server) and the worker it starts from a blob may be requested. */
const local = (url: string) =>
  url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:') || (served !== '' && url.startsWith(served));

function writePage(name: string, env: Record<string, string> = {}): string {
  const run = runCli(['playground', '-o', name], { cwd: temp.path, env });
  assert.equal(run.code, 0, run.stderr);
  return join(temp.path, name);
}

async function open(
  folder: string,
  url = pathToFileURL(join(folder, 'index.html')).href,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    leaks.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => local(request.url()) || leaks.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(`page: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && errors.push(`worker: ${message.text()}`)));
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent.startsWith('Ready'), null, { timeout: 120_000 });
  return { page, context };
}

/** Types (fills) `text` and waits until the checked view shows it. */
async function paste(page: Page, text: string): Promise<void> {
  await page.fill('#source', text);
  await page.waitForFunction((want) => document.getElementById('checked')?.textContent === want, text, { timeout: 60_000 });
}

interface Shown {
  ruleId: string;
  line: number;
  message: string;
  severity: string;
}

const byPlace = (a: Shown, b: Shown) => a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

const shownFindings = (page: Page): Promise<Shown[]> =>
  page.$$eval('#findings li[data-rule]', (items) =>
    items.map((li) => ({
      ruleId: (li as HTMLElement).dataset.rule ?? '',
      line: Number((li as HTMLElement).dataset.line),
      message: li.querySelector('.message')?.textContent ?? '',
      severity: li.querySelector('.severity')?.textContent ?? '',
    })),
  );

/** The middle of the second character of `needle` in the checked text, scrolled into the view (the page at its top). */
const pointAt = (page: Page, needle: string) =>
  page.evaluate((text) => {
    window.scrollTo(0, 0);
    const checked = document.getElementById('checked')!;
    const walker = document.createTreeWalker(checked, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      checked.scrollTop += range.getBoundingClientRect().top - checked.getBoundingClientRect().top - checked.clientHeight / 2;
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return undefined;
  }, needle);

before(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
after(async () => {
  await browser.close();
  temp.remove();
});

describe('the playground page in Chromium', () => {
  test('each bundled example shows the findings the CLI reports for that file', async () => {
    const { page, context } = await open(writePage('page'));
    for (const name of readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))) {
      const file = join(EXAMPLES, name);
      // Linted from a folder with no config, as the page (an untitled document) has none.
      writeFileSync(join(temp.path, name), readFileSync(file));
      const cli = lintJson([name], { cwd: temp.path }).entries[0]!.findings;
      await paste(page, readFileSync(file, 'utf8'));
      const expected = cli.map(({ ruleId, line, message, severity }) => ({ ruleId, line, message, severity })).sort(byPlace);
      assert.deepEqual((await shownFindings(page)).sort(byPlace), expected, name);
    }
    await context.close();
  });

  test('an HTML and a plain-text article, picked by their syntax, show the findings the CLI reports for them', async () => {
    const { page, context } = await open(writePage('syntaxes'));
    for (const [format, syntax] of [
      ['html', 'html'],
      ['txt', 'text'],
    ] as const) {
      const name = `new.${format}`;
      const made = runCli(['new', 'Registered Nurse', 'Nurse Practitioner', '--format', format, '-o', name], { cwd: temp.path });
      assert.equal(made.code, 0, made.stderr);
      const cli = lintJson([name], { cwd: temp.path }).entries[0]!.findings;
      assert.ok(cli.length > 0, `the new ${format} article has placeholders to report`);
      await page.selectOption('#syntax', syntax);
      await paste(page, readFileSync(join(temp.path, name), 'utf8'));
      const expected = cli.map(({ ruleId, line, message, severity }) => ({ ruleId, line, message, severity })).sort(byPlace);
      assert.deepEqual((await shownFindings(page)).sort(byPlace), expected, name);
    }
    await context.close();
  });

  test('a fix changes the text, the hover shows the BLS card, the preview shows both roles', async () => {
    const { page, context } = await open(writePage('fix'));
    const text = readFileSync(FLAWED, 'utf8');
    await paste(page, text);
    assert.ok(text.includes('## What is an Registered Nurse?'));
    await page.click('#findings li[data-rule="role-definition"] button.fix');
    const fixed = text.replace('## What is an Registered Nurse?', '## What is a Registered Nurse?');
    await page.waitForFunction((want) => document.getElementById('checked')?.textContent === want, fixed, { timeout: 60_000 });
    assert.equal(await page.inputValue('#source'), fixed);
    assert.ok(!(await shownFindings(page)).some((f) => f.ruleId === 'role-definition'));

    assert.deepEqual(await page.$$eval('#root .column-head', (heads) => heads.map((h) => h.textContent)), [
      'Registered Nurse',
      'Nurse Practitioner',
    ]);

    const point = await pointAt(page, '$83,000');
    assert.ok(point, 'the salary figure is in the checked text');
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('#card:not([hidden])', { timeout: 30_000 });
    const card = await page.textContent('#card');
    assert.match(card ?? '', /Registered Nurses · SOC 29-1141/);
    assert.match(card ?? '', /Median/);
    if (process.env.PLAYGROUND_SCREENSHOT) {
      await paste(page, text);
      const figure = await pointAt(page, '$83,000');
      assert.ok(figure);
      await page.mouse.move(figure.x, figure.y);
      await page.waitForSelector('#card:not([hidden])', { timeout: 30_000 });
      await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT });
    }
    await context.close();
  });

  test('markup in an article is shown as text: no element of it is made and no script of it runs', async () => {
    const { page, context } = await open(writePage('markup'));
    const hostile = readFileSync(FLAWED, 'utf8').replace(
      'Registered nurses earn',
      '<img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script> Registered nurses earn',
    );
    await paste(page, hostile);
    assert.equal(await page.evaluate(() => (window as { pwned?: number }).pwned), undefined);
    assert.equal(
      await page.$$eval('#checked img, #checked script, #root img, #root script, #findings img, #card img', (found) => found.length),
      0,
    );
    assert.ok((await page.textContent('#checked'))?.includes('<img src="x" onerror="window.pwned = 1">'));
    await context.close();
  });

  test('an article over the size limit is refused with a message', async () => {
    // CAREER_ARTICLES_MAX_FILE_MB's floor, 0.001 MB: the flawed example is over it.
    const { page, context } = await open(writePage('small', { CAREER_ARTICLES_MAX_FILE_MB: '0.001' }));
    await page.setInputFiles('#file', FLAWED);
    await page.waitForFunction(() => document.getElementById('status')?.textContent.startsWith('Not opened'));
    assert.match(
      (await page.textContent('#status')) ?? '',
      /registered-nurse-vs-nurse-practitioner\.md is 0\.00\d MB, over the 0\.001 MB limit/,
    );
    assert.equal(await page.inputValue('#source'), '');
    await page.fill('#source', readFileSync(FLAWED, 'utf8'));
    await page.waitForFunction(() => document.getElementById('status')?.textContent.startsWith('Not checked'));
    assert.equal(await page.textContent('#checked'), '');
    await context.close();
  });

  test('a check over the time budget is stopped and said, and the page stays responsive', async () => {
    const folder = writePage('budget');
    const index = join(folder, 'index.html');
    // A budget no check can meet (the worker answers no request within 1 ms of a message).
    writeFileSync(index, readFileSync(index, 'utf8').replace(/data-budget-ms="\d+"/, 'data-budget-ms="1"'));
    const { page, context } = await open(folder);
    await page.fill('#source', readFileSync(FLAWED, 'utf8'));
    await page.waitForFunction(() => document.getElementById('status')?.textContent.startsWith('Not checked'), null, { timeout: 60_000 });
    assert.match((await page.textContent('#status')) ?? '', /takes too long to check \(over 0 s\)\. The check was stopped/);
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    await context.close();
  });

  test('served over HTTP as a static host serves it, the page loads, checks and asks for nothing else', async () => {
    const folder = writePage('served');
    const requested: string[] = [];
    const server = createServer((request, response) => {
      const name = basename(new URL(request.url ?? '/', 'http://localhost').pathname) || 'index.html';
      requested.push(name);
      const file = join(folder, name);
      if (!existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': name.endsWith('.css') ? 'text/css' : name.endsWith('.js') ? 'text/javascript' : 'text/html',
      });
      response.end(readFileSync(file));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const { page, context } = await open(folder, `${served}index.html`);
      await paste(page, readFileSync(FLAWED, 'utf8'));
      assert.ok((await shownFindings(page)).length > 0);
      await context.close();
      assert.deepEqual(requested.sort(), ['dataset.js', 'index.html', 'page.js', 'playground.css', 'preview.css', 'worker.js']);
    } finally {
      server.close();
    }
  });

  test('no request left the page and nothing was logged as an error', () => {
    assert.deepEqual(leaks, []);
    assert.deepEqual(errors, []);
  });
});
