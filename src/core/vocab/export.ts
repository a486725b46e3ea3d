// The dataset's job titles and the team's style terms as a vocabulary for the spell checkers a
// content team already runs, so they stop flagging "phlebotomists" or "sonographers". Each tool
// gets single words: spell checkers judge words, and a whole title in Vale's accept.txt would
// also feed Vale.Terms, which then demands that exact casing everywhere.
export const VOCAB_FORMATS = ['vale', 'cspell', 'harper'] as const;
export type VocabFormat = (typeof VOCAB_FORMATS)[number];

/** A word: letters, with inner apostrophes and hyphens kept ("nurse's", "ear-nose"). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
/** Go RE2's (Vale's) metacharacters. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** The distinct words (two letters or more) of `phrases`, lowercase, sorted. */
export function vocabularyWords(phrases: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const phrase of phrases) for (const [word] of phrase.matchAll(WORD)) if (word.length > 1) words.add(word.toLowerCase());
  return [...words].sort();
}

/**
 * Vale: a vocabulary's accept.txt, one regular expression a line, each `(?i)` so a word
 * is accepted in any case (and none of them is enforced as a term's exact spelling).
 * cSpell: a configuration file with `words`. Harper: a user dictionary, one word a line.
 */
export function formatVocabulary(words: readonly string[], format: VocabFormat): string {
  switch (format) {
    case 'vale':
      return words.map((w) => `(?i)${w.replace(REGEX_SPECIAL, '\\$&')}\n`).join('');
    case 'cspell':
      return `${JSON.stringify({ version: '0.2', words }, null, 2)}\n`;
    case 'harper':
      return words.map((w) => `${w}\n`).join('');
  }
}
