// Every host shows the same readability numbers: inspect, the preview's header, the hover on
// the title and the site pass's page data (the report's article table) read one summary,
// measured with the config's `readability` options. A host that measured on its own, or
// ignored the config's sentence length, would disagree here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { lint, resolveConfig, sitePage } from '../../src/core/index.js';
import { inspect } from '../../src/core/inspect.js';
import { buildPreviewModel } from '../../src/core/preview/model.js';
import { readabilityLine } from '../../src/core/readability/summary.js';
import { hoverAt, hoverTable } from '../../src/session/hover.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));

for (const file of examples) {
  test(`${file}: inspect, the preview header, the title hover and the site page give the same readability`, async () => {
    const text = readFileSync(new URL(file, EXAMPLES), 'utf8');
    const dataset = await bundledRoleIndex();
    // A sentence length that is not the default, so a host that ignored the config would differ.
    const config = resolveConfig({ rules: { readability: { severity: 'info', longSentenceWords: 12 } } });
    const result = lint(text, { dataset, config });
    const inspected = inspect(result.article, dataset, 12).readability;
    const preview = buildPreviewModel({ result, dataset, config, uri: 'file:///a.md', fileName: 'a.md', version: 1 });
    assert.ok(preview.ok);
    assert.deepEqual(preview.model.header.readability?.numbers, inspected);
    assert.equal(preview.model.header.readability?.text, readabilityLine(inspected));
    assert.deepEqual(sitePage(result.article, config).readability, inspected);
    // Each section row: the numbers inspect gives its section.
    const sections = inspect(result.article, dataset, 12).sections;
    const measuredRows = preview.model.rows.filter((r) => r.readability);
    assert.ok(measuredRows.length >= 3, `${measuredRows.length} rows with numbers`);
    for (const row of measuredRows) {
      const own = sections.filter((s) => s.key === row.id);
      if (own.length === 1) assert.deepEqual(row.readability!.numbers, own[0]!.readability, row.id);
    }
    // The end of the title: past any role it names, whose card would come first.
    const title = result.article.title!;
    const hover = hoverAt(hoverTable(result, dataset, config), title.end.offset - 1)?.markdown ?? '';
    assert.equal(hover.split('\n')[0], `**Readability** · ${readabilityLine(inspected)}`);
    assert.match(hover, /long ones over 12 words/);
    assert.notDeepEqual(inspected, inspect(result.article, dataset).readability, 'the sentence length changes the numbers');
  });
}

test('a role named in the title keeps its occupation card; the rest of the title shows readability', async () => {
  const text = readFileSync(new URL(examples[0]!, EXAMPLES), 'utf8');
  const dataset = await bundledRoleIndex();
  const config = resolveConfig();
  const result = lint(text, { dataset, config });
  const table = hoverTable(result, dataset, config);
  const title = result.article.title!;
  const role = result.article.roles![0];
  const at = text.indexOf(role, title.start.offset);
  assert.ok(at >= 0);
  assert.doesNotMatch(hoverAt(table, at)?.markdown ?? '', /Readability/);
  assert.match(hoverAt(table, title.end.offset - 1)?.markdown ?? '', /^\*\*Readability\*\*/);
});
