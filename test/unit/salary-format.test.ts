import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CENTS_LIMIT, formatUsd } from '../../src/core/display/format-usd.js';

describe('formatUsd', () => {
  const cases: Array<[number, string]> = [
    [160930, '$160,930'],
    [98439, '$98,439'],
    [1200000, '$1,200,000'],
    [0, '$0'],
    [23.66, '$23.66'],
    [49212.8, '$49,212.80'],
    [98400.00000000001, '$98,400'],
    [-5, '-$5'],
    // Never `$NaN` or `$∞` in a message.
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'n/a'],
    [1e308, `$1${'0'.repeat(308).replace(/(?=(\d{3})+$)/g, ',')}`],
  ];
  for (const [n, expected] of cases) {
    it(`formats ${n} as ${expected}`, () => assert.equal(formatUsd(n), expected));
  }
});

describe('formatUsd agrees with Intl', () => {
  // The format is written by hand for speed; Intl's en-US USD format is the reference.
  const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const reference = (n: number) => {
    const hundredths = Math.abs(n) < CENTS_LIMIT ? Math.round(n * 100) : n;
    if (hundredths === n || hundredths % 100 === 0) return whole.format(hundredths === n ? n : hundredths / 100);
    return cents.format(hundredths / 100);
  };
  it('shows a huge figure in whole dollars, where a double no longer holds its cents (fast-check once found $…890.59 vs Intl’s $…890.60)', () => {
    assert.equal(formatUsd(75248284321890.6), '$75,248,284,321,891');
    assert.equal(formatUsd(999_999_999_999.25), '$999,999,999,999.25');
  });
  it('on random whole figures, wages with cents, huge and negative numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e7, max: 1e9 }),
          fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100),
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        (n) => assert.equal(formatUsd(n), reference(n)),
      ),
      { numRuns: 5000 },
    );
  });
});
