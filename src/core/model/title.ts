// Reads the two role names out of a comparison title. The genre's title is
// "A vs. B: What Are the Differences?"; "vs", "vs." and "versus" are all accepted.
import { normalizeHeading } from './sections.js';
import { singularRole } from '../text/role-names.js';
import { withoutTopic } from './title-topic.js';

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

/**
 * Longer than this, a line is not a title or heading (two roles, a separator and a question):
 * it is never parsed, so no pattern below ever sees more than this many characters.
 */
export const MAX_TITLE_LENGTH = 2 * MAX_ROLE_LENGTH + 200;

// Other sites' wordings of the same title. Each is tried only when the house form fails;
// the pattern bodies are lazy-free runs split by fixed words, so they stay linear.
const DIFFERENCE_BETWEEN = /^(?:what(?:['’]s|\s+is|\s+are)\s+the\s+|the\s+|key\s+|main\s+)?differences?\s+between\s+/i;
const COMPARING = /^(?:comparing|compare)\s+/i;
/** A tail that asks how two roles differ: "What's the Difference?", "Key Differences", "Which Is Right for You?". */
const DIFFERENCE_TAIL = /\b(?:differen|compar|which\b|similarit)/i;
const AND = /(?<!\s)\s+and\s+/i;
const AND_OR_ONLY = /(?<!\s)\s+(?:and|or)\s+/i;
const AND_OR = /(?<!\s)\s+(?:and|or|to|with)\s+/i;
const LEADING_ARTICLE = /^(?:an?|the)\s+/i;
/** "Is a PA the Same as an RN?": the two roles around a fixed phrase (the first with its article: "Is it…" is no title). */
const IS_LEAD = /^is\s+(?=(?:an?|the)\s)/i;
const SAME_AS = /(?<!\s)\s+the\s+same(?:\s+thing)?\s+as\s+/i;

/** "a Bookkeeper" -> "Bookkeeper", "Electricians" -> "Electrician": the role as a title names it. */
function asRole(text: string): string {
  const bare = withoutTopic(text.trim()).replace(LEADING_ARTICLE, '');
  // Trailing punctuation is stripped by hand: `/[?.!]+$/` rescans a long run from every position.
  let end = bare.length;
  while (end > 0 && '?.!'.includes(bare[end - 1]!)) end--;
  const role = singularRole(bare.slice(0, end).trim());
  // Question headings are often in sentence case: the role is named in title case.
  return role === role.toLowerCase()
    ? role.replace(/(^| )(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
    : role;
}

/** Splits "A and B" (or "A to B") at its one joining word; undefined when it is not one. */
function splitPair(text: string, joiner: RegExp): [string, string] | undefined {
  const parts = text.split(joiner);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map(asRole) as [string, string];
  if (!a || !b || a.length > MAX_ROLE_LENGTH || b.length > MAX_ROLE_LENGTH) return undefined;
  return normalizeHeading(a) !== normalizeHeading(b) ? [a, b] : undefined;
}

/** The variants: "What's the Difference Between A and B?", "Comparing As to Bs", "A and B: Key Differences". */
function parseVariant(text: string): ParsedTitle | undefined {
  const tailMatch = TAIL.exec(text);
  const head = tailMatch ? text.slice(0, tailMatch.index) : text;
  const tail = tailMatch ? text.slice(tailMatch.index + tailMatch[0].length).trim() : undefined;
  const separator = tailMatch?.[0].trim();
  const between = DIFFERENCE_BETWEEN.exec(head);
  const comparing = COMPARING.exec(head);
  const lead = between ?? comparing;
  if (lead) {
    const roles = splitPair(head.slice(lead[0].length), between ? AND : AND_OR);
    return roles && { roles, tail: undefined, separator: undefined };
  }
  if (tail === undefined || !DIFFERENCE_TAIL.test(tail)) return undefined;
  const roles = splitPair(head, AND_OR_ONLY);
  return roles && { roles, tail, separator };
}

/** "Is a PA the Same as an RN?" asks whether two roles differ: its roles are the two named. */
function parseSameAs(text: string): ParsedTitle | undefined {
  const lead = IS_LEAD.exec(text);
  if (!lead) return undefined;
  const rest = text.slice(lead[0].length);
  const same = SAME_AS.exec(rest);
  if (!same) return undefined;
  const roles = splitPair(`${rest.slice(0, same.index)} and ${rest.slice(same.index + same[0].length)}`, AND);
  return roles && { roles, tail: undefined, separator: undefined };
}

/** Splits "A vs. B: tail" or "A vs. B" (or one of the variants); undefined when the text names no two roles. */
export function parseComparison(text: string): ParsedTitle | undefined {
  if (text.length > MAX_TITLE_LENGTH) return undefined;
  return parseVersus(text) ?? parseVariant(text) ?? parseSameAs(text);
}

function parseVersus(text: string): ParsedTitle | undefined {
  const tailMatch = TAIL.exec(text);
  const head = tailMatch ? text.slice(0, tailMatch.index) : text;
  const tail = tailMatch ? text.slice(tailMatch.index + tailMatch[0].length).trim() : undefined;
  const separator = tailMatch?.[0].trim();
  const parts = head.split(SEPARATOR);
  if (parts.length !== 2) return undefined;
  // "Difference between PA Vs RN Salary, Education & Job Outlook": the question's lead and the
  // topic are the site's words, not the roles'.
  const lead = DIFFERENCE_BETWEEN.exec(parts[0]!) ?? COMPARING.exec(parts[0]!);
  const first = lead ? parts[0]!.slice(lead[0].length) : parts[0]!;
  const [a, b] = [withoutTopic(first.trim()), withoutTopic(parts[1]!.trim())];
  if (!a || !b || a.length > MAX_ROLE_LENGTH || b.length > MAX_ROLE_LENGTH) return undefined;
  return { roles: [a, b], tail, separator };
}

/** The title every article of the genre uses. */
export function canonicalTitle(a: string, b: string): string {
  return `${a} vs. ${b}: What Are the Differences?`;
}

// By sound, not letter: one implementation for rules, templates and messages.
export { indefiniteArticle } from '../text/indefinite-article.js';

const DEFINITION_PREFIX = /^(?:what\s+is|what['’]s|who\s+is)\s+/i;
const ARTICLE = /^(an?|the)\s+/i;

/** "What is an Accountant?" -> { article: 'an', role: 'Accountant' }. */
export function parseDefinitionHeading(text: string): { article: string | undefined; role: string } | undefined {
  const trimmed = text.trim();
  const prefix = DEFINITION_PREFIX.exec(trimmed);
  // A heading that names two roles compares them: it is never a definition.
  if (!prefix || parseComparison(trimmed)) return undefined;
  // Trailing question marks are stripped by hand: a regex with a lazy body and an optional
  // tail would backtrack on long headings.
  let rest = trimmed.slice(prefix[0].length);
  while (rest.endsWith('?')) rest = rest.slice(0, -1);
  rest = rest.trim();
  const article = ARTICLE.exec(rest);
  const role = article ? rest.slice(article[0].length).trim() : rest;
  return role ? { article: article?.[1], role } : undefined;
}
