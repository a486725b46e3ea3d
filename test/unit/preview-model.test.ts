// The side-by-side preview's pure model, on the example articles and the real bundled dataset:
// which sentences land in which cell, missing rows, findings per row, the salary chart data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint, resolveConfig } from '../../src/core/index.js';
import { buildPreviewModel, rowAtLine } from '../../src/core/preview/model.js';
import type { PreviewModel, PreviewRow, RowId } from '../../src/core/preview/types.js';
import type { RoleIndex } from '../../src/core/dataset/types.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

async function previewOf(path: string, options: { tolerance?: number; dataset?: RoleIndex | null } = {}): Promise<PreviewModel> {
  const dataset = options.dataset === null ? undefined : (options.dataset ?? (await bundledRoleIndex()));
  // The tolerance is salary-mismatch's option, as a config file sets it.
  const config = resolveConfig(options.tolerance === undefined ? {} : { rules: { 'salary-mismatch': { tolerance: options.tolerance } } });
  const result = lint(read(path), { dataset, config });
  const outcome = buildPreviewModel({
    result,
    dataset,
    config,
    uri: `file:///${path}`,
    fileName: path,
    version: 7,
  });
  if (!outcome.ok) throw new Error(`${path} gives no preview: ${outcome.reason}`);
  return outcome.model;
}

const PM = 'examples/product-manager-vs-sales-manager.md';
const RN = 'examples/registered-nurse-vs-nurse-practitioner.md';

const row = (model: PreviewModel, id: RowId): PreviewRow => model.rows.find((r) => r.id === id)!;
const texts = (r: PreviewRow, column: 0 | 1) => r.cells[column].sentences.map((s) => s.text);
const sharedTexts = (r: PreviewRow, column: 0 | 1) => r.cells[column].sentences.filter((s) => s.shared).map((s) => s.text);

test('a complete article gives the definitions row and the five standard rows, in order, none missing', async () => {
  const model = await previewOf(PM);
  assert.deepEqual(model.roles, ['Product Manager', 'Sales Manager']);
  assert.deepEqual(
    model.rows.map((r) => r.id),
    ['definitions', 'duties', 'requirements', 'environment', 'skills', 'salary'],
  );
  assert.deepEqual(
    model.rows.map((r) => r.missing),
    [false, false, false, false, false, false],
  );
  assert.equal(model.findingCount, 0);
  assert.equal(model.version, 7);
  for (const r of model.rows) {
    assert.ok(r.cells[0].sentences.length > 0 && r.cells[1].sentences.length > 0, `row ${r.id} has an empty cell`);
  }
});

test('each definition fills its own role’s cell, with none of its sentences marked shared', async () => {
  const definitions = row(await previewOf(PM), 'definitions');
  assert.equal(definitions.cells[0].caption, 'What is a Product Manager?');
  assert.equal(definitions.cells[1].caption, 'What is a Sales Manager?');
  assert.deepEqual(texts(definitions, 0), [
    'A product manager owns the direction of a product or a feature area.',
    'They talk to customers, study usage data and competitors, and turn what they learn into a roadmap that engineers and designers can deliver.',
    'They rarely manage people directly; their influence comes from clear priorities and trusted judgement.',
  ]);
  assert.equal(texts(definitions, 1)[0], 'A sales manager leads a team of sales representatives.');
  assert.equal(definitions.cells.flatMap((c) => c.sentences).filter((s) => s.shared).length, 0);
});

test('a sentence naming one role goes to that role’s cell only; one naming both is in both cells, marked shared', async () => {
  const duties = row(await previewOf(PM), 'duties');
  const both = 'Both roles report on results, but a product manager reports on adoption while a sales manager reports on bookings.';
  assert.deepEqual(texts(duties, 0), [
    'Product managers write requirements, rank the backlog, run discovery interviews and decide what ships in each release.',
    both,
  ]);
  assert.deepEqual(texts(duties, 1), [
    'Sales managers hire and train reps, review the pipeline every week, approve discounts and keep the team focused on the deals most likely to close.',
    both,
  ]);
  assert.deepEqual(sharedTexts(duties, 0), [both]);
  assert.deepEqual(sharedTexts(duties, 1), [both]);
  const requirements = row(await previewOf(PM), 'requirements');
  assert.deepEqual(sharedTexts(requirements, 0), []);
  assert.match(texts(requirements, 0)[0]!, /^Most product managers hold a bachelor's degree/);
  assert.match(texts(requirements, 1)[0]!, /^Sales managers usually hold a bachelor's degree/);
});

test('a sentence whose subject is “they” after a sentence about one role goes to that role’s cell only', async () => {
  const skills = row(await previewOf(RN), 'skills');
  const pronoun =
    'They must also explain complex conditions in plain words and keep up with changing clinical guidelines throughout their careers.';
  assert.ok(!texts(skills, 0).includes(pronoun));
  assert.deepEqual(texts(skills, 1), [
    'Nurse practitioners need strong diagnostic reasoning, pharmacology knowledge and the confidence to make treatment decisions alone.',
    pronoun,
  ]);
  assert.deepEqual(sharedTexts(skills, 1), []);
});

test('a missing section is a marked, empty row that offers required-sections’ fix, with its finding', async () => {
  const model = await previewOf(RN);
  const environment = row(model, 'environment');
  assert.equal(environment.missing, true);
  assert.equal(environment.fixable, true);
  assert.equal(environment.label, 'Work Environment');
  assert.deepEqual(environment.ranges, []);
  assert.deepEqual(
    environment.cells.map((c) => c.sentences.length),
    [0, 0],
  );
  assert.deepEqual(
    environment.findings.map((f) => f.ruleId),
    ['required-sections'],
  );
  assert.equal(model.rows.filter((r) => r.missing).length, 1);
  // A synonym heading keeps its own words as the row label.
  assert.equal(row(model, 'requirements').label, 'Education and Training');
});

test('findings go to the row whose section holds them, title-level ones to the header, and every one is counted once', async () => {
  const model = await previewOf(RN);
  const byRow = Object.fromEntries(model.rows.map((r) => [r.id, r.findings.map((f) => f.ruleId).sort()]));
  assert.deepEqual(
    model.header.findings.map((f) => f.ruleId),
    ['title-format'],
  );
  assert.deepEqual(byRow['definitions'], ['role-definition']);
  assert.deepEqual(byRow['skills'], ['section-mentions-both-roles']);
  assert.ok(byRow['salary']!.includes('salary-mismatch'));
  const total = model.header.findings.length + model.rows.reduce((n, r) => n + r.findings.length, 0);
  assert.equal(total, model.findingCount);
  assert.equal(model.header.findings[0]!.lines.startLine, 1);
});

test('every sentence points at the source line it was read from', async () => {
  const text = read(PM);
  const lines = text.split('\n');
  const model = await previewOf(PM);
  for (const r of model.rows) {
    for (const cell of r.cells) {
      for (const s of cell.sentences) {
        const words = s.text.split(' ').slice(0, 3).join(' ');
        assert.ok(lines[s.lines.startLine - 1]!.includes(words), `“${words}” is not on line ${s.lines.startLine}`);
      }
    }
  }
  const duties = row(model, 'duties');
  assert.deepEqual(duties.cells[0].lines, { startLine: 15, endLine: 17 });
  assert.deepEqual(duties.ranges, [{ startLine: 15, endLine: 18 }]);
});

test('the cursor’s line maps to its row, blank lines before the next heading included, the title to none', async () => {
  const model = await previewOf(PM);
  assert.equal(rowAtLine(model, 1), undefined);
  assert.equal(rowAtLine(model, 5), 'definitions');
  assert.equal(rowAtLine(model, 12), 'definitions');
  assert.equal(rowAtLine(model, 13), undefined);
  assert.equal(rowAtLine(model, 15), 'duties');
  assert.equal(rowAtLine(model, 18), 'duties');
  assert.equal(rowAtLine(model, 19), 'requirements');
  assert.equal(rowAtLine(model, 33), 'salary');
});

test('the salary chart holds the current release’s figures for each role, with May 2025’s published 90th percentile', async () => {
  const index = await bundledRoleIndex();
  const chart = row(await previewOf(PM), 'salary').salary!;
  assert.ok(chart);
  const [pm, sm] = chart.roles;
  assert.equal(pm.occupation?.soc, '11-2021');
  assert.equal(sm.occupation?.soc, '11-2022');
  assert.equal(pm.occupation?.citation, 'BLS OEWS May 2025');
  for (const part of chart.roles) {
    const occupation = index.bySoc(part.occupation!.soc)!;
    for (const key of ['p10', 'p25', 'median', 'mean', 'p75', 'p90'] as const) {
      assert.equal(part.band?.[key]?.value, occupation.wages[key], `${part.role} ${key}`);
      assert.equal(part.band?.[key]?.atLeast, false, `${part.role} ${key}`);
    }
    assert.equal(part.outlook?.period, '2025–35');
  }
  assert.deepEqual(
    [sm.outlook?.change, sm.outlook?.openings, sm.outlook?.education],
    ['+4.5%', '47,300 openings a year', "Bachelor's degree"],
  );
  assert.deepEqual(
    [sm.outlook?.employment, sm.outlook?.selfEmployed],
    ['650,100 in 2025 to 679,100 in 2035; +29,000 jobs (+4.5%)', '0.8% in 2025'],
  );
  assert.equal(pm.band?.mean?.label, '$177,770');
  assert.equal(sm.band?.mean?.label, '$164,350');
  assert.ok(chart.axis.max >= 293_610 && chart.axis.min <= 73_170);
  assert.equal(chart.axis.ticks[0]!.pct, 0);
  assert.equal(chart.axis.ticks.at(-1)!.pct, 100);
  assert.deepEqual(
    pm.claims.map((c) => [c.raw, c.label, c.fits]),
    [['$177,770 per year', '$177,770', true]],
  );
  assert.deepEqual(
    sm.claims.map((c) => [c.raw, c.fits, c.detail]),
    [['$164,350 per year', true, 'In line with the mean ($164,350)']],
  );
  assert.equal(pm.claims[0]!.from, pm.band.mean.pct);
});

test('a figure is judged as salary-mismatch judges it, with the configured tolerance', async () => {
  const strict = row(await previewOf(RN), 'salary').salary!;
  const [rn, np] = strict.roles;
  assert.deepEqual(
    rn.claims.map((c) => [c.raw, c.fits, c.detail]),
    [['$83,000 per year', false, '-18% from the mean ($101,420)']],
  );
  assert.deepEqual(
    np.claims.map((c) => [c.raw, c.label, c.fits]),
    [['$66.01 per hour', '$137,301', true]],
  );
  const lenient = row(await previewOf(RN, { tolerance: 0.2 }), 'salary').salary!;
  assert.equal(lenient.roles[0].claims[0]!.fits, true);
});

test('a top-coded 90th percentile (a workspace release with a cap) is open-ended, and the axis leaves room past it', async () => {
  const bundled = await bundledRoleIndex();
  const sales = bundled.bySoc('11-2022')!;
  const release = { ...sales.release, id: 'capped', topCode: { annual: 239_200, hourly: 115 } };
  const capped = { ...sales, wages: { ...sales.wages, p90: undefined }, topCoded: ['p90' as const], release, previous: [] };
  delete capped.wages.p90;
  const { createRoleIndex } = await import('../../src/core/dataset/role-index.js');
  const index = createRoleIndex(bundled.occupations, [capped]);
  const chart = row(await previewOf(PM, { dataset: index }), 'salary').salary!;
  const sm = chart.roles[1];
  assert.deepEqual(
    { value: sm.band?.p90?.value, atLeast: sm.band?.p90?.atLeast, label: sm.band?.p90?.label },
    { value: 239_200, atLeast: true, label: '≥ $239,200' },
  );
  assert.ok(chart.axis.max > 239_200);
  assert.ok(sm.band!.p90!.pct < 100);
});

test('without a dataset the salary row says why it has no chart', async () => {
  const chart = row(await previewOf(PM, { dataset: null }), 'salary').salary!;
  assert.match(chart.roles[0].unavailable ?? '', /no dataset/);
  assert.equal(chart.roles[0].band, undefined);
  assert.equal(chart.roles[0].claims[0]!.fits, undefined);
});

test('a role the dataset does not know gets no band, and its salary-unknown-role finding sits in the salary row', async () => {
  const text = read(PM).replaceAll('Sales Manager', 'Growth Wizard').replaceAll('sales manager', 'growth wizard');
  const dataset = await bundledRoleIndex();
  const outcome = buildPreviewModel({
    result: lint(text, { dataset }),
    dataset,
    config: resolveConfig(),
    uri: 'file:///x.md',
    fileName: 'x.md',
    version: 1,
  });
  assert.ok(outcome.ok);
  const salary = row(outcome.model, 'salary');
  assert.match(salary.salary!.roles[1].unavailable ?? '', /No occupation in the dataset matches “Growth Wizard”/);
  assert.ok(salary.findings.some((f) => f.ruleId === 'salary-unknown-role'));
});

test('a file that is not a comparison article gives a reason instead of a model', () => {
  const outcome = buildPreviewModel({
    result: lint('# Notes\n\nJust notes.\n'),
    dataset: undefined,
    config: resolveConfig(),
    uri: 'file:///n.md',
    fileName: 'n.md',
    version: 1,
  });
  assert.equal(outcome.ok, false);
  assert.match(outcome.ok ? '' : outcome.reason, /not a comparison article/);
});

test('raw HTML, links and code in the article reach the model as plain text', async () => {
  const model = await previewOf('test/fixtures/workspace/articles/adversarial.md');
  const all = model.rows.flatMap((r) => r.cells.flatMap((c) => c.sentences.map((s) => s.text))).join('\n');
  assert.match(model.title, /<script>document\.title = 'pwned-title'<\/script>$/);
  assert.match(all, /<img src=x onerror="document\.title='pwned-img'">/);
  assert.match(all, /<svg onload=/);
  assert.match(all, /They read the release notes before anyone else does\./);
  assert.doesNotMatch(all, /javascript:alert/);
  assert.match(all, /<script>document\.title = 'pwned-fence'<\/script>/);
});
