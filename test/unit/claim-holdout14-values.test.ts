// Failure classes the fourteenth held-out corpus exposed in what a claim states (a union contract's
// or wage scale's rate, a level called the usual ticket or named in apposition, "High school or
// GED", openings said as jobs that open or must be filled, an elliptic count after openings or
// before its role, a change restated in jobs after its percent or said as "N more", a few hundred
// who work in a place, a hyphenated area, a "shrinking" percent, a count that copies an older
// release exactly), each tested on sentences and occupations of our own (claims/contract-pay.ts,
// education-claims.ts, education-levels.ts, count-patterns.ts, fact-claims.ts, places.ts,
// outlook-older.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedClaims as claims, briefClaims as brief, placedClaims as placed } from './helpers/listed-claims.js';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { comparisonArticle } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ELEC = 'Electrician vs. Plumber';
const WELD = 'Welder vs. Machinist';
const BAKE = 'Baker vs. Butcher';

test('a union contract’s or a wage scale’s rate is no claim; the BLS figure beside it stays', async () => {
  assert.deepEqual(await brief(ELEC, 'Our Local’s inside wiremen make $54.75/hr on the current scale.'), []);
  assert.deepEqual(await brief(ELEC, 'Per BLS, plumbers average $66k a year, but our contract beats that: $41.20 base for a journeyman.'), [
    'salary/mean',
  ]);
  assert.deepEqual(await brief(ELEC, 'The union scale for journeyman plumbers is $49.30 an hour.'), []);
  assert.deepEqual(await brief(WELD, 'Welders earn a median of $51,000; pipeline welders get $48 an hour under the UA contract.'), [
    'salary/median',
  ]);
  // "contract" naming workers is no agreement: their pay is a claim.
  assert.deepEqual(await brief(ELEC, 'Per BLS, the contract electricians earn a median of $64,000.'), ['salary/median']);
});

test('an education level called the usual ticket, path or credential, in apposition, or "all you need"', async () => {
  // The whole level's name, not "certificate" inside it.
  assert.deepEqual(
    (await claims(BAKE, 'Bakers need no diploma, while a postsecondary certificate is the usual ticket into meat cutting.')).map(
      (c) => c.text,
    ),
    ['postsecondary certificate'],
  );
  assert.deepEqual(
    await brief(WELD, 'Our 10-month program ends in a postsecondary certificate, the typical entry credential for welders.'),
    ['education/level'],
  );
  assert.deepEqual(await brief(WELD, 'For machinists, the usual path is a high school diploma and a long apprenticeship.'), [
    'education/level',
  ]);
  assert.deepEqual(await brief(WELD, 'The standard credential for welders is a postsecondary certificate.'), ['education/level']);
  assert.deepEqual(await brief(ELEC, 'A high school diploma is all you need to start an electrical apprenticeship.'), ['education/level']);
  // A level only a few jobs ask for is no typical requirement.
  assert.deepEqual(await brief(WELD, 'Welders take a certificate, the standard route for some specialized roles.'), []);
});

test('"High school or GED" names the diploma level, in a table cell and in prose', async () => {
  const levels = await claims(WELD, '| | Welder | Machinist |\n|---|---|---|\n| Typical education | HS diploma/GED | High school or GED |');
  assert.deepEqual(
    levels.map((c) => `${c.role}: ${c.text}`),
    ['Welder: HS diploma/GED', 'Machinist: High school or GED'],
  );
  assert.deepEqual(
    (await claims(ELEC, 'Plumbers need a high school diploma or a GED to start.')).map((c) => c.text),
    ['high school diploma or a GED'],
  );
});

test('openings said as jobs that open, or that employers must fill or hire for, each year', async () => {
  assert.deepEqual(await brief(ELEC, 'Plumbers earn a median of $62,000, and about 42,000 plumber jobs open each year.'), [
    'salary/median',
    'openings/count',
  ]);
  assert.deepEqual(
    await brief(WELD, 'Employers will need to fill roughly 40 thousand welding jobs each year, mostly to replace retirees.'),
    ['openings/count'],
  );
  assert.deepEqual(await brief(BAKE, 'Bakeries are expected to hire about 36,500 bakers a year through the decade.'), ['openings/count']);
  assert.deepEqual(await brief(WELD, 'About 26,000 machinist positions will open up every year.'), ['openings/count']);
  // One employer's hiring, or jobs filled with no year, is no projection.
  assert.deepEqual(await brief(WELD, 'At our shop we hire about 300 welders each year.'), []);
  assert.deepEqual(await brief(WELD, 'Each spring we fill about 2,400 welder jobs a year for local fabricators.'), []);
  assert.deepEqual(await brief(WELD, 'The staffing firm filled 2,400 welder jobs last spring.'), []);
});

test('an elliptic count after openings: the second role before or after it, after a semicolon, "in all"', async () => {
  const roles = async (title: string, body: string) => (await claims(title, body)).map((c) => `${c.kind} ${c.role}`);
  assert.deepEqual(await roles(ELEC, 'Electricians will see about 72,700 openings each year, and plumbers about 42,000.'), [
    'openings Electrician',
    'openings Plumber',
  ]);
  assert.deepEqual(await roles(BAKE, 'Bakers can expect about 36,500 openings a year; butchers, about 15,100.'), [
    'openings Baker',
    'openings Butcher',
  ]);
  assert.deepEqual(await roles(WELD, 'About 40,300 openings for welders are projected each year, and about 26,100 for machinists.'), [
    'openings Welder',
    'openings Machinist',
  ]);
  assert.deepEqual(await brief(WELD, 'Welders held about 460,000 jobs in 2025, and machinists about 390,000 in all.'), [
    'employment/count 2025',
    'employment/count 2025',
  ]);
  // A figure of something else after the openings is no count.
  assert.deepEqual(await brief(WELD, 'Welders will see about 40,300 openings each year, and the course takes about 1,200 hours.'), [
    'openings/count',
  ]);
});

test('a change restated in jobs after its percent, said as "N more", or as an increase of N', async () => {
  assert.deepEqual(await brief(ELEC, 'From 2025 to 2035, plumber employment is projected to rise 7 percent, or about 34,500 jobs.'), [
    'outlook-percent/percent 2035',
    'employment-change/count 2035',
  ]);
  const [, loss] = await claims(WELD, 'Machinist employment is projected to decline 3% (about 9,000 jobs) over the decade.');
  assert.equal(loss?.kind, 'employment-change');
  assert.deepEqual(await brief(BAKE, 'Butchers held about 150,000 jobs in May 2025 and will add about 3,300 more by 2035.'), [
    'employment/count 2025',
    'employment-change/count 2035',
  ]);
  assert.deepEqual(await brief(BAKE, 'Bakers held about 265,000 jobs in 2025, and BLS calls for about 14,500 more by 2035.'), [
    'employment/count 2025',
    'employment-change/count 2035',
  ]);
  assert.deepEqual(await brief(ELEC, 'Electrician employment should grow 9 percent, an increase of about 75,900 over the decade.'), [
    'outlook-percent/percent',
    'employment-change/count',
  ]);
  // A share "or N workers" is no change; nor is a bare "N more" said of something other than jobs.
  assert.ok(
    !(await brief(WELD, 'Among welders, about 6 percent, or roughly 27,000 workers, are self-employed.')).includes(
      'employment-change/count',
    ),
  );
  assert.deepEqual(await brief(WELD, 'Welders make about 300 more than machinists.'), []);
});

test('a few hundred who work in a place, "home to N of them", "in total", and a hyphenated area', async () => {
  assert.deepEqual(await placed(ELEC, 'In Vermont, plumbers earn a median of $60,000, and about 650 work in the state.'), [
    '$60,000 @ Vermont',
    '650 work @ Vermont',
  ]);
  assert.deepEqual(await brief(ELEC, 'Vermont is home to about 650 of them.'), ['employment/count']);
  assert.deepEqual(await brief(WELD, 'Machinists held about 390,000 in total.'), ['employment/count']);
  // A bare few hundred who work somewhere is a school's or a shop's own count, not a published one.
  assert.deepEqual(await brief(WELD, 'Of our 180 welding graduates, 150 work in Ohio.'), []);
  assert.deepEqual(await placed(BAKE, 'In Maine, bakers earn a median of $36,000, and Portland-area bakeries employ about 400 of them.'), [
    '$36,000 @ Maine',
    'employ about 400 @ Portland area',
  ]);
});

test('"is shrinking N%", "are falling N%": a down percent of jobs', async () => {
  const [percent] = (await claims(WELD, 'per BLS machinists make $50k and the trade is shrinking 15%. we can’t hire anyone')).filter(
    (c) => c.kind === 'outlook-percent',
  );
  assert.equal(percent?.text, '15%');
  assert.deepEqual(await brief(BAKE, 'Butcher jobs are falling 4% over the decade.'), ['outlook-percent/percent']);
});

test('a count that fits today’s projection only by its rounding but is an older release’s exact figure is out of date', async () => {
  // Bakers: employment change 14.5 thousand in 2025–35, 14.0 thousand in 2024–34.
  const verdicts = async (body: string) => {
    const article = comparisonArticle(BAKE, body);
    return listClaims(article, await bundledRoleIndex(), resolveConfig()).map((c) => `${c.kind} ${c.verdict}`);
  };
  assert.deepEqual(await verdicts('Baker employment is projected to add about 14,000 jobs over the decade.'), [
    'employment-change outdated',
  ]);
  // Today's figure within BLS's own rounding stays current.
  assert.deepEqual(await verdicts('Baker employment is projected to add about 14,500 jobs over the decade.'), [
    'employment-change current',
  ]);
  // Welders: 10.3 thousand now, 9.9 thousand before: "10,000" is a rounding of either, so today's.
  const welders = comparisonArticle(WELD, 'Welder employment is projected to add about 10,000 jobs over the decade.');
  assert.deepEqual(
    listClaims(welders, await bundledRoleIndex(), resolveConfig()).map((c) => `${c.kind} ${c.verdict}`),
    ['employment-change current'],
  );
  // A round figure no release printed stays current by its rounding.
  assert.deepEqual(await verdicts('Baker employment is projected to add about 15,000 jobs over the decade.'), [
    'employment-change current',
  ]);
});
