// The readability numbers' shapes, apart from the code that measures them: the preview page's
// types import these without the measuring code (and the rules it would pull in).

export interface ReadabilityNumbers {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease, 0–100 for most prose (higher is easier), one decimal; null without a word. */
  readingEase: number | null;
  /** Sentences of more than `longSentenceWords` words, as a share of all sentences (0–1). */
  longSentenceShare: number;
  /** Sentences with a passive construction, as a share of all sentences (0–1). */
  passiveShare: number;
}

/** Readability numbers as shown: shares rounded to three decimals, the longest paragraph's words. */
export type ReadabilitySummary = ReadabilityNumbers & { longestParagraphWords: number };
