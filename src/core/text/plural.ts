// The plural of a job title's head noun, by the `pluralize` library (irregulars, "-man" ->
// "-men", "-person" -> "-people", "-ey"/"-y", Latin endings) with what it gets wrong in job
// titles: an initialism takes a plain "s" ("RNs", not "RNS"); in a hyphenated compound the
// first element does ("editors-in-chief", "mothers-in-law", "runners-up"); a comma after the
// noun stays after it ("Workers, General").
import pluralizeLibrary from 'pluralize';

/** Capitals (and digits, "&", "/"), at least one capital, as in "RN", "CRNA", "HR": said letter by letter. Two linear checks, not one pattern that backtracks. */
const INITIALISM_CHARACTERS = /^[\p{Lu}\p{N}&/]+$/u;
const CAPITAL = /\p{Lu}/u;
// Nouns of a job title with no plural of their own ("Clergy"), which the library would give one.
for (const word of ['clergy']) pluralizeLibrary.addUncountableRule(word);

/** "Editor-in-Chief", "Mother-in-Law", "Sergeant-at-Arms": the first element is the noun. */
const LINKED = /^([^-]+)(-(?:in|of|at|on|to|de|du|en)-.+)$/i;
/** "Passer-by", "Runner-up", "Hanger-on": an agent noun and its particle. */
const PARTICLE = /^([A-Za-z\u00C0-\u024F]+ers?)(-(?:by|on|up))$/i;

/** A compound word's noun and the rest ("Editor", "-in-Chief"), or undefined for a plain word. */
export function compoundNoun(word: string): [noun: string, rest: string] | undefined {
  const match = LINKED.exec(word) ?? PARTICLE.exec(word);
  if (match) return [match[1]!, match[2]!];
  // "Workers," in "Maintenance Workers, General": the punctuation after the noun, by index (no pattern to retry).
  let end = word.length;
  while (end > 1 && ',;:'.includes(word[end - 1]!)) end--;
  return end < word.length ? [word.slice(0, end), word.slice(end)] : undefined;
}

/** The English plural of one word of a job title ("Salesman" -> "Salesmen", "RN" -> "RNs", "Mother-in-law" -> "Mothers-in-law"). */
export function pluralWord(word: string): string {
  const compound = compoundNoun(word);
  if (compound) return `${pluralWord(compound[0])}${compound[1]}`;
  if (word.length >= 2 && INITIALISM_CHARACTERS.test(word) && CAPITAL.test(word)) return `${word}s`;
  return pluralizeLibrary.plural(word);
}

/** The noun for `count` of it: "error" for 1, "errors" for 0 or 2; the last word takes the plural. */
export function nounFor(count: number, noun: string): string {
  if (count === 1) return noun;
  // By index, not /(\S+)$/: that pattern retries from every letter of a long last word.
  const end = noun.trimEnd().length;
  const start = noun.lastIndexOf(' ', end - 1) + 1;
  return end > start ? `${noun.slice(0, start)}${pluralWord(noun.slice(start, end))}` : noun;
}

/** "1 error", "2 warnings", "0 infos": a count and its noun in agreement. */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${nounFor(count, noun)}`;
}

/** "14 salary claims: 8 current, 6 mismatched": the total, then the parts that are not zero. */
export function totalWithParts(noun: string, parts: ReadonlyArray<readonly [label: string, count: number]>): string {
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  const shown = parts.filter(([, n]) => n > 0).map(([label, n]) => `${n.toLocaleString('en-US')} ${label}`);
  return `${countOf(total, noun)}${shown.length > 0 ? `: ${shown.join(', ')}` : ''}`;
}

export { severityCounts } from './severity-counts.js';
