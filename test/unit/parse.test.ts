// parseMarkdown leaves out the table and front-matter extensions when a document cannot
// hold a table or front matter (parse.ts says why). These tests hold that shortcut to the
// full parser: on any text the shortcut applies to, both trees are the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayHoldFrontMatter, mayHoldTable, parseMarkdown } from '../../src/core/model/parse.js';

const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'Salary',
    ':',
    '-',
    '--',
    '---',
    ' ',
    '\t',
    '\n',
    '\n\n',
    '> ',
    '- ',
    '* ',
    '1. ',
    '+',
    '+++',
    '#',
    '## ',
    '=',
    '`',
    '```',
    '~~~',
    '<!-- x -->',
    'a: b',
    '\\',
    '[x]: /u',
    '[x]',
    '*a*',
    '\r\n',
    '\uFEFF',
    'é',
    '😀',
    '    ',
  ),
  fc.string({ maxLength: 5 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

test('a text without pipes or colon-hyphens parses as with the table extension', () => {
  fc.assert(
    fc.property(text, (markdown) => {
      fc.pre(!mayHoldTable(markdown));
      assert.deepEqual(parseMarkdown(markdown), parseMarkdown(markdown, { allExtensions: true }));
    }),
    { numRuns: 3000 },
  );
});

test('a text that does not open with --- parses as with the front-matter extension', () => {
  fc.assert(
    fc.property(text, fc.constantFrom('', 'x', ' ', '\n', '# T\n'), (markdown, prefix) => {
      const document = prefix + markdown.replace(/^(\uFEFF)?-+/, '');
      fc.pre(!mayHoldFrontMatter(document));
      assert.deepEqual(parseMarkdown(document), parseMarkdown(document, { allExtensions: true }));
    }),
    { numRuns: 3000 },
  );
});

test('tables without pipes and front matter are still found', () => {
  assert.equal(parseMarkdown('Role\n:-:\nPM\n').children[0]!.type, 'table');
  assert.equal(parseMarkdown('| Role | Pay |\n| --- | --- |\n| PM | $1 |\n').children[0]!.type, 'table');
  assert.equal(parseMarkdown('---\nsoc: "11-2021"\n---\n# T\n').children[0]!.type, 'yaml');
  assert.equal(parseMarkdown('Role\n---\n').children[0]!.type, 'heading');
});
