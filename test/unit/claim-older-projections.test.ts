// A projection figure or pay range with no period stated that is an earlier bundled release's own is
// out of date, naming the current figure, not a mismatch (claims/outlook-verdicts.ts, claims/salary-judge.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { wageHistory } from '../../src/core/dataset/bundled.js';

async function outlookFindings(sentence: string, role = 'Surveyor') {
  const dataset = await bundledRoleIndex();
  const text = `# ${role} vs. Cartographer: What Are the Differences?\n\n${sentence}\n`;
  return lint(text, { dataset })
    .findings.filter((f) => f.ruleId === 'outlook-mismatch')
    .map((f) => ({ messageId: f.messageId, claimed: f.data?.claimed, expected: f.data?.expected, fix: f.suggestions?.[0]?.fix.text }));
}

test('an earlier release’s openings are out of date, with the current figure as the fix', async () => {
  const index = await bundledRoleIndex();
  const surveyors = index.occupations.find((o) => o.title === 'Surveyors')!;
  const [current, older] = surveyors.outlooks!;
  assert.ok(current && older, 'the bundled data has two projection releases for surveyors');
  const oldOpenings = (older.openingsPerYear * 1000).toLocaleString('en-US');
  const found = await outlookFindings(`Surveyors can expect about ${oldOpenings} openings each year.`);
  assert.deepEqual(found, [
    {
      messageId: 'outdatedFigure',
      claimed: older.openingsPerYear * 1000,
      expected: current.openingsPerYear * 1000,
      fix: `about ${(current.openingsPerYear * 1000).toLocaleString('en-US')} openings`,
    },
  ]);
});

test('an earlier release’s percent is out of date when it misses the current one by more than the tolerance', async () => {
  const index = await bundledRoleIndex();
  const dietitians = index.occupations.find((o) => o.title === 'Dietitians and Nutritionists')!;
  const [current, older] = dietitians.outlooks!;
  assert.ok(current && older && Math.abs(current.changePercent - older.changePercent) > 2, 'releases differ by over 2 points');
  const percent = await outlookFindings(
    `Dietitians will see employment rise ${older.changePercent} percent, the BLS projects.`,
    'Dietitian',
  );
  assert.deepEqual(
    percent.map((f) => [f.messageId, f.expected]),
    [['outdatedFigure', current.changePercent]],
  );
});

test('a figure no release gives stays a mismatch', async () => {
  const found = await outlookFindings('Surveyors can expect about 47,000 openings each year.');
  assert.deepEqual(
    found.map((f) => f.messageId),
    ['openings'],
  );
});

test('a pay range whose ends are an earlier release’s percentiles is out of date, fixed to today’s pair', async () => {
  const dataset = await bundledRoleIndex();
  const surveyors = dataset.occupations.find((o) => o.title === 'Surveyors')!;
  const [current, older] = wageHistory(surveyors);
  assert.ok(current && older, 'two wage releases for surveyors');
  const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
  const range = (w: typeof current.wages, low: 'p10' | 'p25', high: 'p90' | 'p75') => `${usd(w[low]!)} and ${usd(w[high]!)}`;
  const text = (figures: string) =>
    `# Surveyor vs. Cartographer: What Are the Differences?\n\n## Salary\n\nMost surveyors earn between ${figures} a year.\n`;
  const findings = (figures: string) => lint(text(figures), { dataset }).findings.filter((f) => f.ruleId === 'salary-mismatch');
  const old = findings(range(older.wages, 'p10', 'p90'));
  assert.deepEqual(
    old.map((f) => f.messageId),
    ['outdated'],
  );
  assert.ok(old[0]!.suggestions?.[0]?.fix.text.includes(range(current.wages, 'p10', 'p90')), 'the fix writes today’s pair');
  assert.equal(findings(range(older.wages, 'p25', 'p75'))[0]?.messageId, 'outdated');
  assert.deepEqual(findings(range(current.wages, 'p10', 'p90')), []);
});

test('an earlier release’s self-employed share is out of date, not a mismatch', async () => {
  const index = await bundledRoleIndex();
  const occupation = index.occupations.find((o) => {
    const [current, older] = o.outlooks ?? [];
    return (
      o.title !== 'Personal Financial Advisors' &&
      current?.selfEmployedPercent !== undefined &&
      older?.selfEmployedPercent !== undefined &&
      Math.abs(Math.round(older.selfEmployedPercent) - current.selfEmployedPercent) > 1 &&
      /^[A-Z][a-z]+s$/.test(o.title)
    );
  })!;
  const [current, older] = occupation.outlooks!;
  const role = occupation.title.slice(0, -1);
  const found = await outlookFindings(
    `About ${Math.round(older!.selfEmployedPercent!)} percent of ${occupation.title.toLowerCase()} were self-employed.`,
    role,
  );
  assert.deepEqual(
    found.map((f) => [f.messageId, f.expected]),
    [['outdatedFigure', current!.selfEmployedPercent]],
    occupation.title,
  );
});

test('an earlier OEWS release’s employment is out of date, naming the wage survey, not a mismatch', async () => {
  const index = await bundledRoleIndex();
  const surveyors = index.occupations.find((o) => o.title === 'Surveyors')!;
  const old = surveyors.previous?.find((s) => s.employment !== undefined)?.employment;
  assert.ok(old !== undefined && surveyors.employment !== undefined && Math.abs(old - surveyors.employment) > 100, 'two OEWS counts');
  assert.ok(Math.abs(old - surveyors.outlook!.employmentBase * 1000) > 100, 'the old count is not the projection base');
  const found = await outlookFindings(`Surveyors held about ${old.toLocaleString('en-US')} jobs.`);
  assert.deepEqual(
    found.map((f) => [f.messageId, f.claimed]),
    [['outdatedEmployment', old]],
  );
  const never = await outlookFindings(`Surveyors held about ${(old + 9_000).toLocaleString('en-US')} jobs.`);
  assert.deepEqual(
    never.map((f) => f.messageId),
    ['employment'],
  );
});
