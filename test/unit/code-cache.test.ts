// The CLI runs its bundle with the code cache the build made for it (src/node/code-cache.ts):
// the built CLI must use it, and a cache that is not this build's (another build's key, bytes
// V8 refuses, none at all) must be ignored, with the very same output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { bundleKey } from '../../src/node/bundle-key.js';
import { compileBundle } from '../../src/node/code-cache.js';
import { readTextSync } from '../../src/node/fast-text.js';
import { CLEAN, FLAWED, ROOT, tempFolder } from '../fixtures/cli/harness.js';

const DIST = join(ROOT, 'dist');

/** Runs a CLI launcher with the debug line on; returns the output and what it said of the code cache. */
function lint(cli: string) {
  const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', CLEAN, FLAWED], {
    encoding: 'utf8',
    env: { ...process.env, CAREER_ARTICLES_DEBUG: '1', NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, cache: /code cache (\w+)/.exec(run.stderr)?.[1], stderr: run.stderr };
}

describe('the code cache', () => {
  const temp = tempFolder();
  after(() => temp.remove());
  // A copy of the built CLI beside a copy of the dataset, as the package lays them out.
  const copy = (name: string) => {
    const dist = join(temp.path, name, 'dist');
    mkdirSync(join(temp.path, name, 'data'), { recursive: true });
    mkdirSync(dist, { recursive: true });
    for (const file of ['cli.js', 'cli-main.cjs', 'cli-main.cjs.cache', 'package.json', 'lint-worker.js'])
      copyFileSync(join(DIST, file), join(dist, file));
    copyFileSync(join(ROOT, 'data/roles.json'), join(temp.path, name, 'data/roles.json'));
    return dist;
  };
  const reference = lint(join(DIST, 'cli.js'));

  test('every launched bundle (CLI, language server, its worker) has a cache this Node accepts', () => {
    for (const bundle of ['cli-main.cjs', 'lsp-main.cjs', 'lsp-worker-main.cjs']) {
      assert.equal(compileBundle(join(DIST, bundle)).cache, 'accepted', bundle);
    }
  });

  test('the built CLI compiles its bundle from the cache the build trained', () => {
    assert.equal(reference.cache, 'accepted', reference.stderr);
    assert.equal(reference.code, 1);
    assert.ok(bundleKey(readTextSync(join(DIST, 'cli-main.cjs'))), 'the bundle ends with its key line');
  });

  test("another build's cache is not used, and the output is the same", () => {
    const dist = copy('other-build');
    const bundle = join(dist, 'cli-main.cjs');
    // A rebuild gets a new key; its old cache still starts with the previous one.
    writeFileSync(bundle, readFileSync(bundle, 'latin1').replace(/bundleKey=[0-9a-f]{64}/, `bundleKey=${'0'.repeat(64)}`), 'latin1');
    const run = lint(join(dist, 'cli.js'));
    assert.equal(run.cache, 'stale');
    assert.deepEqual([run.code, run.stdout], [reference.code, reference.stdout]);
  });

  test('a damaged cache is refused by V8, and the output is the same', () => {
    const dist = copy('damaged');
    const cache = join(dist, 'cli-main.cjs.cache');
    const bytes = readFileSync(cache);
    // The key line stays; the V8 data after it is garbled.
    const header = bytes.indexOf(10) + 1;
    for (let i = header + 16; i < bytes.length; i += 97) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(cache, bytes);
    const run = lint(join(dist, 'cli.js'));
    assert.equal(run.cache, 'rejected');
    assert.deepEqual([run.code, run.stdout], [reference.code, reference.stdout]);
  });

  test('without a cache the CLI compiles as usual, and the output is the same', () => {
    const dist = copy('absent');
    rmSync(join(dist, 'cli-main.cjs.cache'));
    const run = lint(join(dist, 'cli.js'));
    assert.equal(run.cache, 'absent');
    assert.deepEqual([run.code, run.stdout], [reference.code, reference.stdout]);
  });
});

test('an ASCII file and a UTF-8 file read back as the text they hold', () => {
  const temp = tempFolder();
  try {
    for (const text of ['plain ASCII {"a": 1}\n', 'caf\u00e9 \u2019quoted\u2019 \u{1f600}\n', '']) {
      const file = join(temp.path, 'text.txt');
      writeFileSync(file, text, 'utf8');
      assert.equal(readTextSync(file), text);
    }
  } finally {
    temp.remove();
  }
});
