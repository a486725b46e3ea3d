// Role-resolution and attribution classes the twentieth held-out corpus exposed (common
// occupations under the short forms real sites use), each tested on names and sentences of our
// own: a title closed by its short form in parentheses, a licence's class letter before a title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';
import { listedClaims } from './helpers/listed-claims.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

/** The SOC codes `role` resolves to in a comparison titled `title`. */
const inPair = async (title: string, role: string) =>
  resolveRole(comparisonArticle(title, 'Both jobs are in demand.'), await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

/** Each claim as "words -> role". */
const attributed = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => `${c.text} -> ${c.role}`);

test('a title closed by a short form in parentheses no name files is the title before it', async () => {
  assert.deepEqual(await socs('Optometrist (OD)'), ['29-1041']);
  assert.deepEqual(await socs('Pharmacist (PharmD)'), ['29-1051']);
  // A word in parentheses is no short form: nothing is guessed.
  assert.deepEqual(await socs('Podiatrist (Travel)'), []);
});

test('a degree’s mixed-case short form in a comparison’s title stays part of the role’s name', async () => {
  assert.deepEqual(await attributed('Dietitian vs. Pharmacist (PharmD)', 'Pharmacists earn a median of $137,480.\n'), [
    '$137,480 -> Pharmacist (PharmD)',
  ]);
});

test('a licence’s class letter before a title reads as the licence O*NET files the title with', async () => {
  // "CDL Truck Driver" is filed; "CDL-C" of it is only which licence.
  assert.ok((await socs('CDL-C Truck Driver')).includes('53-3032'));
  // A word with a letter after a hyphen ("X-Ray") is not a licence class.
  assert.deepEqual(await socs('Z-Ray Tech'), []);
});

test('a role matched through a shorter name is that name’s other filing beside a role holding one', async () => {
  // "CDL Bus Driver" is filed under school and under transit bus drivers; "School Bus Driver" holds the first.
  assert.deepEqual(await inPair('CDL-A Bus Driver vs. School Bus Driver', 'CDL-A Bus Driver'), ['53-3052']);
});

test('pay for the time of a course, said after the figure, is a trainee’s stipend, not the role’s wage', async () => {
  assert.deepEqual(
    await attributed(
      'Firefighter vs. Police Officer',
      'The city’s firefighter academy pays recruits $24 an hour throughout the 14-week training.\n',
    ),
    [],
  );
  // Pay said of the year is the occupation's.
  assert.deepEqual(await attributed('Firefighter vs. Police Officer', 'Firefighters earn a median of $61,950 during the year.\n'), [
    '$61,950 -> Firefighter',
  ]);
});
