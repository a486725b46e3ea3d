// The labelled corpus (test/corpus, 30 articles in six career-site styles): every measure
// stays at or above 0.95 precision and recall. `npm run eval` prints the figures and misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../corpus/evaluate.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const BAR = 0.95;

test('the corpus has at least 30 articles and 100 labelled salary claims', async () => {
  const scores = evaluate(await bundledRoleIndex());
  assert.ok(scores.articles >= 30, `${scores.articles} articles`);
  assert.ok(scores.claims >= 100, `${scores.claims} claims`);
});

for (const measure of ['sections', 'extraction', 'attribution', 'roles'] as const) {
  test(`${measure}: precision and recall on the corpus are at least ${BAR}`, async () => {
    const { precision, recall, misses } = evaluate(await bundledRoleIndex())[measure];
    assert.ok(precision >= BAR && recall >= BAR, `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}:\n${misses.join('\n')}`);
  });
}
