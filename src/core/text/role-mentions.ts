// Finds where a role is named in prose. Authors write "Product managers earn...",
// "a product manager's day", "PRODUCT MANAGER": all of these name the role.
// Patterns are built from escaped literal words joined by \s+, so they cannot backtrack
// badly; each role's patterns are compiled once and cached.
import { isWordCharacter } from './word-character.js';
import { proseRole } from './indefinite-article.js';
import { pluralWord } from './plural.js';

export interface Mention {
  start: number;
  end: number;
}

const cache = new Map<string, RolePatterns>();
const MAX_CACHED_ROLES = 4096;

/** English plural of a role's head noun ("Secretary" -> "Secretaries", "Salesman" -> "Salesmen"). */
export function pluralize(word: string): string {
  return pluralWord(word);
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

interface RolePatterns {
  /** The role's words without the boundary checks: cheap to compile, finds candidates. */
  scan: RegExp;
  /** The exact pattern, for the rare candidate whose longest form is not followed by a boundary. */
  exact: () => RegExp;
}

/**
 * Patterns for `role`. The exact pattern checks word boundaries with Unicode classes
 * (\p{L}, \p{N}), and V8 takes about a millisecond to compile each such pattern: in a CLI run
 * over thousands of articles nearly every role is new, so that was a fifth of all the work.
 * The scan pattern has no lookarounds; boundaries are checked here with one shared pattern.
 */
function rolePatterns(role: string): RolePatterns | undefined {
  const cached = cache.get(role);
  if (cached) return cached;
  const words = roleWords(role);
  if (words.length === 0) return undefined;
  const head = headIndex(words);
  const noun = words[head]!;
  // "+s" as well as the proper plural: authors write "Humans", tools write "Saleses".
  const forms = [...new Set([pluralize(noun), `${noun}s`, noun])].map(escape).join('|');
  const body = `${words.map((w, i) => (i === head ? `(?:${forms})` : escape(w))).join('\\s+')}(?:['’]s?)?`;
  let exact: RegExp | undefined;
  // Bounded: in the editor every half-typed role name ("Sales Ma") gets its patterns.
  if (cache.size >= MAX_CACHED_ROLES) cache.clear();
  const patterns: RolePatterns = {
    scan: new RegExp(body, 'giu'),
    exact: () => (exact ??= new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iuy')),
  };
  cache.set(role, patterns);
  return patterns;
}

/** The code point that ends just before `index`. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

/** Every place `role` (singular, plural or possessive; any case) is named in `text`. */
export function findRoleMentions(text: string, role: string, limit = Infinity): Mention[] {
  const patterns = rolePatterns(role);
  if (!patterns) return [];
  const { scan } = patterns;
  const mentions: Mention[] = [];
  scan.lastIndex = 0;
  for (let match = scan.exec(text); match && mentions.length < limit; match = scan.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    // The next try starts one code point on, as the exact pattern's search would.
    const next = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    if (isWordCharacter(codePointBefore(text, start))) {
      scan.lastIndex = next;
      continue;
    }
    if (isWordCharacter(text.codePointAt(end))) {
      // A shorter form may still end at a boundary ("Manager" in "Manager'sx"): ask the exact pattern.
      const exact = patterns.exact();
      exact.lastIndex = start;
      const found = exact.exec(text);
      if (!found) {
        scan.lastIndex = next;
        continue;
      }
      end = start + found[0].length;
    }
    mentions.push({ start, end });
    scan.lastIndex = end;
  }
  return mentions;
}

export function mentionsRole(text: string, role: string): boolean {
  return findRoleMentions(text, role, 1).length > 0;
}

/** "Product Manager" -> "product managers": how prose names the role in general. */
export function pluralRole(role: string): string {
  const words = roleWords(role);
  if (words.length === 0) return role;
  const head = headIndex(words);
  return proseRole(words.map((w, i) => (i === head ? pluralize(w) : w)).join(' '));
}
