// A mention resolves to the article role whose matched occupation it names (claims/claim-roles.ts):
// BLS's coordinated titles and the names the matcher met; and a count's sentence states a period
// for the count only when no other claim stands nearer to it (claims/fact-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { salaryVerdicts } from '../../src/core/claims/salary-verdicts.js';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { claimRoles } from '../../src/core/claims/claim-roles.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

const SETTINGS = { tolerance: 0.15, otherSources: 'off' as const };
const article = (roles: [string, string], body: string) => comparisonArticle(`${roles[0]} vs. ${roles[1]}`, body);

async function salaryRoles(roles: [string, string], body: string) {
  return salaryVerdicts(article(roles, body), await bundledRoleIndex(), SETTINGS).map((j) => [j.claim.figure.raw, j.claim.role]);
}

test('a BLS title joining both compared roles names the role whose best match it is, not the role named last', async () => {
  const dataset = await bundledRoleIndex();
  // Butcher's only match is "Butchers and Meat Cutters"; Meat Cutter matches it second.
  const [butchers] = matchRole(dataset, 'Butcher').matches;
  assert.equal(butchers?.occupation.title, 'Butchers and Meat Cutters');
  assert.notEqual(matchRole(dataset, 'Meat Cutter').matches[0]?.occupation, butchers.occupation);
  assert.deepEqual(await salaryRoles(['Butcher', 'Meat Cutter'], 'Butchers and meat cutters bring home an average of $42,380 a year.'), [
    ['$42,380 a year', 'Butcher'],
  ]);
  // A title both roles' best match is (Stocker and Order Filler both mean Stockers and Order
  // Fillers) is said of both: the first role takes it, as the corpora give a claim about both.
  assert.deepEqual(
    await salaryRoles(
      ['Stocker', 'Order Filler'],
      'On average, stockers and order fillers are paid $39,540 a year, while stockers alone earn less.',
    ),
    [['$39,540 a year', 'Stocker']],
  );
});

test('without the dataset the same sentence falls back to the nearest role named before the figure', () => {
  const roles = claimRoles(article(['Butcher', 'Meat Cutter'], 'x'));
  assert.equal(roles.datasetNames, undefined);
});

test('a name the matcher met for the role, written out in full, names the role', async () => {
  const dataset = await bundledRoleIndex();
  const ux = matchRole(dataset, 'UX Designer').matches[0]!;
  assert.match(ux.matched, /User Experience Designer/);
  const { employmentBase } = ux.occupation.outlook!;
  const body = `User experience designers held about ${(employmentBase * 1000).toLocaleString('en-US')} jobs, more than graphic designers did.`;
  const judged = outlookVerdicts(article(['UX Designer', 'Graphic Designer'], body), dataset, { tolerance: 2 });
  assert.deepEqual(
    judged.map((j) => [j.claim.kind, j.role, j.outcome.type]),
    [['employment', 'UX Designer', 'fits']],
  );
});

test('a BLS title with commas names its role in any case, its commas optional', async () => {
  const dataset = await bundledRoleIndex();
  const body = 'Heating air conditioning and refrigeration mechanics and installers earn a median of $59,810 a year, electricians more.';
  const judged = salaryVerdicts(article(['HVAC Mechanic', 'Electrician'], body), dataset, SETTINGS);
  assert.deepEqual(
    judged.map((j) => j.claim.role),
    ['HVAC Mechanic'],
  );
});

function counts(body: string) {
  return factClaims(article(['Surveyor', 'Cartographer'], body), []).map(({ kind, raw, to }) => ({ kind, raw, to }));
}

test('openings a year beside a percent stated for a period: the period is the percent’s, the openings state no year', () => {
  assert.deepEqual(counts('Surveyor jobs should rise 4% between 2025 and 2035, and about 3,700 openings are expected each year.'), [
    { kind: 'outlook-percent', raw: '4%', to: 2035 },
    { kind: 'openings', raw: 'about 3,700 openings', to: undefined },
  ]);
});

test('a count alone with a period in its sentence states that period', () => {
  assert.deepEqual(counts('From 2025 to 2035, cartographers will see some 1,000 openings each year.'), [
    { kind: 'openings', raw: 'some 1,000 openings', to: 2035 },
  ]);
  assert.deepEqual(counts('Surveyors will gain about 2,300 jobs by 2029, though their growth is modest at 2%.'), [
    { kind: 'employment-change', raw: 'gain about 2,300 jobs', to: 2029 },
    { kind: 'outlook-percent', raw: '2%', to: 2029 },
  ]);
});

test('a claim whose sentence names no role belongs to the one role its heading names, and to none under a heading naming both', async () => {
  const dataset = await bundledRoleIndex();
  const body =
    '## Surveyor Pay\n\nThe median wage was $70,000 in May 2025.\n\n## Surveyor vs. Cartographer Pay\n\nThe median wage was $75,000.';
  assert.deepEqual(
    salaryVerdicts(article(['Surveyor', 'Cartographer'], body), dataset, SETTINGS).map((j) => [j.claim.figure.raw, j.claim.role]),
    [
      ['$70,000', 'Surveyor'],
      ['$75,000', undefined],
    ],
  );
});

test('a field named by the role’s own noun names the role: with its modifiers alone, a bare one before a word for the work', () => {
  const roles = (pair: [string, string], body: string) => factClaims(article(pair, body), []).map(({ kind, role }) => [kind, role]);
  assert.deepEqual(roles(['Interior Designer', 'Architect'], 'Interior design is a field with about 8,000 openings each year.'), [
    ['openings', 'Interior Designer'],
  ]);
  assert.deepEqual(roles(['Welder', 'Roofer'], 'Roofing jobs are projected to grow 3% through 2035.'), [['outlook-percent', 'Roofer']]);
  assert.deepEqual(roles(['Welder', 'Roofer'], 'Roofing is projected to grow 3% through 2035.'), [['outlook-percent', undefined]]);
});
