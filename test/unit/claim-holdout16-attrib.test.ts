// Role-resolution and attribution classes the sixteenth held-out corpus exposed, each tested on
// names and sentences of our own: names O*NET files under one occupation only, BLS's "Except"
// titles, postsecondary teachers named by their field, helpers named by the trade they help, and a
// teacher's field written as "… teaching".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { rolesCommand } from '../../src/cli/commands/roles.js';
import type { Io } from '../../src/cli/io.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { listedClaims } from './helpers/listed-claims.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

/** Each claim as "words -> role". */
const attributed = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => `${c.text} -> ${c.role}`);

test('a name filed under one occupation only is its worker when the modifiers are that occupation’s usual words', async () => {
  // Automotive Body and Related Repairers: "car" in many of its names; the head is no repairer's.
  assert.deepEqual(await socs('Car Refinisher'), ['49-3021']);
  // Production Workers, All Other: a residual of workers names no work to disagree with.
  assert.deepEqual(await socs('Cupboard Builder'), ['51-9199']);
  // The one name of Insurance Sales Agents to say "network" stays weak.
  assert.deepEqual(await socs('Network Contractor'), []);
  // A name filed under two occupations is no one filing's.
  assert.deepEqual(await socs('Marina Porter'), []);
});

test('a role writing none of the excepted kinds is the “Except” title of its field', async () => {
  assert.deepEqual(await socs('Manufacturing Sales Representative'), ['41-4012']);
  // The kind the other title names keeps its own occupation.
  assert.deepEqual(await socs('Technical Sales Representative'), ['41-4011']);
});

test('a professor no name matches is the postsecondary teacher whose names write the field', async () => {
  // "Nursing": Nursing Instructors and Teachers; "school" says where, not what.
  assert.deepEqual(await socs('Nursing School Professor'), ['25-1072']);
  assert.deepEqual(await socs('Marine Biology Professor'), ['25-1042']);
  // A field several teachers' names write alike ("medical") names none of them.
  assert.deepEqual(await socs('Medical School Professor'), []);
});

test('a head before “of” or “in” and its field is read as the field before the head', async () => {
  assert.deepEqual(await socs('Professor of Anthropology'), ['25-1061']);
  assert.deepEqual(await socs('Lecturer in Economics'), ['25-1063']);
  // With the field rule: "Nursing Associate Professor".
  assert.deepEqual(await socs('Associate Professor of Nursing'), ['25-1072']);
  // A name O*NET files with "of" keeps its filing (not "Podiatry Doctor").
  assert.deepEqual(await socs('Doctor of Podiatry'), ['29-1081']);
});

test('helpers are named by the trade they help: its workers’ possessive, a dash, or “to”', async () => {
  const title = 'Electrician Helper vs. Plumber’s Helper';
  assert.deepEqual(
    await attributed(
      title,
      'Electricians’ helpers earned a median of $40,210, while plumbers’ helpers earned $38,900.\n' +
        'Employment of helpers—electricians is projected to grow 3 percent through 2035.\n' +
        'Helpers to plumbers held about 52,000 jobs in 2025.\n',
    ),
    [
      '$40,210 -> Electrician Helper',
      '$38,900 -> Plumber’s Helper',
      '3 percent -> Electrician Helper',
      'held about 52,000 jobs -> Plumber’s Helper',
    ],
  );
});

test('a possessive modifier is written for one worker or many, with either apostrophe, or without', async () => {
  assert.deepEqual(
    await attributed(
      'Barber’s Assistant vs. Tailor’s Assistant',
      "Barbers' assistants earned a median of $31,400 in May 2025.\nA tailor assistant typically needs no formal educational credential.\n",
    ),
    ['$31,400 -> Barber’s Assistant', 'no formal educational credential -> Tailor’s Assistant'],
  );
});

test('a professor’s field is written as its teaching', async () => {
  assert.deepEqual(
    await attributed(
      'Geology Professor vs. Chemistry Professor',
      'Chemistry teaching is a steady field: BLS counts about 3,000 openings a year.\n',
    ),
    ['about 3,000 openings -> Chemistry Professor'],
  );
});

/** What `roles NAME -f json` lists: each hit's SOC with how lint reads it. */
async function rolesList(name: string): Promise<string[]> {
  let out = '';
  const io: Io = { cwd: process.cwd(), env: {}, stdoutIsTTY: false, out: (text) => void (out += text), err: () => undefined };
  await rolesCommand(['--format', 'json', '--limit', '4', '--', name], io);
  const hits = JSON.parse(out || '[]') as Array<{ soc: string; match: { exact: boolean; lint?: string } }>;
  return hits.map((hit) => `${hit.soc} ${hit.match.exact ? 'matched' : (hit.match.lint ?? 'search')}`);
}

test('for a name lint calls unknown, roles lists what lint says: its set-aside filings, then its nearest', async () => {
  const index = await bundledRoleIndex();
  // O*NET files "Park Ranger" under three occupations whose head nouns disagree: listed first, as lint names them.
  const ranger = await rolesList('Park Ranger');
  assert.deepEqual(ranger.slice(0, 3).sort(), ['19-1031 weak', '33-9092 weak', '33-9099 weak']);
  // No search guess ("City Manager" is in "Publicity Manager"): only lint's nearest occupations.
  const city = await rolesList('City Manager');
  assert.deepEqual(
    city,
    index.suggest('City Manager', 4).map((o) => `${o.soc} nearest`),
  );
  // A name lint matches keeps its matches first.
  assert.deepEqual((await rolesList('Car Wash Attendant'))[0], '53-7061 matched');
});
