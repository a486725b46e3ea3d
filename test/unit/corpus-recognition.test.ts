// Articles in real sites' forms (test/corpus/recognition, issue #27) are recognised with their
// roles, their roles match the labelled occupations, and their standard sections are found
// wherever they stand. `npm run eval` prints the figures per form and the misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognitionScores } from '../corpus/recognition.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const BAR = 0.9;

test(`articles in every real-site form are recognised, with roles and sections found, at ${BAR} or better`, async () => {
  const forms = recognitionScores(await bundledRoleIndex());
  const all = forms.get('all')!;
  assert.ok(all.articles >= 10, `${all.articles} articles`);
  const ratios = {
    recognised: all.recognised / all.articles,
    roles: all.roles.correct / all.roles.expected,
    sectionRecall: all.sections.correct / all.sections.expected,
    sectionPrecision: all.sections.correct / Math.max(1, all.sections.found),
  };
  for (const [measure, value] of Object.entries(ratios))
    assert.ok(value >= BAR, `${measure} ${value.toFixed(3)}:\n${all.misses.join('\n')}`);
  // Every form is recognised in each of its articles.
  for (const [form, score] of forms) assert.equal(score.recognised, score.articles, `${form}: ${score.misses.join('\n')}`);
});
