import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { attributeFigures } from '../../src/core/claims/attribution.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';

const ROLES = ['Product Manager', 'Sales Manager'];

/** Inputs built to make a backtracking or quadratic scanner stall, sized in characters. */
const adversarial: Array<[string, (size: number) => string]> = [
  ['a dollar sign before endless comma groups', (n) => '$' + '1,'.repeat(n / 2)],
  ['one endless number', (n) => '9'.repeat(n)],
  ['endless "per"', (n) => ' per'.repeat(n / 4)],
  ['a sentence of thousands of figures', (n) => '$1 '.repeat(n / 3)],
  ['thousands of dashes between amounts', (n) => '$1-'.repeat(n / 3)],
  ['endless "between ... and"', (n) => 'between $1 and '.repeat(n / 15)],
  ['endless statistic words before a wage phrase', (n) => 'hourly ' + 'mean '.repeat(n / 5)],
  ['endless periods', (n) => '. '.repeat(n / 2)],
  ['endless blank lines with spaces', (n) => '\n  '.repeat(n / 3)],
  [
    'a realistic article repeated',
    (n) => 'Product managers earn a median of $98,439 per year, while sales managers earn $160,930. '.repeat(n / 90),
  ],
  ['roles named over and over before one figure', (n) => 'sales managers '.repeat(n / 15) + '$1'],
];

function lint(text: string): void {
  attributeFigures(text, findSalaryFigures(text), ROLES);
}

/** Milliseconds per call, repeating the call for at least 20 ms to rise above timer noise. */
function msPerCall(text: string): number {
  const start = performance.now();
  let calls = 0;
  let elapsed: number;
  do {
    lint(text);
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < 20);
  return elapsed / calls;
}

/**
 * How many times longer `large` takes than `small`: the median over a few runs, each
 * timing both back to back, so a burst of load from other processes skews one run's
 * pair of timings together instead of only one side of the comparison.
 */
function medianRatio(small: string, large: string, runs = 5): number {
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) ratios.push(msPerCall(large) / msPerCall(small));
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(runs / 2)]!;
}

describe('salary parsing on adversarial input', () => {
  for (const [name, make] of adversarial) {
    it(`finishes on 100 KB of ${name}, and twice the input takes less than five times as long`, () => {
      const small = make(100_000);
      const large = make(200_000);
      lint(small); // warm up the JIT so the first timing is not an outlier
      const ratio = medianRatio(small, large);
      assert.ok(ratio < 5, `200 KB took ${ratio.toFixed(1)}x as long as 100 KB`);
    });
  }
});
