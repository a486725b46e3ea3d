// Runs a Node script as a child process, the way a user runs it, and measures it: wall
// time, CPU time and peak resident memory (reported from inside the child by rss.cjs,
// so the numbers are the child's own, worker threads included, and not this runner's).
// The kernel's count of the child's CPU time (the cutime/cstime this process gains when it
// reaps the child, from /proc/self/stat) is kept beside it: it includes Node's exit, after
// rss.cjs wrote its figures. Both outputs are kept, so the caller can check the work done.
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
  /** The children's CPU time the kernel charged to this process for the run; NaN without /proc. */
  kernelCpuMs: number;
  /** The first lines of stderr, for reports of failures. */
  stderr: string;
  /** The whole outputs (up to OUTPUT_LIMIT each), for the caller's sanity checks. */
  output: { stdout: string; stderr: string };
  timedOut: boolean;
}

const OUTPUT_LIMIT = 256 * 2 ** 20;
/** USER_HZ: Linux reports process times in ticks of 1/100 s on every architecture Node runs on. */
const TICK_MS = 10;

/** CPU time of this process's reaped children so far (ms), or NaN when /proc is not there. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after "(comm) ": state is field 3, so cutime (16) and cstime (17) sit at 13 and 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return NaN;
  }
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
  const kernelBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', RSS, script, ...args], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (output.stdout.length < OUTPUT_LIMIT) output.stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (output.stderr.length < OUTPUT_LIMIT) output.stderr += chunk;
  });
  let timedOut = false;
  const timer = options.timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), options.timeoutMs) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      const kernelCpuMs = childrenCpuMs() - kernelBefore;
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
        kernelCpuMs,
        stderr: output.stderr.slice(0, 4000).split('\n').slice(0, 5).join('\n'),
        output,
        timedOut,
      });
    });
  });
}
