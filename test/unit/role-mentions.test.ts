// findRoleMentions checks word boundaries by hand (see role-mentions.ts for why); these
// tests hold it to the plain regular expression it replaced, on text built to sit on the
// edges: possessives, plurals, letters and digits from other scripts, astral characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findRoleMentions, headIndex, mentionsRole, pluralize, roleWords } from '../../src/core/text/role-mentions.js';

/** The reference: one pattern with Unicode boundary lookarounds, as the code used to compile per role. */
function reference(text: string, role: string): Array<{ start: number; end: number }> {
  const words = roleWords(role);
  if (words.length === 0) return [];
  const head = headIndex(words);
  const noun = words[head]!;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const forms = [...new Set([pluralize(noun), `${noun}s`, noun])].map(escape).join('|');
  const parts = words.map((w, i) => (i === head ? `(?:${forms})` : escape(w)));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const ROLES = ['Sales Manager', 'Secretary', 'Director of Sales', 'an Accountant', 'Salesman', 'Café Owner', 'C++ Developer', 'Box'];

test('edge cases agree with the reference pattern', () => {
  const texts = [
    "Sales Manager's duties; sales managers' pay; SALES MANAGERS earn",
    "Manager'sx Sales Manager'sx and Sales Managerś",
    'xSales Manager Sales Managerx 1Sales Manager Sales Manager2',
    'éSales Manager Sales Manageré',
    '😀Sales Manager😀 𝒜Sales Manager',
    'secretaries, secretarys, secretary’s, Secretaryies',
    'Directors of Sales and directors   of\nsales',
    'salesmen and salesmans',
    'Café Owners, CAFÉ OWNER',
    'C++ Developers, c++ developer',
    'Boxes boxs box',
    '',
  ];
  for (const text of texts)
    for (const role of ROLES) assert.deepEqual(findRoleMentions(text, role), reference(text, role), `${role} in ${JSON.stringify(text)}`);
});

test('arbitrary text agrees with the reference pattern', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      ...ROLES,
      'sales managers',
      "'s",
      '’',
      "'",
      's',
      'es',
      'ies',
      'x',
      '1',
      'é',
      'ś',
      '😀',
      '𝒜',
      ' ',
      '\n',
      '  ',
      'men',
      'of',
    ),
    fc.string({ maxLength: 4 }),
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
      fc.constantFrom(...ROLES),
      (text, role) => {
        assert.deepEqual(findRoleMentions(text, role), reference(text, role));
        assert.equal(mentionsRole(text, role), reference(text, role).length > 0);
      },
    ),
    { numRuns: 3000 },
  );
});
