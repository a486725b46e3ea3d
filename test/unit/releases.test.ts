// The bundled data as releases: OEWS May 2025 current, May 2024 and May 2023 kept as previous
// releases, EP 2025–35 current and EP 2024–34 previous, joined by SOC code; salary figures judged against the current release,
// with each release's own top-code rule and hours per year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index.js';
import { wageFigure } from '../../src/core/dataset/bundled.js';
import { judgeClaim } from '../../src/core/claims/salary-judge.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';
import type { Occupation } from '../../src/core/dataset/types.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const bySoc = async (soc: string) => (await bundledRoleIndex()).bySoc(soc)!;

test('the current release is May 2025, with May 2024 and May 2023 as previous releases, EP 2025–35 current and EP 2024–34 previous', async () => {
  const sales = await bySoc('11-2022');
  assert.equal(sales.release.period, 'May 2025');
  assert.equal(
    sales.release.citation,
    'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 (national estimates)',
  );
  assert.equal(sales.url, 'https://www.bls.gov/oes/2025/may/oes112022.htm');
  assert.equal(sales.wages.mean, 164_350);
  assert.deepEqual(
    sales.previous?.map((s) => [s.period, s.wages.mean]),
    [
      ['May 2024', 160_930],
      ['May 2023', 157_610],
    ],
  );
  const np = await bySoc('29-1171');
  assert.equal(np.outlook?.changePercent, 41.0);
  assert.ok(np.outlook);
  assert.equal(np.outlook.education, "Master's degree");
  assert.equal(np.outlook.openingsPerYear, 29.4);
  assert.equal(np.outlook.release.period, '2025–35');
  assert.equal(np.outlook.release.targetYear, 2035);
  assert.deepEqual(
    np.outlooks?.map((o) => [o.release.period, o.changePercent, o.openingsPerYear, o.education]),
    [
      ['2025–35', 41.0, 29.4, "Master's degree"],
      ['2024–34', 40.1, 29.5, "Master's degree"],
    ],
  );
  assert.equal((await bySoc('43-3031')).outlook?.changePercent, -5.6);
  const index = await bundledRoleIndex();
  assert.deepEqual(
    [index.releases.projections.current?.period, index.releases.projections.previous.map((r) => r.period)],
    ['2025–35', ['2024–34']],
  );
  assert.equal(index.releases.wages.current.period, 'May 2025');
});

test('every EP field is kept, and a figure BLS prints no value for stays blank, never zero', async () => {
  const nurse = (await bySoc('29-1141')).outlook!;
  assert.deepEqual(
    [
      nurse.employmentBase,
      nurse.employmentTarget,
      nurse.changeNumeric,
      nurse.changePercent,
      nurse.selfEmployedPercent,
      nurse.openingsPerYear,
    ],
    [3465.4, 3660.1, 194.7, 5.6, 0.5, 180.8],
  );
  assert.deepEqual([nurse.education, nurse.experience, nurse.training], ["Bachelor's degree", 'None', 'None']);
  // 13-1020 has no numeric change in 2025–35; 11-1031's 2024–34 self-employed share is "—".
  const buyers = (await bySoc('13-1020')).outlook!;
  assert.equal('changeNumeric' in buyers, false);
  assert.equal(buyers.employmentBase > 0, true);
  const legislators2024 = (await bundledRoleIndex()).projectionFor('11-1031', '2024-2034')!;
  assert.equal('selfEmployedPercent' in legislators2024, false);
  assert.equal(legislators2024.changeNumeric, 0.9);
});

test('an occupation missing from EP 2025–35 (11-1031 Legislators) keeps its 2024–34 figures, labelled with that period', async () => {
  const index = await bundledRoleIndex();
  const legislators = index.bySoc('11-1031')!;
  assert.equal(legislators.outlook?.release.period, '2024–34');
  assert.equal(legislators.outlook?.changePercent, 3.4);
  assert.equal(index.projectionFor('11-1031'), legislators.outlook);
  assert.equal(index.projectionFor('11-1031', '2025–35'), undefined);
});

test('projectionFor reads a period as articles and callers write it', async () => {
  const index = await bundledRoleIndex();
  for (const period of ['2024–34', '2024-34', '2024-2034', '2024 to 2034', 'ep-2024-34'])
    assert.equal(index.projectionFor('15-1252', period)?.changePercent, 15.8, period);
  assert.equal(index.projectionFor('15-1252')?.changePercent, 10.2);
  assert.equal(index.projectionFor('15-1252', '2022–32'), undefined);
  assert.equal(index.projectionFor('99-9999'), undefined);
});

test('outlook descriptor bands are data per projection period, and a change falls in the band the OOH prints', async () => {
  const { bandFor } = await import('../../src/core/dataset/facts.js');
  const index = await bundledRoleIndex();
  const bands = index.descriptorBands()!;
  assert.deepEqual([bands.period, bands.averagePercent, bands.totalChangePercent], ['2025–35', 3, 3.5]);
  assert.equal(index.descriptorBands('2024–34')?.totalChangePercent, 3.1);
  assert.equal(index.descriptorBands('2020–30'), undefined);
  const band = (percent: number) => bandFor(bands, percent)?.descriptor;
  assert.deepEqual([41.0, 6.6, 5.6, 3.8, 2.4, 0.4, -0.4, -0.6, -5.6].map(band), [
    'Much faster than average',
    'Much faster than average',
    'Faster than average',
    'As fast as average',
    'Slower than average',
    'Little or no change',
    'Little or no change',
    'Decline',
    'Decline',
  ]);
});

test('an occupation the current release dropped keeps the figures of the latest release that has it', async () => {
  const legislators = await bySoc('11-1031');
  assert.equal(legislators.release.period, 'May 2024');
  assert.equal(legislators.previous?.[0]?.period, 'May 2023');
});

test('top-coding follows the release: May 2025 publishes the Sales Managers p90, May 2024 capped it at its own $239,200', async () => {
  const sales = await bySoc('11-2022');
  assert.equal(sales.release.topCode, null);
  assert.deepEqual(wageFigure(sales, 'p90'), { value: 290_540, atLeast: false });
  const may2024 = sales.previous![0]!;
  assert.deepEqual(may2024.release.topCode, { annual: 239_200, hourly: 115 });
  assert.deepEqual(wageFigure(may2024, 'p90'), { value: 239_200, atLeast: true });
  // A release with another cap, or none, is read with its own rule.
  const capped = { ...may2024, release: { ...may2024.release, topCode: { annual: 250_000, hourly: 120 } } };
  assert.deepEqual(wageFigure(capped, 'p90'), { value: 250_000, atLeast: true });
  assert.equal(wageFigure({ ...may2024, release: { ...may2024.release, topCode: null } }, 'p90'), undefined);
});

test('hourly figures are annualised with the hours per year of the release they are compared with', async () => {
  const sales = await bySoc('11-2022');
  const [figure] = findSalaryFigures('Sales managers earn an average of $79.02 per hour.');
  assert.equal(judgeClaim(figure!, sales, 0.01).fits, true);
  const shortYear: Occupation = { ...sales, previous: [], release: { ...sales.release, hoursPerYear: 1_800 } };
  assert.equal(judgeClaim(figure!, shortYear, 0.01).fits, false);
});

const TITLE =
  '# Marketing Manager vs. Sales Manager: What Are the Differences?\n\n## Marketing Manager vs. Sales Manager\n\n### Salary\n\n';
const salaryFindings = (text: string, dataset: Awaited<ReturnType<typeof bundledRoleIndex>>) =>
  lint(text, { dataset }).findings.filter((f) => f.ruleId === 'salary-mismatch' || f.ruleId === 'salary-no-source');

test('May 2025 means cited as May 2025 give no salary finding', async () => {
  const dataset = await bundledRoleIndex();
  const text = `${TITLE}Marketing managers earn an average salary of $177,770 per year, while sales managers earn an average salary of $164,350 per year (BLS, May 2025).\n`;
  assert.deepEqual(salaryFindings(text, dataset), []);
});

test('May 2024 means cited as May 2024 get one out-of-date finding per role, and applying the suggestions lints clean', async () => {
  const dataset = await bundledRoleIndex();
  let text = `${TITLE}Marketing managers earn an average salary of $171,520 per year, while sales managers earn an average salary of $160,930 per year (BLS, May 2024).\n`;
  const findings = salaryFindings(text, dataset);
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      'Out-of-date salary `$171,520 per year` for `Marketing Manager`: it matches the May 2024 mean for Marketing Managers (`$171,520`); the May 2025 mean is `$177,770`',
      'Out-of-date salary `$160,930 per year` for `Sales Manager`: it matches the May 2024 mean for Sales Managers (`$160,930`); the May 2025 mean is `$164,350`',
    ],
  );
  // One suggestion at a time, as an author applies them; each run lints the text it produced.
  for (let pass = 0; pass < 3; pass++) {
    const next = salaryFindings(text, dataset)[0];
    if (!next) break;
    text = applyFixes(text, [next.suggestions![0]!.fix]).text;
  }
  assert.match(text, /\$177,770 per year.*\$164,350 per year \(BLS, May 2025\)/);
  assert.deepEqual(salaryFindings(text, dataset), []);
});

test('current figures under an older citation get a fix that updates the citation only', async () => {
  const dataset = await bundledRoleIndex();
  const text = `${TITLE}Marketing managers earn an average salary of $177,770 per year (BLS, May 2024).\n`;
  const [finding, ...rest] = salaryFindings(text, dataset);
  assert.deepEqual(rest, []);
  assert.equal(finding?.messageId, 'outdatedCitation');
  assert.equal(applyFixes(text, [finding.fix!]).text, text.replace('May 2024', 'May 2025'));
});

test('the hover card shows the job outlook and typical education rows and credits EP', async () => {
  const { occupationCard } = await import('../../src/core/judged/card.js');
  const card = occupationCard(await bySoc('29-1141'));
  assert.match(card, /\| Job outlook, 2025–35 \| \+5\.6% from 2025 to 2035 \(180,800 openings a year\) \|/);
  assert.match(
    card,
    /\| Projected employment \| 3,465,400 in 2025 to 3,660,100 in 2035; \+194,700 jobs \(\+5\.6%\); self-employed 0\.5% in 2025 \|/,
  );
  assert.match(card, /\| Typical education \| Bachelor's degree \|/);
  assert.match(card, /Source: \[BLS OEWS May 2025\]\(https:\/\/www\.bls\.gov\/oes\/2025\/may\/oes291141\.htm\)/);
  assert.match(
    card,
    / · Outlook and education: \[U\.S\. Bureau of Labor Statistics, Employment Projections, 2025–35\]\(https:\/\/www\.bls\.gov\/ooh\/\)/,
  );
});
