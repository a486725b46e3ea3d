// One lint pipeline for every host (issue #26, item 1): the CLI (`dist/cli.js lint --format
// json`), the language server (dist/lsp.js over stdio) and the session API called directly give
// the same findings for the same folder, one whose config sets a rule option away from its
// default (salary tolerance 0.05 instead of 0.15) and names a workspace dataset reached through a
// symlink. A host that chose its config or dataset on its own, or built its own lint options,
// would disagree here: the figure below is 8% off the workspace dataset's mean, a finding only
// under the config's tolerance, and its message names the workspace dataset's source.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { cleanText, flawedText, lintJson, tempFolder } from '../fixtures/cli/harness.js';
import { createNodeSession } from '../../src/node/node-session.js';
import { answered, startClient } from './helpers/lsp-client.js';

const temp = tempFolder();
after(() => temp.remove());

/** What each host says about one finding. */
interface Said {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

const ACME = JSON.stringify({
  source: 'Acme salary survey',
  year: 2025,
  occupations: [{ soc: '11-2022', title: 'Sales Managers', wages: { mean: 100000 } }],
});

const sorted = (said: Said[]) =>
  [...said].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message),
  );

describe('the CLI, the language server and the session agree', () => {
  let root = '';
  const articles: Record<string, string> = {};

  before(() => {
    root = join(realpathSync(temp.path), 'ws');
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data', 'acme.json'), ACME);
    // The dataset the config names is a link (inside the workspace): every host follows it the same way.
    symlinkSync(join(root, 'data', 'acme.json'), join(root, 'roles.json'));
    writeFileSync(
      join(root, '.career-articles.json'),
      JSON.stringify({ dataset: 'roles.json', rules: { 'salary-mismatch': { tolerance: 0.05 } } }),
    );
    // $92,000 is 8% under the workspace dataset's $100,000: within the default 15%, outside the config's 5%.
    articles['near.md'] = cleanText().replace('$164,350', '$92,000');
    articles['flawed.md'] = flawedText();
    mkdirSync(join(root, 'posts'));
    for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, 'posts', name), text);
  });

  const bySession = async (name: string): Promise<Said[]> => {
    const session = createNodeSession(Infinity, { roots: [root] });
    const path = join(root, 'posts', name);
    const linted = await session.lint({ key: path, path, text: articles[name]!, version: 1 });
    assert.deepEqual(linted.warnings, [], 'the session reads the config and the linked dataset without a warning');
    return linted.result.findings.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      line: f.start.line,
      column: f.start.column,
      endLine: f.end.line,
      endColumn: f.end.column,
      message: f.message,
    }));
  };

  const byCli = (name: string): Said[] => {
    const { entries, stderr } = lintJson([join('posts', name)], { cwd: root });
    assert.equal(stderr, '', 'the CLI reads the config and the linked dataset without a warning');
    // The harness's entry type predates the message id the JSON format now carries.
    return (entries[0]!.findings as Array<(typeof entries)[0]['findings'][0] & { messageId: string }>).map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      message: f.message,
    }));
  };

  const fromDiagnostic = (d: Diagnostic): Said => ({
    ruleId: String(d.code),
    messageId: (d.data as { messageId: string }).messageId,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  });

  test('on a config with a non-default rule option and a dataset behind a symlink', async () => {
    const session = Object.fromEntries(
      await Promise.all(Object.keys(articles).map(async (name) => [name, await bySession(name)] as const)),
    );
    // Not three empty lists: the config's tolerance and the linked dataset both show in the finding.
    const near = session['near.md']!.filter((f) => f.ruleId === 'salary-mismatch');
    assert.equal(near.length, 1, JSON.stringify(session['near.md']));
    assert.match(near[0]!.message, /`\$92,000 per year`.*Acme salary survey/);
    assert.ok(session['flawed.md']!.length >= 3, 'the flawed example has findings of several rules');

    const client = await startClient({ root, initializationOptions: { timeBudgetMs: 120_000 } });
    try {
      for (const [name, text] of Object.entries(articles)) {
        const diagnostics = await answered(client.diagnostics(client.open(join(root, 'posts', name), text)), `the diagnostics of ${name}`);
        assert.deepEqual(sorted(diagnostics.map(fromDiagnostic)), sorted(session[name]!), `the server and the session disagree on ${name}`);
      }
    } finally {
      await client.stop();
    }
    for (const name of Object.keys(articles))
      assert.deepEqual(sorted(byCli(name)), sorted(session[name]!), `the CLI and the session disagree on ${name}`);
  });
});
