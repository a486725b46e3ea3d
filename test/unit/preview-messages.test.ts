// The preview's message protocol (validated on receipt on both sides) and its standalone
// HTML export (escaped, scriptless), on real models of the example articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint, resolveConfig } from '../../src/core/index.js';
import { buildPreviewModel } from '../../src/core/preview/model.js';
import { escapeHtml, exportHtml } from '../../src/core/preview/export-html.js';
import type { PreviewModel } from '../../src/core/preview/types.js';
import { pageStateSchema, parseToExtension, parseToPage } from '../../src/shared/preview-messages.js';
import { bundledRoleIndex } from './helpers/dataset.js';

async function previewOf(path: string): Promise<PreviewModel> {
  const dataset = await bundledRoleIndex();
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const outcome = buildPreviewModel({
    result: lint(text, { dataset }),
    dataset,
    config: resolveConfig(),
    uri: `file:///${path}`,
    fileName: path,
    version: 3,
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.model;
}

const ADVERSARIAL = 'test/fixtures/workspace/articles/adversarial.md';

test('a render message with a real model passes validation unchanged, after a JSON round trip', async () => {
  for (const path of ['examples/product-manager-vs-sales-manager.md', 'examples/registered-nurse-vs-nurse-practitioner.md', ADVERSARIAL]) {
    const model = await previewOf(path);
    const message = JSON.parse(JSON.stringify({ type: 'render', model }));
    assert.deepEqual(parseToPage(message), message, path);
  }
});

test('the page rejects malformed messages from the extension', async () => {
  const model = await previewOf('examples/product-manager-vs-sales-manager.md');
  const bad: unknown[] = [
    null,
    'render',
    42,
    {},
    { type: 'script', code: 'alert(1)' },
    { type: 'render' },
    { type: 'render', model: { ...model, version: '3' } },
    { type: 'render', model: { ...model, roles: ['Only one'] } },
    { type: 'render', model: { ...model, rows: [{ ...model.rows[0], id: 'title' }] } },
    { type: 'render', model: { ...model, rows: [{ ...model.rows[0], cells: [model.rows[0]!.cells[0]] }] } },
    {
      type: 'render',
      model: {
        ...model,
        header: { findings: [{ ruleId: 'x', severity: 'fatal', message: '', lines: { startLine: 1, endLine: 1 }, column: 1 }] },
      },
    },
    { type: 'highlight', row: 'footer' },
    { type: 'highlight' },
    { type: 'query', id: 1.5 },
    { type: 'click', row: 'duties', column: 2 },
    { type: 'click', row: 'duties', column: 0, sentence: -1 },
  ];
  for (const message of bad) assert.equal(parseToPage(message), undefined, JSON.stringify(message)?.slice(0, 120));
  // A chart position off the axis is refused too: the page places boxes by these numbers.
  const salary = model.rows.find((r) => r.id === 'salary')!;
  const offAxis = structuredClone(salary);
  offAxis.salary!.roles[0].band!.mean!.pct = 150;
  assert.equal(parseToPage({ type: 'render', model: { ...model, rows: [offAxis] } }), undefined);
});

test('the extension rejects malformed messages from the page', () => {
  const bad: unknown[] = [
    undefined,
    { type: 'reveal' },
    { type: 'reveal', lines: { startLine: 0, endLine: 1 } },
    { type: 'reveal', lines: { startLine: '1', endLine: 2 } },
    { type: 'insertMissing', row: 'title' },
    { type: 'insertMissing', row: 'definitions', column: 3 },
    { type: 'export', target: 'shell' },
    { type: 'rendered', version: 'latest' },
    { type: 'queryResult', id: 1, snapshot: { title: 'x' } },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
  ];
  for (const message of bad) assert.equal(parseToExtension(message), undefined, JSON.stringify(message));
  assert.deepEqual(parseToExtension({ type: 'reveal', lines: { startLine: 3, endLine: 4 } }), {
    type: 'reveal',
    lines: { startLine: 3, endLine: 4 },
  });
  assert.deepEqual(parseToExtension({ type: 'insertMissing', row: 'environment' }), { type: 'insertMissing', row: 'environment' });
  assert.deepEqual(parseToExtension({ type: 'export', target: 'file' }), { type: 'export', target: 'file' });
});

test('the saved page state is read back only when it has the right shape', () => {
  assert.deepEqual(pageStateSchema.safeParse({ uri: 'file:///a.md', scrollY: 120 }).data, { uri: 'file:///a.md', scrollY: 120 });
  assert.equal(pageStateSchema.safeParse({ uri: 42 }).success, false);
  assert.equal(pageStateSchema.safeParse('file:///a.md').success, false);
});

test('escapeHtml escapes the five characters that matter in text and attributes', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('the standalone HTML export escapes every piece of article text and holds no script', async () => {
  const html = exportHtml(await previewOf(ADVERSARIAL));
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<(img|svg|iframe|object|a|b)[\s>]/i);
  assert.equal(html.match(/<style/gi)?.length, 1, 'only the export’s own stylesheet');
  // Article text has every `<` escaped, so each `<tag ...>` left is the export's own markup.
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) assert.doesNotMatch(tag, /\s(on\w+|href|src)=/i, tag);
  assert.match(html, /&lt;script&gt;document\.title = &#39;pwned-title&#39;&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=&quot;document\.title=&#39;pwned-img&#39;&quot;&gt;/);
  assert.equal(html.match(/<tr[\s>]/g)?.length, 7, 'the column heads and six rows');
});

test('the export of a complete article shows both roles, every row and the salary figures', async () => {
  const html = exportHtml(await previewOf('examples/product-manager-vs-sales-manager.md'));
  assert.match(html, /<th scope="col">Product Manager<\/th><th scope="col">Sales Manager<\/th>/);
  for (const label of ['What is …?', 'Job Duties', 'Job Requirements', 'Work Environment', 'Skills', 'Salary'])
    assert.ok(html.includes(`>${label}<`), label);
  assert.match(html, /Mean \$177,770/);
  assert.match(html, /90th \$293,610/);
  assert.doesNotMatch(html, /class="band open"/, 'May 2025 is not top-coded: no open-ended band');
  assert.match(html, /Marketing Managers \(SOC 11-2021\), BLS OEWS May 2025/);
});
