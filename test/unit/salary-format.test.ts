import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatUsd } from '../../src/core/salary/format.js';

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
