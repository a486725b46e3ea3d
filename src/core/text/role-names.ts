// Compares role names as authors write them: case, punctuation, a leading article and
// a plural head noun do not make a different role ("Sales Managers" = "a sales manager",
// "Directors of Sales" = "Director of Sales"). The one singular/plural normaliser: mentions,
// matching and templates all go through the head noun found here.
import { normalizeHeading } from './normalize-heading.js';
import { headIndex, roleWords } from './role-mentions.js';
import { compoundNoun } from './plural.js';

// Plurals in -s that are singular nouns in job titles.
const KEEP = new Set(['sales', 'logistics', 'analytics', 'physics', 'economics', 'mathematics', 'statistics', 'status', 'news']);

/** The singular of one English noun, preserving its case ("Techs" -> "Tech", "Secretaries" -> "Secretary"). */
export function singular(word: string): string {
  // "Editors-in-Chief", "Mothers-in-law", "Runners-up": the first element is the noun.
  const compound = compoundNoun(word);
  if (compound) return `${singular(compound[0])}${compound[1]}`;
  const lower = word.toLowerCase();
  if (KEEP.has(lower) || lower.length < 3) return word;
  if (lower.endsWith('ies') && lower.length > 4) return word.slice(0, -3) + (word.endsWith('IES') ? 'Y' : 'y');
  // "Salespeople", "Chairpeople": pluralize's "-person" plural.
  if (lower.endsWith('people')) return word.slice(0, -6) + (word.slice(-6, -5) === 'P' ? 'Person' : 'person');
  if (lower.endsWith('men') && lower !== 'men') return word.slice(0, -3) + word.slice(-3, -2) + (word.endsWith('MEN') ? 'AN' : 'an');
  if (/(ches|shes|sses|xes|zes)$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('s') && !/(ss|us|is)$/.test(lower)) return word.slice(0, -1);
  return word;
}

/** "HVAC Techs" -> "HVAC Tech", "Directors of Sales" -> "Director of Sales", "the Nurses" -> "Nurse". */
export function singularRole(role: string): string {
  const words = roleWords(role);
  if (words.length === 0) return role.trim();
  const head = headIndex(words);
  return words.map((w, i) => (i === head ? singular(w) : w)).join(' ');
}

/**
 * Keys already worked out: a site's claims name the same few hundred roles thousands of times,
 * and the site check spent most of its time (22 of 43 ms on 1,000 articles) re-deriving them.
 * Bounded, since an editor session may see any number of role names.
 */
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;

export function roleKey(role: string): string {
  let key = keys.get(role);
  if (key === undefined) {
    key = normalizeHeading(singularRole(role));
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(role, key);
  }
  return key;
}

export function sameRole(a: string, b: string): boolean {
  return roleKey(a) === roleKey(b);
}
