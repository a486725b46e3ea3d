// Failure classes the seventh held-out corpus exposed in salary claims (figure-context.ts,
// carried-years.ts, places.ts, expressions.ts, amounts.ts, ranges.ts, salary-claims.ts,
// salary-judge.ts), each tested on sentences and occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { salaryClaims, type SalaryClaim } from '../../src/core/claims/salary-claims.js';
import { salaryVerdicts, statusOf } from '../../src/core/claims/salary-verdicts.js';
import { wageHistory } from '../../src/core/dataset/bundled.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';
import { parseArticle } from '../../src/core/lint.js';

const TITLE = 'Roofer vs. Glazier';
const claimsOf = (body: string) => salaryClaims(comparisonArticle(TITLE, body));
const read = (c: SalaryClaim) => ({
  raw: c.figure.raw,
  role: c.role,
  statistic: c.figure.statistic,
  period: c.figure.period,
  ...(c.percentile !== undefined && { percentile: c.percentile }),
  ...(c.bound && { bound: c.bound }),
  ...(c.year !== undefined && { year: c.year }),
  ...(c.place !== undefined && { place: c.place }),
});
const readAll = (body: string) => claimsOf(body).map(read);

test('a projection’s target year ("through 2035", "from 2025 to 2035") is never a wage’s year', () => {
  assert.deepEqual(
    claimsOf('Roofers earn a median of $55,000, and roofing jobs are projected to grow 5% through 2035.').map((c) => c.year),
    [undefined],
  );
  assert.deepEqual(
    claimsOf('Glazier employment should grow 3% from 2025 to 2035, while glaziers make a median of $57,000.').map((c) => c.year),
    [undefined],
  );
  // "According to 2024 BLS data" is no span of years: its year dates the wage.
  assert.deepEqual(
    claimsOf('According to 2024 BLS data, roofers earned a median of $50,970.').map((c) => c.year),
    [2024],
  );
});

test('a dated sentence’s year carries to the percentile sentence continuing it, not to a new statement', () => {
  const bls =
    'The median annual wage for glaziers was $57,080 in May 2025. The lowest 10 percent earned less than $37,300, and the highest 10 percent earned more than $89,790.';
  assert.deepEqual(
    claimsOf(bls).map((c) => [c.percentile, c.year]),
    [
      [undefined, 2025],
      [10, 2025],
      [90, 2025],
    ],
  );
  assert.deepEqual(
    claimsOf('Roofers earned a median of $50,970 in May 2024. Glaziers earn a median of $57,080.').map((c) => c.year),
    [2024, undefined],
  );
  assert.deepEqual(
    claimsOf('Roofers earned a median of $50,970 in May 2024. Today the top 10 percent of roofers earn more than $81,720.').map(
      (c) => c.year,
    ),
    [2024, undefined],
  );
});

test('a percentile sentence continuing a pay sentence states pay though it names neither pay nor a role', () => {
  assert.deepEqual(
    readAll('Roofers earned a median of $55,440 in May 2025. Top 10% were over $81,720.').map((c) => [c.raw, c.percentile, c.year]),
    [
      ['$55,440', undefined, 2025],
      ['$81,720', 90, 2025],
    ],
  );
});

test('a place keeps the words naming its area, and a sentence opening with a place states every figure for it', () => {
  assert.deepEqual(
    claimsOf('In the Denver metro area, roofers earn a median of $60,000.').map((c) => c.place),
    ['Denver metro area'],
  );
  assert.deepEqual(
    claimsOf('Glaziers in Austin, TX earn a median of $52,000, and roofers in New York State earn $64,000.').map((c) => c.place),
    ['Austin, TX', 'New York State'],
  );
  assert.deepEqual(
    claimsOf('In Oregon, home to many glass shops, glaziers earn about $62,000 and roofers about $58,000.').map((c) => c.place),
    ['Oregon', 'Oregon'],
  );
  // "Area" in any case is part of the name; a lower-case "state" only describes it.
  assert.deepEqual(
    claimsOf('Roofers in the Houston Metro Area earn $50,000 a year, and glaziers in Washington state earn $60,000 a year.').map(
      (c) => c.place,
    ),
    ['Houston Metro Area', 'Washington'],
  );
  // A later clause naming the nation is not the opening place's.
  assert.deepEqual(
    claimsOf('In Oregon, glaziers earn about $62,000, while nationally they earn $57,000.').map((c) => c.place),
    ['Oregon', undefined],
  );
});

test('"typical" as an adjective, "the middle of the pay scale" and a closing "at the median" name the median', () => {
  assert.deepEqual(
    claimsOf('The typical roofer earns about $55,000 a year.').map((c) => c.figure.statistic),
    ['median'],
  );
  assert.deepEqual(
    claimsOf('Roofers typically earn $55,000 a year.').map((c) => c.figure.statistic),
    ['typical'],
  );
  assert.deepEqual(
    claimsOf('Glaziers in the middle of the pay scale earn around $57,000.').map((c) => c.figure.statistic),
    ['median'],
  );
  assert.deepEqual(
    claimsOf('Roofers and glaziers earn similar pay: about $55,000 and $57,000 at the median.').map((c) => c.figure.statistic),
    ['median', 'median'],
  );
  assert.deepEqual(
    claimsOf('Pay runs from about $55,000 for roofers to $57,000 for glaziers, at the median.').map((c) => c.figure.statistic),
    ['median', 'median'],
  );
  assert.deepEqual(
    claimsOf('How much does a roofer make per hour? About $27 an hour, based on the national median.').map((c) => c.figure.statistic),
    ['median'],
  );
});

test('a number written with "dollars" is an amount', () => {
  assert.deepEqual(
    readAll('Most roofers earn about 55,000 dollars a year.').map((c) => [c.raw, c.period]),
    [['55,000 dollars a year', 'year']],
  );
});

test('a wage difference, a day, session or piece rate and a legal minimum wage are not wages', () => {
  assert.deepEqual(
    readAll('Glaziers earn $28.71 an hour, while roofers earn $27.95, a difference of about $1 an hour.').map((c) => c.raw),
    ['$28.71 an hour', '$27.95'],
  );
  assert.deepEqual(
    readAll('Storm-chasing roofers make $250 to $400 a day, while glaziers earn a median of $57,080 a year.').map((c) => c.raw),
    ['$57,080 a year'],
  );
  assert.deepEqual(readAll('Apprentice roofers are paid at least the minimum wage of $7.25 an hour.'), []);
  // What a customer pays is a price.
  assert.deepEqual(
    readAll('Homeowners pay $9,000 for a new roof, and roofers earn a median of $55,440.').map((c) => c.raw),
    ['$55,440'],
  );
  // A piece rate is no wage; a source after "per" is no piece.
  assert.deepEqual(readAll('Roofing crews are paid $80 to $100 per square, and glaziers $3 per pane.'), []);
  assert.deepEqual(
    readAll('Glaziers make $57,080 per the BLS.').map((c) => c.raw),
    ['$57,080'],
  );
  assert.deepEqual(readAll('Glaziers can deduct up to $250 of tools from the pay they report.'), []);
});

test('an FAQ answer states pay when its question asks about pay', () => {
  assert.deepEqual(
    readAll('How much does a glazier make per hour? About $29 on average.').map((c) => [c.raw, c.statistic, c.period]),
    [['$29', 'mean', 'hour']],
  );
  // So does one under a heading asking it, which gives it its role.
  assert.deepEqual(
    readAll('## FAQ\n\n### How much does a roofer make per hour?\n\nAbout $28 on average.').map((c) => [c.raw, c.role, c.statistic]),
    [['$28', 'Roofer', 'mean']],
  );
  assert.deepEqual(readAll('## FAQ\n\n### How long is a roofer apprenticeship?\n\nAbout 4 years and $1,200 in total.'), []);
  // A question about something else does not make its answer pay.
  assert.deepEqual(readAll('How long is a glazier apprenticeship? About 4 years and $1,200 in tools.'), []);
});

test('a table with a pay row states pay in rows labelled by a wage statistic', () => {
  // Its header names no role, so only its row labels say which rows are pay.
  const table = [
    '| Roofing | 2025 |',
    '|---|---|',
    '| Median salary | $55,440 |',
    '| Average hourly | $27.95 |',
    '| Top 10% | $81,720 |',
    '| Crew size | $4 |',
  ].join('\n');
  assert.deepEqual(
    claimsOf(table).map((c) => [c.figure.raw, c.figure.statistic, c.figure.period, c.percentile]),
    [
      ['$55,440', 'median', 'year', undefined],
      ['$27.95', 'mean', 'hour', undefined],
      ['$81,720', 'unspecified', 'year', 90],
    ],
  );
});

test('front matter states wages like prose, and a snake_case key names no statistic', () => {
  const article = parseArticle(
    '---\ntitle: "Roofer vs. Glazier: Pay"\nroofer_median_salary: "$55,440"\n---\n\n# Roofer vs. Glazier: What Are the Differences?\n\nText.\n',
  );
  assert.deepEqual(
    salaryClaims(article).map((c) => [c.figure.raw, c.role, c.figure.statistic]),
    [['$55,440', 'Roofer', 'unspecified']],
  );
});

test('a percentile named after the figure, and "the top tenth", state the 90th percentile; a hedged "just over" is no bound', () => {
  assert.deepEqual(
    readAll('Roofers make $27 an hour, with veterans earning over $40 an hour in the top tenth and $17 at entry.').map((c) => [
      c.raw,
      c.percentile,
    ]),
    [
      ['$27 an hour', undefined],
      ['$40 an hour', 90],
      ['$17', undefined],
    ],
  );
  assert.deepEqual(
    readAll('The top decile of glaziers earn more than $89,000.').map((c) => c.percentile),
    [90],
  );
  assert.deepEqual(
    readAll('Glaziers average $28.71 an hour, or just over $59,000 a year.').map((c) => [c.statistic, c.bound]),
    [
      ['mean', undefined],
      ['mean', undefined],
    ],
  );
});

test('a dash ending a list item does not join its figure to the next item, and a period label states a wage', () => {
  assert.deepEqual(
    readAll('Roofer\n- Median salary: $55,440\n- 10-year growth: 4%').map((c) => [c.raw, c.statistic]),
    [['$55,440', 'median']],
  );
  // A label naming a pay period states a wage, though it says neither "pay" nor "salary".
  assert.deepEqual(
    readAll('Glazier\n- Hourly rate: $28.71\n- Annual median: $57,080').map((c) => [c.raw, c.period, c.statistic]),
    [
      ['$28.71', 'hour', 'unspecified'],
      ['$57,080', 'year', 'median'],
    ],
  );
});

const SETTINGS = { tolerance: 0.15, otherSources: 'off' as const };

async function statuses(title: string, body: string) {
  const dataset = await bundledRoleIndex();
  return salaryVerdicts(comparisonArticle(title, body), dataset, SETTINGS).map((j) => statusOf(j.outcome));
}

test('an occupation paid only by the hour is judged by its hourly mean, an older release’s being out of date', async () => {
  const dataset = await bundledRoleIndex();
  const [current, older] = wageHistory(dataset.bySoc('27-2031')!).map((s) => s.wages.hourlyMean!);
  assert.ok(current !== undefined && older !== undefined && Math.abs(current - older) / current > 0.01);
  const say = (n: number) => `Dancers earn an average of $${n.toFixed(2)} an hour.`;
  assert.deepEqual(await statuses('Dancer vs. Choreographer', say(current)), ['current']);
  assert.deepEqual(await statuses('Dancer vs. Choreographer', say(older)), ['outdated']);
  assert.deepEqual(await statuses('Dancer vs. Choreographer', say(current * 2)), ['mismatched']);
});

test('a rounded figure near an older release’s is not a copy of it; one printed exactly is', async () => {
  const dataset = await bundledRoleIndex();
  const [current, older] = wageHistory(dataset.bySoc('47-2181')!).map((s) => s.wages.median!);
  const rounded = Math.round(older! / 1000) * 1000;
  // The rounded figure is closer to the older release than to today's, and within the tolerance of today's.
  assert.ok(Math.abs(rounded - older!) < Math.abs(rounded - current!) && Math.abs(rounded - current!) / current! < 0.15);
  const say = (n: number) => `Roofers earn a median of $${n.toLocaleString('en-US')}.`;
  assert.deepEqual(await statuses(TITLE, say(rounded)), ['current']);
  assert.deepEqual(await statuses(TITLE, say(older!)), ['outdated']);
  // A monthly figure derived from the older release, to the dollar, was copied from it.
  const monthly = Math.round(older! / 12);
  assert.deepEqual(await statuses(TITLE, `Roofers earn a median of $${monthly.toLocaleString('en-US')} a month.`), ['outdated']);
});

test('a writer’s own job or employer’s pay is no claim about the occupation', () => {
  assert.deepEqual(readAll('I work as a roofer in Maine for $24 an hour, four days a week.'), []);
  assert.deepEqual(readAll('Our glass shop pays glaziers $31 an hour with benefits.'), []);
  // A trainee's stipend is no wage of the occupation; an apprentice who tops out earns one.
  assert.deepEqual(readAll('Glazier apprentices are paid $600 a week during the first term.'), []);
  assert.deepEqual(
    readAll('Glaziers earn well, but postdocs in glass science make $58k.').map((c) => c.raw),
    [],
  );
  assert.deepEqual(
    readAll('A roofer apprentice starts near half scale, but once they top out they earn about $1,060 a week.').map((c) => c.raw),
    ['$1,060 a week'],
  );
  // A school quoting the occupation is not its own pay.
  assert.deepEqual(
    readAll('Our graduates become glaziers, who earn a median of $57,080.').map((c) => c.raw),
    ['$57,080'],
  );
});

test('"the medians" make a sentence about pay', () => {
  assert.deepEqual(
    readAll('Both trades are close, and so are the BLS medians: about $55,000 for roofers and $57,000 for glaziers.').map((c) => [
      c.raw,
      c.role,
    ]),
    [
      ['$55,000', 'Roofer'],
      ['$57,000', 'Glazier'],
    ],
  );
});

test('a field named for pay holds dollars though it writes no "$"; another field’s number is none', () => {
  assert.deepEqual(
    readAll('career: Glazier\nmedian_salary: 57080\ncrew_size: 4500\nupdated: 2026-05-12').map((c) => [c.raw, c.role]),
    [['57080', 'Glazier']],
  );
  assert.deepEqual(readAll('Glaziers say the pay is fine: 4500 of them answered.'), []);
});

test('a figure credited to BLS in a sentence naming a role is a wage, and "that’s the median" after it names its statistic', () => {
  assert.deepEqual(
    readAll('The BLS figure everyone cites for glaziers ($57,080) is the one to trust.').map((c) => [c.raw, c.role]),
    [['$57,080', 'Glazier']],
  );
  assert.deepEqual(
    readAll('Roofers start around $55k, and that’s basically the median per BLS.').map((c) => [c.raw, c.statistic]),
    [['$55k', 'median']],
  );
  // Without BLS, a pay period or a statistic, a number in a sentence naming a role is no wage.
  assert.deepEqual(readAll('The figure everyone cites for glaziers ($57,080) is the one to trust.'), []);
});

test('"half of them earn more than $X" states the median; "more than half earn over $X" is a bound', () => {
  assert.deepEqual(
    readAll('Half of roofers earn more than $55,440 a year, and more than half of glaziers earn over $50,000 a year.').map((c) => [
      c.raw,
      c.statistic,
      c.bound,
    ]),
    [
      ['$55,440 a year', 'median', undefined],
      ['$50,000 a year', 'unspecified', 'above'],
    ],
  );
});
