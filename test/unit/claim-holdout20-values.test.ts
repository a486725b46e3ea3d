// Failure classes the twentieth held-out corpus exposed in what a claim states (a field's size said as
// "a field of about N <workers>", a forum's statistic credited to BLS in the sentence after the one
// naming the role), each tested on sentences and occupations of our own (claims/count-patterns.ts,
// salary-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief } from './helpers/listed-claims.js';

const ELEC = 'Electrician vs. Plumber';
const BAKE = 'Baker vs. Butcher';

test('"a field of about N <workers>", "a profession of N people" is how many work in it', async () => {
  assert.deepEqual(await brief(ELEC, 'Apprentices join a crowded field of roughly 818,700 electricians after four years.'), [
    'employment/count',
  ]);
  assert.deepEqual(await brief(BAKE, 'Butchers are a shrinking profession of about 140,000 people nationwide.'), ['employment/count']);
  // A field's size in acres, or a field of study, is no count of workers.
  assert.deepEqual(await brief(BAKE, 'The bakers farm a field of about 2,000 acres of wheat.'), []);
});

test('a forum\'s "BLS median is $X" after a sentence naming the role is that role\'s wage', async () => {
  assert.deepEqual(await brief(BAKE, 'baker 9 yrs. BLS median is $38,640 for 2024 and that is a joke.'), ['salary/median 2024']);
  assert.deepEqual(await brief(ELEC, 'plumber here. BLS has us at $62,970 median, lol.'), ['salary/median']);
  // Without BLS, or without the role before, a bare "the median is $X" is no claim.
  assert.deepEqual(await brief(BAKE, 'baker 9 yrs. The median is $38,640 at my shop.'), []);
  assert.deepEqual(await brief(BAKE, 'We sell sourdough. BLS median is $38,640 for 2024.'), []);
});

test("a forum's own pay after a BLS statistic stays the writer's", async () => {
  assert.deepEqual(await brief(BAKE, "baker here. BLS says we average $19.20/hr, I'm salaried at $47k for 50 hrs"), ['salary/mean']);
});

test('a date in brackets after "a field of about N <workers>" is the count\'s year', async () => {
  assert.deepEqual(await brief(ELEC, 'Graduates enter a field of about 818,700 electricians (May 2025), with 80,200 openings a year.'), [
    'employment/count 2025',
    'openings/count',
  ]);
});

test('a level said beside the pay it brings, or as the step every worker takes, is the requirement', async () => {
  assert.deepEqual(
    await brief(
      BAKE,
      'Bakers earn a median of $38,640 with a high school diploma, while butchers earn $37,900 after a short certificate course.',
    ),
    ['salary/median', 'education/level', 'salary/median', 'education/level'],
  );
  assert.deepEqual(await brief(ELEC, 'Plumbers finish a postsecondary certificate program in under a year.'), ['education/level']);
  // The writer's own pay and degree is no requirement.
  assert.deepEqual(await brief(ELEC, "I make $71k with a bachelor's degree I never use."), []);
});

test('"employment in 2025 was N": the year said between employment and its verb is the count\'s', async () => {
  assert.deepEqual(await brief(BAKE, 'Bakers earn a median of $38,640, and their employment in 2025 was 212,600.'), [
    'salary/median',
    'employment/count 2025',
  ]);
  assert.deepEqual(await brief(ELEC, 'Employment of plumbers in May 2024 stood at about 480,000.'), ['employment/count 2024']);
});

test('"N% of <workers> freelance" is the self-employed share', async () => {
  assert.deepEqual(await brief(ELEC, 'Roughly 11% of plumbers freelance, the rest work for contractors.'), ['self-employed/share']);
  // Freelancing on the side is a second job, not self-employment.
  assert.deepEqual(await brief(ELEC, 'About 9% of electricians freelance on the side.'), []);
});

test('a list line labelled "Jobs nationwide" counts the jobs', async () => {
  assert.deepEqual(await brief(BAKE, 'Baker at a glance\n- Median pay: $38,640\n- Jobs nationwide: 212,600\n- Self-employed: about 6%'), [
    'salary/median',
    'employment/count',
    'self-employed/share',
  ]);
});

test('"that year", "back then" date a count or share by the year of the sentence before', async () => {
  assert.deepEqual(await brief(BAKE, 'In May 2024, bakers earned a median of $38,640. Back then, they held about 212,600 jobs.'), [
    'salary/median 2024',
    'employment/count 2024',
  ]);
  assert.deepEqual(
    await brief(
      ELEC,
      'The top 10 percent of plumbers earned more than $105,000 in May 2024. About 11% of plumbers were self-employed that year.',
    ),
    ['salary/p90 2024', 'self-employed/share 2024'],
  );
});
