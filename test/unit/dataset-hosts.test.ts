// A config's dataset and role aliases as the CLI and the language server both see them
// (issue #24, items 7 and 8): a `roles` entry naming an unknown SOC code is one config error
// with its file and JSON path in both; a --dataset that cannot be used ends the run; a big
// workspace dataset loads outside the per-document time budget.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { cleanText, runCli, tempFolder } from '../fixtures/cli/harness.js';
import { answered, startClient, type TestClient } from './helpers/lsp-client.js';

const temp = tempFolder();
after(() => temp.remove());

let folders = 0;
function workspace(config: unknown): string {
  const root = join(temp.path, `ws${++folders}`);
  mkdirSync(root);
  writeFileSync(join(root, '.career-articles.json'), JSON.stringify(config, null, 2));
  writeFileSync(join(root, 'a.md'), cleanText());
  return root;
}

const text = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** The next diagnostics published for `uri` that satisfy `done` (earlier ones are skipped). */
async function diagnosticsUntil(client: TestClient, uri: string, done: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (;;) {
    const diagnostics = await client.diagnostics(uri);
    if (done(diagnostics)) return diagnostics;
  }
}

describe('a config `roles` entry naming a SOC code the dataset lacks', () => {
  const UNKNOWN = 'roles.Growth Hacker: unknown SOC code `99-9999`: the dataset has no such occupation';

  test('ends a CLI run with exit 2 and the config error, file and JSON path', () => {
    const root = workspace({ roles: { 'Growth Hacker': '99-9999', 'Sales Lead': '11-2022' } });
    const run = runCli(['lint', 'a.md'], { cwd: root });
    assert.equal(run.code, 2, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`^career-articles: invalid config file: \\.career-articles\\.json: ${UNKNOWN.replace(/[.`()]/g, '\\$&')}`),
    );
    assert.doesNotMatch(run.stderr, /Sales Lead/, 'a known code is no error');
  });

  test('is shown by the server on the config file, with the same words', async () => {
    const root = workspace({ roles: { 'Growth Hacker': '99-9999', 'Sales Lead': '11-2022' } });
    const client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
    try {
      client.open(join(root, 'a.md'), cleanText());
      const config = await answered(client.diagnostics(pathToFileURL(join(root, '.career-articles.json')).href), 'the config file');
      assert.deepEqual(config.map(text), [UNKNOWN + ' (look one up with `career-articles roles <name>`)']);
    } finally {
      await client.stop();
    }
  });
});
