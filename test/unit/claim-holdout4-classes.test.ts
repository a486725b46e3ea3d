// Failure classes the fourth held-out corpus exposed (claims/outlook-verdicts.ts, attribution.ts,
// heading-roles.ts, role-forms.ts, figure-context.ts, places.ts), each tested on sentences and
// occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { outlookVerdictOf } from '../../src/core/judged/claim-list.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { claimRoles } from '../../src/core/claims/claim-roles.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle, educationLevels } from './helpers/claims.js';

/** The projection claims of `body` as [kind, words, verdict]. */
async function outlooks(title: string, body: string): Promise<Array<[string, string, string]>> {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(title, body);
  return outlookVerdicts(article, dataset, { tolerance: 2 }).map((j) => [
    j.claim.kind,
    j.claim.kind === 'outlook-sentence' ? (j.claim.percent === undefined ? 'direction' : `${j.claim.percent}%`) : j.claim.raw,
    outlookVerdictOf(j),
  ]);
}

test('a growth verb stated with its wording band or its change in jobs is one claim, not a direction beside it', async () => {
  assert.deepEqual(
    (await outlooks('Surveyor vs. Cartographer', 'Surveyor jobs will grow about as fast as average, the handbook says.')).map(([k, w]) => [
      k,
      w,
    ]),
    [['outlook-descriptor', 'about as fast as average']],
  );
  const counted = await outlooks(
    'Surveyor vs. Cartographer',
    'Surveyor employment is expected to increase this decade, adding about 1,000 jobs.',
  );
  assert.deepEqual(
    counted.map(([kind]) => kind),
    ['employment-change'],
  );
  // Alone, the direction is still a claim; so is one in another sentence.
  assert.deepEqual(
    (await outlooks('Surveyor vs. Cartographer', 'Surveyor employment is expected to increase. It is faster than average.')).map(
      ([k]) => k,
    ),
    ['outlook-sentence', 'outlook-descriptor'],
  );
});

test('“projected to decline N percent” is one claim, the percent, its verb the direction', async () => {
  const found = await outlooks(
    'Word Processor vs. Typist',
    'Employment of word processors and typists is projected to decline 30 percent by 2035.',
  );
  assert.deepEqual(
    found.map(([kind, words]) => [kind, words]),
    [['outlook-sentence', '-30%']],
  );
  assert.deepEqual(
    (await outlooks('Word Processor vs. Typist', 'Employment of typists is projected to decline 0.4 percent by 2035.')).map(
      ([kind]) => kind,
    ),
    ['outlook-sentence'],
  );
});

test('a whole percent or a wording band an earlier release printed is out of date, not wrong', async () => {
  const dataset = await bundledRoleIndex();
  // An occupation whose older change, shown as BLS shows it (a whole percent), is no longer the current one's band.
  const changed = dataset.occupations.find((o) => {
    const [now, then] = o.outlooks ?? [];
    return now && then && !Number.isInteger(then.changePercent) && Math.abs(Math.round(then.changePercent) - now.changePercent) > 4;
  })!;
  const shown = Math.round(changed.outlooks![1]!.changePercent);
  const title = changed.title.replace(/s$/u, '');
  const found = await outlooks(
    `${title} vs. Cashier`,
    `Hiring of ${changed.title.toLowerCase()} should rise ${shown} percent in the coming years.`,
  );
  assert.deepEqual(
    found.map(([, , verdict]) => verdict),
    ['outdated'],
    `${changed.title}: ${shown} percent`,
  );
});

/** The salary claims of `body` as [figure, role]. */
function payRoles(title: string, body: string): Array<[string, string | undefined]> {
  return salaryClaims(comparisonArticle(title, body)).map((c) => [c.figure.raw.split(' ')[0]!, c.role]);
}

test('a figure before a role named in another clause is not that role’s', () => {
  assert.deepEqual(
    payRoles(
      'Dental Assistant vs. Medical Assistant',
      'Front desk staff average about $40,000, while medical assistants take home $44,000.',
    ),
    [
      ['$40,000', undefined],
      ['$44,000', 'Medical Assistant'],
    ],
  );
  // A figure said to be for a group we cannot name is not the role named before it.
  assert.deepEqual(
    payRoles(
      'Dental Assistant vs. Medical Assistant',
      'Dental assistants earn a median of $47,000 a year, against $28 an hour for orthodontic coordinators.',
    ),
    [
      ['$47,000', 'Dental Assistant'],
      ['$28', undefined],
    ],
  );
  // In its own clause, or fronting the sentence, the role after the figure is still its role.
  assert.deepEqual(payRoles('Audiologist vs. Optician', 'At $98,000 a year, audiologists out-earn most clinic staff.'), [
    ['$98,000', 'Audiologist'],
  ]);
  assert.deepEqual(payRoles('Audiologist vs. Optician', 'The going salary is $45,000 for opticians.'), [['$45,000', 'Optician']]);
});

test('a figure restating what an earlier one said of the same mention, with another value, is left without a role', () => {
  const title = 'Dental Assistant vs. Medical Assistant';
  assert.deepEqual(
    payRoles(title, '## Dental assistant pay\n\nDental assistants earn about $47,000 a year; office managers earn about $62,000 a year.'),
    [
      ['$47,000', 'Dental Assistant'],
      ['$62,000', undefined],
    ],
  );
  // Another statistic, a percentile or another period is something else said of the same role.
  assert.deepEqual(payRoles(title, 'Dental assistants earn a median of $47,000 a year and a mean of $49,500.'), [
    ['$47,000', 'Dental Assistant'],
    ['$49,500', 'Dental Assistant'],
  ]);
  assert.deepEqual(payRoles(title, 'Dental assistants earn a median of $47,000; the top 10 percent earn more than $62,000.'), [
    ['$47,000', 'Dental Assistant'],
    ['$62,000', 'Dental Assistant'],
  ]);
  assert.deepEqual(payRoles(title, 'Dental assistants average $47,000 a year, or about $22.60 an hour.'), [
    ['$47,000', 'Dental Assistant'],
    ['$22.60', 'Dental Assistant'],
  ]);
});

test('a heading that sets two things side by side names no single role, even when only one name is known', () => {
  const title = 'Physical Therapist vs. Occupational Therapist';
  assert.deepEqual(payRoles(title, '## Physical therapist or chiropractor pay?\n\nMost clinics pay around $45 an hour.'), [
    ['$45', undefined],
  ]);
  assert.deepEqual(payRoles(title, '## Physical therapist pay\n\nMost clinics pay around $45 an hour.'), [['$45', 'Physical Therapist']]);
});

test('hyphenated words give a letter each to a role’s initialism, and clipped head nouns name the role', () => {
  assert.deepEqual(payRoles('Speech-Language Pathologist vs. Audiologist', 'Most SLPs earn a median of $95,000.'), [
    ['$95,000', 'Speech-Language Pathologist'],
  ]);
  const net = 'Network Administrator vs. Database Administrator';
  assert.deepEqual(payRoles(net, 'Network admins earn about $96,000 a year.'), [['$96,000', 'Network Administrator']]);
  assert.deepEqual(payRoles(net, 'Most netadmins earn about $96,000 a year.'), [['$96,000', 'Network Administrator']]);
  assert.deepEqual(payRoles('EMT vs. Paramedic', 'Medics earn about $28 an hour.'), [['$28', 'Paramedic']]);
});

/** The salary claims of `body` judged against the bundled data, as [figure, role]. */
async function judgedPayRoles(title: string, body: string): Promise<Array<[string, string | undefined]>> {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(title, body);
  return salaryClaims(article, claimRoles(article, dataset)).map((c) => [c.figure.raw.split(' ')[0]!, c.role]);
}

test('a claim naming no role by pattern takes the role whose occupation BLS or O*NET call by the words it uses', async () => {
  // O*NET's alternate titles and their short forms, a BLS list title's parts, the Handbook's coordinated names.
  assert.deepEqual(await judgedPayRoles('Database Administrator vs. Web Developer', 'Most DBAs make a median of $100,000.'), [
    ['$100,000', 'Database Administrator'],
  ]);
  assert.deepEqual(
    await judgedPayRoles(
      'Childcare Worker vs. Hairdresser',
      'Daycare jobs pay about $15 an hour; cosmetologists average around $19 an hour.',
    ),
    [
      ['$15', undefined],
      ['$19', 'Hairdresser'],
    ],
  );
  assert.deepEqual(
    await judgedPayRoles(
      'Automotive Service Technician vs. Diesel Mechanic',
      'Shops quote a median of $60,000 for diesel service technicians and mechanics.',
    ),
    [['$60,000', 'Diesel Mechanic']],
  );
  // The subject of the figure's own clause, when it has one; else the sentence before it.
  assert.deepEqual(
    await judgedPayRoles('Childcare Worker vs. Hairdresser', 'Cosmetologists stay busy, yet daycare jobs pay about $15 an hour.'),
    [['$15', undefined]],
  );
  assert.deepEqual(
    await judgedPayRoles('Database Administrator vs. Web Developer', 'Senior DBAs, the best-paid tenth, make more than $150,000.'),
    [['$150,000', 'Database Administrator']],
  );
  // A word no role's occupation is called names nothing; a name two roles share names neither.
  assert.deepEqual(await judgedPayRoles('Database Administrator vs. Web Developer', 'Most consultants make a median of $100,000.'), [
    ['$100,000', undefined],
  ]);
});

test('a share or count names its role in a long BLS name, and its year after it', () => {
  const found = factClaims(
    comparisonArticle(
      'Court Reporter vs. Interpreter',
      'About 28 percent of court reporters and simultaneous captioners were self-employed in 2024.',
    ),
    [],
  ).map(({ kind, role, year }) => ({ kind, role, year }));
  assert.deepEqual(found, [{ kind: 'self-employed', role: 'Court Reporter', year: 2024 }]);
});

test('a share of workers on one side of a bound states a percentile (“one in four … less than”, “a quarter of … more than”)', () => {
  const percentiles = (body: string) =>
    salaryClaims(comparisonArticle('Dietitian vs. Nutritionist', body)).map(({ percentile, bound }) => ({ percentile, bound }));
  assert.deepEqual(percentiles('One in four dietitians took home less than $55,000.'), [{ percentile: 25, bound: 'below' }]);
  assert.deepEqual(percentiles('A quarter of dietitians earn more than $88,000 a year.'), [{ percentile: 75, bound: 'above' }]);
  assert.deepEqual(percentiles('One in ten dietitians earns under $45,000.'), [{ percentile: 10, bound: 'below' }]);
  // Without a bound the share states no percentile.
  assert.deepEqual(percentiles('A quarter of dietitians earn about $70,000.'), [{ percentile: undefined, bound: undefined }]);
});

test('a projection or count stated for a state or city is not checked against the nation’s', async () => {
  const dataset = await bundledRoleIndex();
  const found = (body: string) =>
    outlookVerdicts(comparisonArticle('Dietitian vs. Nutritionist', body), dataset, { tolerance: 2 }).map((j) => [
      j.claim.kind,
      j.claim.place,
      outlookVerdictOf(j),
    ]);
  assert.deepEqual(found('In Oregon, employment of dietitians is projected to grow 40 percent over the decade.'), [
    ['outlook-sentence', 'Oregon', 'unchecked'],
  ]);
  assert.deepEqual(found('Florida employs about 900,000 dietitians.'), [['employment', 'Florida', 'unchecked']]);
  // Nationally the same claims are judged; a state in the name of the source is no place.
  assert.deepEqual(found('Nationally, employment of dietitians is projected to grow 40 percent over the decade.'), [
    ['outlook-sentence', undefined, 'mismatch'],
  ]);
});

test('a change in jobs is over the projection period its sentence states, wherever the period stands', () => {
  const found = factClaims(
    comparisonArticle(
      'Dietitian vs. Nutritionist',
      'Employment of dietitians is projected to grow 7 percent from 2025 to 2035, faster than average, adding about 5,000 jobs over the decade.',
    ),
    [],
  ).filter((c) => c.kind === 'employment-change');
  assert.deepEqual(
    found.map(({ from, to }) => ({ from, to })),
    [{ from: 2025, to: 2035 }],
  );
});

test('a figure with a time of its own (“now”, “today”) does not take an earlier clause’s year', () => {
  const years = (body: string) => salaryClaims(comparisonArticle('Dietitian vs. Nutritionist', body)).map((c) => c.year);
  assert.deepEqual(years('Dietitians earned a median of $66,000 in May 2023, while nutritionists today average $71,000.'), [
    2023,
    undefined,
  ]);
  assert.deepEqual(years('Dietitians earned a median of $66,000 in May 2023, while nutritionists averaged $71,000.'), [2023, 2023]);
});

test('money the writer spends and counts of things are no claims', async () => {
  const dataset = await bundledRoleIndex();
  const title = 'Barber vs. Hairdresser';
  const pay = (body: string) => salaryClaims(comparisonArticle(title, body)).map((c) => c.figure.raw.split(' ')[0]);
  assert.deepEqual(pay('Chair rent at the studio is $175 a week, and we pay another $45 a month for towels.'), []);
  assert.deepEqual(pay('I spent about $120 a month on shears. Barbers earn about $20 an hour.'), ['$20']);
  const counts = (body: string) =>
    outlookVerdicts(comparisonArticle(title, body), dataset, { tolerance: 2 }).map((j) => [j.claim.kind, j.claim.raw]);
  assert.deepEqual(counts('There are 41 licensed barber colleges in the state.'), []);
  assert.deepEqual(
    counts('There were about 60,000 barbers in 2025.').map(([kind]) => kind),
    ['employment'],
  );
});

test('a level keeps its meaning after its length or a quality (“a four-year doctoral degree”)', () => {
  assert.deepEqual(educationLevels('Audiologist vs. Optician', 'Audiologists need a four-year doctoral degree after college.'), [
    { role: 'Audiologist', level: 'Doctoral or professional degree', raw: 'doctoral degree' },
  ]);
  // "a four-year degree" itself is a bachelor's.
  assert.deepEqual(
    educationLevels('Audiologist vs. Optician', 'Opticians usually need a four-year degree.').map((c) => c.level),
    ["Bachelor's degree"],
  );
});
