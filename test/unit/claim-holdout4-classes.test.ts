// Failure classes the fourth held-out corpus exposed (claims/outlook-verdicts.ts, attribution.ts,
// heading-roles.ts, role-forms.ts, figure-context.ts, places.ts), each tested on sentences and
// occupations of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { outlookVerdictOf } from '../../src/core/claims/claim-list.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

/** The projection claims of `body` as [kind, words, verdict]. */
async function outlooks(title: string, body: string): Promise<Array<[string, string, string]>> {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(title, body);
  return outlookVerdicts(article, dataset, { tolerance: 2 }).map((j) => [
    j.claim.kind,
    j.claim.kind === 'outlook-sentence' ? (j.claim.percent === undefined ? 'direction' : `${j.claim.percent}%`) : j.claim.raw,
    outlookVerdictOf(j),
  ]);
}

test('a growth verb stated with its wording band or its change in jobs is one claim, not a direction beside it', async () => {
  assert.deepEqual(
    (await outlooks('Surveyor vs. Cartographer', 'Surveyor jobs will grow about as fast as average, the handbook says.')).map(([k, w]) => [
      k,
      w,
    ]),
    [['outlook-descriptor', 'about as fast as average']],
  );
  const counted = await outlooks(
    'Surveyor vs. Cartographer',
    'Surveyor employment is expected to increase this decade, adding about 1,000 jobs.',
  );
  assert.deepEqual(
    counted.map(([kind]) => kind),
    ['employment-change'],
  );
  // Alone, the direction is still a claim; so is one in another sentence.
  assert.deepEqual(
    (await outlooks('Surveyor vs. Cartographer', 'Surveyor employment is expected to increase. It is faster than average.')).map(
      ([k]) => k,
    ),
    ['outlook-sentence', 'outlook-descriptor'],
  );
});

test('“projected to decline N percent” states the percent and BLS’s Decline band', async () => {
  const found = await outlooks(
    'Word Processor vs. Typist',
    'Employment of word processors and typists is projected to decline 30 percent by 2035.',
  );
  assert.deepEqual(
    found.map(([kind, words]) => [kind, words]),
    [
      ['outlook-sentence', '-30%'],
      ['outlook-descriptor', 'decline'],
    ],
  );
  assert.equal(found[1]![2], 'current');
});

test('a whole percent or a wording band an earlier release printed is out of date, not wrong', async () => {
  const dataset = await bundledRoleIndex();
  // An occupation whose older change, shown as BLS shows it (a whole percent), is no longer the current one's band.
  const changed = dataset.occupations.find((o) => {
    const [now, then] = o.outlooks ?? [];
    return now && then && !Number.isInteger(then.changePercent) && Math.abs(Math.round(then.changePercent) - now.changePercent) > 4;
  })!;
  const shown = Math.round(changed.outlooks![1]!.changePercent);
  const title = changed.title.replace(/s$/u, '');
  const found = await outlooks(
    `${title} vs. Cashier`,
    `Hiring of ${changed.title.toLowerCase()} should rise ${shown} percent in the coming years.`,
  );
  assert.deepEqual(
    found.map(([, , verdict]) => verdict),
    ['outdated'],
    `${changed.title}: ${shown} percent`,
  );
});
