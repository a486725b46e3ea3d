// Failure classes the seventh held-out corpus exposed in counts, shares, education and outlook
// wording (claims/fact-claims.ts, count-patterns.ts, self-employed.ts, table-facts.ts,
// labelled-lines.ts, education-claims.ts, outlook-claims.ts, outlook-verdicts.ts), each tested on
// sentences and occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { rewriteCount } from '../../src/core/claims/fact-edits.js';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { comparisonArticle, educationLevels } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const TITLE = 'Roofer vs. Glazier';
const facts = (body: string, title = TITLE) =>
  factClaims(comparisonArticle(title, body), []).map(({ kind, role, value, to, year }) => ({ kind, role, value, to, year }));
const kinds = (body: string, title = TITLE) => facts(body, title).map((f) => `${f.kind} ${f.value ?? ''}`.trim());

async function judged(body: string, title = TITLE) {
  const dataset = await bundledRoleIndex();
  return outlookVerdicts(comparisonArticle(title, body), dataset, { tolerance: 2 }).map(({ claim, role }) => ({
    kind: claim.kind,
    role,
    place: claim.place,
  }));
}

test('a down verb beside its percent is the percent’s direction, one claim; alone it is the Decline band', async () => {
  assert.deepEqual(
    (await judged('Employment of glaziers is projected to shrink 6 percent from 2025 to 2035.')).map((c) => c.kind),
    ['outlook-sentence'],
  );
  assert.deepEqual(
    (await judged('Employment of glaziers is projected to decline 6 percent from 2025 to 2035.')).map((c) => c.kind),
    ['outlook-sentence'],
  );
  assert.deepEqual(
    (await judged('Glazier jobs are projected to decline over the decade.')).map((c) => c.kind),
    ['outlook-descriptor'],
  );
});

test('other ways of saying a projection: “is going to”, “is likely to”, “BLS projects employment of X to”, “by just N%”', async () => {
  for (const body of [
    'Glazier jobs are going to decline over the coming decade.',
    'Glazier employment is likely to decline through 2035.',
    'The bureau projects employment of glaziers to decline, with 5,000 openings a year.',
  ]) {
    assert.ok(
      (await judged(body)).some((c) => c.kind === 'outlook-descriptor' && c.role === 'Glazier'),
      body,
    );
  }
  assert.deepEqual(
    (await judged('Roofer employment is expected to grow by only 3% over the decade.')).map((c) => c.kind),
    ['outlook-sentence'],
  );
});

test('pay or prices named in another clause leave a job-growth percent a claim', () => {
  assert.deepEqual(kinds('Glazier jobs are growing slower than average, only 2% through 2035, so shops compete on price.'), [
    'outlook-descriptor',
    'outlook-percent 2',
  ]);
  // In the percent's own clause pay is what grows.
  assert.deepEqual(kinds('Glazier pay is projected to grow 2% next year.'), []);
});

test('a table or list labels a change in jobs, a count of the employed and its year', () => {
  const table = [
    '| | Roofer | Glazier |',
    '|---|---|---|',
    '| Jobs added, 2025–35 | 7,700 | 2,100 |',
    '| Employed | 171,000 | 58,400 |',
    '| Jobs, 2024 | 168,300 | 57,900 |',
  ].join('\n');
  assert.deepEqual(facts(table), [
    { kind: 'employment-change', role: 'Roofer', value: 7700, to: 2035, year: undefined },
    { kind: 'employment-change', role: 'Glazier', value: 2100, to: 2035, year: undefined },
    { kind: 'employment', role: 'Roofer', value: 171000, to: undefined, year: undefined },
    { kind: 'employment', role: 'Glazier', value: 58400, to: undefined, year: undefined },
    { kind: 'employment', role: 'Roofer', value: 168300, to: undefined, year: 2024 },
    { kind: 'employment', role: 'Glazier', value: 57900, to: undefined, year: 2024 },
  ]);
  const list = 'Quick numbers:\n- Glazier employment: 58,400\n- Jobs lost by 2035: 1,900\n- Net change, 2025–35: -1,900 jobs';
  assert.deepEqual(facts(list), [
    { kind: 'employment', role: 'Glazier', value: 58400, to: undefined, year: undefined },
    { kind: 'employment-change', role: undefined, value: -1900, to: 2035, year: undefined },
    { kind: 'employment-change', role: undefined, value: -1900, to: 2035, year: undefined },
  ]);
});

test('a block of key lines and front matter are labelled lines', () => {
  assert.deepEqual(kinds('role: Glazier\nglazier_growth: "4%"\nglazier_jobs: 58,400'), ['outlook-percent 4', 'employment 58400']);
  // A sentence with a colon among other lines is prose, not a key line.
  assert.deepEqual(kinds('Note: glazier jobs are steady.\nCall us at 555-0100 for 2 quotes.'), []);
});

test('how many jobs there are, however a writer says it', () => {
  assert.deepEqual(kinds('Glaziers hold about 58,400 jobs nationwide.'), ['employment 58400']);
  assert.deepEqual(kinds('Roofing is a trade of roughly 171,000 jobs, with 14,900 openings a year.'), [
    'employment 171000',
    'openings 14900',
  ]);
  assert.deepEqual(kinds('There are only about 58,000 glaziers in the country.'), ['employment 58000']);
  assert.deepEqual(kinds('With roughly 1.1 million people working as roofers and glaziers, the trades are big.'), ['employment 1100000']);
  assert.deepEqual(kinds('Roofers held about 171,000 jobs in 2025, and glaziers held about 58,400.'), [
    'employment 171000',
    'employment 58400',
  ]);
  // Jobs posted, filled, listed, added or yearly are no count of the employed.
  for (const body of [
    'Our board lists 12,000 jobs for roofers.',
    'Over 2,000 roofer jobs were posted last month.',
    'Roofers filled 3,000 jobs after the storm.',
    'I have applied to 1,000 jobs.',
    'Roofing adds about 7,700 jobs a decade.',
  ]) {
    assert.ok(!kinds(body).some((k) => k.startsWith('employment ')), body);
  }
});

test('a state or city that “has” a count of workers states employment there, a product with users does not', async () => {
  assert.deepEqual(await judged('In Ohio, glaziers earn a median of $52,000, and the state has about 2,300 of them.'), [
    { kind: 'employment', role: 'Glazier', place: 'Ohio' },
  ]);
  assert.deepEqual(await judged('Arizona has about 6,100 roofers, more than most states.'), [
    { kind: 'employment', role: 'Roofer', place: 'Arizona' },
  ]);
  assert.deepEqual(kinds('Procore has over 2 million users, and roofers like it.'), []);
  assert.deepEqual(kinds('Texas has 254 counties.'), []);
});

test('a self-employed share compared with another, set off by a comma, or as private practice', () => {
  assert.deepEqual(
    facts('About 20% of roofers are self-employed, compared with roughly 4% of glaziers.').map((f) => [f.kind, f.value, f.role]),
    [
      ['self-employed', 20, 'Roofer'],
      ['self-employed', 4, 'Glazier'],
    ],
  );
  assert.deepEqual(kinds('One in five roofers, about 20%, are self-employed.'), ['self-employed 20']);
  assert.deepEqual(kinds('Few psychologists are salaried; about 30% are in private practice.', 'Psychologist vs. Counselor'), [
    'self-employed 30',
  ]);
  assert.deepEqual(kinds('Are glaziers self-employed? Seldom: about 4% of glaziers are, and most work for contractors.'), [
    'self-employed 4',
  ]);
  // A percent after the share that is a survey's, not the same statistic.
  assert.deepEqual(kinds('About 20% of roofers are self-employed, while 70% of customers prefer insured crews.'), ['self-employed 20']);
});

test('openings with the count after them', () => {
  assert.deepEqual(kinds('Roofer openings average 14,900 a year.'), ['openings 14900']);
  assert.deepEqual(kinds('Roofers are in demand in Ohio, and openings there total about 900 each year.'), ['openings 900']);
});

test('education: the way in (“start with”, “come in with”), “need only”, “ask for”, a question’s answer', () => {
  const level = (body: string, title = TITLE) => educationLevels(title, body).map((c) => [c.role, c.level]);
  assert.deepEqual(level('Most glaziers start with a high school diploma and learn on the job.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  assert.deepEqual(level('Roofers can often come in with a high school diploma.'), [['Roofer', 'High school diploma or equivalent']]);
  assert.deepEqual(level('Glaziers need only a high school diploma, while most roofer jobs ask for a bachelor’s degree.'), [
    ['Glazier', 'High school diploma or equivalent'],
    ['Roofer', "Bachelor's degree"],
  ]);
  assert.deepEqual(level('Do glaziers need a degree? No, usually a high school diploma.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  assert.deepEqual(level('Glaziers learn through a paid apprenticeship after a high school diploma.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  assert.deepEqual(level('For glaziers, a high school diploma is the typical entry-level requirement.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  assert.deepEqual(level('Roofers typically need no formal education, and glaziers need a high school diploma.'), [
    ['Roofer', 'No formal educational credential'],
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  // "some positions" is no typical requirement.
  assert.deepEqual(level('Glaziers typically need a high school diploma, though some positions require an associate’s degree.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
});

test('education in labelled lines, and the same level for another role in the next clause', () => {
  assert.deepEqual(
    educationLevels(
      TITLE,
      'Glazier snapshot:\n- Jobs: 58,400\n- Degree: none, no formal credential\n- Typical education: high school diploma',
    ).map((c) => c.level),
    ['High school diploma or equivalent'],
  );
  assert.deepEqual(
    educationLevels(
      'Dentist vs. Pharmacist',
      'Dentists need a doctoral or professional degree (DDS), and pharmacists need a doctorate too.',
    ).map((c) => [c.role, c.level]),
    [
      ['Dentist', 'Doctoral or professional degree'],
      ['Pharmacist', 'Doctoral or professional degree'],
    ],
  );
});

test('a self-employed share after a count stated for a year is that year’s', () => {
  assert.deepEqual(
    facts('Glaziers held about 57,900 jobs in 2024, and about 4% of them were self-employed.').map((f) => [f.kind, f.year]),
    [
      ['employment', 2024],
      ['self-employed', 2024],
    ],
  );
  assert.deepEqual(
    facts('Glaziers held about 57,900 jobs in 2024. About 4% were self-employed.').map((f) => [f.kind, f.year]),
    [
      ['employment', 2024],
      ['self-employed', undefined],
    ],
  );
  assert.deepEqual(
    facts('Roofers held about 171,000 jobs in 2025, and glaziers held about 58,400.').map((f) => [f.role, f.year]),
    [
      ['Roofer', 2025],
      ['Glazier', 2025],
    ],
  );
  // A year after another figure is that figure's.
  assert.deepEqual(
    facts('About 4% of glaziers are self-employed, and they held about 57,900 jobs in 2024.').map((f) => [f.kind, f.year]),
    [
      ['self-employed', undefined],
      ['employment', 2024],
    ],
  );
});

test('two changes in jobs in one sentence each take only the period stated beside them', () => {
  assert.deepEqual(
    facts('Roofer jobs are projected to increase by 7,700 from 2025 to 2035, and glazier employment should grow by 2,100.').map((f) => [
      f.role,
      f.value,
      f.to,
    ]),
    [
      ['Roofer', 7700, 2035],
      ['Glazier', 2100, undefined],
    ],
  );
  // One change takes its sentence's period wherever it stands.
  assert.deepEqual(
    facts('Roofer employment is projected to grow 4 percent from 2025 to 2035, adding about 7,700 jobs.').map((f) => [f.kind, f.to]),
    [
      ['outlook-percent', 2035],
      ['employment-change', 2035],
    ],
  );
});

test('more ways of stating employment and the self-employed share', async () => {
  assert.deepEqual(kinds('Employment of roofers totaled about 171,000 in 2025.'), ['employment 171000']);
  assert.deepEqual(kinds('Roofers hold some 171,000 positions.'), ['employment 171000']);
  assert.deepEqual(await judged('The U.S. had about 58,000 glaziers in 2025.'), [
    { kind: 'employment', role: 'Glazier', place: undefined },
  ]);
  assert.deepEqual(kinds('Self-employed workers make up 20% of roofers.'), ['self-employed 20']);
  assert.deepEqual(kinds('Self-employed roofers are 20% more likely to buy their own tools.'), []);
  assert.deepEqual(kinds('Roofer employment was 5% higher last year.'), []);
  assert.deepEqual(kinds('Our roofing school numbered 1,200 students.'), []);
  assert.deepEqual(kinds('Glazier quick facts:\n- Self-employment rate: 4%\n- Jobs: 58,400'), ['self-employed 4', 'employment 58400']);
});

test('a level called required, enough or the minimum requirement', () => {
  const level = (body: string) => educationLevels(TITLE, body).map((c) => [c.role, c.level]);
  assert.deepEqual(level('For glaziers, a high school diploma is typically required.'), [['Glazier', 'High school diploma or equivalent']]);
  assert.deepEqual(level('Roofers rarely need a degree; a high school diploma is enough.'), [
    ['Roofer', 'High school diploma or equivalent'],
  ]);
  assert.deepEqual(level('For glaziers, the minimum requirement is a high school diploma.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  assert.deepEqual(level('Glazing schools teach the high school diploma equivalent most states require of glaziers.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
  // A requirement of a few jobs, or none, is no usual level.
  assert.deepEqual(level('An associate’s degree is required for some glazier positions.'), []);
  assert.deepEqual(level('A bachelor’s degree is not required for roofers.'), []);
});

test('counts of other things and other people stay quiet', () => {
  // "N jobs" as the object of a verb is jobs someone looked at, not how many there are.
  assert.deepEqual(kinds('We analyzed 2,000 roofer jobs on a job board to find the best pay.'), []);
  assert.deepEqual(kinds('Ohio has 1,200 roofing contractors.'), []);
  // A wage before "jobs" is what they pay.
  assert.deepEqual(kinds('Roofing towns are full of $52,000 jobs.'), []);
  const level = (body: string) => educationLevels(TITLE, body).map((c) => [c.role, c.level]);
  // Students of a program are not the occupation's entrants; one level is one claim.
  assert.deepEqual(level('Our certificate course takes 9 months, and many students start with a high school diploma.'), []);
  assert.deepEqual(level('Roofers need 2,000 hours of training, and glaziers need a high school diploma.'), [
    ['Glazier', 'High school diploma or equivalent'],
  ]);
});

test('BLS’s bands as writers word them: “the national average”, “little to no change”', () => {
  const bands = (body: string) => factClaims(comparisonArticle(TITLE, body), []).map((c) => c.descriptor);
  assert.deepEqual(bands('Roofer jobs will grow faster than the national average through 2035.'), ['faster than average']);
  assert.deepEqual(bands('Glazier employment should see little to no change.'), ['little or no change']);
  assert.deepEqual(bands('| | Roofer | Glazier |\n|---|---|---|\n| Outlook | Slower than the national average | Little to no change |'), [
    'slower than average',
    'little or no change',
  ]);
});

test('a change as a noun (“a net gain of 7,700 jobs”), “generally hold”, a one-line label', () => {
  assert.deepEqual(kinds('Roofing should see a net gain of 7,700 jobs by 2035.'), ['employment-change 7700']);
  assert.deepEqual(kinds('Glaziers face a projected drop of 1,900 jobs.'), ['employment-change -1900']);
  assert.deepEqual(kinds('The roofing trade should grow by roughly 7,700 workers over the decade.'), ['employment-change 7700']);
  assert.deepEqual(
    educationLevels(TITLE, 'Glaziers generally hold a high school diploma.').map((c) => c.level),
    ['High school diploma or equivalent'],
  );
  assert.deepEqual(
    educationLevels(TITLE, 'Glazier education: High school diploma').map((c) => c.level),
    ['High school diploma or equivalent'],
  );
  // One line whose value is a sentence is prose, read as prose once.
  assert.deepEqual(kinds('Roofer pay: most roofers earn more after 3,000 hours on the job.'), []);
});

test('a period written after a count that follows a band is the count’s', () => {
  const periods = (body: string) => facts(body).map((f) => [f.kind, f.to]);
  assert.deepEqual(
    periods('Roofer jobs are projected to grow faster than average, with about 7,700 new jobs expected from 2025 to 2035.'),
    [
      ['outlook-descriptor', undefined],
      ['employment-change', 2035],
    ],
  );
  assert.deepEqual(periods('Roofer jobs should grow 4% through 2035, about as fast as average, with 14,900 openings a year.'), [
    ['outlook-percent', 2035],
    ['outlook-descriptor', 2035],
    ['openings', undefined],
  ]);
});

test('thousands and millions written short (“171K”, “1.2M”) in tables, lists and prose', () => {
  assert.deepEqual(
    facts('| | Roofer | Glazier |\n|---|---|---|\n| Jobs | 171K | 58.4K |').map((f) => f.value),
    [171000, 58400],
  );
  assert.deepEqual(kinds('Glazier facts:\n- Jobs: 58K\n- Openings per year: 5.1K'), ['employment 58000', 'openings 5100']);
  assert.deepEqual(kinds('Roofing is a trade of roughly 171K jobs.'), ['employment 171000']);
  // A wage written short is pay, not a count.
  assert.deepEqual(kinds('Roofing is full of $52K jobs.'), []);
  // The fix keeps the author's short form.
  assert.equal(rewriteCount('171K', 175300, 1000), '175K');
  assert.equal(rewriteCount('1.2M jobs', 1345000, 100000), '1.3M jobs');
});
