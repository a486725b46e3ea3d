// How role names are compared. "The Sales Managers", "sales manager" and "Sales-Manager"
// must meet BLS's "Sales Managers", but nothing looser: matching is exact on these keys, and
// anything fuzzier is left to suggest(), which says it is guessing.

const ASCII = /^[\x20-\x7e]*$/;

/** Lower case, no accents, `&` as "and", punctuation as spaces: "Nurse (RN)" -> "nurse rn". */
export function fold(text: string): string {
  // Nearly every title is ASCII; skipping NFKD and Unicode classes for them makes indexing
  // the 45,000 alternate titles several times faster.
  if (ASCII.test(text)) {
    return text.toLowerCase().replace(/&/g, ' and ').replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A word's number-free stem. The rules need not produce English, only give a singular and
 * its plural the same stem: "secretaries"/"secretary" -> "secretari", "coaches"/"coach" ->
 * "coach", "nurses"/"nurse" -> "nurs", "salesmen"/"salesman" -> "salesman".
 */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith('men') && w.length > 3) w = w.slice(0, -3) + 'man';
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  return w;
}

const LEADING_ARTICLE = /^(?:a|an|the) (?=.)/;

/** The key two role names share exactly when match() should treat them as the same. */
export function titleKey(text: string): string {
  // One replace pass, no word arrays: this runs over every alternate title once per process.
  return fold(text).replace(LEADING_ARTICLE, '').replace(/[^ ]+/g, stem);
}

/** Stemmed words of a role name, without a leading article ("an Accountant" -> ["accountant"]). */
export function titleTokens(text: string): string[] {
  const key = titleKey(text);
  return key ? key.split(' ') : [];
}
