// editsBetween: the edits, applied to the first text, give the second, for any two texts; a
// refreshed figure is one edit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyFixes } from '../../src/core/fixes.js';
import { editsBetween } from '../../src/core/text-edits.js';

describe('editsBetween', () => {
  it('turns the first text into the second, for any two texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '$', '1', '7', '\n', '(', ')'), maxLength: 40 });
    fc.assert(fc.property(text, text, (a, b) => applyFixes(a, editsBetween(a, b)).text === b));
  });

  it('makes a refreshed figure and its citation one edit each, and nothing of an unchanged text', () => {
    assert.deepEqual(editsBetween('earn $171,520 per year (May 2024).', 'earn $177,770 per year (May 2025).'), [
      { range: [6, 13], text: '177,770' },
      { range: [28, 32], text: '2025' },
    ]);
    assert.deepEqual(editsBetween('same', 'same'), []);
  });
});
