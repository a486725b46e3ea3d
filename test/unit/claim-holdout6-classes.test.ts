// Failure classes the sixth held-out corpus exposed (claims/fact-claims.ts, outlook-claims.ts,
// dataset/names/match-rules.ts, claims/heading-roles.ts, table-facts.ts),
// each tested on sentences and occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { outlookClaims } from '../../src/core/claims/outlook-claims.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { comparisonArticle } from './helpers/claims.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { buildArticle } from '../../src/core/model/article.js';

const TITLE = 'Roofer vs. Glazier';
function counts(body: string) {
  const article = comparisonArticle(TITLE, body);
  return factClaims(article, []).map(({ kind, role, value, to }) => ({ kind, role, value, to }));
}
const directions = (body: string) => outlookClaims(comparisonArticle(TITLE, body)).map((c) => c.raw);

test('"employment is projected to grow by N" without the word jobs states a change in jobs, not a direction', () => {
  const body = 'Roofer employment is projected to grow by 7,300 from 2025 to 2035, with about 14,600 openings each year.';
  assert.deepEqual(counts(body), [
    { kind: 'employment-change', role: 'Roofer', value: 7300, to: 2035 },
    // The period is the change's: openings are a yearly average, stated for no year.
    { kind: 'openings', role: 'Roofer', value: 14600, to: undefined },
  ]);
  assert.deepEqual(directions(body), []);
  assert.deepEqual(counts('The number of glazier jobs should fall by 1,200 over the decade.'), [
    { kind: 'employment-change', role: 'Glazier', value: -1200, to: undefined },
  ]);
});

test('"by" a percent, a year or a count of something else is no change in jobs', () => {
  assert.deepEqual(
    counts('Roofer employment is projected to grow by 4 percent.').map((c) => c.kind),
    ['outlook-percent'],
  );
  assert.deepEqual(counts('Roofer employment is projected to grow by 2035.'), []);
  assert.deepEqual(directions('Roofer employment is projected to grow by 2035.').length, 1);
  assert.deepEqual(counts('Roofer employment is steady, and enrollment in the course grew by 300 students.'), []);
  assert.deepEqual(counts('Roofers say their pay grew by 3,000 last year.'), []);
});

test('a title several occupations write means the ones whose BLS title says most of its words', async () => {
  const index = await bundledRoleIndex();
  const socs = (role: string) => matchRole(index, role).matches.map((m) => m.occupation.soc);
  // "PI (Private Investigator)" is also written for criminal investigators, whose title shares one word.
  assert.deepEqual(socs('Private Investigator'), ['33-9021']);
  // A residual "Health Technologists and Technicians, All Other" shares only the head noun.
  const ophthalmic = socs('Ophthalmic Technician');
  assert.equal(ophthalmic[0], '29-2057');
  assert.ok(!ophthalmic.includes('29-2099'), ophthalmic.join());
});

test('letters no name decides mean the title they spell that shares the other role’s head noun', async () => {
  const index = await bundledRoleIndex();
  const socs = (title: string, role: string) =>
    resolveRole(buildArticle(`# ${title}: What Are the Differences?\n\nText.\n`), index, role).matches.map((m) => m.occupation.soc);
  assert.deepEqual(socs('Respiratory Therapist vs. PT', 'PT'), ['29-1123']);
  // Beside a technician "PT" is still two technicians (psychiatric, pharmacy): nothing is guessed.
  assert.deepEqual(socs('PT vs. Surgical Technologist', 'PT'), []);
  assert.deepEqual(socs('PT vs. Cashier', 'PT'), []);
});

test('a short line naming one role above a list heads that list, as a heading would', () => {
  const roles = (body: string) => salaryClaims(comparisonArticle(TITLE, body)).map((c) => [c.figure.raw, c.role]);
  assert.deepEqual(roles('Glazier at a glance\n- Median pay: $52,400\n- Hours: full time\n\nThe pay of $47,900 is another figure.\n'), [
    ['$52,400', 'Glazier'],
    // Only the list: a paragraph after it is no part of the snapshot.
    ['$47,900', undefined],
  ]);
  // A lead that is a sentence, or names no role, heads nothing.
  assert.deepEqual(roles('We looked at the glazier first.\n- Median pay: $52,400\n'), [['$52,400', undefined]]);
  assert.deepEqual(roles('## Glazier\n\nKey figures\n- Median pay: $52,400\n'), [['$52,400', 'Glazier']]);
});

test('a list item that is a label and its figure states the fact its label names, once', () => {
  const body =
    'Glazier at a glance\n- Jobs: 61,200\n- Openings per year: 5,900\n- Self-employed: 4%\n- Outlook: 3% job growth\n- Shift: 7:00 to 3:30\n';
  assert.deepEqual(
    counts(body).map(({ kind, role, value }) => [kind, role, value]),
    [
      ['employment', 'Glazier', 61200],
      ['openings', 'Glazier', 5900],
      ['self-employed', 'Glazier', 4],
      ['outlook-percent', 'Glazier', 3],
    ],
  );
});
