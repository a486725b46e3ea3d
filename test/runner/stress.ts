// Runs the real-VS-Code integration suite several times while every core is kept busy by
// CPU hogs this script starts, to show the suite waits on events and not on luck. The hogs
// are always stopped: at the end, on failure, on SIGINT/SIGTERM, and (as each hog watches
// its parent) even when this script is killed outright. Prints one line per run and a
// summary with the load average; exits 0 only if every run passed.
// Usage: tsx test/runner/stress.ts [--runs N] [--hogs N] [-- run-code-server options]
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closingLinePattern } from './results.js';
import { repoRoot } from './provision.js';

const say = (message: string): void => console.log(`stress: ${message}`);
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// A busy loop that checks, between bursts, that the process that started it is still there.
const HOG = `const parent = process.ppid; for (;;) { for (let i = 0; i < 5e6; i++); if (process.ppid !== parent) process.exit(0); }`;

const hogs: ChildProcess[] = [];
let suite: ChildProcess | undefined;

function startHogs(count: number): void {
  for (let i = 0; i < count; i++) hogs.push(spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' }));
}

/** Synchronous, so it also runs from the 'exit' handler. */
function stopHogs(): void {
  for (const hog of hogs.splice(0)) if (hog.exitCode === null && hog.signalCode === null) hog.kill('SIGKILL');
}

interface RunResult {
  code: number;
  seconds: number;
  closing: string;
  loadAfter: string;
}

function runSuite(index: number, extraArgs: string[], logDir: string): Promise<RunResult> {
  const log = createWriteStream(join(logDir, `run-${index}.log`));
  const start = Date.now();
  return new Promise((resolveRun) => {
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    suite = spawn(process.execPath, [tsx, join(repoRoot, 'test', 'runner', 'run-code-server.ts'), ...extraArgs], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let closing = '(no closing line)';
    let pending = '';
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (closingLinePattern.test(line.trim())) closing = line.trim();
        // Failures are worth seeing as they happen; the rest is in the log.
        if (line.trimStart().startsWith('✗ ')) console.log(`  run ${index}: ${line.trim()}`);
      }
    };
    suite.stdout?.on('data', onData);
    suite.stderr?.on('data', (chunk: Buffer) => log.write(chunk));
    suite.on('close', (code, signal) => {
      suite = undefined;
      log.end();
      resolveRun({ code: code ?? (signal ? 128 : 1), seconds: (Date.now() - start) / 1000, closing, loadAfter: load() });
    });
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { runs: { type: 'string' }, hogs: { type: 'string' } },
    allowPositionals: true,
  });
  const runs = Number(values.runs ?? process.env.CAREER_ARTICLES_STRESS_RUNS ?? 5);
  const hogCount = Number(values.hogs ?? availableParallelism());
  for (const [name, value] of [
    ['--runs', runs],
    ['--hogs', hogCount],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`Unexpected ${name} \`${value}\`, expected a whole number`);
  }
  const logDir = join(repoRoot, 'artifacts', 'stress');
  mkdirSync(logDir, { recursive: true });

  say(`${runs} runs of the integration suite with ${hogCount} CPU hogs; load average before: ${load()}`);
  startHogs(hogCount);
  const results: RunResult[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const result = await runSuite(i, positionals, logDir);
      results.push(result);
      say(
        `run ${i}/${runs}: ${result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`}, ${result.closing}, ${result.seconds.toFixed(1)} s, load average ${result.loadAfter}`,
      );
    }
  } finally {
    stopHogs();
  }
  const passed = results.filter((r) => r.code === 0).length;
  const seconds = results.map((r) => r.seconds);
  say(
    `${passed} of ${runs} runs passed; ${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)} s per run; logs in ${logDir}`,
  );
  return passed === runs ? 0 : 1;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    say(`${signal}: stopping the hogs and the suite`);
    stopHogs();
    // The suite's launcher stops code-server and Chromium on its own signal handler.
    suite?.kill(signal);
    if (suite) suite.once('close', () => process.exit(code));
    else process.exit(code);
  });
}
process.on('exit', stopHogs);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    stopHogs();
    say(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
