// Tests the packaged artefact, not the working tree: builds career-articles.vsix (or takes the
// one given), installs it with code-server's own CLI into a fresh extensions folder, starts
// code-server on that folder and runs test/vsix/index.ts in its Node extension host. The
// payload needs an extensionDevelopmentPath; it names an empty stand-in extension generated in
// the run's temp folder, so the career-articles extension VS Code finds is the installed one.
// Ends with `N passed, N failed`; exits non-zero on any failure.
// Usage: tsx test/runner/run-vsix.ts [--vsix FILE] [--timeout SECONDS] [--verbose]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { startCodeServer, tail, type CodeServer } from './code-server.js';
import { displayPath, provisionCodeServer, repoRoot } from './provision.js';
import { SuiteResults } from './results.js';
import { expectedVsixFiles, vsixFileDifferences } from './vsix-files.js';
import { runLauncher, type RunState } from './lifecycle.js';
import { openWorkbench, type Outcome, type Workbench } from './workbench.js';

const say = (message: string): void => console.log(`run-vsix: ${message}`);
const since = (start: number): string => `${((Date.now() - start) / 1000).toFixed(1)} s`;
const usage = `Usage: tsx test/runner/run-vsix.ts [options]
  --vsix <file>        test this .vsix instead of building one with \`npm run package\`
                       (which is followed by \`node esbuild.mjs\`, restoring the dev bundles in dist/)
  --timeout <seconds>  limit for install, server start and suite (default: 300)
  --verbose            also print the workbench page's console and code-server's output`;

let server: CodeServer | undefined;
let workbench: Workbench | undefined;
let stopping: Promise<void> | undefined;
const state: RunState = { interrupted: false };

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    await workbench?.close();
    await server?.stop();
  })();
  return stopping;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      vsix: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const timeoutMs = Number(values.timeout) * 1000;
  if (!(timeoutMs > 0)) throw new Error(`Unexpected timeout \`${values.timeout}\`, expected a positive number of seconds`);
  const verbose = values.verbose ?? false;
  const binary = await provisionCodeServer();
  const vsix = values.vsix ? resolve(values.vsix) : packageVsix();
  describeVsix(vsix);
  const differences = vsixFileDifferences(vsixFiles(vsix), expectedVsixFiles(repoRoot));
  if (differences.length > 0) {
    for (const line of differences) say(line);
    say('1 failed: the .vsix holds exactly the expected files');
    return 1;
  }
  say('the .vsix holds exactly the expected files');

  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  deadline.catch(() => undefined);

  const runDir = mkdtempSync(join(tmpdir(), 'career-articles-vsix-'));
  const extensionsDir = join(runDir, 'extensions');
  const installedPath = installVsix(binary, vsix, extensionsDir, runDir);
  say(`installed into ${installedPath} (${since(start)})`);
  const harness = await prepareHarness(join(runDir, 'harness'));
  const workspace = join(runDir, 'workspace');
  mkdirSync(workspace);

  server = await startCodeServer(
    binary,
    workspace,
    // code-server's environment reaches the extension host: the suite learns what to expect.
    { ...process.env, CAREER_ARTICLES_VSIX_INSTALLED: installedPath, CAREER_ARTICLES_REPO_ROOT: repoRoot },
    { verbose, deadline, extensionsDir },
  );
  say(`code-server ${server.url} ready in ${since(start)}`);

  const results = new SuiteResults();
  const suiteStart = Date.now();
  workbench = await openWorkbench(server.url, { ...harness, workspace, web: false, screenshotsDir: undefined, verbose }, (line) => {
    if (results.observe(line)) console.log(line);
  });
  const outcome: Outcome = await Promise.race([
    workbench.outcome,
    server.hostKilled.then((how): Outcome => ({ kind: 'crash', message: `${how} before the suite finished` })),
    server.exited.then((how): Outcome => ({ kind: 'crash', message: `${how} before the suite finished` })),
    deadline.catch((error: unknown): Outcome => ({
      kind: 'crash',
      message: `${error instanceof Error ? error.message : String(error)} waiting for the suite to finish`,
    })),
  ]);
  clearTimeout(timer);
  if (state.interrupted) await new Promise<never>(() => {});
  if (outcome.kind === 'exit') await Promise.race([results.closed, new Promise((wake) => setTimeout(wake, 1000))]);
  const succeeded = outcome.kind === 'exit' && outcome.code === 0 && results.reportedNoFailures();
  say(outcome.kind === 'exit' ? `suite exited with code ${outcome.code} after ${since(suiteStart)}` : outcome.message);
  await stopAll();
  if (succeeded) {
    rmSync(server.runDir, { recursive: true, force: true });
    rmSync(runDir, { recursive: true, force: true });
  } else {
    if (outcome.kind === 'crash') console.log(tail(server.logFile));
    say(`kept for inspection: ${server.runDir} (code-server and VS Code logs), ${runDir} (extensions, harness)`);
  }
  for (const line of results.finish(succeeded)) console.log(line);
  return succeeded ? 0 : 1;
}

/** `npm run package` (a --production build of dist/), then the dev build again so dist/ has its source maps back. */
function packageVsix(): string {
  const run = (command: string, args: string[]): void => {
    say(`$ ${command} ${args.join(' ')}`);
    const result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `code ${result.status}`})`);
  };
  try {
    run('npm', ['run', 'package']);
  } finally {
    run('node', ['esbuild.mjs']);
  }
  return join(repoRoot, 'career-articles.vsix');
}

interface ZipEntry {
  name: string;
  size: number;
}

/** The names and sizes in a zip's central directory (a .vsix is a zip; no zip64 at these sizes). */
function zipEntries(file: string): ZipEntry[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i -= 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file} has a damaged central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The files (not folders) of a .vsix, by their names inside it. */
function vsixFiles(vsix: string): string[] {
  return zipEntries(vsix)
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => entry.name);
}

function describeVsix(vsix: string): void {
  const files = zipEntries(vsix).filter((entry) => !entry.name.endsWith('/'));
  const unpacked = files.reduce((sum, entry) => sum + entry.size, 0);
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
  const largest = [...files].sort((a, b) => b.size - a.size).slice(0, 3);
  say(`${displayPath(vsix)}: ${mb(statSync(vsix).size)} (${mb(unpacked)} unpacked), ${files.length} files`);
  say(`largest: ${largest.map((entry) => `${entry.name.replace(/^extension\//, '')} ${mb(entry.size)}`).join(', ')}`);
}

/** Installs with `code-server --install-extension` (offline for a local file); returns the installed folder. */
function installVsix(binary: string, vsix: string, extensionsDir: string, runDir: string): string {
  mkdirSync(extensionsDir, { recursive: true });
  const args = ['--extensions-dir', extensionsDir, '--user-data-dir', join(runDir, 'install-user-data'), '--install-extension', vsix];
  const result = spawnSync(binary, args, {
    encoding: 'utf8',
    // As for the server: keep code-server's config and logs out of the home folder.
    env: { ...process.env, CODE_SERVER_CONFIG: join(runDir, 'config.yaml'), XDG_DATA_HOME: join(runDir, 'data') },
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0)
    throw new Error(`code-server --install-extension failed (${result.error?.message ?? `code ${result.status}`}):\n${output}`);
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };
  const id = `${manifest.publisher}.${manifest.name}`;
  const folders = readdirSync(extensionsDir).filter((name) => name.startsWith(`${id}-`));
  if (folders.length !== 1) throw new Error(`expected one ${id}-* folder in ${extensionsDir}, found ${folders.length}:\n${output}`);
  return join(extensionsDir, folders[0]!);
}

/** The stand-in development extension (a manifest, nothing to activate) holding the bundled tests module. */
async function prepareHarness(dir: string): Promise<{ extensionDevelopmentPath: string; extensionTestsPath: string }> {
  mkdirSync(dir, { recursive: true });
  // `version` too: VS Code's scanner drops a manifest without one.
  const manifest = { name: 'vsix-test-harness', publisher: 'career-articles-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const tests = join(dir, 'index.cjs');
  await build({
    entryPoints: [join(repoRoot, 'test/vsix/index.ts')],
    outfile: tests,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { extensionDevelopmentPath: dir, extensionTestsPath: tests };
}

runLauncher(main, state, stopAll, () => server?.killNow(), say);
