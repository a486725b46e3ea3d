import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords } from '../../src/core/model/article.js';
import { parseComparison, indefiniteArticle, parseDefinitionHeading } from '../../src/core/model/title.js';
import { createSectionMatcher, DEFAULT_SYNONYMS, normalizeHeading } from '../../src/core/model/sections.js';
import { findRoleMentions, pluralRole } from '../../src/core/text/role-mentions.js';
import { sameRole } from '../../src/core/text/role-names.js';

const titles: Array<[string, [string, string] | undefined, string | undefined]> = [
  ['Product Manager vs. Sales Manager: What Are the Differences?', ['Product Manager', 'Sales Manager'], 'What Are the Differences?'],
  ['Product Manager vs Sales Manager: What Are the Differences?', ['Product Manager', 'Sales Manager'], 'What Are the Differences?'],
  ['Product Manager versus Sales Manager', ['Product Manager', 'Sales Manager'], undefined],
  ['Nurse vs. Doctor - Key Differences', ['Nurse', 'Doctor'], 'Key Differences'],
  ['How to Become a Nurse', undefined, undefined],
  ['A vs. B vs. C', undefined, undefined],
];
for (const [title, roles, tail] of titles) {
  test(`the title "${title}" gives roles ${JSON.stringify(roles)}`, () => {
    const parsed = parseComparison(title);
    assert.deepEqual(parsed?.roles, roles);
    if (roles) assert.equal(parsed?.tail, tail);
  });
}

const articles: Array<[string, 'a' | 'an']> = [
  ['Accountant', 'an'],
  ['Sales Manager', 'a'],
  ['Engineer', 'an'],
  ['Hourly Worker', 'an'],
  ['University Professor', 'a'],
  ['Optician', 'an'],
];
for (const [role, expected] of articles) {
  test(`"${role}" takes the article "${expected}"`, () => assert.equal(indefiniteArticle(role), expected));
}

test('definition headings give their article and role', () => {
  assert.deepEqual(parseDefinitionHeading('What is an Accountant?'), { article: 'an', role: 'Accountant' });
  assert.deepEqual(parseDefinitionHeading('What Is a Sales Manager'), { article: 'a', role: 'Sales Manager' });
  assert.deepEqual(parseDefinitionHeading('What is Nursing?'), { article: undefined, role: 'Nursing' });
  assert.equal(parseDefinitionHeading('Why be a Nurse?'), undefined);
});

const headings: Array<[string, string | undefined]> = [
  ['Job Duties', 'duties'],
  ['job duties:', 'duties'],
  ['RESPONSIBILITIES', 'duties'],
  ['Education & Training', 'requirements'],
  ['Working Conditions', 'environment'],
  ['Key Skills', 'skills'],
  ['Compensation', 'salary'],
  ['Career Outlook', undefined],
];
const matcher = createSectionMatcher(DEFAULT_SYNONYMS);
for (const [heading, key] of headings) {
  test(`the heading "${heading}" is the ${key ?? 'no'} section`, () => assert.equal(matcher(heading), key));
}

test('headings are compared without case, punctuation or extra spaces', () => {
  assert.equal(normalizeHeading('  Job   Duties?! '), 'job duties');
});

test('role mentions cover singular, plural, possessive and any case', () => {
  const text = "A sales manager leads. Sales Managers coach. The SALES MANAGER's team. Salesmanship is not one.";
  assert.equal(findRoleMentions(text, 'Sales Manager').length, 3);
  assert.equal(findRoleMentions('secretaries and a secretary', 'Secretary').length, 2);
  assert.equal(findRoleMentions('product management', 'Product Manager').length, 0);
});

test('role names compare without article, case or plural', () => {
  assert.ok(sameRole('a Sales Manager', 'sales managers'));
  assert.ok(!sameRole('Sales Manager', 'Sales Associate'));
  assert.equal(pluralRole('Financial Analyst'), 'financial analysts');
});

test('countWords counts runs of letters and digits in any script, as /[\\p{L}\\p{N}]+/gu does', () => {
  const reference = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  for (const text of [
    '',
    'one',
    "product managers' pay: $98,439 a year",
    'café naïve',
    'Ärzte 😀 verdienen 5 €',
    '日本語 テキスト',
    '𝒜𝒷 x',
    'a\u0301b',
  ]) {
    assert.equal(countWords(text), reference(text), JSON.stringify(text));
  }
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => countWords(text) === reference(text)),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => countWords(text) === reference(text)),
    { numRuns: 2000 },
  );
});
