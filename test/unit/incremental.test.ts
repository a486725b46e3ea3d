// The editor's incremental parser (model/incremental.ts) reuses the parse of unchanged
// sections. It must give exactly the tree a whole parse gives, for any text, after any
// sequence of edits: these tests compare the two, on arbitrary Markdown-ish text and on
// edit sequences over the examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { createIncrementalParser, pieces } from '../../src/core/model/incremental.js';
import { parseMarkdown } from '../../src/core/model/parse.js';
import { lint } from '../../src/core/index.js';

const EXAMPLES = readdirSync(new URL('../../examples/', import.meta.url))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));

const piece = fc.oneof(
  fc.constantFrom(
    '# ',
    '## ',
    '### ',
    '####### ',
    '#',
    '#x',
    ' # ',
    '    # ',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    'Salary',
    'text',
    '> ',
    '- ',
    '1. ',
    '* ',
    '---',
    '---\n',
    '===',
    '| a | b |\n| - | - |\n',
    'a\n:-:\n',
    '<!-- note -->',
    '<!--\n',
    '-->',
    '<div>',
    '</div>',
    '<br>',
    '[x]: /u',
    '[x]',
    '```',
    '~~~',
    '\t',
    '    code',
    '---\ntitle: x\n# comment\n---\n',
    '$98,439',
    '\uFEFF',
    'é',
    '😀',
  ),
  fc.string({ maxLength: 6 }),
);
const markdown = fc.array(piece, { maxLength: 50 }).map((parts) => parts.join(''));

test('one parse of any text equals a whole parse', () => {
  fc.assert(
    fc.property(markdown, (text) => {
      assert.deepEqual(createIncrementalParser()(text), parseMarkdown(text));
    }),
    { numRuns: 3000 },
  );
});

test('after a sequence of edits, every parse equals a whole parse', () => {
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(piece, fc.constant('')) });
  fc.assert(
    fc.property(fc.oneof(fc.constantFrom(...EXAMPLES), markdown), fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
      const parse = createIncrementalParser();
      let text = start;
      assert.deepEqual(parse(text), parseMarkdown(text));
      for (const { at, remove, insert } of edits) {
        const where = at % (text.length + 1);
        text = text.slice(0, where) + insert + text.slice(where + remove);
        assert.deepEqual(parse(text), parseMarkdown(text));
      }
    }),
    { numRuns: 400 },
  );
});

test('the examples are cut at their headings, and typing re-parses one piece', () => {
  for (const example of EXAMPLES) {
    const cut = pieces(example);
    assert.ok(cut && cut.length >= 8, 'an article is cut before each heading');
    let parsed = 0;
    const counting = (text: string) => (parsed++, parseMarkdown(text));
    const parse = createIncrementalParser(counting);
    parse(example);
    assert.equal(parsed, cut.length);
    parsed = 0;
    const at = example.indexOf('### Salary') + 20;
    parse(example.slice(0, at) + 'x' + example.slice(at));
    assert.equal(parsed, 1, 'only the edited section is parsed again');
  }
});

test('texts it must parse whole are not cut', () => {
  for (const text of [
    '# A\n\n[x]: /u\n\n## B\n',
    '# A\n\n```\n## not a heading\n```\n',
    '# A\n\n<div>\n## inside html\n</div>\n',
    // An HTML block inside a list item or a block quote runs on past the heading line too.
    '- <!--\n# ',
    '> <!--\n## B\n-->\n',
    '1. <div>\n## B\n',
    '---\ntitle: x\n# yaml comment\n',
  ]) {
    const cut = pieces(text);
    assert.ok(cut === undefined || cut.length === 1, JSON.stringify(text));
  }
  assert.equal(pieces('---\ntitle: x\n# yaml comment\n---\n# A\n## B\n')?.length, 3);
});

test('lint with the incremental parser gives the same findings', () => {
  const parser = createIncrementalParser();
  for (const example of EXAMPLES) {
    const broken = example.replace('### Skills', '### Skils').replace(/\$[\d,]+/, '$1');
    assert.deepEqual(lint(broken, { parser }).findings, lint(broken).findings);
  }
});
