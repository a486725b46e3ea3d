// The projection period a fact's sentence states (claims/fact-claims.ts periodOf): a span of years,
// or a target year alone after "by", "through", "until" or "into".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodOf } from '../../src/core/claims/fact-claims.js';
import { outlookClaims } from '../../src/core/claims/outlook-claims.js';
import { parseArticle } from '../../src/core/lint.js';

test('a target year alone gives the period its end', () => {
  assert.deepEqual(periodOf('Openings for welders should hold steady through 2031.'), { to: 2031 });
  assert.deepEqual(periodOf('Demand is set to climb until the year 2029.'), { to: 2029 });
  assert.deepEqual(periodOf('Roles will keep growing into 2033, the agency says.'), { to: 2033 });
  assert.deepEqual(periodOf('Jobs should rise by 2030.'), { to: 2030 });
});

test('a span of years wins, and a year the figure is from is no target', () => {
  assert.deepEqual(periodOf('Jobs should grow 4% from 2021 through 2031.'), { from: 2021, to: 2031 });
  assert.deepEqual(periodOf('In 2031, about 5,000 jobs were added.'), {});
});

test('a full outlook sentence reads a target year alone, and marks it for the fix', () => {
  const article = parseArticle(
    '# Surveyor vs. Cartographer: What Are the Differences?\n\nSurveyor jobs will rise 3 percent through 2031, the BLS says.\n',
  );
  const [claim] = outlookClaims(article);
  assert.equal(claim?.to, 2031);
  assert.equal(claim?.from, undefined);
  const [start, end] = claim.parts.to!;
  assert.equal(claim.raw.slice(start, end), '2031');
});
