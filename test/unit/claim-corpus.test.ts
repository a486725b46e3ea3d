// The hand-written claim corpus (test/corpus/claims): claims found, attributed and typed at
// precision ≥ 0.95 and recall ≥ 0.9 for every kind, the labelled verdicts reached, and nothing at
// all on the not-a-claim list. `npm run eval` prints the figures and misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateClaims } from '../corpus/claims/evaluate-claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const scores = bundledRoleIndex().then(evaluateClaims);

test('the claim corpus has at least 60 items and a claim of every kind', async () => {
  const { items, labelled, byKind } = await scores;
  assert.ok(items >= 60 && labelled >= 60, `${items} items, ${labelled} claims`);
  const kinds = [
    'salary',
    'outlook-percent',
    'outlook-descriptor',
    'employment',
    'employment-change',
    'openings',
    'self-employed',
    'education',
  ];
  assert.deepEqual(
    kinds.filter((k) => !byKind.has(k)),
    [],
  );
});

test('every kind of claim is found, attributed and typed with precision ≥ 0.95 and recall ≥ 0.9', async () => {
  const { byKind, misses } = await scores;
  const low = [...byKind]
    .filter(([, t]) => t.precision < 0.95 || t.recall < 0.9)
    .map(([k, t]) => `${k}: ${t.precision.toFixed(3)}/${t.recall.toFixed(3)}`);
  assert.deepEqual(low, [], misses.join('\n'));
});

test('every statistic is read with precision ≥ 0.95 and recall ≥ 0.9, and at least 95% of verdicts are the labelled ones', async () => {
  const { byStatistic, total, misses } = await scores;
  const low = [...byStatistic].filter(([, t]) => t.precision < 0.95 || t.recall < 0.9).map(([k]) => k);
  assert.deepEqual(low, [], misses.join('\n'));
  assert.ok(total.verdictRate >= 0.95, `${total.verdictRate.toFixed(3)}:\n${misses.join('\n')}`);
});

test('phone numbers, years, 401(k), bonuses, tuition, prices, 24/7, "top 10 skills" and shares give no claim and no finding', async () => {
  const { notClaims } = await scores;
  assert.ok(notClaims.items >= 15);
  assert.deepEqual(notClaims.misses, []);
});
