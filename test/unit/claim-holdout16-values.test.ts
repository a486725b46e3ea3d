// Failure classes the sixteenth held-out corpus exposed in what a claim states (an openings count in a
// sentence that opens with its projections' release, "the top 10%" after a projection, a tenth named
// after the figure past "even", "the top earners … more than $X", a place in an aside after the
// figure, "compared with N% in the older release", "N jobs disappearing", an FAQ's answer about
// openings, an answer paid in its question's period, a level inside a dash aside, "What degree does X
// need? Usually a …", "about N held these jobs in May 2023 —", "the field will need N new X a year", a
// "Change 2025–35" list line), each tested on sentences and occupations of our own (claims/fact-years.ts,
// fact-claims.ts, figure-context.ts, places.ts, self-employed.ts, count-patterns.ts, expressions.ts,
// education-claims.ts, table-facts.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief, placedClaims as placed } from './helpers/listed-claims.js';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { comparisonArticle } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ELEC = 'Electrician vs. Plumber';
const BAKE = 'Baker vs. Butcher';

test('a sentence that opens with "the 2024–34 projections" dates its openings count', async () => {
  assert.deepEqual(await brief(ELEC, 'The 2024–34 projections had plumber jobs rising 4%, with about 44,000 openings a year.'), [
    'outlook-percent/percent 2034',
    'openings/count 2034',
  ]);
  assert.deepEqual(
    await brief(
      BAKE,
      'Under the 2024–34 projections, baker employment was expected to show little or no change, with about 27,000 openings each year.',
    ),
    ['outlook-descriptor/descriptor 2034', 'openings/count 2034'],
  );
  // A period of the percent's own, after it, is still the percent's alone.
  assert.deepEqual(await brief(ELEC, 'Plumber jobs are projected to rise 4% from 2024 to 2034, with about 44,000 openings a year.'), [
    'outlook-percent/percent 2034',
    'openings/count',
  ]);
});

test('a percent naming a slice of the pay scale ("the top 10%") is no growth percent', async () => {
  assert.deepEqual(
    await brief(BAKE, 'Baker jobs are projected to grow 5 percent through 2035, and the top 10% of bakers make more than $52,000.'),
    ['outlook-percent/percent 2035', 'salary/p90'],
  );
  assert.deepEqual(await brief(ELEC, 'Plumber employment should fall 2% by 2035, while the lowest-paid 10% earn under $40,000.'), [
    'outlook-percent/percent 2035',
    'salary/p10',
  ]);
});

test('a tenth named after the figure past "even"/"only" ("more than $X even at the bottom tenth") is that percentile', async () => {
  assert.deepEqual(await brief(BAKE, 'Butchers do fine: more than $33,400 even at the bottom tenth.'), ['salary/p10']);
  assert.deepEqual(await brief(ELEC, 'Electricians clear $104,000 only in the top tenth.'), ['salary/p90']);
});

test('"the top earners … more than $X" is the 90th percentile, "the lowest earners … under $X" the 10th; a median word before stays in its clause', async () => {
  assert.deepEqual(
    await brief(ELEC, 'Electricians make about $1,200 a week at the median, and the top earners bring in more than $104,000 a year.'),
    ['salary/median', 'salary/p90'],
  );
  assert.deepEqual(await brief(BAKE, 'The lowest earners among bakers make under $29,000.'), ['salary/p10']);
  // With no bound it states no percentile.
  assert.deepEqual(await brief(BAKE, 'Top earners among bakers make $52,000.'), ['salary/unspecified']);
});

test("a place in the writer's aside or a relative clause after the figure is not the figure's", async () => {
  assert.deepEqual(await placed(ELEC, 'bls says the plumber median is $61,550, i make way more than that in Phoenix tho'), [
    '$61,550 @ null',
  ]);
  assert.deepEqual(await placed(BAKE, 'The BLS median for bakers is $37,000, which is about what shops pay here in Ohio.'), [
    '$37,000 @ null',
  ]);
  // A place of the figure's own clause still is.
  assert.deepEqual(await placed(BAKE, 'Bakers earn a median of $39,000 in Ohio.'), ['$39,000 @ Ohio']);
});

test('"compared with N% in the older release" after a self-employed share is the same share', async () => {
  assert.deepEqual(await brief(ELEC, 'About 12% of plumbers are self-employed today, compared with 10% in the previous release.'), [
    'self-employed/share',
    'self-employed/share',
  ]);
  assert.deepEqual(await brief(BAKE, 'Roughly 5% of butchers work for themselves, versus 6% in the 2024–34 projections.'), [
    'self-employed/share',
    'self-employed/share',
  ]);
  // A percent of another source's survey is not.
  assert.deepEqual(await brief(ELEC, 'About 12% of plumbers are self-employed, compared with 40% in the union survey.'), [
    'self-employed/share',
  ]);
});

test('"N jobs disappearing" in a projection is a change in jobs', async () => {
  assert.deepEqual(await brief(BAKE, 'The older projections had butcher jobs falling 4% through 2034 and about 5,200 jobs disappearing.'), [
    'outlook-percent/percent 2034',
    'employment-change/count 2034',
  ]);
});

test("an FAQ's answer to how many openings a year opens with the openings count", async () => {
  assert.deepEqual(await brief(BAKE, 'How many openings are there for bakers each year? Roughly 27,000, most of them replacements.'), [
    'openings/count',
  ]);
  assert.deepEqual(await brief(ELEC, 'How many plumber jobs open up every year? About 900 a year were projected for 2024–34.'), [
    'openings/count 2034',
  ]);
  assert.deepEqual(
    await brief(
      ELEC,
      'How many electrician jobs open up each year? The previous projections said about 80,200; the latest ones about 81,000.',
    ),
    ['openings/count', 'openings/count'],
  );
  // A question about how many people do the job is still answered with employment.
  assert.deepEqual(await brief(BAKE, 'How many bakers are there? About 210,000.'), ['employment/count']);
});

test('an answer opening with its figure is paid in the period its question asks for', async () => {
  const periods = async (title: string, body: string) => {
    const article = comparisonArticle(title, body);
    return listClaims(article, await bundledRoleIndex(), resolveConfig()).map((c) => `${article.text.slice(c.start, c.end)} ${c.period}`);
  };
  assert.deepEqual(await periods(BAKE, 'How much do butchers make a month? Roughly $3,300 at the median.'), ['$3,300 month']);
  assert.deepEqual(await periods(ELEC, 'What do plumbers earn per week? About $1,190, half of them more.'), ['$1,190 week']);
  // A period written after the figure is its own; an answer that does not open with the figure keeps its default.
  assert.deepEqual(await periods(BAKE, 'How much do bakers make a month? About $37,000 a year at the median.'), ['$37,000 a year year']);
  assert.deepEqual(await periods(BAKE, 'How much do bakers make a month? Bakers earn a median of $37,000.'), ['$37,000 year']);
});

test('a level stated inside a dash aside is not hedged by the sentence around it', async () => {
  assert.deepEqual(
    await brief(
      BAKE,
      'Butchering is a trade butchers can pick up at the counter — BLS lists no formal educational credential as the typical entry requirement — and many stay for decades.',
    ),
    ['education/level'],
  );
  // Past a closed aside the hedge still governs.
  assert.deepEqual(await brief(BAKE, 'Some bakeries prefer — and a few require — an associate degree for bakers.'), []);
});

test('"What degree does X need? Usually a …" answers with the typical level', async () => {
  assert.deepEqual(await brief(ELEC, 'What degree does a plumber need? Usually a high school diploma, then an apprenticeship.'), [
    'education/level',
  ]);
  assert.deepEqual(await brief(BAKE, 'What kind of education do bakers need? Typically none beyond a high school diploma.'), [
    'education/level',
  ]);
});

test('"about N held these jobs in May 2023" is an employment count, dated though a dash follows the year', async () => {
  assert.deepEqual(
    await brief(BAKE, 'Butchers are a big group — about 135,000 held these jobs in May 2023 — and openings are plentiful.'),
    ['employment/count 2023'],
  );
  assert.deepEqual(await brief(ELEC, 'Roughly 480,000 held those positions in 2024.'), ['employment/count 2024']);
});

test('"the field will need about N new <workers> a year" is the openings count; one employer\'s need is not', async () => {
  assert.deepEqual(await brief(ELEC, 'The trade group says the profession will need about 44,000 new plumbers a year.'), [
    'openings/count',
  ]);
  assert.deepEqual(await brief(BAKE, 'Our chain will need 300 new bakers a year.'), []);
});

test('a list line labelled "Change 2025–35" over a count is the change in jobs', async () => {
  assert.deepEqual(await brief(ELEC, 'Plumber (BLS)\n- Median: $62k\n- Change 2025–35: +19,400\n- Job change 2025–35: +19,400'), [
    'salary/median',
    'employment-change/count 2035',
    'employment-change/count 2035',
  ]);
  // Over a percent it is the outlook.
  assert.deepEqual(await brief(ELEC, 'Plumber (BLS)\n- Change 2025–35: 4%'), ['outlook-percent/percent 2035']);
});
