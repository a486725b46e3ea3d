// How role names are compared. "The Sales Managers", "sales manager" and "Sales-Manager"
// must meet BLS's "Sales Managers", but nothing looser: matching is exact on these keys, and
// anything fuzzier is left to suggest(), which says it is guessing.
// This runs over the ~45,000 O*NET alternate titles once per process, so ASCII text (nearly
// all of it) takes a hand-written scan; regexes with Unicode classes are kept for the rest.

const ARTICLES = new Set(['a', 'an', 'the']);

/** Lower-case words: no accents, `&` as "and", apostrophes dropped, other punctuation splits. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  let word = '';
  let start = -1; // start of the current run of letters and digits
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (c > 127) return unicodeWords(text);
    if (start >= 0) word += lower.slice(start, i);
    start = -1;
    if (c === 39 || c === 96) continue; // an apostrophe joins "driver's" into "drivers"
    if (word) found.push(word);
    word = '';
    if (c === 38) found.push('and');
  }
  if (start >= 0) word += lower.slice(start);
  if (word) found.push(word);
  return found;
}

function unicodeWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded ? folded.split(' ') : [];
}

/** "Nurse (RN)" -> "nurse rn": what search() compares, since users type word prefixes. */
export function fold(text: string): string {
  return words(text).join(' ');
}

/**
 * A word's number-free stem. The rules need not produce English, only give a singular and
 * its plural the same stem: "secretaries"/"secretary" -> "secretari", "coaches"/"coach" ->
 * "coach", "nurses"/"nurse" -> "nurs", "salesmen"/"salesman" -> "salesman".
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith('men')) w = w.slice(0, -3) + 'man';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  return w;
}

// Abbreviations job titles use, as the head noun (last word) and as a modifier: "HVAC Tech" is
// an HVAC technician, "Admin Assistant" an administrative one, "System Admin" an administrator.
const AS_HEAD: Record<string, string> = {
  tech: 'technician',
  techs: 'technicians',
  mgr: 'manager',
  asst: 'assistant',
  admin: 'administrator',
  eng: 'engineer',
  engr: 'engineer',
  rep: 'representative',
  reps: 'representatives',
  coord: 'coordinator',
  spec: 'specialist',
};
const AS_MODIFIER: Record<string, string> = {
  sr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  asst: 'assistant',
  admin: 'administrative',
  eng: 'engineering',
  rep: 'representative',
};

/** A word with its abbreviation spelled out, by its place in the name. */
export function expandAbbreviation(word: string, last: boolean): string {
  const table = last ? AS_HEAD : AS_MODIFIER;
  // Own keys only: "constructor" (Elevator Constructor Helper) is a word, not Object's constructor.
  return Object.hasOwn(table, word) ? table[word]! : word;
}

/** The match key of already-split words (see `words`), for callers that also need them folded. */
export function keyOfWords(found: readonly string[], expand = true): string {
  const start = found.length > 1 && ARTICLES.has(found[0]!) ? 1 : 0;
  let key = '';
  for (let i = start; i < found.length; i++) {
    const word = expand ? expandAbbreviation(found[i]!, i === found.length - 1) : found[i]!;
    key += (i > start ? ' ' : '') + stem(word);
  }
  return key;
}

/** The key without abbreviations spelled out: equal keys mean the names are written alike. */
export function literalKey(text: string): string {
  return keyOfWords(words(text), false);
}

/** The key two role names share exactly when match() should treat them as the same. */
export function titleKey(text: string): string {
  return keyOfWords(words(text));
}

/** Stemmed words of a role name, without a leading article ("an Accountant" -> ["accountant"]). */
export function titleTokens(text: string): string[] {
  const key = titleKey(text);
  return key ? key.split(' ') : [];
}
