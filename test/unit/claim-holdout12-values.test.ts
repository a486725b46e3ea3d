// Failure classes the twelfth held-out corpus exposed in what a claim states (pay in labelled lists
// and table rows, pay verbs, wages said without an add-on, education wording, counts with hedges
// and ellipses, the place a figure is stated for, a base year, a share's list label), each tested
// on sentences and occupations of our own (claims/figure-context.ts, salary-claims.ts,
// salary-table-claims.ts, own-pay.ts, education-claims.ts, count-patterns.ts, outlook-claims.ts,
// places.ts, fact-years.ts, fact-claims.ts, table-facts.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { comparisonArticle } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

/** Every claim of `body` under "A vs. B", as its words and what was read of it. */
async function claims(title: string, body: string) {
  const article = comparisonArticle(title, body);
  const dataset = await bundledRoleIndex();
  return listClaims(article, dataset, resolveConfig()).map((c) => ({
    text: article.text.slice(c.start, c.end),
    kind: c.kind,
    statistic: c.statistic,
    role: c.role,
    year: c.year,
    place: c.place,
  }));
}
const brief = async (title: string, body: string) =>
  (await claims(title, body)).map((c) => `${c.kind}/${c.statistic}${c.year === null ? '' : ` ${c.year}`}`);
const placed = async (title: string, body: string) => (await claims(title, body)).map((c) => `${c.text} @ ${c.place}`);

const ELEC = 'Electrician vs. Plumber';
const WELD = 'Welder vs. Machinist';
const PHARM = 'Pharmacist vs. Pharmacy Technician';

test('a list line or table row labelled by a bare statistic or a percentile states pay', async () => {
  assert.deepEqual(await brief(ELEC, 'Electrician at a glance:\n\n- Median: $62,350\n- Bottom 10%: $40,120\n- Jobs: 818,700'), [
    'salary/median',
    'salary/p10',
    'employment/count',
  ]);
  // A percentile line heading the list states pay on its own.
  assert.deepEqual(await brief(ELEC, 'Plumber snapshot:\n\n- Top 10% (May 2024): over $105,000\n- Jobs: 504,500'), [
    'salary/p90 2024',
    'employment/count',
  ]);
  const table = '| | Electrician | Plumber |\n|---|---|---|\n| Median (May 2024) | $61,590 | $61,550 |\n| Jobs | 818,700 | 504,500 |';
  assert.deepEqual(await brief(ELEC, table), ['salary/median 2024', 'salary/median 2024', 'employment/count', 'employment/count']);
  // A table under one role's heading, its columns years: the bare "Median" row is pay.
  const years =
    '## Electrician numbers\n\n| | May 2024 | May 2025 |\n|---|---|---|\n| Median | $61,590 | $62,350 |\n| Jobs | 801,500 | 818,700 |';
  assert.deepEqual(await brief(ELEC, years), [
    'salary/median 2024',
    'salary/median 2025',
    'employment/count 2024',
    'employment/count 2025',
  ]);
  assert.deepEqual(await brief(ELEC, '| | Electrician | Plumber |\n|---|---|---|\n| Average, 2023 | $65,280 | $64,960 |'), [
    'salary/mean 2023',
    'salary/mean 2023',
  ]);
});

test('"averaged" with a period and "jobs paying" state pay; a price that averages a sum does not', async () => {
  assert.deepEqual(await brief(WELD, 'Welders held about 418,000 jobs in 2025. They averaged $54,000 a year, or $26 an hour.'), [
    'employment/count 2025',
    'salary/mean',
    'salary/mean',
  ]);
  assert.deepEqual(await brief(WELD, 'Our welding certificate leads to jobs paying from $38,000 to $69,000.'), ['salary/range']);
  assert.deepEqual(await claims(WELD, 'A welding rig averages $12,000, and a helmet averages $300.'), []);
  assert.deepEqual(await claims(WELD, 'The shop down the road was paying $24/hr when I started in 2021.'), []);
  assert.deepEqual(await claims(WELD, 'I welded pipe in Odessa for six years and averaged $88,000 a year.'), []);
});

test('a wage said before or without an add-on is a wage; a poster’s "<job> here, $X" is their own', async () => {
  assert.deepEqual(await brief(PHARM, 'Pharmacists earn a median of $66 an hour, about $137,000 a year before overtime pay.'), [
    'salary/median',
    'salary/median',
  ]);
  assert.deepEqual(await brief(WELD, 'BLS says welders make $54k a year. pipeline welder here, $38/hr'), ['salary/unspecified']);
});

test('education: "is the norm", "can get in with", and a hedge in another clause leaves a requirement stated', async () => {
  const levels = async (body: string) => (await claims(PHARM, body)).filter((c) => c.kind === 'education').map((c) => c.text);
  assert.deepEqual(await levels('For pharmacy technicians a high school diploma is the norm.'), ['high school diploma']);
  assert.deepEqual(await levels('Pharmacy technicians can get in with a high school diploma or equivalent.'), [
    'high school diploma or equivalent',
  ]);
  assert.deepEqual(await levels('It is a job you can learn quickly; pharmacy techs typically need a high school diploma.'), [
    'high school diploma',
  ]);
  // A hedge in the requirement's own clause still makes it a preference.
  assert.deepEqual(await levels('Pharmacy technicians can often have an associate’s degree, some employers say.'), []);
});

test('counts with a forum’s hedge, a change verb without "by", "N new <kind> jobs", a base, the verb said once', async () => {
  const counts = async (body: string) =>
    (await claims(WELD, body)).filter((c) => c.kind.startsWith('employment')).map((c) => `${c.kind} ${c.text}`);
  assert.deepEqual(await counts('per BLS there are maybe 418,000 welders. sounds low'), ['employment there are maybe 418,000']);
  assert.deepEqual(await counts('and there’s supposedly 380,000 of us machinists'), ['employment there’s supposedly 380,000']);
  assert.deepEqual(await counts('Machinist employment is projected to decline about 11,000 jobs from 2025 to 2035.'), [
    'employment-change decline about 11,000 jobs',
  ]);
  assert.deepEqual(await counts('The BLS projects 9,400 new welding jobs over the decade.'), ['employment-change 9,400 new welding jobs']);
  assert.deepEqual(await counts('Welding is expected to add just 9,400 jobs by 2035.'), ['employment-change add just 9,400 jobs']);
  assert.deepEqual(await counts('Machinists face a loss of 11,000 jobs through 2035, from a base of about 380,000 in 2025.'), [
    'employment-change loss of 11,000 jobs',
    'employment base of about 380,000',
  ]);
  assert.deepEqual(await counts('In 2025, welders held about 418,000 jobs and machinists about 380,000.'), [
    'employment held about 418,000 jobs',
    'employment about 380,000',
  ]);
  // A season is no change verb: "fall 2025 jobs report".
  assert.deepEqual(await counts('The fall 2025 jobs report was weak.'), []);
});

test('the place a figure is stated for: an unlisted county, valley or area, "the state", a river, "mostly in"', async () => {
  assert.deepEqual(await placed(WELD, 'In Ohio, welders in Summit County earn about $52,000, and machinists statewide about $50,000.'), [
    '$52,000 @ Summit County',
    '$50,000 @ Ohio',
  ]);
  assert.deepEqual(await placed(WELD, 'In California, welders in the Fresno area earn about $51,000.'), ['$51,000 @ Fresno area']);
  assert.deepEqual(await placed(WELD, 'In Idaho, machinists in the Treasure Valley earn about $49,000.'), ['$49,000 @ Treasure Valley']);
  assert.deepEqual(
    await placed(WELD, 'In Texas, welders in the Beaumont metro area earn about $56,000, and the state has about 40,000 of them.'),
    ['$56,000 @ Beaumont metro area', 'about 40,000 @ Texas'],
  );
  assert.deepEqual(await placed(WELD, 'In Missouri, welders on the Mississippi barges earn about $53,000.'), ['$53,000 @ Missouri']);
  assert.deepEqual(await placed(WELD, 'Welders held about 418,000 jobs in 2025, mostly in Texas and Ohio.'), [
    'held about 418,000 jobs @ null',
  ]);
  assert.deepEqual(await placed(WELD, 'In Seattle, welders earn well above the national figure, about $68,000.'), ['$68,000 @ Seattle']);
});

test('a "10th–90th percentile" label names a range; a forum’s run-on joke year dates no figure', async () => {
  assert.deepEqual(await brief(ELEC, 'Electrician:\n\n- Average salary: $65,280\n- 10th–90th percentile: $40,120 to $106,030'), [
    'salary/mean',
    'salary/range',
  ]);
  assert.deepEqual(await brief(ELEC, 'per BLS electricians make $62k median. maybe in 2009 lol'), ['salary/median']);
});

test('a count "in the 2024 base year" is that year’s; a share under a projection-span label has no year', async () => {
  assert.deepEqual(await brief(WELD, 'How many welders are there? About 452,400 in the 2024 base year of the projections.'), [
    'employment/count 2024',
  ]);
  assert.deepEqual(await brief(WELD, 'Welder facts:\n\n- Self-employed: 6%\n- Self-employed (2024–34 projections): 5%'), [
    'self-employed/share',
    'self-employed/share',
  ]);
});

test('a second count with its verb and noun left unsaid takes the first one’s kind, year or period', async () => {
  const counts = async (body: string) =>
    (await claims(ELEC, body)).filter((c) => c.kind.startsWith('employment')).map((c) => `${c.kind} ${c.text} ${c.year}`);
  assert.deepEqual(await counts('Electricians are projected to add about 73,500 jobs through 2035, plumbers only 9,100.'), [
    'employment-change add about 73,500 jobs 2035',
    'employment-change 9,100 2035',
  ]);
  assert.deepEqual(await counts('Electricians held about 818,700 jobs nationwide in 2025 and 801,500 in the 2024 base year.'), [
    'employment held about 818,700 jobs 2025',
    'employment 801,500 2024',
  ]);
  // A count whose role is named after it ("against 504,500 in plumbing") is left alone, as is a share of them.
  assert.deepEqual(await counts('About 818,700 electricians work in construction and repair, against 504,500 in plumbing.'), [
    'employment 818,700 electricians work null',
  ]);
  assert.deepEqual(await counts('Electricians held about 818,700 jobs in 2025, and 600 of them were apprentices.'), [
    'employment held about 818,700 jobs 2025',
  ]);
});

test('an outlook cell counting jobs is the change; a clause after "and the BLS projects" is growth of jobs', async () => {
  const table = '| | Electrician | Plumber |\n|---|---|---|\n| Outlook 2025–35 | 73,500 jobs | 4% |';
  assert.deepEqual(await brief(ELEC, table), ['employment-change/count 2035', 'outlook-percent/percent 2035']);
  assert.deepEqual(
    await brief(
      ELEC,
      'Our program trains you for a trade where pay ranges from $40,000 to $106,000 a year and the BLS projects 9% growth.',
    ),
    ['salary/range', 'outlook-percent/percent'],
  );
});

test('an organisation’s budget and a forum’s lower-case "i make" are no pay', async () => {
  assert.deepEqual(await brief(PHARM, 'per BLS pharmacists make $137k median. i make $31 an hour on weekends lol'), ['salary/median']);
  assert.deepEqual(await brief(PHARM, 'Per BLS, pharmacists make a median of $137k, even at a $40M nonprofit.'), ['salary/median']);
});

test('"they average $X an hour", a clause after ", where", growth conjoined with a median wage', async () => {
  assert.deepEqual(await brief(WELD, 'Most of the crew are certified, and they average $27 an hour.'), ['salary/mean']);
  assert.deepEqual(
    (
      await claims(
        PHARM,
        'If you can count pills, you have a path: a retail counter, where pharmacy technicians typically need a high school diploma.',
      )
    )
      .filter((c) => c.kind === 'education')
      .map((c) => c.text),
    ['high school diploma'],
  );
  assert.deepEqual(await brief(PHARM, 'Our page cites BLS data showing pharmacy technician jobs growing 5% and a median wage of $43K.'), [
    'outlook-percent/percent',
    'salary/median',
  ]);
});
