// Whether a passage talks about a role, as section-mentions-both-roles asks: besides the role's
// own name (findRoleMentions), its head noun with its modifier inside a coordination ("system
// and software architects" names the System Architect, "registered and licensed practical
// nurses" the Registered Nurse) or with a plural modifier ("systems architects").
// Salary attribution keeps to exact names; this is only for "is the role discussed here?".
import { findRoleMentions, headIndex, pluralize, roleWords } from './role-mentions.js';
import { escapeRegExp as escape } from './regex-source.js';
import { ShortSpaceRegExp } from './short-spaces.js';

interface Coordinated {
  /** The head noun's forms alone: no Unicode classes, so cheap to compile, and the full pattern needs one of them. */
  noun: RegExp;
  /** The full pattern: its Unicode word classes take V8 about a millisecond to compile, so only when `noun` matched. */
  full: () => RegExp;
}
const cache = new Map<string, Coordinated | null>();

/** Modifier, a joining word and up to three more words, then the head noun. Bounded and lazy-free. */
function coordinated(role: string): Coordinated | undefined {
  const known = cache.get(role);
  if (known !== undefined) return known ?? undefined;
  const words = roleWords(role);
  const head = headIndex(words);
  let pattern: Coordinated | null = null;
  // Only "<modifiers> <head>" names coordinate this way; "Director of Sales" does not.
  if (head === words.length - 1 && head > 0) {
    const noun = words[head]!;
    const forms = [...new Set([pluralize(noun), `${noun}s`, noun])].map(escape).join('|');
    const modifiers = words
      .slice(0, head)
      .map((w) => `${escape(w)}s?`)
      .join(' ');
    const joined = `(?: (?:and|or|&|/)|,)(?: [\\p{L}\\p{N}-]{1,30},?){0,3}`;
    let full: RegExp | undefined;
    pattern = {
      noun: new RegExp(forms, 'iu'),
      full: () => (full ??= new ShortSpaceRegExp(`(?<![\\p{L}\\p{N}])${modifiers}(?:${joined})? (?:${forms})(?![\\p{L}\\p{N}])`, 'iu')),
    };
  }
  if (cache.size > 4096) cache.clear();
  cache.set(role, pattern);
  return pattern ?? undefined;
}

/** True when `text` names the role, its plural, or its head noun with its modifier in a coordination. */
export function discussesRole(text: string, role: string): boolean {
  if (findRoleMentions(text, role, 1).length > 0) return true;
  const pattern = coordinated(role);
  // White space folded to single spaces, so the pattern needs no unbounded runs.
  return pattern !== undefined && pattern.noun.test(text) && pattern.full().test(text.replace(/\s+/g, ' '));
}
