// Finds where a role is named in prose. Authors write "Product managers earn...",
// "a product manager's day", "PRODUCT MANAGER": all of these name the role.
// Patterns are built from escaped literal words joined by \s+, so they cannot backtrack
// badly; each role's pattern is compiled once and cached.

export interface Mention {
  start: number;
  end: number;
}

const cache = new Map<string, RegExp>();

/** English plural of the last word of a role name ("Secretary" -> "Secretaries"). */
export function pluralize(word: string): string {
  const lower = word.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(lower)) return word + 'es';
  if (lower.endsWith('man')) return word.slice(0, -3) + 'men';
  return word + 's';
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
  const last = words.pop();
  if (!last) return undefined;
  const head = words.map(escape).join('\\s+');
  const forms = [escape(pluralize(last)), escape(last)].join('|');
  const source = `(?<![\\p{L}\\p{N}])${head ? head + '\\s+' : ''}(?:${forms})(?:['’]s)?(?![\\p{L}\\p{N}])`;
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
  const last = words.pop();
  return last === undefined ? role : [...words, pluralize(last)].join(' ').toLowerCase();
}
