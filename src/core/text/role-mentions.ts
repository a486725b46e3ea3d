// Finds where a role is named in prose. Authors write "Product managers earn...",
// "a product manager's day", "PRODUCT MANAGER": all of these name the role.
// Patterns are built from escaped literal words joined by \s+, so they cannot backtrack
// badly; each role's patterns are compiled once and cached.
import { isWordCharacter } from './word-character.js';
import { proseRole } from './indefinite-article.js';
import { pluralWord } from './plural.js';
import { escapeRegExp as escape } from './regex-source.js';

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
// Adjectives that follow their noun: "Attorney General", "Notary Public", "Governor Elect".
const POSTPOSITIVE = /^(general|public|elect|designate|emeritus|extraordinary|plenipotentiary)$/i;
// "Brigadier General", "Major General": there "General" is the noun.
const RANK = /^(brigadier|major|lieutenant|full|[a-z]+-star)$/i;

// A worker noun by its ending ("Operators", "Assistants", "Secretaries") or among the few without one ("Clerks").
const AGENT =
  /(?:er|or|ist|ant|ent|ian|man|men|person|people|ess|esses|ee|ive|ary|aries|ic|clerk|aide|guard|smith|wright|nurse|pilot|chef|cook|judge|coach|host|mate)s?,?$/i;

/** Whether a word is a worker noun by its ending ("Operators", "Hairstylists") or among the few without one ("Clerks"). */
export function isAgentNoun(word: string): boolean {
  return AGENT.test(word);
}

/**
 * The noun of a BLS-style title with commas: the last word of a serial list whose final item ends
 * in a worker noun ("Property, Real Estate, and Community Association Managers", "Life, Physical,
 * and Social Science Technicians, All Other"), else the word before the first comma, which a
 * qualifier follows ("Education Administrators, Postsecondary", "Camera Operators, Television,
 * Video, and Film", "Secretaries …, Except Legal, Medical, and Executive").
 */
function commaNoun(words: readonly string[]): number | undefined {
  const last = words.length - 1;
  const first = words.findIndex((w, i) => i < last && w.endsWith(','));
  if (first < 0) return undefined;
  for (let i = first; i < last; i++) {
    if (!words[i]!.endsWith(',')) continue;
    const next = words[i + 1]!;
    if (/^(except|all)$/i.test(next)) break;
    if (!/^(and|or|&)$/i.test(next)) continue;
    // The serial list's final item: up to the next comma or the end.
    let end = i + 1;
    while (end < last && !words[end]!.endsWith(',')) end++;
    return AGENT.test(words[end]!) ? end : first;
  }
  return first;
}

/**
 * Index of the word that takes the plural: the one before a preposition ("Chiefs of Police"),
 * a titles's noun before its commas (commaNoun), the one before a postpositive adjective
 * ("Attorneys General", "Notaries Public"), else the last.
 */
export function headIndex(words: readonly string[]): number {
  const last = words.length - 1;
  const comma = commaNoun(words);
  const preposition = words.findIndex((w, i) => i > 0 && i <= (comma ?? last) && PREPOSITION.test(w));
  if (preposition > 0) return preposition - 1;
  if (comma !== undefined) return comma;
  if (last >= 1 && POSTPOSITIVE.test(words[last]!) && !RANK.test(words[last - 1]!) && !PREPOSITION.test(words[last - 1]!)) return last - 1;
  return last;
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
  // "Attorney generals" as well as "attorneys general": authors pluralise a postpositive adjective too.
  const last = words.length - 1;
  const adjective = head === last - 1 && POSTPOSITIVE.test(words[last]!) ? last : -1;
  const word = (w: string, i: number) => (i === head ? `(?:${forms})` : i === adjective ? `${escape(w)}(?:s)?` : escape(w));
  const body = `${words.map(word).join('\\s+')}(?:['’]s?)?`;
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
