// Role-resolution and attribution classes the sixteenth held-out corpus exposed, each tested on
// names and sentences of our own: names O*NET files under one occupation only, BLS's "Except"
// titles, postsecondary teachers named by their field, helpers named by the trade they help, and a
// teacher's field written as "… teaching".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

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
