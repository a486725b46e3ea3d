// Failure classes the eighth and ninth held-out corpora exposed in salary claims (salary-claims.ts,
// salary-table-claims.ts, figure-context.ts, own-pay.ts, places.ts, carried-years.ts), each tested
// on sentences and occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { salaryClaims, type SalaryClaim } from '../../src/core/claims/salary-claims.js';
import { comparisonArticle } from './helpers/claims.js';
import { parseArticle } from '../../src/core/lint.js';

const TITLE = 'Welder vs. Machinist';
const claimsOf = (body: string) => salaryClaims(comparisonArticle(TITLE, body));
const read = (c: SalaryClaim) => ({
  raw: c.figure.raw,
  role: c.role,
  statistic: c.figure.statistic,
  period: c.figure.period,
  ...(c.percentile !== undefined && { percentile: c.percentile }),
  ...(c.year !== undefined && { year: c.year }),
  ...(c.place !== undefined && { place: c.place }),
});
const readAll = (body: string) => claimsOf(body).map(read);
const raws = (body: string) => claimsOf(body).map((c) => c.figure.raw);

test('each front-matter line is about the role its key names, and a date line dates no figure', () => {
  const frontMatter =
    '---\ntitle: "Welder vs. Machinist (2026 Guide)"\nwelder_pay: "$51,000"\nmachinist_pay: "$53k"\nupdated: 2024-11-03\n---\n';
  const expected = [
    { raw: '$51,000', role: 'Welder', statistic: 'unspecified', period: 'year' },
    { raw: '$53k', role: 'Machinist', statistic: 'unspecified', period: 'year' },
  ];
  // At the top of the page it is YAML; pasted below the title its closing "---" makes its lines a heading.
  const top = parseArticle(`${frontMatter}\n# Welder vs. Machinist: What Are the Differences?\n\nText.\n`);
  assert.deepEqual(salaryClaims(top).map(read), expected);
  assert.deepEqual(readAll(frontMatter), expected);
  // A paragraph of key lines (no fences): a snake_case key names its role.
  assert.deepEqual(readAll('title: Welder vs. Machinist\nwelder_salary: $51k\nmachinist_salary: $54k\nupdated: 2026-01-05'), [
    { raw: '$51k', role: 'Welder', statistic: 'unspecified', period: 'year' },
    { raw: '$54k', role: 'Machinist', statistic: 'unspecified', period: 'year' },
  ]);
  // Roles sharing a head word are told apart by the words of their keys.
  const cooks = comparisonArticle('Line Cook vs. Pastry Cook', 'line_cook_salary: $36k\npastry_cook_salary: $38k');
  assert.deepEqual(
    salaryClaims(cooks).map((c) => c.role),
    ['Line Cook', 'Pastry Cook'],
  );
  // A setext heading that is no block of keys states nothing.
  assert.deepEqual(readAll('Welders earn $51,000 in some shops\n---\n'), []);
});

test('a table header abbreviating the average, or saying "typical", names the statistic of its figures', () => {
  const table = [
    '| | Welder | Machinist |',
    '|---|---|---|',
    '| Avg. salary | $52,300 | $55,100 |',
    '| Typical pay | $24/hr | $25/hr |',
  ].join('\n');
  assert.deepEqual(
    claimsOf(table).map((c) => [c.figure.raw, c.role, c.figure.statistic]),
    [
      ['$52,300', 'Welder', 'mean'],
      ['$55,100', 'Machinist', 'mean'],
      ['$24/hr', 'Welder', 'median'],
      ['$25/hr', 'Machinist', 'median'],
    ],
  );
});

test('a header naming wage statistics heads pay columns when the roles stand in the rows, but a price column is no pay', () => {
  const table = [
    '| Trade | Hourly (median) | Top 10% | Program tuition |',
    '|---|---|---|---|',
    '| Welders | $24.10 | $71,900 | $6,500 |',
    '| Machinists | $25.30 | $74,800 | $9,000 |',
  ].join('\n');
  assert.deepEqual(
    claimsOf(table).map((c) => [c.figure.raw, c.role, c.figure.statistic, c.figure.period, c.percentile]),
    [
      ['$24.10', 'Welder', 'median', 'hour', undefined],
      ['$71,900', 'Welder', 'unspecified', 'year', 90],
      ['$25.30', 'Machinist', 'median', 'hour', undefined],
      ['$74,800', 'Machinist', 'unspecified', 'year', 90],
    ],
  );
  // A row labelled by a wage's period and statistic at once is pay though nothing else in the table says so.
  const rows = ['| Welders | Figures |', '|---|---|', '| Annual mean | $53,000 |', '| Shop size | $12 |'].join('\n');
  assert.deepEqual(
    claimsOf(rows).map((c) => [c.figure.raw, c.figure.statistic]),
    [['$53,000', 'mean']],
  );
});

test('a percentile named right after a figure, after a "+" or with no "at the", states that percentile', () => {
  assert.deepEqual(
    readAll('Per BLS, welders make $24 an hour at the median and $74K+ at the 90th percentile.').map((c) => [c.raw, c.percentile]),
    [
      ['$24 an hour', undefined],
      ['$74K', 90],
    ],
  );
  assert.deepEqual(
    readAll('Machinists earn $25.30 an hour at the median. Add CNC programming and you can pass the $75K 90th percentile.').map((c) => [
      c.raw,
      c.percentile,
    ]),
    [
      ['$25.30 an hour', undefined],
      ['$75K', 90],
    ],
  );
});

test('a forum poster’s own pay is no claim, even in a post quoting BLS whose sentences run on in lower case', () => {
  assert.deepEqual(raws('per BLS welders make $51k. pipeline shop paid me $19/hr my first year lol'), ['$51k']);
  assert.deepEqual(raws('BLS says machinists average $56k. got my NIMS cert and I’m at $48k after two years'), ['$56k']);
  assert.deepEqual(raws('BLS says welders earn $51,000. AWS certified, 6 years in, $31/hr at a shipyard'), ['$51,000']);
  assert.deepEqual(raws('per BLS machinists make $54k median. tool and die guy here, shop rate is $29.75 so idk'), ['$54k']);
  assert.deepEqual(raws('BLS claims welders average $52k. the fab shop pays $18/hr here and nobody stays'), ['$52k']);
  assert.deepEqual(raws('per BLS welders earn $51k. I do weekend repair jobs for $45 and that’s it'), ['$51k']);
  assert.deepEqual(raws('per BLS machinists make $56k. my shop is union and I make $34 an hour there'), ['$56k']);
  // "here in <Place>" names a place, not the writer's own shop.
  assert.deepEqual(raws('Welders earn about $58,000 here in Texas.'), ['$58,000']);
});

test('add-ons to pay, a small price "each" and a rate per game are no wage', () => {
  assert.deepEqual(raws('Welders on the night crew earned a $2,000 retention-style safety bonus in 2024.'), []);
  assert.deepEqual(raws('Some shops pay machinists $2/hr shift premiums on nights.'), []);
  assert.deepEqual(raws('Welders on storm crews get $4/hr hazard pay and a $30 boot allowance.'), []);
  assert.deepEqual(raws('Small repair jobs pay welders $40–$60 each, and a retest pays back $150 each.'), []);
  assert.deepEqual(raws('Machinist students who tutor pay $25 a game for league dues, and machinists earn a median of $54,000.'), [
    '$54,000',
  ]);
  // A wage said of two roles at once stays a wage.
  assert.deepEqual(raws('Welders and machinists earn about $52,000 each.'), ['$52,000']);
});

test('a place named after a full stop the splitter passed over is not the figure’s', () => {
  assert.deepEqual(
    readAll('per BLS welders make a median of $51k. shipyard welder in Houston here and the pay is fine').map((c) => c.place),
    [undefined],
  );
  // "U.S." and "St. Louis" end no sentence.
  assert.deepEqual(
    readAll('Welders earn a median of $51,000 in St. Louis, well above the state.').map((c) => c.place),
    ['St. Louis'],
  );
  assert.deepEqual(
    readAll('Machinists average $56,000 in the U.S. today, per the BLS.').map((c) => c.place),
    [undefined],
  );
});

test('a year written after a figure dates it only when no new clause or other fact stands between them', () => {
  const years = (body: string) => claimsOf(body).map((c) => c.year);
  assert.deepEqual(years('The average welder earns $52,300 a year, and the top 10 percent earn more than $74,000 (May 2024 figures).'), [
    undefined,
    2024,
  ]);
  assert.deepEqual(years('Machinists earn $25.30 an hour at the median and held about 380,000 jobs in 2024.'), [undefined]);
  // A source closing the sentence dates each of its figures; "respectively" restates one statement.
  assert.deepEqual(
    years('Welders earn a median of $51,000, while machinists earn $54,000, according to BLS data for May 2024.'),
    [2024, 2024],
  );
  assert.deepEqual(years('Welders and machinists earned medians of $50,000 and $53,000, respectively, in May 2024.'), [2024, 2024]);
});

test('"the year before" counts back from the year written before the figure, and names no year to rewrite', () => {
  const claims = claimsOf('Machinists earned a median of $54,000 in May 2025, and $52,900 the year before.');
  assert.deepEqual(
    claims.map((c) => [c.figure.raw, c.year, c.yearSpan !== undefined]),
    [
      ['$54,000', 2025, true],
      ['$52,900', 2024, false],
    ],
  );
  assert.deepEqual(
    claimsOf('Welders made $49,000 in 2023, up from $47,500 the previous year.').map((c) => c.year),
    [2023, 2022],
  );
});

test('a sentence repeating the frame of a dated one before it takes its year; a new statement does not', () => {
  const years = (body: string) => claimsOf(body).map((c) => c.year);
  assert.deepEqual(
    years('The median hourly wage for welders was $24.50 in May 2025. The median hourly wage for machinists was $25.80.'),
    [2025, 2025],
  );
  assert.deepEqual(years('Welders earned a median of $51,000 in May 2025. Machinists earn a median of $54,000.'), [2025, undefined]);
});

test('a place joining two cities, a region of a state, and a named region or smaller city are read whole', () => {
  const places = (body: string) => claimsOf(body).map((c) => c.place);
  assert.deepEqual(places('In the Minneapolis–St. Paul metro area, welders earn about $27 an hour, and machinists about $29.'), [
    'Minneapolis–St. Paul metro area',
    'Minneapolis–St. Paul metro area',
  ]);
  assert.deepEqual(places('Across Texas’s Permian Basin, welders make a median of $62,000.'), ['Texas’s Permian Basin']);
  assert.deepEqual(places('In the Rio Grande Valley, machinists average $19 an hour.'), ['Rio Grande Valley']);
  assert.deepEqual(places('Welders in Tulsa earn $48,000 a year.'), ['Tulsa']);
  // A possessive that names no region leaves the state alone.
  assert.deepEqual(places('Texas’s median for welders is $50,000.'), ['Texas']);
});

test('a price in parentheses after what it buys is no wage', () => {
  assert.deepEqual(raws('Our 12-week welding certificate ($4,900) prepares you for a job where welders earn a median of $51,000.'), [
    '$51,000',
  ]);
  assert.deepEqual(raws('The NIMS exam (about $120) is optional; machinists earn $25 an hour.'), ['$25 an hour']);
  // A figure in parentheses after a role or a statistic is a wage.
  assert.deepEqual(raws('Welders earn less than machinists at the median ($51,000).'), ['$51,000']);
});

test('"avg" before or after a figure names the mean', () => {
  const statistics = (body: string) => readAll(body).map((c) => `${c.raw}: ${c.statistic}`);
  assert.deepEqual(statistics('lol BLS says welders make $52k avg. no way'), ['$52k: mean']);
  assert.deepEqual(statistics('Machinists: avg pay $56,000 a year per the BLS.'), ['$56,000 a year: mean']);
});

test('starting pay is no claim of the occupation’s wage, unless the sentence gives it a statistic', () => {
  assert.deepEqual(raws('Welders usually start out at around $19 an hour, and the median is $24.50 an hour.'), ['$24.50 an hour']);
  assert.deepEqual(raws('Starting salaries of about $40,000 are common; machinists earn a median of $54,000.'), ['$54,000']);
  assert.deepEqual(raws('Machinists start around $48k, which is the median per BLS.'), ['$48k']);
});

test('what a credential is worth, hedged ("worth nearly $12,000 a year"), is no wage', () => {
  assert.deepEqual(raws('Welders earn $51,000 and machinists $54,000, so the CNC training is worth nearly $3,000 a year.'), [
    '$51,000',
    '$54,000',
  ]);
});
