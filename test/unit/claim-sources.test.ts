// The source a claim names (claims/sources.ts), and what a verdict does with one that is not BLS's:
// a salary site's or a state agency's figure is never a BLS mismatch; a site republishing BLS's
// figures (O*NET) is judged as BLS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config/resolve.js';
import { listClaims } from '../../src/core/judged/claim-list.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

async function claims(body: string, roles = 'Dental Hygienist vs. Dental Assistant') {
  const article = comparisonArticle(roles, `## Pay and outlook\n\n${body}`);
  const text = article.text;
  return listClaims(article, await bundledRoleIndex(), resolveConfig()).map((c) => ({
    raw: text.slice(c.start, c.end),
    kind: c.kind,
    source: c.source,
    verdict: c.verdict,
  }));
}

test('each figure takes the source cited right after it, else the one named before it in its sentence', async () => {
  const found = await claims(
    'Dental hygienists make $70,000 a year according to ZipRecruiter, and dental assistants average $30,000 per Salary.com.',
  );
  assert.deepEqual(
    found.map((c) => [c.raw, c.source]),
    [
      ['$70,000 a year', 'ZipRecruiter'],
      ['$30,000', 'Salary.com'],
    ],
  );
  const mixed = await claims(
    'Comparably reports $61,000 for dental assistants, but the Bureau of Labor Statistics says hygienists earn a median of $94,260.',
  );
  assert.deepEqual(
    mixed.map((c) => [c.raw, c.source]),
    [
      ['$61,000', 'Comparably'],
      ['$94,260', 'BLS'],
    ],
  );
});

test('a source named in the paragraph, not the sentence, still names the claim’s; none named gives null', async () => {
  const found = await claims(
    'We used PayScale throughout. Dental assistants earn $38,000 a year.\n\nDental hygienists earn $94,260 a year.',
  );
  assert.deepEqual(
    found.map((c) => [c.raw, c.source]),
    [
      ['$38,000 a year', 'PayScale'],
      ['$94,260 a year', 'PayScale'],
    ],
  );
  const none = await claims('Dental hygienists earn a median of $94,260.', 'Dental Hygienist vs. Dental Assistant');
  assert.equal(none[0]?.source, null);
});

test('an outlook or a count stated from a salary site or a state agency is not checked against BLS', async () => {
  const found = await claims(
    'ZipRecruiter expects dental hygienist jobs to grow 25% and about 90,000 openings a year. The Ohio Department of Labor projects dental assistant employment to grow 30 percent.',
  );
  assert.deepEqual(
    found.map((c) => [c.raw, c.kind, c.source, c.verdict]),
    [
      ['25%', 'outlook-percent', 'ZipRecruiter', 'unchecked'],
      ['about 90,000 openings', 'openings', 'ZipRecruiter', 'unchecked'],
      ['30 percent', 'outlook-percent', 'Ohio Department of Labor', 'unchecked'],
    ],
  );
});

test('O*NET republishes BLS figures: a wrong figure it is cited for is still a mismatch', async () => {
  const found = await claims('According to O*NET, dental assistants can expect 40% job growth through 2035.');
  assert.deepEqual(
    found.map((c) => [c.raw, c.source, c.verdict]),
    [['40%', 'O*NET', 'mismatch']],
  );
});
