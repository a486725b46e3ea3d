// Attribution and role-resolution classes the tenth and eleventh held-out corpora exposed
// (dataset/names/match-role.ts, head-noun.ts; claims/field-mentions.ts, heading-roles.ts,
// named-mentions.ts), each tested on occupations and sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { invertedNames } from '../../src/core/claims/named-mentions.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

/** Each claim of `body` as its words and the role it is given (null: none). */
async function roles(title: string, body: string): Promise<Array<[string, string | null]>> {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(title, body);
  return listClaims(article, dataset, resolveConfig()).map((c) => [article.text.slice(c.start, c.end), c.role]);
}

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

test('a one-word role no name matches is the two words the dataset writes it as', async () => {
  // O*NET writes "Shoe Maker" and "Script Writer"; sites write them solid.
  assert.deepEqual(await socs('Shoemaker'), ['51-6041']);
  assert.deepEqual(await socs('Scriptwriter'), ['27-3043']);
  // A word no split of which the dataset knows stays unknown.
  assert.deepEqual(await socs('Quizmaster'), []);
});

test('an agent noun agrees with a title naming its work when no other occupation agrees', async () => {
  // "Medical Biller" is O*NET's under Billing and Posting Clerks; "Valet Parker" under Parking Attendants.
  assert.deepEqual(await socs('Medical Biller'), ['43-3021']);
  assert.deepEqual(await socs('Valet Parker'), ['53-6021']);
  assert.deepEqual(await socs('Bottle Filler'), ['51-9111']);
});

test('a role without its first modifiers names the one occupation that writes them; letters name their workers', async () => {
  // Coaches and Scouts write "hockey" and "skating" among their names; police officers never write "TSA".
  assert.deepEqual(await socs('Hockey Coach'), ['27-2022']);
  assert.deepEqual(await socs('Skating Coach'), ['27-2022']);
  // "TSA Screener" (workers) and "TSA Screener Supervisor": an agent is a worker, not the supervisor.
  assert.deepEqual(await socs('TSA Agent'), ['33-9093']);
  assert.deepEqual(await socs('Quantum Officer'), []);
});

test('a data key names its role by a clipped word, initials or a word of the role', async () => {
  const body = [
    '---',
    'title: "Respiratory Therapist vs. Radiation Therapist"',
    'avg_salary_resp: "$77,960"',
    'avg_salary_rad: "$101,990"',
    '---',
  ].join('\n');
  assert.deepEqual(await roles('Respiratory Therapist vs. Radiation Therapist', body), [
    ['$77,960', 'Respiratory Therapist'],
    ['$101,990', 'Radiation Therapist'],
  ]);
  // A token both roles share ("therapist") names neither.
  const shared = ['---', 'title: "Therapist pay"', 'median_pay_therapist: "$80,000"', '---'].join('\n');
  assert.deepEqual(await roles('Respiratory Therapist vs. Radiation Therapist', shared), [['$80,000', null]]);
});

test('a list’s lead line dated by a year still heads the list', async () => {
  const body = 'Carpenter at a glance (2025 figures):\n\n- Median pay: $59,310\n- Jobs: 917,000\n';
  const found = await roles('Carpenter vs. Electrician', body);
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Carpenter', 'Carpenter'],
  );
});

test('a BLS title with its head noun first is read with "of", a shared modifier carried to each field', async () => {
  assert.deepEqual(invertedNames('Inspectors, Building and Safety'), [
    'Inspectors of Building and Safety',
    'Inspectors of Building',
    'Inspectors of Safety',
  ]);
  assert.deepEqual(invertedNames('Directors, Religious Activities and Education').slice(-1), ['Directors of Religious Education']);
  // Titles listing kinds or leaving some out are not inverted.
  assert.deepEqual(invertedNames('Teachers and Instructors, All Other'), []);
  assert.deepEqual(invertedNames('Judges, Magistrate Judges, and Magistrates'), []);
  const found = await roles(
    'Clergy vs. Director of Religious Activities',
    'In Ohio, directors of religious education earn around $51,000 a year.',
  );
  assert.deepEqual(found, [['$51,000 a year', 'Director of Religious Activities']]);
});

test('clipped words name a role both ways: "nuke techs", "chem techs", and a role’s "Lab" spelled out as "laboratory"', async () => {
  const found = await roles(
    'Nuclear Technician vs. Chemical Technician',
    'Nuke techs earn about $101,000 a year in most plants. Chem techs earn closer to $58,000 a year.',
  );
  assert.deepEqual(found, [
    ['$101,000 a year', 'Nuclear Technician'],
    ['$58,000 a year', 'Chemical Technician'],
  ]);
  // The other role shares "lab technician": only the spelled-out modifier tells them apart.
  const spelled = await roles(
    'Ophthalmic Lab Technician vs. Dental Lab Technician',
    'Most ophthalmic laboratory technicians earn about $41,000 a year.',
  );
  assert.deepEqual(spelled, [['$41,000 a year', 'Ophthalmic Lab Technician']]);
});

test('a role’s first modifier alone before its head noun, and a forum’s "guys", name it', async () => {
  const found = await roles(
    'Environmental Science Technician vs. Forest Technician',
    'per BLS enviro techs pull $52k median. the forestry side pays worse',
  );
  assert.deepEqual(found, [['$52k', 'Environmental Science Technician']]);
  const guys = await roles('Roofing Contractor vs. Siding Installer', 'roofing guys around here clear $30 an hour easy');
  assert.deepEqual(guys, [['$30 an hour', 'Roofing Contractor']]);
});

test('a pronoun opening a paragraph’s first naming points forward to the one role its sentence names', async () => {
  const found = await roles(
    'Welder vs. Boilermaker',
    'These workers earn roughly $71,000 a year at the median, and the typical boilermaker works on large vessels.',
  );
  assert.deepEqual(found, [['$71,000 a year', 'Boilermaker']]);
});

test('a coordinated mention is one per role, and ", respectively" takes the roles the paragraph named', async () => {
  const coordinated = await roles(
    'Physical Therapist vs. Occupational Therapist',
    'Physical and occupational therapists earn close figures: about $101,000 and $98,000 at the median.',
  );
  assert.deepEqual(coordinated, [
    ['$101,000', 'Physical Therapist'],
    ['$98,000', 'Occupational Therapist'],
  ]);
  const respectively = await roles(
    'Pharmacist vs. Pharmacy Technician',
    'Pharmacists check every order; pharmacy technicians count and label. Their pay is far apart: $137,000 and $43,000 a year, respectively.',
  );
  assert.deepEqual(respectively, [
    ['$137,000', 'Pharmacist'],
    ['$43,000 a year', 'Pharmacy Technician'],
  ]);
});

test('a second figure set against another source’s ("…, but the BLS median is …") stays the same role’s', async () => {
  const found = await roles(
    'Flight Attendant vs. Travel Agent',
    'What do flight attendants earn? Recruiters advertise $55,000, but the BLS median is $67,000.',
  );
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Flight Attendant', 'Flight Attendant'],
  );
});

test('an O*NET name in a "-men" plural, and a clause whose only other words are an outlook verb, name the role', async () => {
  const men = await roles('Camera Operator vs. Film Editor', 'Cameramen on union sets earn about $80,000 a year.');
  assert.deepEqual(men, [['$80,000 a year', 'Camera Operator']]);
  const verb = await roles(
    'Announcer vs. Producer',
    'Radio DJs hold a shrinking field, with jobs expected to decline 4% and a median pay of $60k.',
  );
  assert.deepEqual(
    verb.filter(([raw]) => raw === '$60k'),
    [['$60k', 'Announcer']],
  );
});

test('"both" as a clause’s subject after the roles were named is said of both: the pair’s first role', async () => {
  const found = await roles(
    'Tile Setter vs. Stonemason',
    'Tile setters average $54,000 and stonemasons $52,000; both usually start with a high school diploma.',
  );
  assert.deepEqual(
    found.filter(([raw]) => raw.includes('diploma')).map(([, role]) => role),
    ['Tile Setter'],
  );
});

test('a pair set against each other takes the roles in the order the paragraph named them; "earn a lot more" compares', async () => {
  const gap = await roles(
    'Sonographer vs. Radiographer',
    'Sonographers scan with sound; radiographers take x-rays. The pay gap is real: $84,000 versus $70,000.',
  );
  assert.deepEqual(gap, [
    ['$84,000', 'Sonographer'],
    ['$70,000', 'Radiographer'],
  ]);
  const more = await roles(
    'Flight Attendant vs. Airline Pilot',
    'Flight attendants work the cabin. Airline pilots earn a lot more: $226,000 versus $68,000.',
  );
  assert.deepEqual(more, [
    ['$226,000', 'Airline Pilot'],
    ['$68,000', 'Flight Attendant'],
  ]);
});
