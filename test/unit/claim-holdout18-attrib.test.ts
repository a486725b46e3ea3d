// Role-resolution and attribution classes the eighteenth held-out corpus exposed, each tested on
// names and sentences of our own: "all other" ending a catch-all group's BLS title is no name of
// the role matched to it, and a role the matcher files nowhere (or under a specialty) is counted in
// the catch-all group the article writes out for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedClaims } from './helpers/listed-claims.js';
import { comparisonArticle } from './helpers/claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';

/** The SOC codes `role` resolves to in a comparison article of `body`. */
const resolved = async (title: string, body: string, role: string) =>
  resolveRole(comparisonArticle(title, body), await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

/** Each claim as "words -> role". */
const attributed = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => `${c.text} -> ${c.role}`);

test('"all other" closing another group’s BLS title names no role matched to a catch-all group', async () => {
  // Body Piercer is Personal Care and Service Workers, All Other; the group named is the repairers'.
  assert.deepEqual(
    await attributed(
      'Body Piercer vs. Piano Tuner',
      'Piano tuners are counted under installation, maintenance, and repair workers, all other, with a median of $51,900.\n',
    ),
    ['$51,900 -> Piano Tuner'],
  );
});

test('a role no name matches takes the figures of the nearest BLS group the article writes out', async () => {
  // "Taxidermist" is filed under no occupation; artists and related workers, all other is its nearest.
  assert.deepEqual(
    await attributed('Taxidermist vs. Dog Groomer', 'Artists and related workers, all other held about 12,400 jobs in 2025.\n'),
    ['held about 12,400 jobs -> Taxidermist'],
  );
});

test('a role filed under a specialty takes the catch-all group the article counts it in', async () => {
  // O*NET files "Wood Carver" under Model Makers, Wood; the article says BLS counts carvers with woodworkers, all other.
  const claims = await listedClaims(
    'Wood Carver vs. Dog Groomer',
    'Decorative carving shops are small. Woodworkers, all other held about 15,000 jobs in 2025, and about 60 percent were self-employed.\n',
  );
  assert.deepEqual(
    claims.map((c) => `${c.text} -> ${c.role}`),
    ['held about 15,000 jobs -> Wood Carver', '60 percent -> Wood Carver'],
  );
});

test('an article naming an unrelated catch-all group leaves a matched role on its own occupation', async () => {
  // Piano Tuner is Musical Instrument Repairers and Tuners; the personal care group is nowhere near it.
  const claims = await listedClaims(
    'Piano Tuner vs. Dog Groomer',
    'Piano tuners earn a median of $44,000, while personal care and service workers, all other earn less.\n',
  );
  assert.deepEqual(
    claims.map((c) => `${c.text} -> ${c.role}`),
    ['$44,000 -> Piano Tuner'],
  );
});

test('a role matched to a catch-all group keeps it when the article names another role’s group', async () => {
  // Radio Operator is Communications Equipment Operators, All Other, though a search for it also finds the technicians' group.
  assert.deepEqual(
    await attributed(
      'Radio Operator vs. Weather Observer',
      'Life, physical, and social science technicians, all other held about 70,000 jobs in 2025.\n',
    ),
    ['held about 70,000 jobs -> Weather Observer'],
  );
});

test('a list’s lead line naming a BLS title with "or" in it heads the list', async () => {
  // "diagnosing or treating" is the title's own "or", not two roles set side by side.
  assert.deepEqual(
    await attributed(
      'Homeopath vs. Dog Groomer',
      'Healthcare diagnosing or treating practitioners, all other\n- Median pay: $112,000\n- Jobs: 40,000\n',
    ),
    ['$112,000 -> Homeopath', '40,000 -> Homeopath'],
  );
});

test('BLS machine setters, operators and tenders are named by their operators alone', async () => {
  // Envelope Machine Operator is Paper Goods Machine Setters, Operators, and Tenders.
  assert.deepEqual(
    await attributed('Dog Groomer vs. Envelope Machine Operator', 'Paper goods machine operators earn a median of $44,000.\n'),
    ['$44,000 -> Envelope Machine Operator'],
  );
  // "Pill Press Operator" is filed nowhere; the article's operators name one of its nearest occupations.
  assert.deepEqual(
    await attributed(
      'Dog Groomer vs. Pill Press Operator',
      'Groomers earn little. Cutting, punching, and press machine operators, by contrast, earn a median of $45,000.\n',
    ),
    ['$45,000 -> Pill Press Operator'],
  );
});

test('a role no name matches takes a nearest catch-all group the article names without "all other"', async () => {
  // "Hot Tub Repairer": installation, maintenance, and repair workers, all other is among its nearest.
  assert.deepEqual(
    await attributed('Dog Groomer vs. Hot Tub Repairer', 'Installation, maintenance, and repair workers earn a median of $49,000.\n'),
    ['$49,000 -> Hot Tub Repairer'],
  );
  // BLS's "Helpers, Construction Trades" in prose order.
  assert.deepEqual(
    await attributed('Insulation Helper vs. Dog Groomer', 'In Ohio, construction trades helpers earn a median of $41,000.\n'),
    ['$41,000 -> Insulation Helper'],
  );
});

test('another role’s catch-all group written out does not name a shorter group inside it', async () => {
  // "personal service managers, all other" (Spa Manager's) holds "managers, all other", a group
  // near Entertainment and Recreation Manager: the article names only the spa managers' group.
  const body = 'Spa managers are counted under personal service managers, all other, and earn a median of $70,000.\n';
  assert.deepEqual(await resolved('Entertainment and Recreation Manager vs. Spa Manager', body, 'Entertainment and Recreation Manager'), [
    '11-9072',
  ]);
});

test('the work of an "-er" role, its stem’s gerund, names the role', async () => {
  // "event planning" for event planners (not "event plannering").
  assert.deepEqual(
    await attributed(
      'Event Planner vs. Dog Groomer',
      'Event planning keeps growing: BLS counts about 150,000 workers, and the median pay is $59,000.\n',
    ),
    ['counts about 150,000 -> Event Planner', '$59,000 -> Event Planner'],
  );
});
