// The hover on the article's title: its readability numbers, the one summary inspect, the
// preview's header and the site report read (core/readability/summary.ts). Added after every
// figure and role mention, so a role named in the title keeps its occupation card.
import type { LintResult } from '../core/lint.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { articleSummary, longSentenceWordsOf, readabilityLine } from '../core/readability/summary.js';
import { DEFAULT_LONG_SENTENCE_WORDS } from '../core/readability/measure.js';
import type { HoverTable } from './hover-table.js';

/** Flesch's own bands, so a number says what it means. */
function band(ease: number): string {
  if (ease >= 80) return 'easy';
  if (ease >= 60) return 'plain English';
  if (ease >= 50) return 'fairly difficult';
  if (ease >= 30) return 'difficult';
  return 'very difficult';
}

export function titleReadabilityCard(result: LintResult, config: ResolvedConfig): string | undefined {
  const { article } = result;
  if (!result.isArticle || !article.title) return undefined;
  const numbers = articleSummary(article, config);
  const words = longSentenceWordsOf(config) ?? DEFAULT_LONG_SENTENCE_WORDS;
  const lines = [`**Readability** · ${readabilityLine(numbers)}`];
  if (numbers.readingEase !== null) {
    lines.push(
      '',
      `Flesch reading ease ${numbers.readingEase} reads as ${band(numbers.readingEase)}; ${numbers.words} words in ${numbers.sentences} sentences, long ones over ${words} words. \`career-articles inspect\` gives each section's numbers.`,
    );
  }
  return lines.join('\n');
}

/** `table` with the title's card added (returned, so a caller can end with it). */
export function withTitleHover(table: HoverTable, result: LintResult, config: ResolvedConfig): HoverTable {
  const card = titleReadabilityCard(result, config);
  const title = result.article.title;
  if (card === undefined || !title) return table;
  table.spans.push({ start: title.start.offset, end: title.end.offset, card: table.cards.push(card) - 1 });
  return table;
}
