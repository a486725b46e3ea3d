// Failure classes the sixteenth held-out corpus exposed in what a claim states (an openings count in a
// sentence that opens with its projections' release), each tested on sentences and occupations of our
// own (claims/fact-years.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClaims as brief } from './helpers/listed-claims.js';

const ELEC = 'Electrician vs. Plumber';
const BAKE = 'Baker vs. Butcher';

test('a sentence that opens with "the 2024–34 projections" dates its openings count', async () => {
  assert.deepEqual(await brief(ELEC, 'The 2024–34 projections had plumber jobs rising 4%, with about 44,000 openings a year.'), [
    'outlook-percent/percent 2034',
    'openings/count 2034',
  ]);
  assert.deepEqual(
    await brief(
      BAKE,
      'Under the 2024–34 projections, baker employment was expected to show little or no change, with about 27,000 openings each year.',
    ),
    ['outlook-descriptor/descriptor 2034', 'openings/count 2034'],
  );
  // A period of the percent's own, after it, is still the percent's alone.
  assert.deepEqual(await brief(ELEC, 'Plumber jobs are projected to rise 4% from 2024 to 2034, with about 44,000 openings a year.'), [
    'outlook-percent/percent 2034',
    'openings/count',
  ]);
});
