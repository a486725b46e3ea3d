// One code-server per run: a free port, a fresh user-data and extensions folder under the OS
// temp dir, and its own process group so that stopping it also ends the extension hosts and
// other helpers it forked.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface CodeServer {
  url: string;
  port: number;
  /** Temp folder holding user data, extensions and code-server.log; removed by the caller. */
  runDir: string;
  logFile: string;
  /** Settles when the process exits, with a sentence saying how. */
  exited: Promise<string>;
  /** Settles when an extension host is killed by a signal (a crash, an out-of-memory abort). */
  hostKilled: Promise<string>;
  stop(): Promise<void>;
  /** Synchronous last resort for process 'exit' handlers. */
  killNow(): void;
}

const userSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // The fixture workspace sits inside this repository: keep the Git prompt out of the pictures.
  'git.openRepositoryInParentFolders': 'never',
  'workbench.tips.enabled': false,
};

export async function startCodeServer(
  binary: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
  options: {
    verbose: boolean;
    deadline: Promise<never>;
    settings?: Record<string, unknown>;
    /** An extensions folder the caller prepared (run-vsix.ts installs the .vsix there); default: a fresh empty one. */
    extensionsDir?: string;
  },
): Promise<CodeServer> {
  const port = await freePort();
  const runDir = mkdtempSync(join(tmpdir(), 'career-articles-vscode-'));
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(runDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), `${JSON.stringify({ ...userSettings, ...options.settings }, null, 2)}\n`);
  const logFile = join(runDir, 'code-server.log');
  const args = [
    ...['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    ...['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
    workspace,
  ];
  // Keep code-server's own files out of the home folder: the default config (with a password)
  // it would write to ~/.config, its heartbeat and logs under ~/.local/share.
  const child = spawn(binary, args, {
    env: { ...env, CODE_SERVER_CONFIG: join(runDir, 'config.yaml'), XDG_DATA_HOME: join(runDir, 'data') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(logFile);
  let reportHostKilled: (how: string) => void = () => {};
  const hostKilled = new Promise<string>((resolveKilled) => (reportHostKilled = resolveKilled));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(out, { end: false });
    createInterface({ input: stream }).on('line', (line) => {
      if (options.verbose) console.log(`[code-server] ${line}`);
      // A host that ends normally exits with a code; one that is killed has a signal.
      const exit = /Extension Host Process exited with code: (\S+), signal: (\S+)\./.exec(line);
      if (exit && exit[2] !== 'null') reportHostKilled(`the extension host was killed (${exit[2]})`);
    });
  }
  watchForOrphaning(child);
  const exited = new Promise<string>((resolveExit) => {
    child.on('error', (error) => resolveExit(`code-server could not start: ${error.message}`));
    child.on('exit', (code, signal) => resolveExit(`code-server exited (${signal ?? `code ${code}`})`));
  });
  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    url,
    port,
    runDir,
    logFile,
    exited,
    hostKilled,
    stop: () => stopGroup(child, exited),
    killNow: () => signalGroup(child, 'SIGKILL'),
  };
  const polling = new AbortController();
  try {
    await Promise.race([
      waitForHttp(`${url}/healthz`, polling.signal),
      exited.then((how) => Promise.reject(new Error(how))),
      options.deadline,
    ]);
  } catch (error) {
    await server.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason} before answering on ${url}\n${tail(logFile)}`, { cause: error });
  } finally {
    polling.abort();
  }
  return server;
}

export function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url: string, stop: AbortSignal): Promise<void> {
  while (!stop.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

/**
 * If this process dies without cleaning up (SIGKILL, a crash), a watcher outside both
 * process groups kills code-server's group within a second. (Chromium exits by itself when
 * its debugging pipe closes.)
 */
function watchForOrphaning(child: ChildProcess): void {
  if (child.pid === undefined) return;
  // dash's kill: a negative pid right after the signal, no `--`.
  const script = 'while kill -0 "$0" 2>/dev/null; do sleep 1; done; kill -KILL "-$1" 2>/dev/null';
  spawn('sh', ['-c', script, String(process.pid), String(child.pid)], { detached: true, stdio: 'ignore' }).unref();
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the whole group, then SIGKILL after 5 s; also SIGKILLs stragglers of a group whose leader exited. */
async function stopGroup(child: ChildProcess, exited: Promise<string>): Promise<void> {
  signalGroup(child, 'SIGTERM');
  const timer = new Promise<void>((wake) => setTimeout(wake, 5000).unref());
  await Promise.race([exited, timer]);
  signalGroup(child, 'SIGKILL');
}
