import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes } from '../../src/core/index.js';

const cases: Array<[string, string, Array<[number, number, string]>, string, number]> = [
  [
    'applies edits in offset order whatever their order in the list',
    'abcdef',
    [
      [4, 5, 'E'],
      [0, 1, 'A'],
    ],
    'AbcdEf',
    0,
  ],
  [
    'skips an edit that overlaps an earlier one',
    'abcdef',
    [
      [0, 3, 'X'],
      [2, 4, 'Y'],
    ],
    'Xdef',
    1,
  ],
  [
    'keeps one of two insertions at the same point',
    'abc',
    [
      [1, 1, 'X'],
      [1, 1, 'Y'],
    ],
    'aXbc',
    1,
  ],
  [
    'allows an insertion right after a replacement',
    'abc',
    [
      [0, 1, 'X'],
      [1, 1, 'Y'],
    ],
    'XYbc',
    0,
  ],
  ['skips an edit outside the text', 'abc', [[2, 9, 'X']], 'abc', 1],
  ['returns the text unchanged with no edits', 'abc', [], 'abc', 0],
];

for (const [name, text, edits, expected, skipped] of cases) {
  test(`applyFixes ${name}`, () => {
    const result = applyFixes(
      text,
      edits.map(([s, e, t]) => ({ range: [s, e] as [number, number], text: t })),
    );
    assert.equal(result.text, expected);
    assert.equal(result.skipped, skipped);
  });
}
