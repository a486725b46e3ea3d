// Provisions the real VS Code that the integration suite runs in: code-server (VS Code 1.100.3
// server + web workbench) installed from npm into a git-ignored cache folder, never a project
// dependency. Works offline but for the npm registry: Debian's ripgrep stands in for the
// download that @vscode/ripgrep would make. Reused when the cached install checks out.
// Run alone with `tsx test/runner/provision.ts` to warm the cache.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Relative to the working folder when inside it, else absolute. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' ? '.' : shown.startsWith('..') ? path : shown;
}

const log = (message: string): void => console.log(`provision: ${message}`);

/** Files that only exist once code-server's postinstall (its nested VS Code install) has run. */
const postinstallMarkers = [
  'lib/vscode/node_modules.asar',
  'lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'lib/vscode/extensions/node_modules',
];

export class ProvisionError extends Error {}

/** Returns the path of a working code-server binary, installing it first when needed. */
export async function provisionCodeServer(cacheRoot = join(repoRoot, '.vscode-test')): Promise<string> {
  const started = Date.now();
  ensureSystemDeps();
  const folder = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
  const binary = join(folder, 'node_modules/.bin/code-server');
  const packageDir = join(folder, 'node_modules/code-server');
  const healthy = (): boolean => missingMarkers(packageDir).length === 0 && reportsVersion(binary, folder);
  if (healthy()) {
    log(`code-server ${CODE_SERVER_VERSION} reused from ${displayPath(folder)} (${seconds(started)})`);
    return binary;
  }
  packRipgrepForOfflineInstall();
  mkdirSync(folder, { recursive: true });
  // Without its own package.json, npm would walk up and install into the project itself.
  const manifest = join(folder, 'package.json');
  if (!existsSync(manifest))
    writeFileSync(manifest, '{ "private": true, "description": "cache for test/runner; not a project dependency" }\n');
  const logFile = join(folder, 'install.log');
  log(`installing code-server ${CODE_SERVER_VERSION} into ${displayPath(folder)} (a few minutes; log: ${displayPath(logFile)})`);
  await npm(['install', `code-server@${CODE_SERVER_VERSION}`], folder, logFile);
  if (!healthy()) {
    // Some install scripts did not run (an npm that blocks unreviewed ones, an interrupted
    // install): code-server's postinstall or argon2's native build, which --version loads.
    log('install scripts did not all run; running `npm rebuild`');
    await npm(['rebuild'], folder, logFile);
  }
  const missing = missingMarkers(packageDir);
  if (missing.length > 0)
    throw new ProvisionError(`code-server install is incomplete (missing ${missing.join(', ')}); see ${logFile}\n${tail(logFile)}`);
  if (!reportsVersion(binary, folder)) throw new ProvisionError(`${binary} does not report version ${CODE_SERVER_VERSION}; see ${logFile}`);
  log(`code-server ${CODE_SERVER_VERSION} installed (${seconds(started)})`);
  return binary;
}

function ensureSystemDeps(): void {
  const result = spawnSync('bash', [join(repoRoot, 'scripts/ensure-system-deps.sh')], { stdio: 'inherit' });
  // The script has already said, in one line, what to run.
  if (result.status !== 0) throw new ProvisionError('system packages are missing (see above)');
}

/** @vscode/ripgrep 1.15.11 looks in this cache before downloading from GitHub, which is unreachable here. */
function packRipgrepForOfflineInstall(): void {
  const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new ProvisionError('ripgrep (rg) is not on PATH; run scripts/ensure-system-deps.sh');
  mkdirSync(cache, { recursive: true });
  const partial = `${archive}.partial`;
  const tar = spawnSync('tar', ['-czf', partial, '-C', dirname(rg), 'rg'], { encoding: 'utf8' });
  if (tar.status !== 0) throw new ProvisionError(`could not pack ${rg}: ${tar.stderr}`);
  renameSync(partial, archive);
  log(`packed ${rg} as ${archive}`);
}

function npm(args: string[], cwd: string, logFile: string): Promise<void> {
  const env = {
    ...process.env,
    npm_config_yes: 'true',
    // code-server's postinstall refuses to run as root without it (npm 11 warns it is unknown).
    npm_config_unsafe_perm: 'true',
    // npm 11's allowScripts policy: code-server's postinstall runs a nested `npm install` in
    // lib/vscode whose native modules (node-pty, spdlog, kerberos, @vscode/ripgrep...) need their
    // install scripts, and that nested project's package.json is not ours to annotate. An
    // `allow-scripts` list is rejected in project-scoped installs, so the cache folder opts out of
    // the policy for this one pinned package; the markers above check that the scripts ran.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_foreground_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  return new Promise((resolvePromise, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`\n$ npm ${args.join(' ')}\n`);
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', reject);
    child.on('close', (code) => {
      out.end(() => {
        if (code === 0) resolvePromise();
        else reject(new ProvisionError(`npm ${args.join(' ')} failed with code ${code}; see ${logFile}\n${tail(logFile)}`));
      });
    });
  });
}

function missingMarkers(packageDir: string): string[] {
  return postinstallMarkers.filter((marker) => !existsSync(join(packageDir, marker)));
}

function reportsVersion(binary: string, folder: string): boolean {
  if (!existsSync(binary)) return false;
  // Keeps code-server from writing a default config into ~/.config and logs into ~/.local/share.
  const env = { ...process.env, CODE_SERVER_CONFIG: join(folder, 'config.yaml'), XDG_DATA_HOME: join(folder, 'data') };
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8', env, timeout: 30_000 });
  return result.status === 0 && result.stdout.split('\n').some((line) => line.startsWith(`${CODE_SERVER_VERSION} `));
}

function tail(file: string, lines = 20): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '';
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  provisionCodeServer().then(
    (binary) => console.log(binary),
    (error: unknown) => {
      console.error(`provision: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
