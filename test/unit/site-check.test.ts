// The cross-article pass on claims as plain data: the share, the cap on named articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSite, resolveConfig, type SiteClaim } from '../../src/core/index.js';

const point = (line: number) => ({ line, column: 1, offset: line * 10 });
const claim = (annual: number): SiteClaim => ({
  role: 'Software Architect',
  raw: `$${annual}`,
  annual,
  isRange: false,
  start: point(3),
  end: point(3),
  status: 'unchecked',
});
const article = (i: number, annual: number, share?: number) => ({
  path: `/site/a${i}.md`,
  display: `a${i}.md`,
  claims: [claim(annual)],
  config: resolveConfig(share === undefined ? {} : { rules: { 'cross-article-salary': { share } } }),
});

test('figures within the share of each other are consistent; beyond it, both articles are reported', () => {
  assert.equal(checkSite([article(1, 100_000), article(2, 110_000)]).size, 0);
  const found = checkSite([article(1, 100_000), article(2, 110_001)]);
  assert.deepEqual([...found.keys()], [0, 1]);
  assert.equal(found.get(0)![0]!.related![0]!.file, '/site/a2.md');
});

test('each article is judged with its own share', () => {
  const found = checkSite([article(1, 100_000, 0.5), article(2, 130_000)]);
  assert.deepEqual([...found.keys()], [1]);
});

test('a role stated in many articles names five of the others and counts the rest', () => {
  const articles = [article(0, 50_000), ...Array.from({ length: 8 }, (_, i) => article(i + 1, 100_000))];
  const [finding] = checkSite(articles).get(0)!;
  assert.equal(finding!.related!.length, 5);
  assert.match(finding!.message, / and 3 more\)$/);
  assert.equal(finding!.data?.otherCount, 8);
});

const judged = (i: number, annual: number, status: SiteClaim['status']) => {
  const a = article(i, annual);
  return { ...a, claims: [{ ...a.claims[0]!, status }] };
};

test('a figure that matches the current release is never flagged; the figures that disagree with it are, and name it', () => {
  const found = checkSite([judged(1, 177_770, 'current'), judged(2, 150_000, 'outdated'), judged(3, 120_000, 'mismatched')]);
  assert.deepEqual([...found.keys()], [1, 2]);
  const [finding] = found.get(1)!;
  assert.match(finding!.message, /`\$177770` in a1\.md:3 \(matches BLS\)/);
  assert.match(finding!.related![0]!.message, /^a1\.md states `\$177770` for `Software Architect` \(matches BLS\)$/);
  // Two current figures are both BLS's (their releases' rounding): neither is flagged.
  assert.equal(checkSite([judged(1, 177_770, 'current'), judged(2, 150_000, 'current')]).size, 0);
});
