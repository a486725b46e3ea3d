// Failure classes the eighteenth held-out corpus exposed in what a claim states (an agency's starting
// rate given as a label, an organisation the writer belongs to paying its people, a forum's lower-case
// "i was at $X", a union's scale "goes to $X"), each tested on sentences and occupations of our own
// (claims/own-pay.ts, count-patterns.ts, fact-years.ts, fact-values.ts, places.ts, education-claims.ts, and
// dataset/names/resolve-role.ts for a group the article names by its BLS title).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief, listedClaims, placedClaims as placed } from './helpers/listed-claims.js';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { comparisonArticle } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ELEC = 'Electrician vs. Plumber';
const BAKE = 'Baker vs. Butcher';

test('a starting rate given as a label ("starting rate at our shop: $X") is no claim', async () => {
  assert.deepEqual(await brief(BAKE, 'Baker starting pay at the co-op: $17 an hour, with free bread.'), []);
  assert.deepEqual(await brief(ELEC, 'Starting wage: $21 an hour for plumbers in their first year.'), []);
  // A label of a statistic is still one.
  assert.deepEqual(await brief(ELEC, 'Median pay for plumbers: $62,970 a year.'), ['salary/median']);
});

test("what the writer's church or charity pays its people is no claim", async () => {
  assert.deepEqual(await brief(BAKE, 'Our parish supports two bakers at the soup kitchen with $2,100 a month.'), []);
  assert.deepEqual(await brief(ELEC, 'Our congregation sponsors three electricians overseas at $1,800 a month each.'), []);
});

test('a forum poster\'s lower-case "i was at $X" is their own pay', async () => {
  assert.deepEqual(await brief(BAKE, 'per BLS bakers make about $38k a year. i was at $14/hr at a grocery bakery in 2019'), [
    'salary/unspecified',
  ]);
  assert.deepEqual(await brief(ELEC, "i'm at $29/hr as a plumber, second year"), []);
});

test('"I <did the work> for $X/hr" is the writer\'s own rate', async () => {
  assert.deepEqual(
    await brief(ELEC, 'per BLS plumbers make a median of $62,970. I roughed in new builds beside two plumbers in Tucson for $23/hr'),
    ['salary/median'],
  );
  assert.deepEqual(await brief(BAKE, "I've shaped loaves next to the bakers at a grocery chain for $18 an hour."), []);
  // "I think … for $X" reports no work of the writer's.
  assert.deepEqual(await brief(BAKE, 'I think bakers are underpaid for $17.90 an hour.'), ['salary/unspecified']);
});

test('a union\'s own scale that "goes to" or "rises to" $X is no claim', async () => {
  assert.deepEqual(
    await brief(
      ELEC,
      "Union bulletin: our apprentices' scale goes to $27.80 an hour in March. The median for plumbers was $62,970 in May 2025.",
    ),
    ['salary/median 2025'],
  );
  assert.deepEqual(await brief(BAKE, 'our journeyman butcher rate rises to $24.60 an hour next spring'), []);
});

test('"N fewer jobs" is a loss of jobs, as "N more jobs" is a gain', async () => {
  assert.deepEqual(await brief(BAKE, 'Employment of bakers is projected to fall 2 percent. That is roughly 4,100 fewer jobs by 2035.'), [
    'outlook-percent/percent',
    'employment-change/count 2035',
  ]);
  const [change] = (await listedClaims(BAKE, 'That means about 4,100 fewer baker jobs over the decade.')).filter(
    (c) => c.kind === 'employment-change',
  );
  assert.equal(change?.text, 'about 4,100 fewer baker jobs');
});

test('a count "numbered" or "totaled" then "up from N the year before" has its earlier value a year back', async () => {
  assert.deepEqual(await brief(BAKE, 'Bakers numbered about 210,400 in May 2025, up from 204,900 the year before.'), [
    'employment/count 2025',
    'employment/count 2024',
  ]);
  assert.deepEqual(await brief(ELEC, 'Plumbers held about 480,000 jobs in 2025, up from 470,000 a year earlier.'), [
    'employment/count 2025',
    'employment/count 2024',
  ]);
});

test('a place that "employs about N" hundred, or "has about N in the BLS group", states its count', async () => {
  assert.deepEqual(await placed(BAKE, 'In Maine, bakers earn a median of $39,800, and Cumberland County employs about 430.'), [
    '$39,800 @ Maine',
    'employs about 430 @ Cumberland County',
  ]);
  assert.deepEqual(
    await placed(ELEC, 'In Iowa, plumbers earn a median of $61,200; the Des Moines metro area has about 800 in the BLS group.'),
    ['$61,200 @ Iowa', 'about 800 @ Des Moines metro area'],
  );
  // Unhedged, or in a survey, a few hundred is no count of workers.
  assert.deepEqual(await brief(BAKE, 'The county has 300 in the BLS group and the city has about 300 in the BLS survey.'), []);
});

test("a forum's list of facts: growth after a comma names no salary's growth", async () => {
  assert.deepEqual(
    await brief(
      BAKE,
      'per BLS bakers are in the food processing bucket, median pay $38,600 in 2024, growth projected at 3% through 2035. meh',
    ),
    ['salary/median 2024', 'outlook-percent/percent 2035'],
  );
});

test('"per the 2024 projections" is the ten years from 2024', async () => {
  assert.deepEqual(await brief(ELEC, 'BLS says plumbing jobs grow 4% in the 2024 projections, faster than most trades.'), [
    'outlook-percent/percent 2034',
  ]);
});

test('a release opening the sentence ("BLS\'s 2023 numbers had …") dates a share in it', async () => {
  assert.deepEqual(await brief(BAKE, "BLS's 2023 figures had butchers at a median of $37,500 and about 6 percent self-employed."), [
    'salary/median 2023',
    'self-employed/share 2023',
  ]);
});

test("a place after a count that follows a pay figure is the count's, not the pay's", async () => {
  assert.deepEqual(await placed(ELEC, 'In Texas, plumbers earn a median of $58,300, with about 6,200 working in the Houston metro area.'), [
    '$58,300 @ Texas',
    '6,200 working @ Houston metro area',
  ]);
});

test('", which is what BLS lists as the typical entry credential" calls its antecedent level the usual one', async () => {
  const claims = await listedClaims(
    BAKE,
    'Most bakers finish a postsecondary certificate course in baking and pastry, which is what BLS lists as the typical entry credential for them.',
  );
  assert.deepEqual(
    claims.filter((c) => c.kind === 'education').map((c) => c.text),
    ['postsecondary certificate'],
  );
});

test('"What training do X need? Per BLS, a <level>." answers with the usual level', async () => {
  const claims = await listedClaims(ELEC, "What training do plumbers need? According to BLS, a bachelor's degree.");
  assert.deepEqual(
    claims.filter((c) => c.kind === 'education').map((c) => `${c.text} ${c.role}`),
    ["bachelor's degree Plumber"],
  );
});

/** Each claim's role and verdict. */
async function verdicts(title: string, body: string) {
  const article = comparisonArticle(title, body);
  return listClaims(article, await bundledRoleIndex(), resolveConfig()).map((c) => `${c.role} ${c.verdict}`);
}

test("a title whose only filing is a group of another head noun is checked when the article writes the group's BLS title", async () => {
  const CLOCK = 'Clockmaker vs. Glassblower';
  assert.deepEqual(await verdicts(CLOCK, 'Clockmakers, counted as timing device assemblers and adjusters, earn a median of $62,620.'), [
    'Clockmaker current',
  ]);
  assert.deepEqual(
    await verdicts(CLOCK, 'Glassblowers earn a median of $46,170 (BLS: molders, shapers, and casters, except metal and plastic).'),
    ['Glassblower current'],
  );
  // Unnamed, the group stays a guess: nothing is checked.
  assert.deepEqual(await verdicts(CLOCK, 'Clockmakers earn a median of $62,620.'), ['Clockmaker unchecked']);
  // The other role's occupation is the other role's: "Watch Assembler" is filed under the group.
  assert.deepEqual(
    await verdicts(
      'Clockmaker vs. Watch Assembler',
      'Clockmakers earn a median of $62,620; timing device assemblers and adjusters are the BLS group.',
    ),
    ['Clockmaker unchecked'],
  );
});
