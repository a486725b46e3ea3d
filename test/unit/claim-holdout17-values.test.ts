// Failure classes the seventeenth held-out corpus exposed in what a claim states (a poster's "N yrs in now
// and at $X", one employer's rate in a sentence that also quotes BLS, a membership's monthly price,
// "a quarter earn more than $X" after "a quarter of X earn less than $Y", a quoted yaml education value),
// each tested on sentences and occupations of our own (claims/own-pay.ts, figure-context.ts,
// education-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief, listedClaims, placedClaims as placed } from './helpers/listed-claims.js';

const ELEC = 'Electrician vs. Plumber';
const BAKE = 'Baker vs. Butcher';

test('a poster\'s "N yrs in now and at $X" is their own pay', async () => {
  assert.deepEqual(await brief(ELEC, 'started at $48k as a plumber, 4 yrs in now and at $71k. union shop, Ohio'), []);
  assert.deepEqual(await brief(BAKE, 'baker at a grocery chain, 2 years in and making $19.75/hr. not bad'), []);
});

test('one employer\'s rate ("my boss pays $X", "our bakery pays $X") is no claim, even beside a BLS figure', async () => {
  assert.deepEqual(await brief(ELEC, 'per BLS plumbers make $62k, my boss pays $24 an hour lol'), ['salary/unspecified']);
  assert.deepEqual(await brief(BAKE, 'BLS says bakers average $17.90 an hour. our bakery pays $16 plus day-old bread lol'), [
    'salary/mean',
  ]);
  // "our median" is a statistic the writer reports, not an employer's rate.
  assert.deepEqual(await brief(BAKE, 'Our survey found bakers earn a median of $36,000 a year.'), ['salary/median']);
});

test('a membership or subscription priced by the month is no pay', async () => {
  assert.deepEqual(await brief(BAKE, 'The community kitchen rents ovens by the hour; a membership is $95 a month.'), []);
  assert.deepEqual(await brief(ELEC, 'The trade association subscription is $30 a month for plumbers.'), []);
});

test('"a quarter earn more than $X" after "a quarter of X earn less than $Y" is the 75th percentile', async () => {
  assert.deepEqual(await brief(BAKE, 'A quarter of bakers earn less than $31,200, and a quarter earn more than $44,900.'), [
    'salary/p25',
    'salary/p75',
  ]);
  assert.deepEqual(await brief(ELEC, 'One tenth of plumbers make under $39,000 a year, and another tenth make more than $105,000.'), [
    'salary/p10',
    'salary/p90',
  ]);
});

test('a quoted yaml education value is a labelled level', async () => {
  const claims = await listedClaims(
    BAKE,
    '---\noccupation: Butcher\nmedian_pay: "$38,100"\neducation: "No formal educational credential"\n---',
  );
  assert.deepEqual(
    claims.filter((c) => c.kind === 'education').map((c) => c.text),
    ['No formal educational credential'],
  );
});

test("a statistic or a year before a forum post's lower-case full stop is not the next figure's", async () => {
  assert.deepEqual(
    await brief(ELEC, 'per BLS plumbers average $31.20 an hour so im about there. electricians make like $62k per BLS too'),
    ['salary/mean', 'salary/unspecified'],
  );
  assert.deepEqual(await brief(BAKE, 'butchers averaged $19.40 an hour in May 2023 per BLS. bakers average $17.90 an hour.'), [
    'salary/mean 2023',
    'salary/mean',
  ]);
  // An abbreviation's period ("approx.") ends nothing.
  assert.deepEqual(await brief(BAKE, 'bakers averaged approx. $17.90 an hour in 2023'), ['salary/mean 2023']);
});

test('"$X a year earlier" dates the figure a year back and states no pay period', async () => {
  assert.deepEqual(await brief(ELEC, 'The median wage for plumbers was $62,970 in May 2025, up from $61,550 a year earlier.'), [
    'salary/median 2025',
    'salary/median 2024',
  ]);
});

test('", up from $Y" after a percentile\'s figure is that percentile\'s earlier value', async () => {
  assert.deepEqual(await brief(BAKE, 'The 90th percentile wage for bakers was $48,200 in May 2025, up from $46,900 in May 2024.'), [
    'salary/p90 2025',
    'salary/p90 2024',
  ]);
  assert.deepEqual(await brief(ELEC, 'The top 10 percent of plumbers earned more than $105,000 in 2025, compared with $101,000 in 2023.'), [
    'salary/p90 2025',
    'salary/p90 2023',
  ]);
});

test('"… that year" after a figure takes the one year the sentence before states', async () => {
  assert.deepEqual(await brief(BAKE, 'Bakers held about 205,000 jobs in 2024. They earned a mean of $38,100 that year.'), [
    'employment/count 2024',
    'salary/mean 2024',
  ]);
  // Two years before leave it undated.
  assert.deepEqual(await brief(BAKE, 'Bakers held 199,000 jobs in 2023 and 205,000 in 2024. They earned a mean of $38,100 that year.'), [
    'employment/count 2023',
    'employment/count 2024',
    'salary/mean',
  ]);
});

test("a count's own county, borough or metro beats the state opening the sentence", async () => {
  assert.deepEqual(await placed(BAKE, 'In Pennsylvania, butchers earn a median of $39,800, and DeKalb County employs about 400 of them.'), [
    '$39,800 @ Pennsylvania',
    'employs about 400 @ DeKalb County',
  ]);
  assert.deepEqual(
    await placed(BAKE, 'In Alaska, bakers earn a median of $38,000, and the Matanuska-Susitna Borough employs about 1,300.'),
    ['$38,000 @ Alaska', 'employs about 1,300 @ Matanuska-Susitna Borough'],
  );
  assert.deepEqual(await placed(ELEC, 'In Texas, plumbers earn a median of $58,000, and the Houston metro employs about 9,800.'), [
    '$58,000 @ Texas',
    'employs about 9,800 @ Houston metro',
  ]);
  // Named after the count with "in": still the count's own place; an aside or a comparison is not.
  assert.deepEqual(await placed(BAKE, 'In Ohio, bakers earn a median of $36,100, and about 900 of them work in the Cleveland area.'), [
    '$36,100 @ Ohio',
    '900 of them work @ Cleveland area',
  ]);
  assert.deepEqual(await placed(BAKE, 'In Ohio, bakers earn about $36,100 on average, with Cleveland paying the most.'), [
    '$36,100 @ Ohio',
  ]);
});

test('"The mean was $X." and a "Mean hourly (May 2025):" list label state a wage', async () => {
  assert.deepEqual(await brief(BAKE, 'Bakers earned a median annual wage of $36,100 in May 2025. The mean was $38,900.'), [
    'salary/median 2025',
    'salary/mean',
  ]);
  assert.deepEqual(await brief(ELEC, 'Plumber\n- Median annual (May 2024): $61,550\n- Mean hourly (May 2025): $33.12'), [
    'salary/median 2024',
    'salary/mean 2025',
  ]);
  // A mean of something else is still no wage.
  assert.deepEqual(await brief(BAKE, 'The mean price of a wedding cake was $450.'), []);
});

test('new positions an employer or agency announces are no projected change in jobs', async () => {
  assert.deepEqual(await brief(ELEC, 'The city water department today announced 120 new plumber positions.'), []);
  assert.deepEqual(await brief(BAKE, 'A new grocery chain plans to create 600 new bakery jobs across the state.'), []);
  // "will add" is a projection's own wording.
  assert.deepEqual(await brief(BAKE, 'Baker employment will add about 9,000 jobs from 2025 to 2035.'), ['employment-change/count 2035']);
  assert.deepEqual(await brief(BAKE, 'Baker jobs are projected to grow 5% from 2025 to 2035, adding about 9,000 new positions.'), [
    'outlook-percent/percent 2035',
    'employment-change/count 2035',
  ]);
});
