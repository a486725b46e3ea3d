// The extension benchmark's own check, run in its smallest mode (one cold child, a few
// re-lints): the production bundle, loaded with the benchmark's fake `vscode`, must lint the
// article, publish one diagnostic per finding and find what the core's lint() finds. A change
// in the adapter that the fake no longer satisfies fails here, not silently in the benchmark.
// Nothing here is timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('the extension benchmark lints and publishes the same findings as lint() in its smoke run', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/extension.bench.ts', '--smoke'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `bench/extension.bench.ts --smoke failed:\n${run.stderr}${run.stdout}`);
  const line =
    /^Sanity: first lint isArticle=(\w+), (-?\d+) findings, (-?\d+) diagnostics published, lint\(\) on the same text (\d+) findings$/m.exec(
      run.stdout,
    );
  assert.ok(line, `no sanity line in:\n${run.stdout}`);
  const [, isArticle, findings, published, expected] = line;
  assert.equal(isArticle, 'true');
  assert.ok(Number(findings) > 0, 'the first lint has findings');
  assert.equal(published, findings, 'one diagnostic published per finding');
  assert.equal(findings, expected, "as many findings as the core's lint() on the same text");
});
