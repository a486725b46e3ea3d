// Table test: a figure rewritten with new amounts keeps the form its sentence wrote it in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rewriteFigure } from '../../src/core/claims/rewrite.js';

describe('rewriteFigure', () => {
  const cases: Array<[string, number[], string | undefined]> = [
    ['$171,520 per year', [177770], '$177,770 per year'],
    ['$30 an hour', [71.28], '$71.28 an hour'],
    ['$23.66/hr', [25], '$25.00/hr'],
    ['$98K', [148270], '$148K'],
    ['$98.4k', [148270], '$148.3k'],
    ['$1.2 million', [1_350_000], '$1.4 million'],
    ['$171\u00A0520', [177770], '$177\u00A0770'],
    ['$98439', [101250], '$101250'],
    ['$950', [1200], '$1,200'],
    ['$5,000 per month', [13899.17], '$13,899 per month'],
    ['between $130,000 and $165,000 a year', [100360, 207340], 'between $100,360 and $207,340 a year'],
    ['$130–165K', [124000, 197000], '$124–197K'],
    ['$130K-$165K', [124000, 197000], '$124K-$197K'],
    ['USD 98,439', [101250], 'USD 101,250'],
    // Not as many numbers as amounts: the caller writes a fresh figure.
    ['$98,439', [1, 2], undefined],
    ['$98,439', [Number.NaN], undefined],
  ];
  for (const [raw, amounts, expected] of cases) {
    it(`rewrites ${JSON.stringify(raw)} with ${amounts.join(', ')} as ${JSON.stringify(expected)}`, () =>
      assert.equal(rewriteFigure(raw, amounts), expected));
  }
});
