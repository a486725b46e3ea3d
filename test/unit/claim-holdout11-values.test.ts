// Failure classes the tenth and eleventh held-out corpora exposed in what a claim states (counts,
// shares, outlook wording, salary statistics, years and what is not pay at all), each tested on
// sentences and occupations of our own (claims/figure-context.ts, own-pay.ts, count-patterns.ts,
// fact-years.ts, fact-claims.ts, outlook-claims.ts, self-employed.ts, expressions.ts,
// salary-claims.ts, salary-verdicts.ts).
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
    verdict: c.verdict,
  }));
}
const brief = async (title: string, body: string) =>
  (await claims(title, body)).map((c) => `${c.kind}/${c.statistic}${c.year === null ? '' : ` ${c.year}`}`);

const BAR = 'Bartender vs. Barista';
const DENTAL = 'Dental Hygienist vs. Dental Assistant';
const WELD = 'Welder vs. Machinist';

test('a tip, a rate per car or order, an add-on said after its period and an employer’s own rate are not pay', async () => {
  for (const body of [
    'Bartender tips average $4 to $6 a drink on a busy night.',
    'Gratuities run about $8 per table for baristas at brunch.',
    'Delivery baristas get $3 an order on top of the counter wage.',
    'During the holidays we staff 40 extra bartenders and pay $3 an hour extra.',
    'Closing baristas get $1.50/hr on top for the late shift.',
    'We pay bartenders $14/hr plus tips, and shift meals are free.',
    'Our hotel pays baristas $16/hr base plus a 2% share of sales.',
  ])
    assert.deepEqual(await claims(BAR, body), [], body);
  // A wage said with its period and no add-on word stays a wage.
  assert.deepEqual(await brief(BAR, 'Bartenders earn about $15 an hour, according to BLS.'), ['salary/unspecified']);
});

test('a count said with its verb before the year ("N aides were working in May 2025") is that year’s', async () => {
  assert.deepEqual(await brief(DENTAL, 'About 380,000 dental assistants were working in May 2025.'), ['employment/count 2025']);
  assert.deepEqual(await brief(DENTAL, 'Roughly 220,000 dental hygienists worked in the U.S. in May 2025.'), ['employment/count 2025']);
  assert.deepEqual(await brief(DENTAL, 'How many dental hygienists are left? About 220,000 as of 2025.'), ['employment/count 2025']);
});

test('a year written right after a count dates that clause, not the pay in the next one', async () => {
  assert.deepEqual(
    await brief(DENTAL, 'Dental hygienists held about 220,000 jobs in 2025, and they earned an average of $94,000 a year.'),
    ['employment/count 2025', 'salary/mean'],
  );
  assert.deepEqual(await brief(DENTAL, 'How many dental assistants are there? About 380,000 in May 2025, earning an average of $48,000.'), [
    'employment/count 2025',
    'salary/mean',
  ]);
  // One clause with two verbs dates both; a year opening the sentence dates everything in it.
  assert.deepEqual(await brief(DENTAL, 'Dental hygienists held about 220,000 jobs in 2025 and earned a median of $94,000.'), [
    'employment/count 2025',
    'salary/median 2025',
  ]);
  assert.deepEqual(await brief(DENTAL, 'In 2025, dental hygienists held about 220,000 jobs, and they earned a median of $94,000.'), [
    'employment/count 2025',
    'salary/median 2025',
  ]);
});

test('BLS’s Decline band said as a noun or reported in the past is a descriptor claim, with its end year', async () => {
  const declines = async (body: string) =>
    (await claims(WELD, body)).filter((c) => c.kind === 'outlook-descriptor').map((c) => `${c.text} ${c.year}`);
  assert.deepEqual(await declines('Machinist jobs are set to grow 3% by 2035; older projections called for a decline through 2034.'), [
    'decline 2034',
  ]);
  assert.deepEqual(await declines('Welding is steady now, though the 2024–34 outlook had it at decline through 2034.'), ['decline 2034']);
  assert.deepEqual(await declines('Machinists held about 380,000 jobs in 2024 and were projected to decline through 2034.'), [
    'decline 2034',
  ]);
  assert.deepEqual(await declines('The newest BLS projections for welders call for a decline.'), ['decline null']);
  // With a percent the verb is the percent's direction: one outlook-percent claim, no descriptor.
  assert.deepEqual(await brief(WELD, 'Machinist jobs were projected to decline 4 percent from 2024 to 2034.'), [
    'outlook-percent/percent 2034',
  ]);
  assert.deepEqual(await brief(WELD, 'Older projections called for a decline of 4 percent for machinists through 2034.'), [
    'outlook-percent/percent 2034',
  ]);
});

test('a reason after a projected percent ("as enrollment falls") does not make it growth of something else', async () => {
  assert.deepEqual(await brief(WELD, 'Machinist jobs were projected to decline 4 percent from 2024 to 2034 as tool prices fall.'), [
    'outlook-percent/percent 2034',
  ]);
  // Pay growing in the percent's own clause is still not a projection of jobs.
  assert.deepEqual(await brief(WELD, 'Machinist wages grew 4 percent last year as demand rose.'), []);
});

test('a wording band past a semicolon takes only its own side’s period', async () => {
  const bands = async (body: string) =>
    (await claims(WELD, body)).filter((c) => c.kind === 'outlook-descriptor').map((c) => `${c.text} ${c.year}`);
  assert.deepEqual(
    await bands('Welder jobs were projected to add 6,000 from 2024 to 2034; a state job board lists the outlook as little or no change.'),
    ['little or no change null'],
  );
  assert.deepEqual(await bands('Welder jobs are projected to show little or no change from 2025 to 2035.'), ['little or no change 2035']);
});

test('self-employed shares: two before one verb, one restated after "and", an earlier one, independent contractors', async () => {
  const shares = async (body: string) =>
    (await claims(DENTAL, body)).filter((c) => c.kind === 'self-employed').map((c) => `${c.text} ${c.role}`);
  assert.deepEqual(await shares('Few work alone: about 2% of dental hygienists and 1% of dental assistants work for themselves.'), [
    '2% Dental Hygienist',
    '1% Dental Assistant',
  ]);
  assert.deepEqual(await shares('About 2% of dental hygienists are self-employed, and 1 percent of dental assistants.'), [
    '2% Dental Hygienist',
    '1 percent Dental Assistant',
  ]);
  assert.deepEqual(await shares('Roughly 3% of dental hygienists work as independent contractors.'), ['3% Dental Hygienist']);
  assert.deepEqual(await shares('About 2% of dental hygienists are self-employed, down from about 4% in the previous projections.'), [
    '2% Dental Hygienist',
    '4% Dental Hygienist',
  ]);
  // What the self-employed do next is another statement; so is a share of something else after "and".
  assert.deepEqual(await shares('About 2% of dental hygienists are self-employed, and 30% of them work part time.'), [
    '2% Dental Hygienist',
  ]);
});

test('counts said as counted, said, held, up from, or with a forum’s hedge are how many hold the job', async () => {
  const counts = async (body: string) =>
    (await claims(WELD, body)).filter((c) => c.kind === 'employment').map((c) => `${c.text} ${c.year}`);
  assert.deepEqual(await counts('Is welding a big field? The BLS counts about 418,000 welders and projects 45,000 openings a year.'), [
    'counts about 418,000 null',
  ]);
  assert.deepEqual(await counts('Machinists earned a median of $53,000 in 2025, and the BLS counted 380,000 of them.'), [
    'counted 380,000 2025',
  ]);
  assert.deepEqual(await counts('BLS has welders at $51k median, fine. and they say 418,000 jobs lol'), ['say 418,000 jobs null']);
  assert.deepEqual(await counts('How many machinists are there? About 380,000 held the job in May 2025.'), ['380,000 2025']);
  assert.deepEqual(await counts('Welders held about 418,000 jobs in May 2025, up from 410,000 in 2024.'), [
    'held about 418,000 jobs 2025',
    'up from 410,000 2024',
  ]);
  assert.deepEqual(await counts('per BLS there are like 418,000 welders in the US. theres only 380,000 machinists tho'), [
    'there are like 418,000 null',
    'theres only 380,000 null',
  ]);
  assert.deepEqual(await counts('Employment of machinists held at about 380,000 in 2024.'), [
    'Employment of machinists held at about 380,000 2024',
  ]);
  // Jobs posted, programs counted and visitors said are no count of workers.
  assert.deepEqual(await counts('The board posted 785 welder positions in 2024, down from 1,826 in 2008.'), []);
  assert.deepEqual(await counts('The state counts 120 welding programs.'), []);
  assert.deepEqual(await counts('The machinist expo says 45,000 visitors came.'), []);
});

test('a change in jobs said as "lose N of them" or "add N from 2024 to 2034" is the change', async () => {
  const changes = async (body: string) =>
    (await claims(WELD, body)).filter((c) => c.kind === 'employment-change').map((c) => `${c.text} ${c.year}`);
  assert.deepEqual(
    await changes('Machinists held about 380,000 jobs in 2025, and the occupation is projected to lose about 8,000 of them by 2035.'),
    ['lose about 8,000 of them 2035'],
  );
  assert.deepEqual(await changes('Welder jobs were projected to add 6,000 from 2024 to 2034.'), ['add 6,000 2034']);
  // No jobs or employment named before it: a loss of something else.
  assert.deepEqual(await changes('Machinists lost 2,000 in the strike fund last year.'), []);
});

test('a salary statistic said in a cell or bounded is the statistic it names; one set against a median names none', async () => {
  const stats = async (body: string) =>
    (await claims(DENTAL, body)).filter((c) => c.kind === 'salary').map((c) => `${c.text} ${c.statistic}`);
  // A figure set against a median in another clause names no statistic of its own (holdout11's relabelling of bl-11, ct-11).
  assert.deepEqual(await stats('How much do dental assistants make? Some job boards say $60k, but the BLS median is $48k.'), [
    '$60k unspecified',
    '$48k median',
  ]);
  assert.deepEqual(await stats('| | Hygienist | Assistant |\n|---|---|---|\n| Median pay | $94,000 | $48,000 (average) |'), [
    '$94,000 median',
    '$48,000 mean',
  ]);
  assert.deepEqual(await stats('In Boston, dental hygienists earn a median of more than $100,000.'), ['$100,000 median']);
  assert.deepEqual(await stats('Dental assistants can earn up to $65,000.'), ['$65,000 bound']);
  // Two figures set side by side with no median named stay unspecified.
  assert.deepEqual(await stats('Some job boards say dental assistants earn $60k, but others say they earn $52k.'), [
    '$60k unspecified',
    '$52k unspecified',
  ]);
});

test('an FAQ answer opening with its figure states the percentile its question asks about', async () => {
  const stats = async (body: string) =>
    (await claims(DENTAL, body)).filter((c) => c.kind === 'salary').map((c) => `${c.text} ${c.statistic}`);
  assert.deepEqual(await stats('What do the top 10 percent of dental hygienists earn? More than $120,000 a year.'), [
    '$120,000 a year p90',
  ]);
  assert.deepEqual(await stats('What do the lowest-paid 10% of dental assistants make? Under $38,000.'), ['$38,000 p10']);
  // An answer that names its own statistic keeps it.
  assert.deepEqual(await stats('What do the top 10 percent of dental hygienists earn? The median is $94,000.'), ['$94,000 median']);
});

test('a projected percent takes the period written right after it, else its sentence’s unless another projection owns it', async () => {
  const percents = async (body: string) =>
    (await claims(WELD, body)).filter((c) => c.kind === 'outlook-percent').map((c) => `${c.text} ${c.year}`);
  assert.deepEqual(
    await percents('Welding should hold steady from 2025 to 2035, after older projections called for a 3% decline through 2034.'),
    ['3% 2034'],
  );
  assert.deepEqual(await percents('From 2025 to 2035, machinist jobs are projected to grow 2% while welder jobs hold steady.'), [
    '2% 2035',
  ]);
  assert.deepEqual(await percents('Welder employment is projected to grow 2% over the 2025-35 decade.'), ['2% 2035']);
  assert.deepEqual(await percents('Welders are projected to grow 2% from 2025 to 2035, while machinists are projected to grow 5%.'), [
    '2% 2035',
    '5% null',
  ]);
});

test('a place is written with its state, its metro area, region or county, and no place is part of a longer name', async () => {
  const places = async (body: string) => {
    const article = comparisonArticle(DENTAL, body);
    const dataset = await bundledRoleIndex();
    return listClaims(article, dataset, resolveConfig()).map((c) => c.place);
  };
  assert.deepEqual(await places('In Tacoma, Washington, dental assistants earn about $25 an hour.'), ['Tacoma, Washington']);
  assert.deepEqual(await places('In the Atlanta, GA, metro area, dental hygienists earn a median of about $90,000.'), [
    'Atlanta, GA, metro area',
  ]);
  assert.deepEqual(await places('In the Washington, D.C., metro area, dental hygienists earn a median of about $105,000.'), [
    'Washington, D.C., metro area',
  ]);
  assert.deepEqual(await places('In the Pacific Northwest region, dental assistants earn about $26 an hour.'), [
    'Pacific Northwest region',
  ]);
  assert.deepEqual(await places('In Los Angeles County, dental assistants earn about $24 an hour.'), ['Los Angeles County']);
  // A county no list names is a place by its word "County" (holdout12's convention); the next clause's city is its own.
  assert.deepEqual(await places('In Orange County, dental hygienists earn about $110,000; in Anaheim, assistants earn $25 an hour.'), [
    'Orange County',
    'Anaheim',
  ]);
  // A city's name inside a longer name is no place: the sentence's state stays the figure's.
  assert.deepEqual(await places('In Georgia, dental hygienists at the Atlanta Dental Supply clinic earn about $80,000.'), ['Georgia']);
});

test('a list line is a statement of its own, and a year naming an event dates no figure', async () => {
  const years = async (body: string) => (await claims(WELD, body)).filter((c) => c.kind === 'salary').map((c) => `${c.text} ${c.year}`);
  assert.deepEqual(await years('Welder snapshot:\n- Median pay (2024): $51,000\n- Top 10%: $72,000'), ['$51,000 2024', '$72,000 null']);
  // Prose that continues a dated sentence keeps its year.
  assert.deepEqual(await years('Welders earned a median of $51,000 in May 2024. The top 10% earned more than $72,000.'), [
    '$51,000 2024',
    '$72,000 2024',
  ]);
  assert.deepEqual(await years('In Ohio, union welders earn $30 an hour and up after the 2024 contract renewal.'), ['$30 an hour null']);
  assert.deepEqual(await years('Welders held about 418,000 jobs in May 2024, and they earned an average of $55,000 that year.'), [
    '$55,000 2024',
  ]);
});

test('a year stated for pay carries forward to a share or count of the same sentence, not past a release of its own', async () => {
  assert.deepEqual(await brief(WELD, 'Welders earned a median of $49,000 in May 2023, and about 6% were self-employed.'), [
    'salary/median 2023',
    'self-employed/share 2023',
  ]);
  assert.deepEqual(await brief(WELD, 'Machinists earned a median of $50,000 in May 2023, and there were about 370,000 of them.'), [
    'salary/median 2023',
    'employment/count 2023',
  ]);
  // Never backward, and not to a share dated by a release of its own.
  assert.deepEqual(await brief(WELD, 'Welders held about 418,000 jobs, and the median pay was $51,000 in 2024.'), [
    'employment/count',
    'salary/median 2024',
  ]);
  assert.deepEqual(
    await brief(
      WELD,
      'Welders earned a median of $24.50 an hour in May 2025, and about 6% were self-employed according to the previous projections.',
    ),
    ['salary/median 2025', 'self-employed/share'],
  );
});

test('a percentile line or row states pay in a list or table of figures, and a table’s corner cell dates it', async () => {
  const pay = async (body: string) =>
    (await claims(DENTAL, body)).filter((c) => c.kind === 'salary').map((c) => `${c.text} ${c.statistic} ${c.year}`);
  assert.deepEqual(await pay('Dental assistant:\n- Median pay: $48,000\n- Jobs: 380,000\n- Top 10%: $63,000'), [
    '$48,000 median null',
    '$63,000 p90 null',
  ]);
  assert.deepEqual(await pay('| | Clinic chairs | Front desk |\n|---|---|---|\n| Bottom 10% (2024) | $66,000 | $37,000 |'), [
    '$66,000 p10 2024',
    '$37,000 p10 2024',
  ]);
  assert.deepEqual(await pay('| 2024 data | Hygienist | Assistant |\n|---|---|---|\n| Median | $90,000 | $46,000 |'), [
    '$90,000 median 2024',
    '$46,000 median 2024',
  ]);
  // A list with no pay line: a percentile of something else is no pay.
  assert.deepEqual(await pay('Dental assistant:\n- Jobs: 380,000\n- Top 10%: 38,000 openings'), []);
});

test('education: "most have", "most employers want", "is typical", and a level only asked about is no claim', async () => {
  const levels = async (body: string) =>
    (await claims(DENTAL, body)).filter((c) => c.kind === 'education').map((c) => `${c.text} ${c.role}`);
  assert.deepEqual(await levels('What education do dental hygienists need? Most have at least an associate’s degree.'), [
    'associate’s degree Dental Hygienist',
  ]);
  assert.deepEqual(await levels('Do dental assistants need a degree? Most dentists want a bachelor’s degree these days.'), [
    'bachelor’s degree Dental Assistant',
  ]);
  assert.deepEqual(await levels('What do dental hygienists need? An associate’s degree is typical, plus a state license.'), [
    'associate’s degree Dental Hygienist',
  ]);
  // The question names a level; only the answer states one. A doubted claim ("BLS says …?") is still stated.
  assert.deepEqual(
    await levels('Do dental hygienists need a bachelor’s degree? Most programs award an associate’s degree, and most hygienists have one.'),
    [],
  );
  assert.deepEqual(await levels('BLS says dental assistants need a bachelor’s degree? no way'), ['bachelor’s degree Dental Assistant']);
});
