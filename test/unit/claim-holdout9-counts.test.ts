// Failure classes the eighth and ninth held-out corpora exposed in counts, shares and outlook
// wording (claims/count-patterns.ts, fact-claims.ts, fact-years.ts, self-employed.ts,
// table-facts.ts), each tested on sentences and occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { comparisonArticle } from './helpers/claims.js';

const TITLE = 'Dental Hygienist vs. Dental Assistant';
const facts = (body: string, title = TITLE) =>
  factClaims(comparisonArticle(title, body), []).map(({ kind, role, value, to, year }) => ({ kind, role, value, to, year }));
const kinds = (body: string, title = TITLE) => facts(body, title).map((f) => `${f.kind} ${f.value ?? ''}`.trim());
/** Asserts each sentence states one employment count, of the value beside it. */
const expectEmployment = (cases: ReadonlyArray<readonly [string, number]>) => {
  for (const [body, value] of cases) assert.deepEqual(kinds(body), [`employment ${value}`], body);
};

test('an FAQ answer opening with a count, after a question about how many people do the job, is how many there are', () => {
  assert.deepEqual(facts('How many dental hygienists are there in the U.S.? Roughly 224,300 as of 2025, per BLS.'), [
    { kind: 'employment', role: 'Dental Hygienist', value: 224300, to: undefined, year: 2025 },
  ]);
  assert.deepEqual(kinds('How many people work as dental assistants? About 384,000.'), ['employment 384000']);
  assert.deepEqual(kinds('How many dental assistant jobs are there? There are about 384,000 nationwide.'), ['employment 384000']);
  // Questions about hours, schools or openings are not about how many people there are.
  assert.deepEqual(kinds('How many hours do dental assistants work each year? About 1,900 on average.'), []);
  assert.deepEqual(kinds('How many schools train dental hygienists? About 1,300 across the country.'), []);
  assert.deepEqual(kinds('How many openings are there for dental assistants? About 44,000 openings a year.'), ['openings 44000']);
  // A rate, or a count asked of a state (its place is in the question, not the answer), is no national count.
  assert.deepEqual(kinds('How many dental hygienists are there per capita? About 1,200 per million residents.'), []);
  assert.deepEqual(kinds('How many dental assistants are there in Ohio? About 12,000.'), []);
});

test('a count of people whose noun is left unsaid at its clause’s end, or said as "of them", is employment', () => {
  expectEmployment([
    ['In Ohio, dental hygienists earn a median of $82,000, and the Cleveland area alone employs about 2,300.', 2300],
    ['In Oregon, dental assistants earn $51,000, and in the Portland metro area there are about 3,900.', 3900],
    ['In Texas, dental hygienists earn a median of $79,000, and the state is home to about 15,400 of them.', 15400],
    ['In Maine, dental hygienists earn $84,000, and Portland has about 450 of them.', 450],
    ['Dental assistant employment is steady, and the occupation has roughly 384,000 workers.', 384000],
  ]);
  // A small count without "of them" is not one.
  assert.deepEqual(kinds('In Maine, dental hygienists earn $84,000, and Portland has 45 clinics.'), []);
});

test('"N nationwide", "N strong", "a workforce of N" and "N hygienists employed" count the people in the job', () => {
  for (const [body, value] of [
    ['Dental hygienists are a mid-sized group, about 224,300 nationwide.', 224300],
    ['Dental assistants are 384,000 strong, according to BLS.', 384000],
    ['Graduates join a workforce of about 384,000 dental assistants.', 384000],
    ['BLS projects 7% growth from 2025 to 2035, with about 224,300 hygienists employed.', 224300],
    ['That is on top of the roughly 0.4 million dental assistants already working.', 400000],
  ] as const) {
    assert.ok(kinds(body).includes(`employment ${value}`), `${body}: ${kinds(body).join(', ')}`);
  }
  // Pay without its dollar sign, and the size of something else, are no count of people.
  assert.deepEqual(kinds('Dental assistants earn about 47,000 nationwide.'), []);
  assert.deepEqual(kinds('A 10,000 strong volunteer corps helps dental assistants.'), []);
  // Jobs posted nationwide are no stock of them; a count of hours is no count of people.
  assert.deepEqual(kinds('Job boards listed 12,000 openings nationwide.'), ['openings 12000']);
  assert.deepEqual(kinds('Hygienists logged 3,000 hours nationally.'), []);
});

test('jobs said to disappear or be added over the decade are a change in jobs, down when they go', () => {
  assert.deepEqual(facts('Roughly 12,600 dental assistant jobs are projected to disappear by 2035 as clinics consolidate.'), [
    { kind: 'employment-change', role: 'Dental Assistant', value: -12600, to: 2035, year: undefined },
  ]);
  assert.deepEqual(kinds('About 19,000 dental hygienist positions will be added through 2035.'), ['employment-change 19000']);
  assert.deepEqual(kinds('The 2025–35 projections put dental hygienist growth at 19,000 jobs.'), ['employment-change 19000']);
  // A count of jobs that are there stays employment.
  assert.deepEqual(kinds('Dental hygienists held about 224,300 jobs in 2025.'), ['employment 224300']);
});

test('a labelled line "Change in jobs, 2025–35" over a count is the change, over a percent the outlook', () => {
  const body = 'Dental hygienist:\n\n- Jobs, 2025: 224,300\n- Change in jobs, 2025–35: 19,000\n- Change in employment, 2025–35: 8%';
  assert.deepEqual(facts(body), [
    { kind: 'employment', role: 'Dental Hygienist', value: 224300, to: undefined, year: 2025 },
    { kind: 'employment-change', role: 'Dental Hygienist', value: 19000, to: 2035, year: undefined },
    { kind: 'outlook-percent', role: 'Dental Hygienist', value: 8, to: 2035, year: undefined },
  ]);
});

test('a share or count dated by the release it cites, or by "that year", carries that year', () => {
  const year = (body: string) => facts(body).map((f) => `${f.kind} ${f.year}`);
  assert.deepEqual(year('Only about 2% of dental hygienists worked for themselves as of the 2024 data.'), ['self-employed 2024']);
  // A share that only names its projections' release has no year from it (holdout13's convention pass, 11 shares to 3).
  assert.deepEqual(year('About 3% of dental assistants were self-employed, according to the 2024–34 projections.'), [
    'self-employed undefined',
  ]);
  assert.deepEqual(year('Dental hygienists held about 212,700 jobs in the 2024 BLS figures.'), ['employment 2024']);
  assert.deepEqual(year('Dental hygienists earned a median of $94,260 in May 2024, and about 2% were self-employed that year.'), [
    'self-employed 2024',
  ]);
  // "in 2024 and earned …": a year, not the start of a span ("in 2024 and 2034" is one).
  assert.deepEqual(year('Dental hygienists held about 212,700 jobs in 2024 and earned a median of $94,260.'), ['employment 2024']);
  // No year said for the share: the pay figure's carries forward (the corpora's convention pass, 25 items to 6).
  assert.deepEqual(year('Dental hygienists earned a median of $94,260 in May 2024, and about 2% are self-employed.'), [
    'self-employed 2024',
  ]);
});

test('after a projection reported in the past, a share or count is the projection’s base year; after a current one, none', () => {
  const year = (body: string) => facts(body).map((f) => `${f.kind} ${f.year ?? ''}`.trim());
  assert.deepEqual(
    year('Dental assistant jobs were projected to grow 6% from 2024 to 2034, and about 1% of assistants were self-employed.'),
    ['outlook-percent', 'self-employed 2024'],
  );
  assert.deepEqual(
    year('Dental assistant jobs are projected to grow 6% from 2024 to 2034, and about 1% of assistants are self-employed.'),
    ['outlook-percent', 'self-employed'],
  );
});

test('each period of a sentence belongs to the claim just before it, and a semicolon’s side keeps its own', () => {
  assert.deepEqual(
    facts(
      'Dental hygienist employment was projected to grow 7% from 2023 to 2033, and about 15,300 openings a year were projected through 2034.',
    ).map((f) => `${f.kind} ${f.to}`),
    ['outlook-percent 2033', 'openings 2034'],
  );
  assert.deepEqual(
    facts('Dental hygienists held about 224,300 jobs, and BLS expects 15,300 openings each year from 2025 to 2035.').map(
      (f) => `${f.kind} ${f.to}`,
    ),
    ['employment undefined', 'openings 2035'],
  );
  assert.deepEqual(
    facts(
      'Dental assistant jobs were projected to grow 6 percent from 2024 to 2034; the 2025–35 projections now call for growth of 4 percent.',
    ).map((f) => `${f.kind} ${f.value} ${f.to}`),
    ['outlook-percent 6 2034', 'outlook-percent 4 2035'],
  );
  assert.deepEqual(
    facts(
      'Dental assistant jobs showed slower than average growth through 2034; newer figures put dental assistant growth at 16,000 jobs by 2035.',
    )
      .filter((f) => f.kind === 'employment-change')
      .map((f) => f.to),
    [2035],
  );
});

test('a count under a hundred is never BLS’s (it prints hundreds), and "(50%) are self-employed" is a share', () => {
  assert.deepEqual(kinds('Per BLS dental assistants are growing 6%. In my town there were 4 openings and 300 applicants.'), [
    'outlook-percent 6',
  ]);
  assert.deepEqual(kinds('Dental hygienist jobs are projected to grow 7% through 2035, and nearly a third (30%) are self-employed.'), [
    'outlook-percent 7',
    'self-employed 30',
  ]);
});

test('a job named with a word of pay or sales ("sales engineers", "market research analysts") still has job growth', () => {
  const title = 'Sales Engineer vs. Market Research Analyst';
  assert.deepEqual(kinds('BLS: sales engineers $120k median, 5% growth.', title), ['outlook-percent 5']);
  assert.deepEqual(kinds('Market research analyst roles are growing quickly, at 7% through 2035.', title), ['outlook-percent 7']);
  // Growth of sales or of a market itself is no job's.
  assert.deepEqual(kinds('Software sales grew 15% last year, so sales engineers stay busy.', title), []);
  assert.deepEqual(kinds('The market for surveys grew 9% in 2025, a boon for analysts.', title), []);
});

test('a second count after "held … jobs, and <others>" with the verb left out is how many the others hold', () => {
  assert.deepEqual(facts('Dental hygienists held about 224,300 jobs in 2025, and dental assistants about 384,000.'), [
    { kind: 'employment', role: 'Dental Hygienist', value: 224300, to: undefined, year: 2025 },
    { kind: 'employment', role: 'Dental Assistant', value: 384000, to: undefined, year: 2025 },
  ]);
  // Pay, openings or growth said of the others are not how many there are.
  assert.deepEqual(kinds('Dental hygienists held about 224,300 jobs, and openings about 15,300 a year.'), ['employment 224300']);
  assert.deepEqual(kinds('Dental hygienists held about 224,300 jobs, and assistants earned about 47,000.'), ['employment 224300']);
});

test('"Employment of X was N", "employment totals N", "X number roughly N" state how many there are', () => {
  expectEmployment([
    ['Employment of dental hygienists was 224,300 in 2025.', 224300],
    ['Employment of dental assistants stood at about 384,000 in 2025.', 384000],
    ['Dental hygienist employment totals about 224,300.', 224300],
    ['Dental assistants number roughly 384,000 in the U.S.', 384000],
  ]);
  // A percent, a projection or "the number" are not.
  assert.deepEqual(kinds('Employment of dental hygienists was 5% higher in 2025 than in 2024.'), []);
  assert.deepEqual(kinds('The number 2,000 comes up often for dental assistants.'), []);
});

test('a self-employment rate or share named before its percent is the self-employed share', () => {
  assert.deepEqual(kinds('Dental hygienists have a self-employment rate of about 2%.'), ['self-employed 2']);
  assert.deepEqual(kinds('The self-employment rate for dental assistants is 1%.'), ['self-employed 1']);
  // A rate of something else is not.
  assert.deepEqual(kinds('The self-employment tax rate is 15.3% for dental hygienists.'), []);
});

test('openings said as "N annual openings", "annual job openings of N" or "openings are expected to total N a year"', () => {
  for (const body of [
    'Dental hygienists will see about 15,300 annual openings.',
    'Dental hygienists have annual job openings of about 15,300.',
    'Dental hygienist openings are expected to total about 15,300 per year.',
  ]) {
    assert.deepEqual(kinds(body), ['openings 15300'], body);
  }
});

test('"grow at an average pace" and "job growth is about average" are BLS’s "as fast as average"; pay growing so is not', () => {
  const bands = (body: string) => factClaims(comparisonArticle(TITLE, body), []).flatMap((f) => (f.descriptor ? [f.descriptor] : []));
  assert.deepEqual(bands('Dental hygienist jobs will grow at an average pace.'), ['as fast as average']);
  assert.deepEqual(bands('Dental assistant job growth is about average.'), ['as fast as average']);
  assert.deepEqual(bands('Dental hygienist pay grows at an average rate.'), []);
  assert.deepEqual(bands('Salaries for dental assistants grow at an average pace.'), []);
  // "an average rate of 4%" is a rate, not the band.
  assert.deepEqual(bands('Dental assistant jobs grow at an average rate of 4% a year.'), []);
});
