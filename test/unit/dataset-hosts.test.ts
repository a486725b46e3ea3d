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
import { answered, startClient } from './helpers/lsp-client.js';

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

describe('a 15 MB workspace dataset (issue #24, item 7)', () => {
  test('loads outside the document time budget: the article is checked against it, not "not checked"', async () => {
    const root = workspace({ dataset: 'big.json' });
    // 120,000 occupations, some 15 MB: loading them takes several seconds, more than the default 3 s budget.
    const occupations = Array.from({ length: 120_000 }, (_, i) => ({
      soc: `x-${i}`,
      title: `Role number ${i} of the generated workspace dataset`,
      year: 2024,
      wages: { mean: 50_000 + i, median: 48_000 + i },
    }));
    writeFileSync(join(root, 'big.json'), JSON.stringify({ source: 'Generated', occupations }));
    const client = await startClient({ root }); // the default budget
    try {
      const uri = client.open(join(root, 'a.md'), cleanText());
      const diagnostics = await answered(client.diagnostics(uri), 'the article');
      assert.deepEqual(diagnostics.map(text), [], 'the clean article is checked and clean');
      const roles = await client.connection.sendRequest<Array<{ occupation: { title: string } }>>('careerArticles/roles', {
        query: 'Role number 119999',
        limit: 1,
      });
      assert.equal(roles[0]?.occupation.title, 'Role number 119999 of the generated workspace dataset', 'the dataset is in force');
    } finally {
      await client.stop();
    }
  });

  test('a dataset over the dataset time limit is given up until it changes: shown on the dataset file, the article checked on the bundled data', async () => {
    const root = workspace({ dataset: 'slow.json' });
    const occupations = Array.from({ length: 20_000 }, (_, i) => ({
      soc: `x-${i}`,
      title: `Role ${i}`,
      year: 2024,
      wages: { mean: 50_000 + i },
    }));
    writeFileSync(join(root, 'slow.json'), JSON.stringify({ occupations }));
    const client = await startClient({ root, env: { CAREER_ARTICLES_TIMEOUT: '0.1' }, initializationOptions: { timeBudgetMs: 120_000 } });
    try {
      const uri = client.open(join(root, 'a.md'), cleanText());
      const dataset = await answered(client.diagnostics(pathToFileURL(join(root, 'slow.json')).href), 'the dataset file');
      assert.deepEqual(dataset.map(text), ['took longer than 0.1 s']);
      assert.deepEqual((await answered(client.diagnostics(uri), 'the article')).map(text), []);
    } finally {
      await client.stop();
    }
  });
});
