import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphStarts, segmentAt, sentenceStarts } from '../../src/core/text/segments.js';

/** The sentences of `text` as strings, trimmed, so cases read naturally. */
function sentences(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim());
}

describe('sentenceStarts', () => {
  const cases: Array<[string, string[]]> = [
    ['Product managers plan. Sales managers sell.', ['Product managers plan.', 'Sales managers sell.']],
    ['Is it high? Yes! It is.', ['Is it high?', 'Yes!', 'It is.']],
    ['They said "it pays." Then they left.', ['They said "it pays."', 'Then they left.']],
    ['The average is $98.4k in total.', ['The average is $98.4k in total.']],
    ['Product Manager vs. Sales Manager', ['Product Manager vs. Sales Manager']],
    ['Some roles, e.g. Sales managers, travel.', ['Some roles, e.g. Sales managers, travel.']],
    ['Some roles, i.e. Sales managers, travel.', ['Some roles, i.e. Sales managers, travel.']],
    ['Pay in the U.S. Economy is high.', ['Pay in the U.S. Economy is high.']],
    ['It is approx. five times more.', ['It is approx. five times more.']],
    ['A line\nAnother line', ['A line', 'Another line']],
    ['A soft\nwrapped line', ['A soft\nwrapped line']],
    ['- Product managers\n- Sales managers', ['- Product managers', '- Sales managers']],
    ['| Role | Pay |\n| Sales | $1 |', ['| Role | Pay |', '| Sales | $1 |']],
    ['In 2024. $98,439 is the median.', ['In 2024.', '$98,439 is the median.']],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)} into ${expected.length} sentence(s)`, () => {
      assert.deepEqual(sentences(text), expected);
    });
  }
});

describe('paragraphStarts', () => {
  const cases: Array<[string, number[]]> = [
    ['One paragraph.\nStill the same.', [0]],
    ['First.\n\nSecond.', [0, 8]],
    ['First.\n   \nSecond.', [0, 11]],
    ['First.\r\n\r\nSecond.', [0, 10]],
  ];
  for (const [text, expected] of cases) {
    it(`finds paragraphs of ${JSON.stringify(text)} starting at ${expected.join(', ')}`, () => {
      assert.deepEqual(paragraphStarts(text), expected);
    });
  }
});

describe('segmentAt', () => {
  const cases: Array<[number, number]> = [
    [0, 0],
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [99, 2],
  ];
  for (const [offset, expected] of cases) {
    it(`puts offset ${offset} in segment ${expected} of segments starting at 0, 5, 10`, () => {
      assert.equal(segmentAt([0, 5, 10], offset), expected);
    });
  }
});
