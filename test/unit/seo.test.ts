// The SEO rules' pieces the fixtures cannot show: bad options are one config error naming the
// JSON path, the key phrase is matched in any order and number, the front matter's nested
// `seo:` block is read with its span, and the site check finds a reversed pair through the
// CLI's own assembly (withSiteFindings), with the other articles as related information.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSourceError, lint, parseArticle, parseConfig, sitePage } from '../../src/core/index.js';
import { withSiteFindings } from '../../src/core/site/check.js';
import { containsPhrase, keyphraseOf } from '../../src/core/seo/keyphrase.js';
import { DESCRIPTION_KEYS, frontMatterField } from '../../src/core/seo/fields.js';

const configErrors = (rules: unknown) => {
  const parsed = parseConfig(JSON.stringify({ rules }), '/site/.career-articles.json');
  return parsed.ok ? [] : parsed.errors.map(formatSourceError);
};

test('an SEO length with min above max is one config error naming the file and JSON path', () => {
  const errors = configErrors({ 'seo-description': { severity: 'warning', length: { min: 170, max: 160 } } });
  assert.deepEqual(errors, ['/site/.career-articles.json:1:61: rules.seo-description.length.min: expected `min` at most `max`']);
});

test('a negative SEO title length is one config error, not two', () => {
  const errors = configErrors({ 'seo-title': { severity: 'warning', length: { max: -1 } } });
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /^\/site\/\.career-articles\.json:1:\d+: rules\.seo-title\.length\.max: /);
});

test('an SEO length option gives only the bound it changes; the other keeps its default', () => {
  const parsed = parseConfig(JSON.stringify({ rules: { 'seo-description': { severity: 'warning', length: { max: 150 } } } }), 'c.json');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.rules['seo-description']!.options['length'], { min: 120, max: 150 });
});

const contains: Array<[string, string, boolean]> = [
  ['Nurse Practitioners vs. Registered Nurses: Pay', 'registered nurse vs nurse practitioner', true],
  ['Registered Nurse versus Nurse Practitioner', 'Registered Nurse vs Nurse Practitioner', true],
  ['What Is a Registered Nurse?', 'Registered Nurse vs Nurse Practitioner', false],
  ['Salaries of travel nurses', 'travel nurse salary', true],
  ['Nurse pay', 'travel nurse', false],
];
for (const [text, phrase, expected] of contains) {
  test(`"${text}" ${expected ? 'contains' : 'does not contain'} the key phrase "${phrase}"`, () => {
    assert.equal(containsPhrase(text, phrase), expected);
  });
}

test('the default key phrase is "A vs B" from the roles; a front matter one wins', () => {
  assert.deepEqual(keyphraseOf(parseArticle('# Nurse vs. Doctor: What Are the Differences?\n')), { ok: true, phrase: 'Nurse vs Doctor' });
  const own = keyphraseOf(parseArticle('---\nkeyphrase: nurse salary\n---\n\n# Nurse vs. Doctor\n'));
  assert.equal(own?.ok && own.phrase, 'nurse salary');
});

test('a nested `seo:` description is read with the span of its value', () => {
  const text = '---\ntitle: T\nseo:\n  title: x\n  description: "Short one"\n---\n\n# Nurse vs. Doctor\n';
  const field = frontMatterField(parseArticle(text), DESCRIPTION_KEYS);
  assert.equal(field?.key, 'seo.description');
  assert.equal(field?.text, 'Short one');
  assert.equal(text.slice(field.start, field.end), '"Short one"');
});

test('the site check reports a reversed pair on both titles, naming the other file as related information', () => {
  const config = parseConfig(JSON.stringify({ rules: { 'seo-duplicate-pair': 'warning' } }), 'c.json');
  assert.ok(config.ok);
  const docs = [
    '# Nurse vs. Doctor: What Are the Differences?\n\nA nurse and a doctor.\n',
    'Intro.\n\n# Doctors vs. Nurses: What Are the Differences?\n\nA doctor and a nurse.\n',
    '# Nurse vs. Pharmacist: What Are the Differences?\n\nA nurse and a pharmacist.\n',
  ].map((text, i) => {
    const { article, findings } = lint(text, { config: config.value });
    const path = `/site/${i}.md`;
    return { findings, site: { path, display: `${i}.md`, claims: [], page: sitePage(article, config.value), config: config.value } };
  });
  const merged = withSiteFindings(docs).map((fs) => fs.filter((f) => f.ruleId === 'seo-duplicate-pair'));
  assert.deepEqual(
    merged.map((fs) => fs.map((f) => `${f.messageId} ${f.start.line}`)),
    [['reversed 1'], ['reversed 3'], []],
  );
  assert.equal(merged[1]![0]!.related?.[0]?.file, '/site/0.md');
  assert.equal(merged[1]![0]!.topic, 'seo');
});
