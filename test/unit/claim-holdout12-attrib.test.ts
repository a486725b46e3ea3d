// Attribution and role-resolution classes the twelfth held-out corpus exposed
// (dataset/names/match-role.ts, title-evidence.ts, head-noun.ts, resolve-role.ts;
// claims/short-forms.ts, role-forms.ts, heading-roles.ts), each tested on occupations and
// sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../src/core/index.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

/** Each claim of `body` as its words and the role it is given (null: none). */
async function roles(title: string, body: string): Promise<Array<[string, string | null]>> {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(title, body);
  return listClaims(article, dataset, resolveConfig()).map((c) => [article.text.slice(c.start, c.end), c.role]);
}

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

test('a one-word role means the occupation whose title is written with its noun, not one sharing a stem', async () => {
  // "Painting, Coating, and Decorating Workers" and "Drilling and Boring Machine Tool Setters" only share a stem.
  assert.deepEqual(await socs('Painter'), ['47-2141']);
  assert.deepEqual(await socs('Driller'), ['47-5023']);
  // A title's first word before "and" is a kind of its own: Stockers and Order Fillers.
  assert.deepEqual(await socs('Shelf Stocker'), ['53-7065']);
  assert.deepEqual(await socs('Dental Receptionist'), ['43-4171']);
});

test('a bare head noun means its general occupation when that employs most of those so named', async () => {
  assert.deepEqual(await socs('Physician'), ['29-1229']);
  assert.deepEqual(await socs('Woodworkers'), ['51-7099']);
  // Clinical and counseling psychologists outnumber "Psychologists, All Other": the specialties stay.
  assert.deepEqual((await socs('Psychologist')).slice(0, 1), ['19-3033']);
  assert.ok(!(await socs('Psychologist')).includes('19-3039'));
});

test('a general-head title whose O*NET names use the role’s noun is it; a title of named workers never is', async () => {
  // Healthcare Practitioners and Technical Workers, All Other writes "Doula", "Birth Doula", …
  assert.deepEqual(await socs('Doula'), ['29-9099']);
  assert.deepEqual(await socs('Chaperone'), ['39-9099']);
  // Railroad "… and Locomotive Firers" write "Fireman" ten times: not the firefighter a site means.
  assert.deepEqual(await socs('Fireman'), []);
});

test('of several filings no head noun agrees with, the one O*NET also files the bare head noun under', async () => {
  // "Timber Framer" is filed under carpenters and others; only Carpenters also write "Framer" alone.
  assert.deepEqual(await socs('Timber Framer'), ['47-2031']);
  assert.deepEqual(await socs('Animal Keeper'), ['39-2021']);
});

test('a role no name matches is the one occupation whose names hold its words with one more', async () => {
  // Biological Technicians write "Biology Laboratory Technician", "Biology Research Technician".
  assert.deepEqual(await socs('Biology Technician'), ['19-4021']);
  assert.deepEqual(await socs('Crop Supervisor'), ['45-1011']);
});

test('a clipped word O*NET spells out in its names is read spelled out', async () => {
  assert.deepEqual(await socs('Rehab Counselor'), ['21-1015']);
  // Telecommunications line installers write "Telecommunications Technician"; equipment installers write "Telecom".
  assert.deepEqual(await socs('Telecom Line Technician'), ['49-9052']);
  assert.deepEqual(await socs('Telecom Technician'), ['49-2022']);
});

test('an article naming one of the occupations O*NET files the role under by its BLS title means that one', async () => {
  const dataset = await bundledRoleIndex();
  const resolved = (title: string, body: string, role: string) =>
    resolveRole(comparisonArticle(title, body), dataset, role).matches.map((m) => m.occupation.soc);
  const said = 'Most account managers here carry a quota; BLS counts them with sales managers, who earn far more.';
  assert.deepEqual(resolved('Account Manager vs. Customer Service Representative', said, 'Account Manager'), ['11-2022']);
  // Without such words the matcher's own order stands.
  assert.deepEqual(resolved('Account Manager vs. Customer Service Representative', 'Quotas rule.', 'Account Manager').length, 4);
  // An occupation the other role means is named for the other role: first-line supervisors are the kitchen supervisor's.
  const both = 'Kitchen supervisors are first-line supervisors of food preparation and serving workers; restaurant managers hire them.';
  assert.deepEqual(resolved('Restaurant Manager vs. Kitchen Supervisor', both, 'Restaurant Manager'), ['11-9051']);
});

test('a list’s lead line dated by a span of years still heads the list', async () => {
  const body = 'Crane operators (2024–34 projections):\n\n- Openings per year: 4,900\n- Growth: 5%\n';
  const found = await roles('Crane Operator vs. Excavator Operator', body);
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Crane Operator', 'Crane Operator'],
  );
});

test('clipped heads and modifiers sites write name the role: ops, docs, mgrs, bio profs', async () => {
  const ops = await roles('Printing Press Operator vs. Bindery Worker', 'per BLS printing press ops make a median of $41k. meh');
  assert.deepEqual(ops, [['$41k', 'Printing Press Operator']]);
  const docs = await roles(
    'Emergency Medicine Physician vs. Pediatrician',
    'Emergency medicine docs earn a median of about $310K, per the BLS.',
  );
  assert.deepEqual(docs, [['$310K', 'Emergency Medicine Physician']]);
  const profs = await roles('Biology Professor vs. Physics Professor', 'per BLS bio profs make a median of $86K. lol');
  assert.deepEqual(profs, [['$86K', 'Biology Professor']]);
});

test('a modifier’s letters name the role in a forum’s lower case and with the ampersand of joined words', async () => {
  const lower = await roles(
    'Electrical Engineering Technician vs. Mechanical Engineering Technician',
    'per BLS ee techs make $72k median. lol',
  );
  assert.deepEqual(lower, [['$72k', 'Electrical Engineering Technician']]);
  const amp = await roles(
    'Research and Development Manager vs. Product Manager',
    '| | R&D Mgr | Product Mgr |\n|---|---|---|\n| Median pay | $161,000 | $158,000 |',
  );
  assert.deepEqual(
    amp.map(([, role]) => role),
    ['Research and Development Manager', 'Product Manager'],
  );
});

test('a figure said to be "for both" at its sentence’s end is the pair’s, given its first role', async () => {
  const found = await roles(
    'Crane Operator vs. Excavator Operator',
    'Excavator operators need no degree to start: BLS lists a high school diploma or equivalent for both.',
  );
  assert.deepEqual(found, [['high school diploma or equivalent', 'Crane Operator']]);
  // "for both" that goes on to name what it is for says nothing of the roles.
  const other = await roles(
    'Crane Operator vs. Excavator Operator',
    'Excavator operators need a high school diploma or equivalent, for both the job and the license.',
  );
  assert.deepEqual(other, [['high school diploma or equivalent', 'Excavator Operator']]);
});

test('a gerund modifier is written as its noun before the head: "light techs" for a lighting technician', async () => {
  const table = await roles(
    'Lighting Technician vs. Drafting Technician',
    '| | Light tech | Draft tech |\n|---|---|---|\n| Median pay | $52,000 | $61,000 |',
  );
  assert.deepEqual(table, [
    ['$52,000', 'Lighting Technician'],
    ['$61,000', 'Drafting Technician'],
  ]);
  const forum = await roles('Lighting Technician vs. Drafting Technician', 'per BLS draft techs make a median of $61k.');
  assert.deepEqual(forum, [['$61k', 'Drafting Technician']]);
});

test('a machine operator is called by the work its gerund names: knitters, weavers', async () => {
  const found = await roles(
    'Knitting Machine Operator vs. Weaving Machine Operator',
    '| | Knitter | Weaver |\n|---|---|---|\n| Median pay | $36,000 | $38,000 |',
  );
  assert.deepEqual(found, [
    ['$36,000', 'Knitting Machine Operator'],
    ['$38,000', 'Weaving Machine Operator'],
  ]);
});

test('a department’s "faculty" names its professors', async () => {
  const found = await roles('History Professor vs. Philosophy Professor', 'History faculty held about 24,000 jobs, per BLS.');
  assert.deepEqual(found, [['held about 24,000 jobs', 'History Professor']]);
});
