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
    [Number.NaN, 'NaN'],
  ];
  for (const [n, expected] of cases) {
    it(`formats ${n} as ${expected}`, () => assert.equal(formatUsd(n), expected));
  }
});
