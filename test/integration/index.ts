// The tests module that VS Code loads into its extension host (extensionTestsPath). Bundled
// to dist/test/integration/index.cjs, it runs every *.test.cjs bundled beside it with Mocha
// (bdd: describe/it) and reports through console.log, which the workbench forwards to the
// launcher: one line per test, then `N passed, N failed` (`, N skipped` when some were).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as mochaModule from 'mocha';

type MochaConstructor = typeof import('mocha');

/** Mocha 12 is ESM, reached through require(esm): the class may sit on `Mocha`, `default` or the module itself. */
function mochaConstructor(): MochaConstructor {
  const loaded = mochaModule as unknown as Record<string, unknown>;
  const candidates = [loaded.Mocha, loaded.default, (loaded.default as Record<string, unknown> | undefined)?.default, loaded];
  const found = candidates.find((candidate) => typeof candidate === 'function');
  if (!found) throw new Error('Unexpected `mocha` module: no Mocha constructor in it');
  return found as MochaConstructor;
}

export async function run(): Promise<void> {
  const Mocha = mochaConstructor();
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.cjs'))
    .sort()
    .map((file) => join(__dirname, file));
  if (files.length === 0) throw new Error(`No *.test.cjs files in ${__dirname}: was the suite built?`);

  // Mocha only calls `new reporter(runner, options)`; it needs no reporters.Base behind it.
  const reporter = ConsoleReporter as unknown as Mocha.ReporterConstructor;
  // CAREER_ARTICLES_GREP (inherited through code-server) runs only the tests whose titles match, for quick checks.
  const grep = process.env.CAREER_ARTICLES_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter, ...(grep && { grep }) });
  for (const file of files) mocha.addFile(file);
  try {
    await mocha.loadFilesAsync();
  } catch (error) {
    console.log(`✗ loading the test files failed\n${indent(error instanceof Error ? (error.stack ?? error.message) : String(error), 2)}`);
    console.log('0 passed, 1 failed');
    // Short: VS Code prints the rejection too, and the stack is above.
    throw new Error('loading the test files failed', { cause: error });
  }
  const failures = await new Promise<number>((resolveRun) => mocha.run(resolveRun));
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
}

/**
 * Spec-style, through console.log: that is what reaches the launcher (Mocha's own reporters
 * write to process.stdout). Suite titles come first, so a hung test's suite is on screen.
 */
// Mocha instantiates reporters with `new`; the constructor subscribes to the runner's events.
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class ConsoleReporter {
  constructor(runner: Mocha.Runner) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let depth = 0;
    const say = (text: string): void => console.log(indent(text, depth));
    runner.on('suite', (suite) => {
      if (!suite.root) say(suite.title);
      depth += suite.root ? 0 : 1;
    });
    runner.on('suite end', (suite) => {
      depth -= suite.root ? 0 : 1;
    });
    runner.on('pass', (test) => {
      passed += 1;
      say(`✓ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test, error: Error) => {
      failed += 1;
      say(`✗ ${test.title}`);
      console.log(indent(error.stack ?? String(error), depth + 2));
    });
    runner.on('pending', (test) => {
      skipped += 1;
      say(`- ${test.title} (skipped)`);
    });
    runner.once('end', () => {
      console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
    });
  }
}

function indent(text: string, depth: number): string {
  return text
    .split('\n')
    .map((line) => `${'  '.repeat(depth)}${line}`)
    .join('\n');
}
