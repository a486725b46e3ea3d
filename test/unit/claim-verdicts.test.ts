// One verdict per claim: lint, the hover, the preview chart and the site report read the same
// judgement under the config's own options (claims/salary-verdicts.ts, judged/settings.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, resolveConfig, siteClaims } from '../../src/core/index.js';
import { refreshAll } from '../../src/core/refresh.js';
import { buildAreas } from '../../src/core/dataset/areas.js';
import { createRoleIndex } from '../../src/core/dataset/role-index.js';
import { loadBundledDataset } from '../../src/node/bundled-dataset.js';
import { buildSiteReport } from '../../src/core/report/model.js';
import { buildPreviewModel } from '../../src/core/preview/model.js';
import { hoverAt, hoverTable } from '../../src/session/hover.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ARTICLE = `# Product Manager vs. Sales Manager: What Are the Differences?

Sales managers earn an average salary of $150,000, according to the BLS.

## What Is a Product Manager?

A product manager owns a product.

## What Is a Sales Manager?

A sales manager leads a sales team.

## Product Manager vs. Sales Manager

### Salary

Product managers earn an average salary of $177,000 a year.
`;

/** What each consumer says of the figure at `raw`: [lint warns, hover warns, chart fits, report status]. */
async function verdicts(tolerance: number | undefined, raw: string) {
  const dataset = await bundledRoleIndex();
  const config = resolveConfig(tolerance === undefined ? {} : { rules: { 'salary-mismatch': { tolerance } } });
  const result = lint(ARTICLE, { dataset, config });
  const at = ARTICLE.indexOf(raw);
  const lintWarns = result.findings.some((f) => f.ruleId === 'salary-mismatch' && f.start.offset === at);
  const hover = hoverAt(hoverTable(result, dataset, config), at)?.markdown ?? '';
  const outcome = buildPreviewModel({ result, dataset, config, uri: 'file:///a.md', fileName: 'a.md', version: 1 });
  assert.ok(outcome.ok);
  const chart = outcome.model.rows.find((r) => r.id === 'salary')!.salary!;
  const mark = chart.roles.flatMap((r) => r.claims).find((c) => c.raw.startsWith(raw));
  const report = buildSiteReport([
    { display: 'a.md', isArticle: true, findings: result.findings, claims: siteClaims(result.article, dataset, config) },
  ]);
  const figure = report.roles.flatMap((r) => r.figures).find((f) => f.raw.startsWith(raw));
  return [lintWarns, hover.includes('$(warning)'), mark?.fits, figure?.status];
}

test('lint, hover, preview and the site report give one verdict per claim under a non-default tolerance', async () => {
  // $150,000 is 9% under the Sales Managers mean ($164,350): a warning at 5%, in line at the default 15%.
  assert.deepEqual(await verdicts(0.05, '$150,000'), [true, true, false, 'mismatched']);
  assert.deepEqual(await verdicts(undefined, '$150,000'), [false, false, true, 'current']);
  assert.deepEqual(await verdicts(0.05, '$177,000'), [false, false, true, 'current']);
});

test('a salary hover leads with the verdict and shows whole at the default hover height', async () => {
  const dataset = await bundledRoleIndex();
  const config = resolveConfig({ rules: { 'salary-mismatch': { tolerance: 0.05 } } });
  const result = lint(ARTICLE, { dataset, config });
  const hover = hoverAt(hoverTable(result, dataset, config), ARTICLE.indexOf('$150,000'))?.markdown ?? '';
  const lines = hover.split('\n');
  // What the article says, what BLS says, the difference and the release, before anything else.
  assert.equal(lines[0], '$(warning) Article `$150,000` · BLS mean $164,350 · -9% · BLS OEWS May 2025');
  assert.ok(lines.length <= 16, `${lines.length} lines:\n${hover}`);
  const order = ['Article', '| Mean |', '| Job outlook', '| Typical education |', 'Source: '].map((s) => hover.indexOf(s));
  assert.ok(
    order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
    `verdict, table, outlook, education, source in order:\n${hover}`,
  );
});

test('refresh rewrites percentiles, stated years, wording bands and counts wherever they stand, with the verdicts the rules report', async () => {
  const dataset = await bundledRoleIndex();
  const text = `# Plumber vs. Electrician: What Are the Differences?

In May 2019, the median pay for plumbers was $55,160. The lowest 10 percent of electricians earned less than $39,430.

## Outlook

Employment of plumbers is projected to grow faster than average, with about 44,000 openings each year.
`;
  const { text: refreshed, left } = refreshAll(text, { dataset });
  assert.equal(
    refreshed,
    text
      .replace('May 2019, the median pay for plumbers was $55,160', 'May 2025, the median pay for plumbers was $63,800')
      .replace('$39,430', '$42,640 (BLS OEWS May 2025)')
      .replace('grow faster than average', 'grow much faster than average')
      .replace('about 44,000 openings', 'about 42,000 openings'),
  );
  assert.deepEqual(left, []);
  assert.deepEqual(refreshAll(refreshed, { dataset }).applied, 0);
});

test('a figure stated for a place is judged against that area when its data is loaded, and otherwise noted once as not checked', async () => {
  const occupations = await loadBundledDataset();
  const rn = occupations.find((o) => o.soc === '29-1141')!;
  const release = { ...rn.release, id: 'oews-2025-tx', area: 'Texas', citation: 'BLS OEWS May 2025, Texas' };
  const texas = { ...rn, release, wages: { ...rn.wages, median: 88_000, mean: 91_000 } };
  const built = buildAreas([{ file: 'tx.json', occupations: [texas] }]);
  assert.ok(built.ok);
  const dataset = createRoleIndex(occupations, [], built.areas);
  const text = `# Registered Nurse vs. Nurse Practitioner: What Are the Differences?

Registered nurses in Texas earn a median of $88,000. Registered nurses in Texas earn a median of $60,000. Registered nurses in California earn a median of $148,330.
`;
  const found = lint(text, { dataset }).findings.filter((f) => f.ruleId === 'salary-mismatch');
  assert.deepEqual(
    found.map((f) => [text.slice(f.start.offset, f.end.offset), f.messageId, f.severity]),
    [
      ['$60,000', 'single', 'warning'],
      ['$148,330', 'place', 'info'],
    ],
  );
  assert.match(found[0]!.message, /median for Registered Nurses \(29-1141\) is `\$88,000`/);
});
