// Failure classes the seventeenth held-out corpus exposed in what a claim states (a poster's "N yrs in now
// and at $X", one employer's rate in a sentence that also quotes BLS, a membership's monthly price,
// "a quarter earn more than $X" after "a quarter of X earn less than $Y", a quoted yaml education value),
// each tested on sentences and occupations of our own (claims/own-pay.ts, figure-context.ts,
// education-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief, listedClaims } from './helpers/listed-claims.js';

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
