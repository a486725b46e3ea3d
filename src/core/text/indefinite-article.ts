// "a" or "an" by the first sound, not the first letter: an HVAC tech, an RN, an MBA, an hour;
// a UX designer, a union representative, a European correspondent. The `indefinite` package
// reads initialisms letter by letter and knows the common irregular words; the table below
// holds what it gets wrong in job titles (acronyms said as words, "honor-").
import indefinite from 'indefinite';

// Said as a word, not letter by letter: "a NASA engineer", "a SWAT officer".
const SAID_AS_WORDS: Record<string, 'a' | 'an'> = {
  nasa: 'a',
  swat: 'a',
  nato: 'a',
  fema: 'a',
  osha: 'an',
  scuba: 'a',
  laser: 'a',
  ups: 'a',
};
const SILENT_H = /^(honor|honour|honorar|hono)/i;

/** "a" or "an" before `phrase`, by how its first word sounds. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const first = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u.exec(phrase.trim())?.[0] ?? '';
  if (!first) return 'a';
  const known = SAID_AS_WORDS[first.toLowerCase()];
  if (known && first === first.toUpperCase()) return known;
  if (SILENT_H.test(first)) return 'an';
  return indefinite(first, { articleOnly: true }) === 'an' ? 'an' : 'a';
}

/** "an HVAC tech": the article and the phrase. */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/**
 * A role as it reads inside a sentence: lower case, except initialisms ("HVAC Tech" ->
 * "HVAC tech", not "hvac tech", which would also take the wrong article).
 */
export function proseRole(role: string): string {
  return role
    .split(/(\s+)/)
    .map((word) => (/^[\p{Lu}\p{N}&/.-]{2,}s?$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word) ? word : word.toLowerCase()))
    .join('');
}
