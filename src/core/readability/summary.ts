// The article's readability numbers as every host shows them: `inspect`, the preview's header,
// the title's hover and the site report's article table all read this one summary, measured
// once per parsed article with the config's `readability` options (the rule's own sentence
// length), so no two places can disagree on a number.
import type { Article, Section } from '../model/article.js';
import { articleReadability, sectionReadability, type Readability } from './measure.js';
import type { ReadabilitySummary } from './numbers.js';

export type { ReadabilitySummary } from './numbers.js';

/**
 * The part of a resolved config read here, written out rather than imported: the config's
 * schema lists every rule, the readability rule among them, which reads this file.
 */
interface RuleOptions {
  readonly rules: Readonly<Record<string, { readonly options: Readonly<Record<string, unknown>> } | undefined>>;
}

const share = (value: number) => Math.round(value * 1000) / 1000;

export function summarize({ longestParagraph, ...numbers }: Readability): ReadabilitySummary {
  return {
    ...numbers,
    longSentenceShare: share(numbers.longSentenceShare),
    passiveShare: share(numbers.passiveShare),
    longestParagraphWords: longestParagraph?.words ?? 0,
  };
}

/** The `readability` rule's sentence length under `config` (its default when the config has none). */
export function longSentenceWordsOf(config: RuleOptions | undefined): number | undefined {
  return config?.rules['readability']?.options['longSentenceWords'] as number | undefined;
}

const measured = new WeakMap<Article, Map<number | undefined, Readability>>();

/** The whole article's numbers, measured once per article and sentence length. */
export function readabilityOf(article: Article, longSentenceWords?: number): Readability {
  let byLength = measured.get(article);
  if (!byLength) measured.set(article, (byLength = new Map<number | undefined, Readability>()));
  let numbers = byLength.get(longSentenceWords);
  if (!numbers) byLength.set(longSentenceWords, (numbers = articleReadability(article, longSentenceWords)));
  return numbers;
}

export function articleSummary(article: Article, config: RuleOptions | undefined): ReadabilitySummary {
  return summarize(readabilityOf(article, longSentenceWordsOf(config)));
}

export function sectionSummary(article: Article, section: Section, longSentenceWords?: number): ReadabilitySummary {
  return summarize(sectionReadability(article, section, longSentenceWords));
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One line for a header, a hover or a table cell: "Reading ease 52.3 · 12% long sentences · 5% passive · longest paragraph 96 words". */
export function readabilityLine(summary: ReadabilitySummary): string {
  if (summary.words === 0) return 'No running prose to measure';
  return [
    `Reading ease ${summary.readingEase ?? '–'}`,
    `${percent(summary.longSentenceShare)} long sentences`,
    `${percent(summary.passiveShare)} passive`,
    `longest paragraph ${summary.longestParagraphWords} words`,
  ].join(' · ');
}
