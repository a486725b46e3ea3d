// Failure classes the fifteenth held-out corpus exposed in what a claim states (a pay figure after a
// projection "between 2025 and 2035", an earlier share "up from N% in the 2024–34 projections", a
// share that only names its projections' release, a percent's own period written after it as
// "projected for 2024–34" or "under the previous 2024–34 projections", a change said with "shed", as
// "N jobs added by 2035" or with its own period after it, a share "at a rate of N%", the
// "lowest-paid quarter", "the Ohio average" and "the Northeast Corridor" as places), each tested on sentences and occupations of our own
// (claims/figure-context.ts, self-employed.ts, fact-years.ts, fact-values.ts, count-patterns.ts,
// fact-claims.ts, places.ts, table-facts.ts, own-pay.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief, placedClaims as placed } from './helpers/listed-claims.js';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { comparisonArticle } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ELEC = 'Electrician vs. Plumber';
const WELD = 'Welder vs. Machinist';
const BAKE = 'Baker vs. Butcher';

test('a projection "between 2025 and 2035" dates no pay figure in the next clause', async () => {
  assert.deepEqual(
    await brief(BAKE, 'Bakers are expected to add about 9,000 jobs between 2025 and 2035, and they average $19.80 an hour.'),
    ['employment-change/count 2035', 'salary/mean'],
  );
  assert.deepEqual(
    await brief(
      ELEC,
      'Plumber jobs should grow 4 percent between 2025 and 2035 — steady work — while plumbers earn a median of $31.50 an hour.',
    ),
    ['outlook-percent/percent 2035', 'salary/median'],
  );
  // A year of its own still dates the pay.
  assert.deepEqual(await brief(BAKE, 'Bakers earned a median of $37,000 in May 2024.'), ['salary/median 2024']);
});

test('an earlier share "up from N% in the 2024–34 projections" is the same statistic, with no year from the release', async () => {
  assert.deepEqual(await brief(ELEC, 'About 11% of plumbers are self-employed, up from 9% in the 2024–34 projections.'), [
    'self-employed/share',
    'self-employed/share',
  ]);
  assert.deepEqual(await brief(WELD, 'Roughly 6% of welders work for themselves, down from 8% in the older BLS 2024–34 projections.'), [
    'self-employed/share',
    'self-employed/share',
  ]);
  // A share only naming its projections' release has no year from it; a year of data still dates it.
  assert.deepEqual(await brief(BAKE, 'About 4% of butchers were self-employed in the 2024–34 projections.'), ['self-employed/share']);
  assert.deepEqual(await brief(BAKE, 'About 4% of butchers were self-employed as of the 2024 data.'), ['self-employed/share 2024']);
  // A pay year before it still carries forward.
  assert.deepEqual(
    await brief(
      BAKE,
      'Butchers earned a median of $38,000 in May 2024, and about 4% of them were self-employed in the 2024–34 projections.',
    ),
    ['salary/median 2024', 'self-employed/share 2024'],
  );
});

test('a percent’s own period written after it: "projected for 2024–34", "under the previous 2024–34 projections"', async () => {
  assert.deepEqual(
    await brief(WELD, 'Machinist jobs are projected to shrink 3% through 2035, a gentler drop than the 5% decline projected for 2024–34.'),
    ['outlook-percent/percent 2035', 'outlook-percent/percent 2034'],
  );
  assert.deepEqual(
    await brief(
      ELEC,
      'Electricians are projected to add about 70,000 jobs from 2025 to 2035, or 9% under the previous 2024–34 projections.',
    ),
    ['employment-change/count 2035', 'outlook-percent/percent 2034'],
  );
  assert.deepEqual(await brief(BAKE, 'Baker employment is projected to grow 2% from 2025 to 2035, after 4% in the 2024–34 projections.'), [
    'outlook-percent/percent 2035',
    'outlook-percent/percent 2034',
  ]);
});

test('a change in jobs said with "shed", as "N jobs added by 2035", or with its own period after it', async () => {
  assert.deepEqual(await brief(BAKE, 'Butchers are projected to shed about 4,000 jobs by 2035.'), ['employment-change/count 2035']);
  assert.deepEqual(await brief(ELEC, 'Electricians held about 800,000 jobs in 2025, with about 70,000 jobs added by 2035.'), [
    'employment/count 2025',
    'employment-change/count 2035',
  ]);
  assert.deepEqual(await brief(WELD, 'Machinist employment will see some 3,000 positions lost over the decade.'), [
    'employment-change/count',
  ]);
  // A past event is no projection.
  assert.deepEqual(await brief(WELD, 'The shipyard added 1,200 jobs last year for welders.'), []);
  // "lose … by 2035" is the newer projection's even after a percent of the older one.
  assert.deepEqual(
    await brief(
      BAKE,
      'Bakers were projected to decline 3% from 2024 to 2034, and the trade is now projected to lose about 5,000 positions by 2035.',
    ),
    ['outlook-percent/percent 2034', 'employment-change/count 2035'],
  );
});

test('a share "self-employed at a rate of N%"; the "lowest-paid quarter", the "highest-paid tenth"', async () => {
  assert.deepEqual(await brief(ELEC, 'Plumbers are self-employed at a rate of roughly 11%, well above most trades.'), [
    'self-employed/share',
  ]);
  assert.deepEqual(
    await brief(WELD, 'Welders earn about $1,000 a week at the median, and the lowest-paid quarter earn less than $41,000 a year.'),
    ['salary/median', 'salary/p25'],
  );
  assert.deepEqual(await brief(BAKE, 'The highest-paid tenth of butchers earn more than $55,000.'), ['salary/p90']);
});

test('a state before a statistic’s noun ("the Ohio average") is the state, not its river; a named corridor is a place', async () => {
  assert.deepEqual(await placed(WELD, 'In Dayton, welders earn about $24 an hour, and the Ohio average is $52,000.'), [
    '$24 an hour @ Dayton',
    '$52,000 @ Ohio',
  ]);
  // The river stays no place.
  assert.deepEqual(await placed(WELD, 'Welders on the Ohio earn $30 an hour.'), ['$30 an hour @ null']);
  assert.deepEqual(
    await placed(ELEC, 'In Philadelphia, electricians earn about $38 an hour, and those in the Northeast Corridor average $41.'),
    ['$38 an hour @ Philadelphia', '$41 @ Northeast Corridor'],
  );
});

test('a list line "Decline 2025–35: N%" states a falling percent', async () => {
  const verdicts = async (line: string) =>
    listClaims(
      comparisonArticle('Word Processor vs. Secretary', `Word processor:\n- Median pay: $50,000\n- ${line}`),
      await bundledRoleIndex(),
      resolveConfig(),
    )
      .filter((c) => c.kind === 'outlook-percent')
      .map((c) => `${c.role} ${c.verdict}`);
  // Word processors are projected to lose about a third of their jobs from 2025 to 2035.
  assert.deepEqual(await verdicts('Decline 2025–35: 34%'), ['Word Processor current']);
  assert.deepEqual(await verdicts('Projected decline (2025–35): 34%'), ['Word Processor current']);
  // A signed cell keeps its own sign; growth stays growth.
  assert.deepEqual(await verdicts('Growth 2025–35: 34%'), ['Word Processor mismatch']);
});

test('an employer’s own step or scale, or a poster’s "mine pays", beside a BLS figure is no claim', async () => {
  assert.deepEqual(await brief(ELEC, 'BLS reports electricians earn a median of $62,000 (May 2025); our top step is $79,000.'), [
    'salary/median 2025',
  ]);
  assert.deepEqual(await brief(ELEC, 'Per BLS, plumbers earn a median of $62,000, and our journeyman rate is $38 an hour.'), [
    'salary/median',
  ]);
  assert.deepEqual(await brief(BAKE, 'per BLS bakers make $37k median. depends on the bakery tho, mine pays $31k plus tips'), [
    'salary/median',
  ]);
  // A statistic in the site's own voice stays a claim.
  assert.deepEqual(await brief(BAKE, 'For bakers, our median pay is $37,000, from BLS data.'), ['salary/median']);
});
