// Small runs lint small files in the CLI's main thread instead of a worker (src/cli/in-thread.ts),
// and keep a worker's guarantees: a file that would hang is interrupted and reported (or
// handed to a worker with the full limit), the findings are the ones a worker gives, and a
// tight memory limit still sends every file to a worker. Runs the built dist/cli.js.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cleanText, caseFolders, write } from '../fixtures/cli/harness.js';
import { withinBudget } from '../../src/cli/in-thread.js';

const temp = caseFolders();
after(() => temp.remove());
const folder = temp.next;

/** A lint run with its debug line; killed (and failed) if it hangs. */
function lint(cwd: string, files: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...files], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(result.signal, null, 'the CLI hung');
  const debug = /linted by (\d+) workers(?: \((\d+) of them in the main thread\))?/.exec(result.stderr);
  assert.ok(debug, result.stderr);
  const entries = JSON.parse(result.stdout) as Array<{ file: string; error?: string; findings: unknown[] }>;
  return { code: result.status, entries, workers: Number(debug[1]), inThread: Number(debug[2] ?? 0) };
}

/** Deeply nested block quotes: micromark needs minutes for 60 KB of them. */
const SLOW = `# A vs. B\n\n${'>'.repeat(60_000)}`;

describe('withinBudget', () => {
  test('interrupts synchronous code that runs past the budget, and the thread goes on', () => {
    let spins = 0;
    const start = Date.now();
    // Ends by itself after 20 s, so a broken budget fails the test instead of hanging it.
    const result = withinBudget(() => {
      while (Date.now() - start < 20_000) spins++;
    }, 50);
    assert.deepEqual(result, { done: false });
    assert.ok(spins > 0);
    assert.deepEqual(
      withinBudget(() => 42, 1000),
      { done: true, value: 42 },
    );
  });

  test("passes the work's own errors on unchanged", () => {
    const error = new TypeError('broken rule');
    assert.throws(
      () =>
        withinBudget(() => {
          throw error;
        }, 1000),
      (thrown) => thrown === error,
    );
  });
});

describe('career-articles lint in the main thread', () => {
  test('a slow small file is stopped at the time limit and reported; the other file is linted', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    write(dir, 'slow.md', SLOW);
    // A limit under the main thread's budget (3 s): the main thread itself stops the file. Not
    // lower: a.md is the run's first lint, which loads the dataset and warms the engine, and on a
    // busy machine that took over 1 s of wall time (SLOW takes over 4 s even on an idle one).
    const run = lint(dir, ['a.md', 'slow.md'], { CAREER_ARTICLES_TIMEOUT: '2.5' });
    assert.deepEqual(
      run.entries.map((e) => [e.file, e.error]),
      [
        ['a.md', undefined],
        ['slow.md', 'took longer than 2.5 s, not linted'],
      ],
    );
    assert.equal(run.code, 2);
    assert.equal(run.workers, 0);
  });

  test('a file over the main thread’s budget goes to a worker, which stops it at the full limit', () => {
    const dir = folder();
    write(dir, 'slow.md', SLOW);
    write(dir, 'z.md', cleanText());
    const run = lint(dir, ['slow.md', 'z.md'], { CAREER_ARTICLES_TIMEOUT: '4' });
    assert.deepEqual(
      run.entries.map((e) => [e.file, e.error]),
      [
        ['slow.md', 'took longer than 4 s, not linted'],
        ['z.md', undefined],
      ],
    );
    assert.ok(run.workers >= 1, 'a worker took the file over');
  });

  test('the main thread finds exactly what workers find, and a tight memory limit keeps every file in workers', () => {
    const dir = folder();
    const fixtures = new URL('../fixtures/', import.meta.url).pathname;
    const names: string[] = [];
    for (const rule of readdirSync(fixtures)
      .filter((name) => !name.includes('.'))
      .slice(0, 12)) {
      for (const file of readdirSync(join(fixtures, rule)).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))) {
        const name = `${rule}-${file}`;
        write(dir, name, readFileSync(join(fixtures, rule, file), 'utf8'));
        names.push(name);
      }
    }
    assert.ok(names.length > 20);
    const here = lint(dir, names);
    const workers = lint(dir, names, { CAREER_ARTICLES_MAX_MEMORY_MB: '256' });
    assert.equal(workers.inThread, 0);
    assert.equal(workers.workers, 1);
    assert.ok(here.inThread > 0);
    assert.deepEqual(here.entries, workers.entries);
    assert.equal(here.code, workers.code);
  });
});
