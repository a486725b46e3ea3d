// Runs a Node script as a child process, the way a user runs it, and measures it: wall
// time, CPU time and peak resident memory (reported from inside the child by rss.cjs,
// so the numbers are the child's own, worker threads included, and not this runner's).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RSS = join(dirname(fileURLToPath(import.meta.url)), 'rss.cjs');

export interface Measured {
  code: number | null;
  signal: string | null;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  /** The first lines of stderr, for reports of failures. */
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Kill the child after this long (and report it as timed out). */
  timeoutMs?: number;
}

export function runMeasured(script: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const folder = mkdtempSync(join(tmpdir(), 'career-articles-bench-'));
  const file = join(folder, 'usage.json');
  const env = { ...process.env, NO_COLOR: '1', ...options.env, BENCH_RSS_FILE: file };
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', RSS, script, ...args], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString('utf8');
  });
  let timedOut = false;
  const timer = options.timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), options.timeoutMs) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      let usage = { maxRssKb: NaN, userUs: NaN, systemUs: NaN };
      try {
        usage = JSON.parse(readFileSync(file, 'utf8')) as typeof usage;
      } catch {
        /* killed: no usage written */
      }
      rmSync(folder, { recursive: true, force: true });
      resolve({
        code,
        signal,
        wallMs,
        cpuMs: (usage.userUs + usage.systemUs) / 1000,
        maxRssMb: usage.maxRssKb / 1024,
        stderr: stderr.split('\n').slice(0, 5).join('\n'),
        timedOut,
      });
    });
  });
}
