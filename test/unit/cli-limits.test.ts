// The CLI against input built to exhaust it (issue #12, items 1 to 7 and 12): memory, pipes
// and devices, huge or slow datasets, symlink loops, floods of errors, absurd settings, and
// configs that point outside their folder. Each run must end, with one line per problem
// naming the file, and lint whatever else it was given. Runs the built dist/cli.js.
// Every spawn has a time limit: a regression into a hang fails instead of blocking the suite.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cleanText, caseFolders, runCli, write, type JsonEntry } from '../fixtures/cli/harness.js';
import { capLines, limitsFromEnv } from '../../src/node/limits.js';

const temp = caseFolders();
const folder = temp.next;
after(() => temp.remove());

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** The CLI as a user runs it, stopped after `limitMs` (a hang is a failure, not a stuck suite). */
function run(args: string[], cwd: string, env: Record<string, string> = {}, limitMs = 120_000) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '', ...env },
    encoding: 'utf8',
    timeout: limitMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.signal, null, `the CLI was still running after ${limitMs} ms (killed with ${result.signal})`);
  assert.doesNotMatch(result.stderr, STACK_FRAME);
  assert.doesNotMatch(result.stderr, /FATAL ERROR|Maximum call stack/);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = run(['lint', '--format', 'json', ...args], cwd, env);
  return { ...result, entries: JSON.parse(result.stdout) as JsonEntry[] };
}

const mkfifo = (path: string) => {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo ${path}`);
};

describe('1. an article that exhausts a lint worker’s memory', () => {
  test('is one file error, "needs more than N MB of memory", and the other files are still linted', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    // A wide GFM table: every cell a salary figure, the tree and the claims many times the text.
    const columns = 1000;
    const rows = Array.from({ length: 100 }, () => `|${' $1 |'.repeat(columns)}`);
    write(
      dir,
      'wide.md',
      ['# A vs. B: What Are the Differences?', '', `|${'c|'.repeat(columns)}`, `|${'-|'.repeat(columns)}`, ...rows, ''].join('\n'),
    );
    write(dir, 'z.md', cleanText());
    const { code, entries } = json(['a.md', 'wide.md', 'z.md'], dir, { CAREER_ARTICLES_MAX_MEMORY_MB: '64' });
    assert.deepEqual(
      entries.map((e) => [e.file, e.error]),
      [
        ['a.md', undefined],
        ['wide.md', 'needs more than 64 MB of memory, not linted'],
        ['z.md', undefined],
      ],
    );
    assert.equal(code, 2);
  });
});

describe('2. datasets, configs and caches that are pipes or devices', () => {
  test('/dev/zero as --dataset is "a device, not a regular file", never read, and the run fails (exit 2, one line)', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    const { code, stderr } = run(['lint', '--dataset', '/dev/zero', 'a.md'], dir);
    // A CI job that names its dataset must not pass against the bundled data (issue #24, item 8).
    assert.equal(stderr, 'career-articles: cannot use the dataset named by --dataset: /dev/zero: a device, not a regular file\n');
    assert.equal(code, 2);
  });

  test('a FIFO as the config’s dataset, as the config and as the cache never blocks', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    mkfifo(join(dir, 'roles.json'));
    write(dir, '.career-articles.json', '{"dataset": "roles.json"}');
    const dataset = run(['lint', 'a.md'], dir, {}, 60_000);
    assert.match(dataset.stderr, /warning: roles\.json: a named pipe, not a regular file/);
    assert.equal(dataset.code, 0);

    mkfifo(join(dir, 'cache.json'));
    const cache = run(['lint', '--cache-location', 'cache.json', 'a.md'], dir, {}, 60_000);
    // Named with --cache-location, a pipe is refused before any lint (it is never written, never read).
    assert.match(cache.stderr, /cannot use cache\.json as the cache file: it is a named pipe, not a regular file/);
    assert.equal(cache.code, 2);

    const sub = join(dir, 'sub');
    mkdirSync(sub);
    write(sub, 'a.md', cleanText());
    mkfifo(join(sub, '.career-articles.json'));
    const config = run(['lint', 'a.md'], sub, {}, 60_000);
    assert.match(config.stderr, /invalid config file: \.career-articles\.json: a named pipe, not a regular file/);
    assert.equal(config.code, 2);
  });

  test('a FIFO named as an article is reported, not waited for', () => {
    const dir = folder();
    mkfifo(join(dir, 'pipe.md'));
    const { code, entries } = json(['pipe.md'], dir);
    assert.equal(entries[0]?.error, 'a named pipe, not a regular file, not linted');
    assert.equal(code, 2);
  });

  test('loading a dataset counts against the time limit like linting a file', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    const occupations = Array.from({ length: 20_000 }, (_, i) => ({
      soc: `x-${i}`,
      title: `Role ${i}`,
      year: 2024,
      wages: { mean: 50_000 + i },
    }));
    write(dir, 'roles.json', JSON.stringify({ occupations }));
    const { stderr } = run(['lint', '--dataset', 'roles.json', 'a.md'], dir, { CAREER_ARTICLES_TIMEOUT: '0.1' });
    assert.match(stderr, /cannot use the dataset named by --dataset: roles\.json: took longer than 0\.1 s/);
    // (The article itself may take longer than 0.1 s too; that is item 7's business.)
  });
});

describe('3. a dataset over the size limit', () => {
  test('is not read at all: 60 MB (sparse) is "larger than 50 MB"; the limit is CAREER_ARTICLES_MAX_DATASET_MB', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    write(dir, 'big.json', '');
    truncateSync(join(dir, 'big.json'), 60 * 1024 * 1024);
    const big = run(['lint', '--dataset', 'big.json', 'a.md'], dir);
    assert.match(big.stderr, /cannot use the dataset named by --dataset: big\.json: larger than 50 MB/);

    write(dir, 'small.json', JSON.stringify({ occupations: [], padding: 'x'.repeat(20_000) }));
    const small = run(['lint', '--dataset', 'small.json', 'a.md'], dir, { CAREER_ARTICLES_MAX_DATASET_MB: '0.01' });
    assert.match(small.stderr, /cannot use the dataset named by --dataset: small\.json: larger than 0\.01 MB/);
  });

  test('an article over CAREER_ARTICLES_MAX_FILE_MB (default 10) is a file error', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    const { code, entries } = json(['a.md'], dir, { CAREER_ARTICLES_MAX_FILE_MB: '0.001' });
    assert.equal(entries[0]?.error, 'larger than 0.001 MB, not linted');
    assert.equal(code, 2);
    assert.equal(limitsFromEnv({}).fileBytes, 10 * 1024 * 1024);
  });
});

describe('4. symlink loops in a linted folder', () => {
  test('are never followed: each file is linted once', () => {
    const dir = folder();
    mkdirSync(join(dir, 'a'));
    write(join(dir, 'a'), 'article.md', cleanText());
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync('../a', join(dir, 'a', 'self'));
    symlinkSync('.', join(dir, 'self'));
    const { code, entries } = json(['.'], dir);
    assert.deepEqual(
      entries.map((e) => e.file),
      [join('a', 'article.md')],
    );
    assert.equal(code, 0);
  });

  test('a symlinked file is linted once, under the first path found', () => {
    const dir = folder();
    write(dir, 'article.md', cleanText());
    symlinkSync('article.md', join(dir, 'alias.md'));
    const { entries } = json(['.', 'article.md'], dir);
    assert.equal(entries.length, 1);
  });

  test('a loop named on the command line is said to be one, not a missing file', () => {
    const dir = folder();
    symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
    const run = runCli(['lint', 'loop-a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'career-articles: cannot read loop-a.md: a symbolic link loop\n');
  });
});

describe('5. a CSV dataset with 130,000 bad rows', () => {
  test('prints 20 warnings and "... and 129,980 more", without a stack overflow', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    const rows = Array.from({ length: 130_000 }, (_, i) => `11-${String(i % 10_000).padStart(4, '0')},Role ${i},abc`);
    write(dir, 'bad.csv', ['soc_code,title,annual_mean', ...rows, ''].join('\n'));
    // Named by the config (a warning each; --dataset would end the run at the first).
    write(dir, '.career-articles.json', '{"dataset": "bad.csv"}');
    const { code, stderr } = run(['lint', 'a.md'], dir);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.length, 22, stderr.slice(0, 2000));
    assert.match(lines[0]!, /^career-articles: warning: bad\.csv:2: annual_mean: expected a number, got "abc"$/);
    assert.equal(lines[20], 'career-articles: warning: ... and 129,980 more');
    assert.equal(code, 0);
  });
});

describe('6. configs built to be slow or deep', () => {
  test('40,000 unknown keys: 20 errors with their lines, then "... and 39,980 more"', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    const keys = Array.from({ length: 40_000 }, (_, i) => `  "k${i}": 1`);
    write(dir, '.career-articles.json', `{\n${keys.join(',\n')}\n}\n`);
    const { code, stderr } = run(['lint', 'a.md'], dir, {}, 60_000);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines[0], 'career-articles: invalid config file: .career-articles.json:2:3: k0: unknown property `k0`');
    assert.equal(lines[19], 'career-articles: invalid config file: .career-articles.json:21:3: k19: unknown property `k19`');
    assert.equal(lines[20], 'career-articles: ... and 39,980 more');
    assert.equal(code, 2);
  });

  test('nested 100,000 deep: one error naming the file, line and column where it gets too deep', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    write(dir, '.career-articles.json', `{\n"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}\n`);
    const { code, stderr } = run(['lint', 'a.md'], dir);
    assert.equal(
      stderr,
      'career-articles: invalid config file: .career-articles.json:2:73: invalid JSON: nested more than 64 levels deep\n',
    );
    assert.equal(code, 2);
  });
});

describe('7. CAREER_ARTICLES_TIMEOUT out of range', () => {
  test('1e9 is clamped to a day instead of firing at once', () => {
    const dir = folder();
    write(dir, 'a.md', cleanText());
    const { code, entries } = json(['a.md'], dir, { CAREER_ARTICLES_TIMEOUT: '1e9' });
    assert.equal(entries[0]?.error, undefined);
    assert.equal(code, 0);
  });

  test('limits are clamped to their range, and nonsense falls back to the default', () => {
    assert.equal(limitsFromEnv({ CAREER_ARTICLES_TIMEOUT: '1e9' }).timeoutMs, 24 * 60 * 60 * 1000);
    assert.equal(limitsFromEnv({ CAREER_ARTICLES_TIMEOUT: '-5' }).timeoutMs, 120_000);
    assert.equal(limitsFromEnv({ CAREER_ARTICLES_TIMEOUT: 'soon' }).timeoutMs, 120_000);
    assert.equal(limitsFromEnv({ CAREER_ARTICLES_TIMEOUT: '0.001' }).timeoutMs, 100);
    assert.equal(limitsFromEnv({ CAREER_ARTICLES_MAX_MEMORY_MB: '1' }).workerMemoryMb, 16);
    assert.equal(limitsFromEnv({ CAREER_ARTICLES_MAX_DATASET_MB: 'Infinity' }).datasetBytes, 50 * 1024 * 1024);
  });

  test('capLines keeps short lists and says how many of a long one were left out', () => {
    assert.deepEqual(capLines(['a', 'b'], 2), ['a', 'b']);
    assert.deepEqual(capLines(['a', 'b', 'c', 'd'], 2), ['a', 'b', '... and 2 more']);
  });
});

describe('12. a config whose dataset lies outside its folder', () => {
  test('is not read, so nothing of it is echoed; --dataset naming the same file is read', () => {
    const dir = folder();
    const outside = join(dir, 'outside');
    const project = join(dir, 'project');
    mkdirSync(outside);
    mkdirSync(project);
    write(outside, 'secret.csv', 'root:SECRET-HASH:19000:0:99999:7:::\n');
    write(project, 'a.md', cleanText());
    write(project, '.career-articles.json', '{"dataset": "../outside/secret.csv"}');
    const named = run(['lint', 'a.md'], project);
    assert.match(named.stderr, /ignoring the dataset .*secret\.csv named in \.career-articles\.json: it lies outside that config's folder/);
    assert.doesNotMatch(named.stderr, /SECRET-HASH/);
    assert.equal(named.code, 0);

    // A link inside the folder that leads out is outside too (real paths are compared).
    symlinkSync(join(outside, 'secret.csv'), join(project, 'roles.csv'));
    writeFileSync(join(project, '.career-articles.json'), '{"dataset": "roles.csv"}');
    const linked = run(['lint', 'a.md'], project);
    assert.match(linked.stderr, /ignoring the dataset roles\.csv named in \.career-articles\.json: it lies outside/);
    assert.doesNotMatch(linked.stderr, /SECRET-HASH/);

    // The user's own choice on the command line is read (and this one is no dataset).
    const explicit = run(['lint', '--dataset', join(outside, 'secret.csv'), 'a.md'], project);
    assert.match(explicit.stderr, /cannot use the dataset named by --dataset: .*secret\.csv:1: unknown column/);
    assert.equal(explicit.code, 2);
  });

  test('a dataset below the current folder (or the config’s) is read', () => {
    const dir = folder();
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'articles'));
    write(join(dir, 'articles'), 'a.md', cleanText());
    write(join(dir, 'articles'), '.career-articles.json', '{"dataset": "../data/roles.json"}');
    write(join(dir, 'data'), 'roles.json', '{"occupations": [{"soc": "x-1", "title": "Role", "year": 2024, "wages": {"mean": "high"}}]}');
    const { stderr } = run(['lint', join('articles', 'a.md')], dir);
    assert.match(stderr, /roles\.json:1:\d+: occupations\[0\]\.wages\.mean: expected a number/);
  });
});
