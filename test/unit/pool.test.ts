// Big runs use one lint worker per core (up to four), small runs one: each worker costs a
// bundle load and its own copy of the dataset. The pool must give exactly what linting each
// file alone gives, in the files' order, whichever worker happened to lint it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { POOL_THRESHOLD, poolSize } from '../../src/cli/lint-runner.js';
import { lint } from '../../src/core/index.js';
import { CLI, cleanText, flawedText, tempFolder, withoutSection, write } from '../fixtures/cli/harness.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const temp = tempFolder();
after(() => temp.remove());

test('pool size: one worker below the threshold, one per core above it, four at most', () => {
  assert.equal(poolSize(POOL_THRESHOLD - 1, 8), 1);
  assert.equal(poolSize(POOL_THRESHOLD, 2), 2);
  assert.equal(poolSize(10_000, 16), 4);
  assert.equal(poolSize(10_000, 1), 1);
});

test('a run over more files than the threshold uses the pool and reports each file as linting it alone does', async () => {
  const texts = [cleanText(), flawedText(), withoutSection(cleanText(), 'Skills'), withoutSection(flawedText(), 'Salary')];
  const files = Array.from({ length: POOL_THRESHOLD + 20 }, (_, i) => {
    const name = `article-${String(i).padStart(4, '0')}.md`;
    write(temp.path, name, texts[i % texts.length]!);
    return name;
  });
  const env = { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '1' };
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '.'], {
    cwd: temp.path,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const workers = Number(/linted by (\d+) workers/.exec(run.stderr)?.[1]);
  assert.equal(workers, poolSize(files.length, availableParallelism()), run.stderr);
  const reports = JSON.parse(run.stdout) as Array<{ file: string; findings: Array<{ ruleId: string; message: string; line: number }> }>;
  assert.deepEqual(
    reports.map((r) => r.file),
    files,
    "in the files' order",
  );
  const dataset = await bundledRoleIndex();
  reports.forEach((report, i) => {
    const alone = lint(texts[i % texts.length]!, { dataset }).findings;
    assert.deepEqual(
      report.findings.map((f) => f.ruleId + ': ' + f.message),
      alone.map((f) => f.ruleId + ': ' + f.message),
      join(report.file),
    );
  });
});
