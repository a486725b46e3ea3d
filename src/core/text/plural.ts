// The plural of a job title's head noun, by the `pluralize` library (irregulars, "-man" ->
// "-men", "-person" -> "-people", "-ey"/"-y", Latin endings) with what it gets wrong in job
// titles: an initialism takes a plain "s" ("RNs", not "RNS").
import pluralizeLibrary from 'pluralize';

/** Two or more capitals (and digits, "&", "/"), as in "RN", "CRNA", "HR": said letter by letter. */
const INITIALISM = /^[\p{Lu}\p{N}&/]*\p{Lu}[\p{Lu}\p{N}&/]*$/u;

/** The English plural of one word of a job title ("Salesman" -> "Salesmen", "RN" -> "RNs"). */
export function pluralWord(word: string): string {
  if (word.length >= 2 && INITIALISM.test(word)) return `${word}s`;
  return pluralizeLibrary.plural(word);
}
