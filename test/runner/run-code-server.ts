// Runs the extension's Mocha integration suite inside a real VS Code: code-server (VS Code
// 1.100.3 server and extension host) driven by headless Debian Chromium. Prints the suite's
// log as it arrives, ends with `N passed, N failed` and exits with the suite's code.
// Whatever happens (success, failure, timeout, crash, SIGINT/SIGTERM), code-server's whole
// process group and the browser are stopped. Usage: tsx test/runner/run-code-server.ts --help
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startCodeServer, tail, type CodeServer } from './code-server.js';
import { parseRunOptions, usage, type RunOptions } from './options.js';
import { displayPath, provisionCodeServer } from './provision.js';
import { SuiteResults } from './results.js';
import { runLauncher, type RunState } from './lifecycle.js';
import { openWorkbench, type Outcome, type Workbench } from './workbench.js';

const say = (message: string): void => console.log(`run-code-server: ${message}`);
const since = (start: number): string => `${((Date.now() - start) / 1000).toFixed(1)} s`;

let server: CodeServer | undefined;
let workbench: Workbench | undefined;
let stopping: Promise<void> | undefined;
const state: RunState = { interrupted: false };

/** Idempotent: the normal end, a signal and an error path may all ask for it. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await workbench?.close();
    await server?.stop();
  })();
  return stopping;
}

async function main(): Promise<number> {
  const options = parseRunOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  for (const [what, path] of [
    ['extension manifest', join(options.extensionDevelopmentPath, 'package.json')],
    ['tests module', options.extensionTestsPath],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${what} ${path} does not exist; run \`npm run build\` first`);
  }
  if (options.web && relative(options.extensionDevelopmentPath, options.extensionTestsPath).startsWith('..')) {
    // VS Code runs a tests file outside every extension in the Node host, whatever the kind.
    throw new Error(`with --web the tests file must be inside ${options.extensionDevelopmentPath}`);
  }
  mkdirSync(options.workspace, { recursive: true });
  if (options.screenshots) clearScreenshots(options.screenshotsDir);
  const binary = await provisionCodeServer();

  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  });
  deadline.catch(() => undefined);
  server = await startCodeServer(binary, options.workspace, suiteEnv(options), {
    verbose: options.verbose,
    deadline,
    settings: options.web ? webKindSettings(options.extensionDevelopmentPath) : {},
  });
  say(`code-server ${server.url} ready in ${since(start)}${options.web ? ' (web extension host)' : ''}`);

  const results = new SuiteResults();
  const suiteStart = Date.now();
  workbench = await openWorkbench(
    server.url,
    { ...options, screenshotsDir: options.screenshots ? options.screenshotsDir : undefined },
    (line) => {
      if (results.observe(line)) console.log(line);
    },
  );
  const outcome: Outcome = await Promise.race([
    workbench.outcome,
    server.hostKilled.then((how): Outcome => ({ kind: 'crash', message: `${how} before the suite finished` })),
    server.exited.then((how): Outcome => ({ kind: 'crash', message: `${how} before the suite finished` })),
    deadline.catch((error: unknown): Outcome => ({
      kind: 'crash',
      message: `${error instanceof Error ? error.message : String(error)} waiting for the suite to finish (a hung test or extension host?)`,
    })),
  ]);
  clearTimeout(timer);
  // The signal handler is already stopping everything and will exit with its own code.
  if (state.interrupted) await new Promise<never>(() => {});
  // Console messages and the exit code travel separately: give the closing line a moment to land.
  if (outcome.kind === 'exit') await Promise.race([results.closed, new Promise((wake) => setTimeout(wake, 1000))]);
  const succeeded = outcome.kind === 'exit' && outcome.code === 0 && results.reportedNoFailures();
  if (outcome.kind === 'exit') say(`suite exited with code ${outcome.code} after ${since(suiteStart)}`);
  else say(outcome.message);
  if (outcome.kind === 'exit' && outcome.code === 0 && !succeeded) {
    // The workbench also reports 0 when the extension host died before run() settled.
    say('but the suite never printed its closing `N passed, N failed` line: did the extension host crash?');
  }
  if (!succeeded && options.screenshots) {
    await workbench.screenshot('run-failure').then(
      (file) => say(`saved ${displayPath(file)}`),
      () => undefined,
    );
  }
  await stopAll();
  if (succeeded) rmSync(server.runDir, { recursive: true, force: true });
  else {
    if (outcome.kind === 'crash') {
      say('last lines of code-server.log:');
      console.log(tail(server.logFile).replace(/^\n+/, ''));
    }
    say(`code-server log and VS Code logs kept in ${server.runDir}`);
  }
  for (const line of results.finish(succeeded)) console.log(line);
  return succeeded ? 0 : outcome.kind === 'exit' && outcome.code !== 0 ? outcome.code : 1;
}

/** code-server's environment reaches the extension host, which is how the tests learn about screenshots. */
function suiteEnv(options: RunOptions): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CAREER_ARTICLES_SCREENSHOTS;
  delete env.CAREER_ARTICLES_SCREENSHOTS_DIR;
  if (options.screenshots) {
    env.CAREER_ARTICLES_SCREENSHOTS = '1';
    env.CAREER_ARTICLES_SCREENSHOTS_DIR = options.screenshotsDir;
  }
  return env;
}

/**
 * code-server 4.100.3's web workbench ignores the payload's extensionDevelopmentKind (its
 * environment service names it extensionDevelopmentLocationKind), so an extension with a `main`
 * would run in the Node host. The user setting remote.extensionKind does move it to the web worker.
 */
function webKindSettings(extensionPath: string): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8')) as { publisher?: string; name?: string };
  return { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } };
}

function clearScreenshots(dir: string): void {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) if (file.endsWith('.png')) rmSync(join(dir, file));
}

runLauncher(main, state, stopAll, () => server?.killNow(), say);
