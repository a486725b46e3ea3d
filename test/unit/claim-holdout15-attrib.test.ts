// Role-resolution classes the fifteenth held-out corpus exposed (dataset/names/match-role.ts),
// each tested on names and sentences of our own: O*NET names whose head noun no filing's BLS title
// agrees with, a residual's field read as a name, and the price of one sale read as pay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { namesOf } from '../../src/core/claims/named-mentions.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { listedClaims } from './helpers/listed-claims.js';

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

test('a BLS title’s field before “and related” is no kind of worker it lists', () => {
  assert.ok(!namesOf('Sales and Related Workers, All Other', true).includes('Sales'));
  assert.ok(!namesOf('Food Preparation and Serving Related Workers, All Other', true).includes('Food Preparation'));
  // Kinds joined by a plain "and" are still each a name.
  assert.ok(namesOf('Hairdressers, Hairstylists, and Cosmetologists', true).includes('Cosmetologists'));
});

test('a figure said of one sale is its price, not pay', async () => {
  const body = 'Rheumatologists say the average sale was a $3,400 custom brace.\n';
  assert.deepEqual(await listedClaims('Metrologist vs. Rheumatologist', body), []);
  // The same clause about earnings is still a claim.
  const pay = await listedClaims('Metrologist vs. Rheumatologist', 'Metrologists earned a median of $98,000 in May 2025.\n');
  assert.deepEqual(
    pay.map((c) => c.text),
    ['$98,000'],
  );
});

test('a head swapped for one of its family stays in the SOC group O*NET files the bare head under', async () => {
  // "Professor" is filed only under postsecondary teachers (25-1…): never the secondary-school ones.
  assert.deepEqual(await socs('Welding Professor'), ['25-1194']);
  // "Director" is filed under producers and directors alone: no group to keep to.
  assert.ok((await socs('Brand Director')).includes('11-2021'));
});
