// Neovim's own LSP client against the server (run as `career-articles-lsp`): a headless
// Neovim opens an article, receives the same diagnostics as `career-articles lint`, gets a
// hover on a salary figure and applies a code action (test/nvim/init.lua does the editor's
// part). The Neovim run has a time limit, so a broken server fails the test, never hangs it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAWED, ROOT, lintJson, tempFolder } from '../fixtures/cli/harness.js';

const temp = tempFolder();
after(() => temp.remove());

interface Seen {
  error?: string;
  diagnostics: Array<{ line: number; column: number; severity: number; code: string; message: string }>;
  after: Seen['diagnostics'];
  hover?: string;
  action?: string;
  title?: string;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

test('Neovim receives the same diagnostics as career-articles lint, gets a hover and applies a code action', () => {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(nvim.status, 0, 'nvim is missing: run scripts/ensure-system-deps.sh (Debian package neovim)');
  const article = join(temp.path, 'registered-nurse-vs-nurse-practitioner.md');
  copyFileSync(FLAWED, article);
  const out = join(temp.path, 'seen.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(ROOT, 'test/nvim/init.lua')], {
    env: { ...process.env, ARTICLE: article, OUT: out, ROOT: temp.path, SERVER: join(ROOT, 'dist/lsp.js') },
    encoding: 'utf8',
    timeout: 240_000,
    killSignal: 'SIGKILL',
  });
  assert.equal(run.signal, null, `Neovim did not finish within 4 minutes: ${run.stderr}`);
  const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
  assert.equal(seen.error, undefined, seen.error);
  assert.equal(run.status, 0, run.stderr);

  const cli = lintJson([article]).entries[0]!.findings;
  const expected = cli.map((f) => ({ line: f.line, column: f.column, severity: SEVERITY[f.severity], code: f.ruleId, message: f.message }));
  assert.ok(expected.length > 3);
  // Neovim keeps its own order for diagnostics at the same place: compare as sorted lists.
  const sorted = (list: Seen['diagnostics']) =>
    [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
  assert.deepEqual(sorted(seen.diagnostics), sorted(expected as Seen['diagnostics']));

  assert.match(seen.hover ?? '', /OEWS|mean|median/i);
  assert.match(seen.action ?? '', /^Rewrite the title as `Registered Nurse vs\. Nurse Practitioner/);
  assert.equal(seen.title, '# Registered Nurse vs. Nurse Practitioner: What Are the Differences?');
  assert.deepEqual(
    sorted(seen.after).map((d) => d.code),
    sorted(expected as Seen['diagnostics'])
      .map((d) => d.code)
      .filter((code) => code !== 'title-format'),
  );
});
