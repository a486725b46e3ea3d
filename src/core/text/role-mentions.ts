// Finds where a role is named in prose. Authors write "Product managers earn...",
// "a product manager's day", "PRODUCT MANAGER": all of these name the role.
// Patterns are built from escaped literal words joined by \s+, so they cannot backtrack
// badly; each role's pattern is compiled once and cached.

export interface Mention {
  start: number;
  end: number;
}

const cache = new Map<string, RegExp>();

// Words ending in "man" that are not compounds of "man" ("salesman" -> "salesmen").
const NOT_MAN = new Set(['human', 'german', 'roman', 'shaman', 'caiman', 'ottoman', 'talisman']);

/** English plural of a role's head noun ("Secretary" -> "Secretaries"). */
export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(lower)) return word + 'es';
  if (lower.endsWith('man') && !NOT_MAN.has(lower)) return word.slice(0, -3) + 'men';
  return word + 's';
}

// In "Director of Sales" the noun that takes the plural is "Director", not "Sales".
const PREPOSITION = /^(of|for|in|to|at|on)$/i;

/** Index of the word that takes the plural: the one before a preposition, else the last. */
export function headIndex(words: readonly string[]): number {
  const preposition = words.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
  return preposition > 0 ? preposition - 1 : words.length - 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a role name without a leading article: "an Accountant" -> ["Accountant"]. */
export function roleWords(role: string): string[] {
  const words = role.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1 && /^(a|an|the)$/i.test(words[0]!)) words.shift();
  return words;
}

export function rolePattern(role: string): RegExp | undefined {
  const cached = cache.get(role);
  if (cached) return new RegExp(cached.source, cached.flags);
  const words = roleWords(role);
  if (words.length === 0) return undefined;
  const head = headIndex(words);
  const noun = words[head]!;
  // "+s" as well as the proper plural: authors write "Humans", tools write "Saleses".
  const forms = [...new Set([pluralize(noun), `${noun}s`, noun])].map(escape).join('|');
  const parts = words.map((w, i) => (i === head ? `(?:${forms})` : escape(w)));
  const source = `(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?:['’]s?)?(?![\\p{L}\\p{N}])`;
  const pattern = new RegExp(source, 'giu');
  cache.set(role, pattern);
  return new RegExp(pattern.source, pattern.flags);
}

/** Every place `role` (singular, plural or possessive; any case) is named in `text`. */
export function findRoleMentions(text: string, role: string): Mention[] {
  const pattern = rolePattern(role);
  if (!pattern) return [];
  const mentions: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    mentions.push({ start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

export function mentionsRole(text: string, role: string): boolean {
  const pattern = rolePattern(role);
  return pattern ? pattern.test(text) : false;
}

/** "Product Manager" -> "product managers": how prose names the role in general. */
export function pluralRole(role: string): string {
  const words = roleWords(role);
  if (words.length === 0) return role;
  const head = headIndex(words);
  return words.map((w, i) => (i === head ? pluralize(w) : w)).join(' ').toLowerCase();
}
