// Attribution and role-resolution classes the thirteenth held-out corpus exposed
// (dataset/names/match-role.ts; claims/role-forms.ts, own-pay.ts), each tested on occupations and
// sentences of our own.
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

test('a rank word names the first-line supervisor of the field’s workers', async () => {
  // O*NET writes "Detention Supervisor" and "Casino Shift Supervisor", never these ranks.
  assert.deepEqual(await socs('Detention Sergeant'), ['33-1011']);
  assert.deepEqual(await socs('Casino Sergeant'), ['39-1013']);
  assert.deepEqual((await socs('Housekeeping Foreman'))[0], '37-1011');
  // Sites call the rank by the supervisor it is.
  const found = await roles('Detention Sergeant vs. Probation Officer', 'Detention supervisors earn a median of $74,500 a year.');
  assert.deepEqual(found, [['$74,500 a year', 'Detention Sergeant']]);
});

test('a left-out modifier the occupation writes, before the one BLS title holding the rest', async () => {
  // "Fire Prevention Specialist" is only Forest Fire Inspectors and Prevention Specialists' title;
  // its names say "Wildland Fire Operations Specialist". A word they never write leaves it unknown.
  assert.deepEqual(await socs('Wildland Fire Prevention Specialist'), ['33-2022']);
  assert.deepEqual(await socs('Rural Fire Prevention Specialist'), []);
});

test('a general-worker title writing the role’s modifier is O*NET’s filing over a head noun’s', async () => {
  assert.deepEqual(await socs('Cage Cashier'), ['43-3041']);
  // A title of the role's own noun that writes the modifier keeps it ("Gambling … Booth Cashiers").
  assert.deepEqual(await socs('Gambling Cashier'), ['41-2012']);
  const found = await roles('Cage Cashier vs. Bank Teller', 'Cage cashiers at tribal casinos earn a median of $38,200 a year.');
  assert.deepEqual(found, [['$38,200 a year', 'Cage Cashier']]);
});

test('a name O*NET files under several other workers only is never a title’s coincidence of words', async () => {
  // Filed under user support specialists and other computer occupations, not CNC tool operators.
  assert.deepEqual(await socs('Computer Operator'), []);
  assert.deepEqual(await socs('Medical Specialist'), []);
});

test('a one-word "-ist" role’s discipline names it without a word for the work', async () => {
  const found = await roles('Dermatologist vs. Podiatrist', 'Dermatology at a glance:\n\n- Median pay: $341,000\n- Jobs: 13,900\n');
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Dermatologist', 'Dermatologist'],
  );
  // A trade's gerund still needs one: "plumbing" alone may be the pipes.
  const trade = await roles('Plumber vs. Electrician', 'Plumbing repairs average $310 per visit.');
  assert.ok(trade.every(([, role]) => role !== 'Plumber'));
});

test('overtime that "pushed me to" a figure is the writer’s own pay', async () => {
  const found = await roles(
    'Detention Sergeant vs. Probation Officer',
    'Made sergeant in 2021, and holiday overtime pushed me to $96k last year.',
  );
  assert.deepEqual(found, []);
});

test('a modifier O*NET clips in its names is read clipped: prep workers, rehab counselors', async () => {
  const prep = await roles('Food Preparation Worker vs. Dishwasher', 'Per BLS, prep workers made a median of $35,100 in 2025.');
  assert.deepEqual(prep, [['$35,100', 'Food Preparation Worker']]);
  const rehab = await roles(
    'Rehabilitation Counselor vs. School Counselor',
    '| | Rehab counselor | School counselor |\n|---|---|---|\n| Median pay | $44,000 | $64,000 |',
  );
  assert.deepEqual(
    rehab.map(([, role]) => role),
    ['Rehabilitation Counselor', 'School Counselor'],
  );
});

test('a field BLS is quoted on names its worker; a field said to grow on its own still names no one', async () => {
  const roofing = await roles('Roofer vs. Welder', 'According to the BLS, roofing is projected to grow 3% through 2035.');
  assert.deepEqual(roofing, [['3%', 'Roofer']]);
  const keying = await roles('Data Entry Keyer vs. File Clerk', 'per BLS data entry will shrink 4% by 2035. makes sense with OCR');
  assert.deepEqual(keying, [['4%', 'Data Entry Keyer']]);
  const bare = await roles('Roofer vs. Welder', 'Roofing is projected to grow 3% through 2035.');
  assert.deepEqual(bare, [['3%', null]]);
});

test('a kind one role’s BLS title lists is the other role’s when that role is named by it', async () => {
  // "Meat, Poultry, and Fish Cutters and Trimmers" lists trimmers; a tree trimmer is one by name.
  const found = await roles('Meat Cutter vs. Tree Trimmer', 'Trimmers earn a median of $48,000, while meat cutters make $38,000.');
  assert.deepEqual(found, [
    ['$48,000', 'Tree Trimmer'],
    ['$38,000', 'Meat Cutter'],
  ]);
});

test('the subject a teacher’s role is named by, taught, names it: "to teach welding"', async () => {
  const found = await roles(
    'Welding Instructor vs. Nursing Instructor',
    'If you want to teach welding at a trade school, most programs want a high school diploma or equivalent plus years on the job.',
  );
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Welding Instructor'],
  );
});

test('a school’s own program named by one role’s field trains for that role', async () => {
  const aas = await roles(
    'Surgical Technologist vs. Radiologic Technologist',
    'Our Surgical Technology AAS runs four semesters, and its graduates step into jobs paying a median of $60,000.',
  );
  assert.deepEqual(
    aas.map(([, role]) => role),
    ['Surgical Technologist'],
  );
  const phd = await roles(
    'Physics Professor vs. Chemistry Professor',
    'Our doctoral program in physics sends graduates to faculty jobs paying about $98,000.',
  );
  assert.deepEqual(
    phd.map(([, role]) => role),
    ['Physics Professor'],
  );
  // A program both roles' words name trains for neither.
  const both = await roles('Dental Hygienist vs. Dental Assistant', 'Our dental program places graduates in jobs paying about $48,000.');
  assert.deepEqual(
    both.map(([, role]) => role),
    [null],
  );
});
