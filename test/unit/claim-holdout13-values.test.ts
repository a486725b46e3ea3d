// Failure classes the thirteenth held-out corpus exposed in what a claim states (a forum poster's own
// pay, starting pay, a pay difference, an FAQ question's place and year, a place before a run-on
// stop, outlook percents in words and down words in table cells, counts said as a level reached,
// a hedge, "that year", a list label with its year), each tested on sentences and occupations of
// our own (claims/own-pay.ts, figure-context.ts, salary-claims.ts, outlook-claims.ts,
// table-facts.ts, count-patterns.ts, fact-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedClaims as claims, briefClaims as brief, placedClaims as placed } from './helpers/listed-claims.js';

const ELEC = 'Electrician vs. Plumber';
const WELD = 'Welder vs. Machinist';
const BAKE = 'Baker vs. Butcher';

test('a forum poster’s own pay: a bare job and workplace before a comma, a dropped "I", "pushed me to", "here, made"', async () => {
  // Their job as a bare singular noun, where they do it, a comma, their pay; the BLS figure after a run-on stop stays.
  assert.deepEqual(await brief(WELD, 'pipe welder at a refinery in Baton Rouge, $36/hr. BLS says welders earn a median of $51,000'), [
    'salary/median',
  ]);
  assert.deepEqual(await brief(BAKE, 'Tulsa, night-shift baker, $17/hr with weekends. per BLS bakers make a median of $35,900'), [
    'salary/median',
  ]);
  // A statement of the occupation's pay names it in the plural or gives a statistic: it stays a claim.
  assert.deepEqual(await brief(WELD, 'Welders in Ohio, $24 an hour at the median.'), ['salary/median']);
  // "I" left out of a forum sentence, and what pushed the poster's pay.
  assert.deepEqual(await brief(ELEC, 'wired houses all summer. made $29/hr, no benefits. BLS says electricians average $66,000'), [
    'salary/mean',
  ]);
  assert.deepEqual(
    await brief(ELEC, 'Journeyman since 2019; storm work pushed me to $118k last year. Electricians earn a median of $62,000.'),
    ['salary/median'],
  );
  assert.deepEqual(await brief(BAKE, 'bakery lead in Austin here, made $41k last year. BLS median for bakers is $35,900'), [
    'salary/median',
  ]);
  // A source quoted in the next run-on sentence does not make the poster's own figure a quote.
  assert.deepEqual(await brief(WELD, "I'm a tig welder in Tulsa making $58k. per BLS welders earn a median of $51,000 so not bad"), [
    'salary/median',
  ]);
});

test('starting pay named around the figure, a fellow’s pay and a difference "by $X" state no wage', async () => {
  assert.deepEqual(await brief(ELEC, 'BLS says electricians average $66,000; the IBEW contract starts them at $21.50 an hour.'), [
    'salary/mean',
  ]);
  assert.deepEqual(
    await brief(BAKE, 'Bakers earn $17.30 an hour at the median, and starting pay at grocery chains is usually closer to $14.'),
    ['salary/median'],
  );
  assert.deepEqual(await brief(WELD, 'Welders make a median of $51,000, and pipeline crews post $90,000-plus starting salaries.'), [
    'salary/median',
  ]);
  assert.deepEqual(await brief(WELD, 'Machinists earn about $24 an hour; shipyard welders, $19.50/hr starting.'), ['salary/unspecified']);
  assert.deepEqual(await brief(ELEC, 'Plumbers need a diploma; first-year fellows at our institute are paid $42,000.'), []);
  assert.deepEqual(await brief(ELEC, 'Electricians out-earn plumbers by about $3,000: a median of $62K versus $59K.'), [
    'salary/median',
    'salary/median',
  ]);
});

test('an FAQ answer takes the place and year its question asks about; a place before a run-on stop is not a figure’s', async () => {
  assert.deepEqual(await placed(BAKE, 'How much does a baker make in Oregon? Roughly $19.80 an hour.'), ['$19.80 an hour @ Oregon']);
  // A place only in a later clause of the answer leaves it the question's; an answer for the nation is the nation's.
  assert.deepEqual(await placed(BAKE, 'How much does a baker make in Oregon? About $19.80 an hour, and more in the Portland area.'), [
    '$19.80 an hour @ Oregon',
  ]);
  assert.deepEqual(await placed(BAKE, 'How much does a baker make in Oregon? Nationally, bakers earn a median of $17.30 an hour.'), [
    '$17.30 an hour @ null',
  ]);
  assert.deepEqual(
    await placed(BAKE, 'How much does a baker make in Hawaii? The median is about $44,000, among the highest in the country.'),
    ['$44,000 @ Hawaii'],
  );
  // The answer's own place wins.
  assert.deepEqual(await placed(BAKE, 'How much does a baker make in Oregon? In Portland, about $21 an hour.'), ['$21 an hour @ Portland']);
  // A question that is not about pay gives no place.
  assert.deepEqual(await placed(BAKE, 'Is baking a good job in Oregon? Bakers earn a median of $35,900.'), ['$35,900 @ null']);
  assert.deepEqual(await brief(WELD, 'What did welders earn in 2023? The median was $48,940.'), ['salary/median 2023']);
  assert.deepEqual(await placed(WELD, 'welder for a fab shop in Houston, 6 yrs in. per BLS welders make a median of $51,000'), [
    '$51,000 @ null',
  ]);
});

test('outlook percents in words, and a table cell’s percent with a down word after it', async () => {
  assert.deepEqual(await brief(ELEC, 'Employment of electricians is projected to grow seven percent from 2025 to 2035.'), [
    'outlook-percent/percent 2035',
  ]);
  const [cell] = await claims(WELD, '| | Welder | Machinist |\n|---|---|---|\n| Outlook, 2025–35 | 3 percent decline | 1% |');
  assert.equal(cell?.text, '3 percent');
  assert.equal(cell?.kind, 'outlook-percent');
});

test('counts: a level jobs fell or rose to, a hedge "like", "N of them were working that year", openings named by kind, a dated list label', async () => {
  assert.deepEqual(await brief(BAKE, 'Butcher jobs dropped to 127,000 in 2024, and the median wage that year was $38,250.'), [
    'employment/count 2024',
    'salary/median 2024',
  ]);
  assert.deepEqual(await brief(BAKE, 'per BLS butchers still number like 127,000?? in this economy'), ['employment/count']);
  assert.deepEqual(
    await brief(WELD, 'Machinists earned a median of $53,000 in May 2024, and about 370,000 of them were working that year.'),
    ['salary/median 2024', 'employment/count 2024'],
  );
  assert.deepEqual(await brief(ELEC, 'About 80 thousand electrician apprentice openings are projected each year.'), ['openings/count']);
  assert.deepEqual(await brief(ELEC, 'Plumbers at a glance:\n\n- Jobs in 2025: 504,500\n- Openings per year: 42,600'), [
    'employment/count 2025',
    'openings/count',
  ]);
});

test('a degree named by its possessive alone, and "N more jobs" as a change unless compared "than"', async () => {
  assert.deepEqual(await brief(ELEC, 'To work as a plumber you will need an associate’s in plumbing technology.'), ['education/level']);
  assert.deepEqual(await brief(ELEC, 'The BLS expects about 19,800 more plumber jobs by 2035.'), ['employment-change/count 2035']);
  assert.deepEqual(await brief(ELEC, 'Electricians hold about 300,000 more jobs than plumbers.'), []);
});
