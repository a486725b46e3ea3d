// Readability numbers for an article and each of its sections: Flesch reading ease, the share
// of long sentences, the share of sentences in the passive voice and the longest paragraph.
// Only running prose counts: paragraphs and list items, with code, quotations and URLs blanked
// (style/prose.ts), so a table or a quoted job ad does not move the score. Sentences come from
// the same splitter the salary claims use (text/segments.ts), per paragraph.
import type { Node, Parent } from 'mdast';
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import type { Article, Section } from '../model/article.js';
import { proseOf } from '../style/prose.js';
import { sentenceStarts } from '../text/segments.js';
import type { ReadabilityNumbers } from './numbers.js';

/** A word: letters or digits, with inner apostrophes, hyphens, periods and commas ("nurse's", "U.S", "177,770"). */
const WORD = /[\p{L}\p{N}]+(?:['’.,/-][\p{L}\p{N}]+)*/gu;
/** A form of "be", then at most one adverb, then a past participle: "is paid", "are usually required". */
const PASSIVE =
  /\b(?:am|is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|born|built|chosen|done|drawn|driven|given|grown|held|kept|known|led|made|met|paid|seen|set|shown|sought|spent|taken|taught|told|thought|understood|written)\b/iu;

export interface Paragraph {
  start: number;
  end: number;
  sentences: string[];
  words: number;
}

export interface Readability extends ReadabilityNumbers {
  /** The longest paragraph's words, and where it is. */
  longestParagraph: { words: number; start: number; end: number } | null;
}

export const DEFAULT_LONG_SENTENCE_WORDS = 25;

// syllable() runs a dozen regular expressions per word (3.7 ms of a 1,300-word article), while
// an article repeats most of its words and a site most of its vocabulary: counts are remembered,
// per exact word (same answer), within a bound so a page of random tokens cannot grow the map.
const SYLLABLES = new Map<string, number>();
const REMEMBERED_WORDS = 20_000;

function syllablesOf(word: string): number {
  let count = SYLLABLES.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (SYLLABLES.size >= REMEMBERED_WORDS) SYLLABLES.clear();
    SYLLABLES.set(word, count);
  }
  return count;
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

export function isPassive(sentence: string): boolean {
  return PASSIVE.test(sentence);
}

/** The prose paragraphs (and list items' paragraphs) among `nodes`, split into sentences. */
export function paragraphsOf(article: Article, nodes: readonly Node[]): Paragraph[] {
  const prose = proseOf(article);
  const result: Paragraph[] = [];
  const visit = (node: Node) => {
    if (node.type === 'paragraph') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const text = prose.slice(start, end);
      const starts = sentenceStarts(text);
      const sentences = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim()).filter((s) => wordsOf(s).length > 0);
      const words = sentences.reduce((sum, s) => sum + wordsOf(s).length, 0);
      if (words > 0) result.push({ start, end, sentences, words });
      return;
    }
    // Quotations, code and tables are not the article's own running prose.
    if (node.type === 'blockquote' || node.type === 'code' || node.type === 'table') return;
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  for (const node of nodes) visit(node);
  return result;
}

export function measure(paragraphs: readonly Paragraph[], longSentenceWords = DEFAULT_LONG_SENTENCE_WORDS): Readability {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  let long = 0;
  let passive = 0;
  let longest: Readability['longestParagraph'] = null;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const tokens = wordsOf(sentence);
      sentences++;
      words += tokens.length;
      for (const token of tokens) syllables += syllablesOf(token);
      if (tokens.length > longSentenceWords) long++;
      if (isPassive(sentence)) passive++;
    }
    if (!longest || paragraph.words > longest.words) longest = { words: paragraph.words, start: paragraph.start, end: paragraph.end };
  }
  const readingEase = words === 0 ? null : Math.round(flesch({ sentence: sentences, word: words, syllable: syllables }) * 10) / 10;
  return {
    words,
    sentences,
    syllables,
    readingEase,
    longSentenceShare: sentences === 0 ? 0 : long / sentences,
    passiveShare: sentences === 0 ? 0 : passive / sentences,
    longestParagraph: longest,
  };
}

/** The whole article's numbers: every paragraph of the body. */
export function articleReadability(article: Article, longSentenceWords?: number): Readability {
  return measure(paragraphsOf(article, article.tree.children), longSentenceWords);
}

/** One section's numbers (a definition is a section too). */
export function sectionReadability(article: Article, section: Section, longSentenceWords?: number): Readability {
  return measure(paragraphsOf(article, section.nodes), longSentenceWords);
}
