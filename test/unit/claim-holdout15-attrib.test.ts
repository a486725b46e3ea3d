// Role-resolution classes the fifteenth held-out corpus exposed (dataset/names/match-role.ts),
// each tested on names of our own: O*NET names whose head noun no filing's BLS title agrees with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

test('of several filings, the one BLS title writing every modifier of the name is its occupation', async () => {
  // Also filed under word processors and typists; under sociologists; under production workers, all other.
  assert.deepEqual(await socs('Court Stenographer'), ['27-3092']);
  assert.deepEqual(await socs('Criminal Profiler'), ['33-3021']);
  assert.deepEqual(await socs('Tire Molder'), ['51-9197']);
});

test('a one-word specialty no filing’s head noun names is counted in its field’s residual', async () => {
  // Also filed under general internal medicine physicians; under industrial engineers.
  assert.deepEqual(await socs('Rheumatologist'), ['29-1229']);
  assert.deepEqual(await socs('Metrologist'), ['17-2199']);
  // Filings in several fields (farm, construction, production) are no one field's specialty.
  assert.deepEqual(await socs('Digger'), []);
  // Filed under a residual alone by one name only: an accident of the data, not its specialty.
  assert.deepEqual(await socs('Owner'), []);
});
