// Attribution and role-naming classes the ninth held-out corpus exposed (dataset/names/title-evidence.ts,
// claims/respective.ts, model/title-topic.ts), each tested on sentences and occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

/** Each claim of `body` as its words and the role it is given (null: none). */
async function roles(title: string, body: string): Promise<Array<[string, string | null]>> {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(title, body);
  return listClaims(article, dataset, resolveConfig()).map((c) => [article.text.slice(c.start, c.end), c.role]);
}

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

test('a BLS title holding every word of a role names it when no title is the role’s exact name', async () => {
  // "Drywall and Ceiling Tile Installers", "Nursing Instructors and Teachers, Postsecondary".
  assert.deepEqual(await socs('Ceiling Tile Installer'), ['47-2081']);
  assert.deepEqual(await socs('Postsecondary Nursing Teacher'), ['25-1072']);
  // A "Helpers--…" title is its helpers', though it lists "Tile and Marble Setters": the setter keeps its own match.
  assert.deepEqual(await socs('Marble Setter'), ['47-2044']);
  // BLS's inverted form ("Meter Readers, Utilities") and a plural kind before "and" ("… Servicers and Sewer Pipe Cleaners").
  assert.deepEqual(await socs('Utility Meter Reader'), ['43-5041']);
  assert.deepEqual(await socs('Septic Tank Servicer'), ['47-4071']);
});

test('a title holding the role’s words counts only when its workers are the role’s kind', async () => {
  // "Project Management Specialists" hold "project", but a project manager is no specialist: all matches stay.
  assert.deepEqual((await socs('Project Manager')).sort(), ['11-9041', '11-9199', '13-1082']);
  // A general head noun decides nothing: maintenance workers stay all theirs.
  assert.ok((await socs('Maintenance Worker')).includes('49-9071'));
});

test('a name O*NET files under both roles is the role whose title says its words; a clipped head is spelled out', async () => {
  // "Pest Control Technician" is an alternate title of both pest control workers and pesticide applicators.
  assert.deepEqual(
    await roles('Pest Control Worker vs. Pesticide Applicator', 'Per BLS, pest control technicians earn a median of $45,000.'),
    [['$45,000', 'Pest Control Worker']],
  );
  // "Scrub Tech (…)": "techs" is O*NET's technician.
  assert.deepEqual(await roles('Pharmacist vs. Surgical Technologist', 'Per BLS, scrub techs earn a median of $60,000.'), [
    ['$60,000', 'Surgical Technologist'],
  ]);
});

test('of occupations sharing an alternate title, the one whose BLS title says the role’s words is meant', async () => {
  // "ESL" spelled out is in 25-3011's title, not in the school teachers' that O*NET also files it under.
  assert.deepEqual(await socs('ESL Instructor'), ['25-3011']);
  // No title says "cafeteria": the one whose head noun is the role's own (managers, not supervisors).
  assert.deepEqual(await socs('Cafeteria Manager'), ['11-9051']);
  // "Worker" names no kind: both occupations stay.
  assert.deepEqual((await socs('Concrete Worker')).length, 2);
});

test('a pair of figures after a pay comparison gives the first to its subject and the second to the role compared with', async () => {
  // The subject named last, after both roles; the compared role is the other one.
  assert.deepEqual(
    await roles(
      'Electrician vs. Carpenter',
      'Carpenters and electricians often share a site, but electricians earn far more — $62,000 versus $48,000 at the median.',
    ),
    [
      ['$62,000', 'Electrician'],
      ['$48,000', 'Carpenter'],
    ],
  );
  // "they": the sentence's first role; the compared role named after the verb.
  assert.deepEqual(
    await roles(
      'Welder vs. Boilermaker',
      'Boilermakers travel from plant to plant for months at a time, but they out-earn welders, with a median of $71,000 against $51,000.',
    ),
    [
      ['$71,000', 'Boilermaker'],
      ['$51,000', 'Welder'],
    ],
  );
  // The comparison before a colon, the compared role after the second figure.
  assert.deepEqual(
    await roles(
      'Welder vs. Sheet Metal Worker',
      'Welders and sheet metal workers both read blueprints, but sheet metal workers earn slightly more: about $58,000 a year, compared with $51,000 for welders.',
    ),
    [
      ['$58,000 a year', 'Sheet Metal Worker'],
      ['$51,000', 'Welder'],
    ],
  );
});

test('a figure pair with no comparison keeps the roles’ order', async () => {
  assert.deepEqual(await roles('Welder vs. Boilermaker', 'Welders and boilermakers earn $51,000 and $71,000, respectively.'), [
    ['$51,000', 'Welder'],
    ['$71,000', 'Boilermaker'],
  ]);
});

test('"Guide" ending a title’s role is part of the job, not a topic word', () => {
  assert.deepEqual(comparisonArticle('Fishing Guide vs. Park Ranger', 'Text.').roles, ['Fishing Guide', 'Park Ranger']);
  assert.deepEqual(comparisonArticle('RN vs. NP Salary Guide', 'Text.').roles, ['RN', 'NP']);
});

test('a sentence whose subject is "both" before any role is named gives its claim the article’s first role', async () => {
  const title = 'Plumber vs. Electrician';
  assert.deepEqual(
    await roles(
      title,
      'Electricians wire new homes while plumbers fit their pipes. Both typically need a high school diploma or equivalent.',
    ),
    [['high school diploma or equivalent', 'Plumber']],
  );
  assert.deepEqual(
    await roles(title, 'Neither trade asks for a college degree — both jobs usually require a high school diploma or equivalent.'),
    [['high school diploma or equivalent', 'Plumber']],
  );
});

test('a sentence opening with "they" or "these workers" is about the people the sentence before it named by their O*NET name', async () => {
  const title = 'Database Administrator vs. Web Developer';
  assert.deepEqual(await roles(title, 'Do DBAs make good money? They earned a median of $104,000 in May 2025.'), [
    ['$104,000', 'Database Administrator'],
  ]);
  assert.deepEqual(await roles(title, 'Are DBAs in demand? These workers held about 140,000 jobs in 2025.'), [
    ['held about 140,000 jobs', 'Database Administrator'],
  ]);
  // Another paragraph names no one for it.
  assert.deepEqual(await roles(title, 'Do DBAs make good money?\n\nThey earned a median of $104,000 in May 2025.'), [['$104,000', null]]);
});

test('a field asked about or called a line of work names its worker', async () => {
  assert.deepEqual(
    await roles('Welder vs. Machinist', 'Is welding a good career? Pay is steady — the highest 10 percent earn more than $70,000.'),
    [['$70,000', 'Welder']],
  );
  assert.deepEqual(
    await roles(
      'Phlebotomist vs. Medical Assistant',
      'Phlebotomy is a growing field: employment is projected to grow 6 percent from 2025 to 2035.',
    ),
    [['6 percent', 'Phlebotomist']],
  );
  // The role's modifiers alone, asked about.
  assert.deepEqual(
    await roles(
      'Human Resources Specialist vs. Training Specialist',
      'Is human resources a growing field? BLS projects 6 percent growth from 2025 to 2035.',
    ),
    [['6 percent', 'Human Resources Specialist']],
  );
  // A bare field in any other use still names no one.
  assert.deepEqual(
    await roles('Welder vs. Machinist', 'Welding schools charge tuition, and the highest 10 percent earn more than $70,000.'),
    [['$70,000', null]],
  );
});

test('a BLS title’s qualifier written after its workers is no name of the role', async () => {
  // "Bus Drivers, School": "school" in "high school diploma" names no bus driver.
  assert.deepEqual(await roles('Bus Driver vs. Dispatcher', 'Most districts ask for a high school diploma or equivalent.'), [
    ['high school diploma or equivalent', null],
  ]);
});

test('a head noun whose plural changes its letters is still found ("midwives")', async () => {
  assert.deepEqual(await roles('Nurse Midwife vs. Dietitian', 'Dietitians plan meals, but midwives earn a median of $134,000.'), [
    ['$134,000', 'Nurse Midwife'],
  ]);
});

test('a comparison’s subject is the role named in its own clause, not one before a "but"', async () => {
  const body =
    'Dental hygienists and dental assistants both work chairside, but hygiene pays far more: a median of $94,000 compared with $47,000 for short-term temps.';
  assert.deepEqual((await roles('Dental Hygienist vs. Dental Assistant', body))[0], ['$94,000', 'Dental Hygienist']);
});

test('a role named only inside a closed aside is not the subject the sentence goes on with', async () => {
  const title = 'Plumber vs. Electrician';
  const dashes =
    'Electricians earn a little more — a median of $62,000 against $61,000 for plumbers — and typically need a high school diploma or equivalent.';
  assert.deepEqual((await roles(title, dashes)).at(-1), ['high school diploma or equivalent', 'Electrician']);
  assert.deepEqual(await roles(title, 'Electricians (unlike most plumbers) typically need a high school diploma or equivalent.'), [
    ['high school diploma or equivalent', 'Electrician'],
  ]);
});

test('a later clause naming its own subject by an O*NET name takes the claim from the role named before it', async () => {
  const title = 'Database Administrator vs. Web Developer';
  assert.deepEqual(await roles(title, 'Web developers held about 90,000 jobs, while DBAs held about 140,000.'), [
    ['held about 90,000 jobs', 'Web Developer'],
    ['held about 140,000', 'Database Administrator'],
  ]);
});

test('an "-or" worker’s field names it, written either way ("editing", "tailoring")', async () => {
  assert.deepEqual(await roles('Editor vs. Technical Writer', 'Editing jobs are projected to decline 4 percent from 2025 to 2035.'), [
    ['4 percent', 'Editor'],
  ]);
  assert.deepEqual(await roles('Actor vs. Producer', 'Acting jobs pay about $24 an hour at the median.'), [['$24 an hour', 'Actor']]);
});

test('a heading or a list’s lead line naming a role by an O*NET name gives it the claims under it', async () => {
  const title = 'Database Administrator vs. Web Developer';
  assert.deepEqual(await roles(title, 'DBA at a glance:\n- Median pay: $104,000\n- Jobs: 140,000'), [
    ['$104,000', 'Database Administrator'],
    ['140,000', 'Database Administrator'],
  ]);
  assert.deepEqual(await roles(title, '## DBA pay\n\nThe median annual wage was $104,000 in May 2025.'), [
    ['$104,000', 'Database Administrator'],
  ]);
});

test('a sentence naming no one before its claim goes on with the O*NET name of the sentence before it', async () => {
  const body = 'The median annual wage for DBAs was $104,620 in May 2025. The lowest 10 percent earned less than $60,000.';
  assert.deepEqual(await roles('Database Administrator vs. Web Developer', body), [
    ['$104,620', 'Database Administrator'],
    ['$60,000', 'Database Administrator'],
  ]);
});

test('a figure "for" a group the dataset names is that group’s, though its clause names the other role too', async () => {
  const body = 'Web developers and database administrators both earn well: a median of $104,620 for DBAs and $95,000 for web developers.';
  assert.deepEqual(await roles('Database Administrator vs. Web Developer', body), [
    ['$104,620', 'Database Administrator'],
    ['$95,000', 'Web Developer'],
  ]);
});

test('a comparison’s subject named only by an O*NET name takes the first figure, the other role the second', async () => {
  assert.deepEqual(
    await roles('Web Developer vs. Database Administrator', 'Both jobs are in demand. DBAs earn slightly more — $104,000 versus $95,000.'),
    [
      ['$104,000', 'Database Administrator'],
      ['$95,000', 'Web Developer'],
    ],
  );
});
