import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

const SECTIONS = (skills: string) => `# Accountant vs. Financial Analyst: What Are the Differences?

## Accountant vs. Financial Analyst

### Job Duties

Accountants and financial analysts keep records and build models for their employers every single day of the working week, all year long.

${skills}

### Salary

Accountants and financial analysts are paid well by their employers in every single region of the country today, and more so in big cities.
`;

const ruleLines = (text: string, ruleId: string) =>
  lint(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.start.line);

test('without a comment the short Skills section is reported', () => {
  assert.deepEqual(ruleLines(SECTIONS('### Skills\n\nBoth.'), 'empty-section'), [9]);
});

test('disable-next-line silences one rule on the next line only', () => {
  const text = SECTIONS('<!-- career-articles-disable-next-line empty-section -->\n### Skills\n\nBoth.');
  assert.deepEqual(ruleLines(text, 'empty-section'), []);
  assert.ok(ruleLines(text, 'required-sections').length > 0, 'other rules still run');
});

test('disable and enable bracket a region', () => {
  const text = SECTIONS(
    '<!-- career-articles-disable empty-section -->\n\n### Skills\n\nBoth.\n\n<!-- career-articles-enable empty-section -->',
  );
  assert.deepEqual(ruleLines(text, 'empty-section'), []);
});

test('disable without rule ids silences every rule until enabled again', () => {
  const text = `<!-- career-articles-disable -->\n${SECTIONS('### Skills\n\nBoth.')}`;
  assert.deepEqual(lint(text).findings, []);
});

test('enabling one rule after disabling all brings only that rule back', () => {
  const text = `<!-- career-articles-disable -->\n<!-- career-articles-enable empty-section -->\n${SECTIONS('### Skills\n\nBoth.')}`;
  assert.deepEqual(
    lint(text).findings.map((f) => f.ruleId),
    ['empty-section'],
  );
});

test('a directive inside a code block is text, not a directive', () => {
  const text = SECTIONS('```\n<!-- career-articles-disable -->\n```\n\n### Skills\n\nBoth.');
  assert.ok(ruleLines(text, 'empty-section').length === 1);
});
