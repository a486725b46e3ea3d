// Reads the two role names out of a comparison title. The genre's title is
// "A vs. B: What Are the Differences?"; "vs", "vs." and "versus" are all accepted.

export interface ParsedTitle {
  roles: [string, string];
  /** The text after the colon, if any ("What Are the Differences?"). */
  tail: string | undefined;
  /** What separated the roles from the tail: ":" in the canonical form. */
  separator: string | undefined;
}

// No nested quantifiers: the separator is a fixed alternation between lazy-free runs. It may
// start only where a run of white space starts: tried inside a long run too, it would rescan
// the run from every position (quadratic: a 100 KB heading of spaces took minutes).
const SEPARATOR = /(?<!\s)\s+(?:vs\.?|versus)\s+/i;

// Where the role names end: a colon, or a dash or bar that starts a subtitle.
const TAIL = /:|\s[-–—|]\s/;

/**
 * Longer than this, a "role" is not a job title (the longest BLS or O*NET title has 126
 * characters) and would only make every message and role pattern as long as itself.
 */
export const MAX_ROLE_LENGTH = 200;

/** Splits "A vs. B: tail" or "A vs. B"; undefined when the text names no two roles. */
export function parseComparison(text: string): ParsedTitle | undefined {
  const tailMatch = TAIL.exec(text);
  const head = tailMatch ? text.slice(0, tailMatch.index) : text;
  const tail = tailMatch ? text.slice(tailMatch.index + tailMatch[0].length).trim() : undefined;
  const separator = tailMatch?.[0].trim();
  const parts = head.split(SEPARATOR);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => p.trim()) as [string, string];
  if (!a || !b || a.length > MAX_ROLE_LENGTH || b.length > MAX_ROLE_LENGTH) return undefined;
  return { roles: [a, b], tail, separator };
}

/** The title every article of the genre uses. */
export function canonicalTitle(a: string, b: string): string {
  return `${a} vs. ${b}: What Are the Differences?`;
}

/** "a" or "an" before a role name, by its first sound (letters only: good enough for titles). */
export function indefiniteArticle(role: string): 'a' | 'an' {
  const word = role.trim().toLowerCase();
  // Silent h and "you"-sounding vowels are the common exceptions in job titles.
  if (/^(hour|honest|honor|heir)/.test(word)) return 'an';
  if (/^(uni|use|usu|euro|one\b)/.test(word)) return 'a';
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

const DEFINITION_PREFIX = /^what\s+is\s+/i;
const ARTICLE = /^(an?|the)\s+/i;

/** "What is an Accountant?" -> { article: 'an', role: 'Accountant' }. */
export function parseDefinitionHeading(text: string): { article: string | undefined; role: string } | undefined {
  const trimmed = text.trim();
  const prefix = DEFINITION_PREFIX.exec(trimmed);
  if (!prefix) return undefined;
  // Trailing question marks are stripped by hand: a regex with a lazy body and an optional
  // tail would backtrack on long headings.
  let rest = trimmed.slice(prefix[0].length);
  while (rest.endsWith('?')) rest = rest.slice(0, -1);
  rest = rest.trim();
  const article = ARTICLE.exec(rest);
  const role = article ? rest.slice(article[0].length).trim() : rest;
  return role ? { article: article?.[1], role } : undefined;
}
