import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeFigures } from '../../src/core/claims/attribution.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';

const ROLES = ['Product Manager', 'Sales Manager'];
const PM = 0;
const SM = 1;

function attribute(text: string, roles: readonly string[] = ROLES): Array<number | undefined> {
  return attributeFigures(text, findSalaryFigures(text), roles);
}

describe('attributeFigures', () => {
  const cases: Array<[string, string, Array<number | undefined>]> = [
    [
      'gives each figure the role named before it in its clause',
      'Product managers earn an average salary of $98,439 per year, while sales managers earn $160,930.',
      [PM, SM],
    ],
    ['works with the roles in the other order', 'Sales managers earn $160,930, while product managers earn $98,439.', [SM, PM]],
    ['recognises possessives', "A sales manager's salary is $160,930, and a product manager's is $98,439.", [SM, PM]],
    ['recognises a singular role', 'A product manager earns $98,439 a year.', [PM]],
    ['recognises a role written in capitals', 'SALES MANAGERS earn $160,930.', [SM]],
    [
      'falls back to a role named in an earlier sentence of the paragraph',
      'Product managers plan roadmaps. The average salary is $98,439.',
      [PM],
    ],
    [
      'takes the nearest earlier sentence when several name roles',
      'Product managers plan. Sales managers sell. The average salary is $160,930.',
      [SM],
    ],
    ['does not look into an earlier paragraph', 'Product managers plan roadmaps.\n\nThe average salary is $98,439.', [undefined]],
    ['attributes a figure in a sentence naming no role, in a text naming none, to no role', 'The average salary is $98,439.', [undefined]],
    ['uses the role after the figure when it follows "for"', 'The average salary is $98,439 for product managers.', [PM]],
    [
      'prefers "for <role>" after the figure to a role named before it',
      'Sales managers earn $160,930, compared with $98,439 for product managers.',
      [SM, PM],
    ],
    [
      'attributes parallel "for <role>" figures each to its own role',
      'The average salary is $98,439 for product managers and $160,930 for sales managers.',
      [PM, SM],
    ],
    ['allows a few words between "for" and the role', 'The median is $98,439 a year for entry-level product managers.', [PM]],
    ['uses the only role named after the figure in its sentence', 'The average, $160,930, goes to sales managers.', [SM]],
    [
      'leaves a figure unattributed when two different roles follow it and none precedes it',
      'The average is $98,439, more than sales managers but less than product managers.',
      [undefined],
    ],
    [
      'does not treat "U.S." or a decimal as the end of the sentence',
      'The typical $98.4k salary in the U.S. Economy is paid to product managers.',
      [PM],
    ],
    ['treats each list item as its own sentence', '- Product managers: $98,439\n- Sales managers: $160,930', [PM, SM]],
    [
      'does not use a heading in an earlier paragraph (the section is the caller’s to use)',
      '## Product Manager\n\nThe median salary is $98,439.',
      [undefined],
    ],
    ['attributes a range as one figure', 'Sales managers earn between $130K and $165K a year.', [SM]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(attribute(text), expected));
  }

  it('counts a longer role name once, not also as the shorter role inside it', () => {
    assert.deepEqual(attribute('Sales managers earn $160,930.', ['Manager', 'Sales Manager']), [1]);
  });

  it('returns one entry per figure given, in order', () => {
    const text = 'Product managers earn $98,439. Sales managers earn $160,930.';
    const figures = findSalaryFigures(text);
    assert.deepEqual(attributeFigures(text, [figures[1]!], ROLES), [SM]);
    assert.deepEqual(attributeFigures(text, [], ROLES), []);
  });
});
