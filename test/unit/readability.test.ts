// Readability numbers checked against references computed here, independently of the rule:
// Flesch's published formula over the same sentences with words split on whitespace and
// syllables from `syllable`; and, as a second opinion, `text-readability`'s own Flesch score
// (its own sentence split and syllable counts, so it agrees only roughly).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { syllable } from 'syllable';
import textReadability from 'text-readability';
import { parseArticle } from '../../src/core/index.js';
import { inspect } from '../../src/core/inspect.js';
import { articleReadability, isPassive, paragraphsOf } from '../../src/core/readability/measure.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));

/** Words as a reader counts them: whitespace-separated, with at least one letter or digit. */
const referenceWords = (sentence: string) =>
  sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

test('there are bundled examples to measure', () => assert.ok(examples.length >= 3));

for (const file of examples) {
  test(`${file}: Flesch reading ease agrees with the published formula within rounding`, () => {
    const article = parseArticle(readFileSync(new URL(file, EXAMPLES), 'utf8'));
    const sentences = paragraphsOf(article, article.tree.children).flatMap((p) => p.sentences);
    const words = sentences.flatMap(referenceWords);
    const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
    const reference = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllables / words.length);
    const measured = articleReadability(article);
    assert.equal(measured.sentences, sentences.length);
    assert.ok(Math.abs(measured.readingEase! - reference) <= 0.05, `${measured.readingEase} vs reference ${reference.toFixed(2)}`);
  });

  test(`${file}: Flesch reading ease is within 6 points of text-readability's`, (t) => {
    const article = parseArticle(readFileSync(new URL(file, EXAMPLES), 'utf8'));
    const prose = paragraphsOf(article, article.tree.children)
      .flatMap((p) => p.sentences)
      .join(' ');
    const other = textReadability.fleschReadingEase(prose);
    const measured = articleReadability(article).readingEase!;
    const gap = Math.abs(measured - other);
    t.diagnostic(`ours ${measured}, text-readability ${other.toFixed(2)}`);
    assert.ok(gap <= 6, `${measured} vs text-readability ${other}`);
  });
}

test('passive voice: a form of "be", at most one adverb, then a participle', () => {
  assert.ok(isPassive('A nurse is paid by the hour.'));
  assert.ok(isPassive('Licences are usually required.'));
  assert.ok(!isPassive('A nurse earns a salary.'));
  assert.ok(!isPassive('The job is hard.'));
});

test('inspect shows the readability of the article and of each section', () => {
  const article = parseArticle(readFileSync(new URL(examples[0]!, EXAMPLES), 'utf8'));
  const summary = inspect(article);
  assert.equal(summary.readability.readingEase, articleReadability(article).readingEase);
  assert.ok(summary.readability.words > 0 && summary.readability.longestParagraphWords > 0);
  const withText = summary.sections.filter((s) => s.readability.words > 0);
  assert.ok(withText.length > 0);
  assert.ok(withText.every((s) => s.readability.readingEase !== null && s.readability.words <= summary.readability.words));
});
