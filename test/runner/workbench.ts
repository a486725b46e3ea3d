// Drives VS Code's web workbench in headless Debian Chromium. The workbench's test harness
// calls window.codeAutomationLog for every console message of the tests module and
// window.codeAutomationExit with run()'s result, so both are exposed before navigation.
// A log line `[screenshot] <name>` asks for a screenshot (see test/integration/screenshot.ts).
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { displayPath } from './provision.js';

export type Outcome = { kind: 'exit'; code: number } | { kind: 'crash'; message: string };

export interface WorkbenchOptions {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
  web: boolean;
  screenshotsDir: string | undefined;
  verbose: boolean;
}

export interface Workbench {
  page: Page;
  /** Settles with run()'s exit code, or with what went wrong with the page or the browser. */
  outcome: Promise<Outcome>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export const screenshotRequest = /^\[screenshot\] ([A-Za-z0-9][\w.-]*)$/;

/**
 * The workbench forwards its own console too. These lines are known and harmless here
 * (connection set-up, the extension gallery being unreachable offline, stack frames of the
 * workbench's bundled code); --verbose shows them.
 */
const workbenchNoise = [
  /^(Resolving|Resolved) connection token \(/,
  /^Creating a socket \(renderer-/,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] /,
  /^ChatSessionStore: /,
  /^Creation of workbench contribution '[^']*' took \d+ms\.$/,
  /getaddrinfo ENOTFOUND open-vsx\.org/,
  /^\s*at .*https?:\/\/[^/\s]+\/stable-[0-9a-f]+\/static\//,
];

export function isWorkbenchNoise(line: string): boolean {
  return workbenchNoise.some((pattern) => pattern.test(line));
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function openWorkbench(serverUrl: string, options: WorkbenchOptions, onLine: (line: string) => void): Promise<Workbench> {
  // Signals are the runner's to handle: it stops code-server as well as the browser.
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let settle: (outcome: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolveOutcome) => (settle = resolveOutcome));
  browser.on('disconnected', () => settle({ kind: 'crash', message: 'Chromium exited before the suite finished' }));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('crash', () => settle({ kind: 'crash', message: 'the workbench page crashed' }));
  if (options.verbose) page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));

  // Requests are served one at a time, in the order the tests made them.
  let screenshots = Promise.resolve();
  const screenshot = (name: string): Promise<string> => {
    const taken = screenshots.then(() => takeScreenshot(page, options.screenshotsDir ?? '', name));
    screenshots = taken.then(
      () => undefined,
      () => undefined,
    );
    return taken;
  };

  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => {
    const text = Array.isArray(args) ? format(...args) : format(args);
    for (const line of text.split('\n')) {
      const request = screenshotRequest.exec(line.trim());
      if (request?.[1] && options.screenshotsDir) {
        screenshot(request[1]).then(
          (file) => console.log(`run-code-server: saved ${displayPath(file)}`),
          (error: unknown) => console.log(`run-code-server: screenshot ${request[1]} failed: ${String(error)}`),
        );
      }
      if (options.verbose || !isWorkbenchNoise(line)) onLine(line);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code: unknown) => settle({ kind: 'exit', code: Number(code) || 0 }));

  const url = new URL(serverUrl);
  url.searchParams.set('folder', options.workspace);
  url.searchParams.set('payload', JSON.stringify(payload(url.host, options)));
  page.goto(url.href, { waitUntil: 'domcontentloaded' }).catch((error: unknown) => {
    settle({ kind: 'crash', message: `could not open the workbench: ${error instanceof Error ? error.message : String(error)}` });
  });

  const close = async (): Promise<void> => {
    const timer = new Promise<void>((wake) => setTimeout(wake, 5000).unref());
    await Promise.race([browser.close().catch(() => undefined), timer]);
  };
  return { page, outcome, screenshot, close };
}

function payload(authority: string, options: WorkbenchOptions): Array<[string, string]> {
  const remote = (path: string): string => `vscode-remote://${authority}${path.split('/').map(encodeURIComponent).join('/')}`;
  return [
    ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(options.extensionTestsPath)],
    // Read by VS Code's web workbench, though code-server 4.100.3 drops it (see webKindSettings).
    ...(options.web ? [['extensionDevelopmentKind', 'web'] as [string, string]] : []),
    ['skipWelcome', 'true'],
  ];
}

/** Written under a temporary name first, so a test polling for the file never sees half a PNG. */
async function takeScreenshot(page: Page, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  const partial = join(dir, `.${name}.png.partial`);
  await page.screenshot({ path: partial, type: 'png', timeout: 8000 });
  renameSync(partial, file);
  return file;
}
