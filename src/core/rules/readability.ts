// readability: the article's Flesch reading ease, share of long sentences and passive-voice
// share, and each paragraph's length, against thresholds the team sets. Off by default and `info`
// once switched on: these are targets a team tunes, not errors; each check is switched off with `null`.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { DEFAULT_LONG_SENTENCE_WORDS, paragraphsOf } from '../readability/measure.js';
import { readabilityOf } from '../readability/summary.js';

const percent = (share: number) => Math.round(share * 100);
const threshold = (min: number, max: number, fallback: number, description: string) =>
  z.number().min(min).max(max).nullable().default(fallback).describe(`${description} \`null\` switches the check off.`);

export default defineRule({
  id: 'readability',
  topic: 'readability',
  description: 'Flesch reading ease, long sentences, passive voice and paragraph length stay within the set thresholds.',
  severity: 'info',
  offByDefault: true,
  fixable: false,
  options: z.object({
    minReadingEase: threshold(-100, 121, 30, 'Lowest Flesch reading ease of the article.'),
    longSentenceWords: z.number().int().min(1).default(DEFAULT_LONG_SENTENCE_WORDS).describe('A sentence of more words than this is long.'),
    maxLongSentenceShare: threshold(0, 1, 0.25, 'Highest share of long sentences (0–1).'),
    maxPassiveShare: threshold(0, 1, 0.2, 'Highest share of sentences in the passive voice (0–1).'),
    maxParagraphWords: threshold(1, 100_000, 150, 'Most words one paragraph may have.'),
  }),
  messages: {
    readingEase: 'Unexpected Flesch reading ease {value}, expected at least {threshold}',
    longSentences: 'Unexpected {value}% of sentences over {words} words, expected at most {threshold}%',
    passive: 'Unexpected {value}% of sentences in the passive voice, expected at most {threshold}%',
    paragraph: 'Unexpected paragraph of {value} words, expected at most {threshold}',
  },
  check({ article, options, report }) {
    const paragraphs = paragraphsOf(article, article.tree.children);
    if (paragraphs.length === 0) return;
    // Measured once per article: the preview, the hover and the report show these same numbers.
    const numbers = readabilityOf(article, options.longSentenceWords);
    // Article-wide numbers are reported on the title (or the first paragraph without one).
    const start = article.title?.start.offset ?? paragraphs[0]!.start;
    const end = article.title?.end.offset ?? paragraphs[0]!.end;
    const { minReadingEase, maxLongSentenceShare, maxPassiveShare, maxParagraphWords } = options;
    if (minReadingEase !== null && numbers.readingEase !== null && numbers.readingEase < minReadingEase) {
      const data = { metric: 'readingEase' as const, value: numbers.readingEase, threshold: minReadingEase };
      report({ messageId: 'readingEase', values: { value: data.value, threshold: minReadingEase }, start, end, data });
    }
    if (maxLongSentenceShare !== null && numbers.longSentenceShare > maxLongSentenceShare) {
      const data = { metric: 'longSentenceShare' as const, value: numbers.longSentenceShare, threshold: maxLongSentenceShare };
      const values = { value: percent(data.value), words: options.longSentenceWords, threshold: percent(maxLongSentenceShare) };
      report({ messageId: 'longSentences', values, start, end, data });
    }
    if (maxPassiveShare !== null && numbers.passiveShare > maxPassiveShare) {
      const data = { metric: 'passiveShare' as const, value: numbers.passiveShare, threshold: maxPassiveShare };
      report({ messageId: 'passive', values: { value: percent(data.value), threshold: percent(maxPassiveShare) }, start, end, data });
    }
    if (maxParagraphWords === null) return;
    for (const paragraph of paragraphs) {
      if (paragraph.words <= maxParagraphWords) continue;
      const data = { metric: 'paragraphWords' as const, value: paragraph.words, threshold: maxParagraphWords };
      report({
        messageId: 'paragraph',
        values: { value: paragraph.words, threshold: maxParagraphWords },
        start: paragraph.start,
        end: paragraph.end,
        data,
      });
    }
  },
});
