// Whether a role name and an occupation are the same kind of worker: the head noun must
// agree. O*NET lists "Network Contractor" under Insurance Sales Agents, and token overlap
// ties "Program/Project Manager" to "Computer Occupations, All Other"; a contractor is never
// an agent, so such a match is weak and reported, never used. Head nouns agree when they
// share a stem, or belong to one family of job words below.
import { expandAbbreviation, stem, words } from './normalize.js';

const FAMILIES: string[][] = [
  ['technician', 'tech', 'mechanic', 'installer', 'repairer', 'servicer', 'technologist', 'installer', 'fitter'],
  ['manager', 'director', 'head', 'chief', 'executive', 'officer', 'supervisor', 'lead', 'leader', 'administrator', 'vp', 'president'],
  ['agent', 'broker', 'representative', 'salesperson', 'seller', 'associate'],
  ['specialist', 'analyst', 'coordinator', 'consultant', 'advisor', 'adviser', 'planner', 'strategist', 'expert', 'scientist'],
  ['developer', 'programmer', 'engineer', 'architect', 'coder'],
  ['clerk', 'assistant', 'secretary', 'receptionist', 'aide', 'helper'],
  ['nurse', 'practitioner', 'midwife'],
  ['teacher', 'instructor', 'educator', 'professor', 'tutor', 'lecturer', 'faculty'],
  ['designer', 'artist', 'illustrator'],
  ['writer', 'author', 'editor', 'correspondent', 'reporter', 'journalist'],
  ['worker', 'laborer', 'operator', 'hand'],
  ['accountant', 'auditor', 'bookkeeper'],
];
const FAMILY = new Map<string, number>();
FAMILIES.forEach((family, i) => family.forEach((word) => FAMILY.set(stem(word), i)));

const PREPOSITION = new Set(['of', 'for', 'in', 'to', 'at', 'on']);

/** The stemmed head nouns of a name: the word before "of", else the last; "Mechanics and Installers" has two. */
export function headNouns(name: string): string[] {
  // The part before any parenthesis, without OEWS's ", All Other" (cut by hand: no regex to backtrack).
  const open = name.indexOf('(');
  const bare = open < 0 ? name : name.slice(0, open);
  let found = words(bare);
  if (found.length > 2 && found[found.length - 2] === 'all' && found[found.length - 1] === 'other') found = found.slice(0, -2);
  const preposition = found.findIndex((w, i) => i > 0 && PREPOSITION.has(w));
  if (preposition > 0) found = found.slice(0, preposition);
  const heads = [found.length - 1];
  // "Mechanics and Installers": coordinated heads at the end.
  for (let i = found.length - 2; i > 0 && found[i] === 'and'; i -= 2) heads.push(i - 1);
  return heads.filter((i) => i >= 0).map((i) => stem(expandAbbreviation(found[i]!, i === found.length - 1)));
}

/** Whether two stemmed head nouns name one kind of worker (a shared stem, a compound, with `families` one family). */
export function agreeWords(a: string, b: string, families = true): boolean {
  if (a === b) return true;
  // "manag(er)" and "management", "account(ant)" and "accounting": a shared five-letter stem.
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  // A compound names a kind of its last part: a copywriter is a writer, a firefighter a fighter.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.endsWith(short)) return true;
  const family = FAMILY.get(a);
  return families && family !== undefined && family === FAMILY.get(b);
}

/**
 * Rank words that make a worker the first-line supervisor of the field's workers: a
 * "Correctional Sergeant" or "Framing Foreman" is what BLS titles First-Line Supervisors of
 * Correctional Officers, of Construction Trades; sites call a police sergeant a "police supervisor".
 * O*NET writes "Police Sergeant" but never every field's rank, so a rank's family is "supervisor".
 */
const RANKS = new Set(['sergeant', 'lieutenant', 'foreman', 'forewoman', 'forelady'].map(stem));

/** The other words of the head noun's family, in the family's order ("Director" -> manager, head, chief, …; a rank: supervisor). */
export function familyWords(role: string): string[] {
  const [head] = headNouns(role);
  if (head !== undefined && RANKS.has(head)) return ['supervisor'];
  const family = head === undefined ? undefined : FAMILY.get(head);
  return family === undefined ? [] : FAMILIES[family]!.filter((word) => stem(word) !== head);
}

/**
 * True when the role's modifiers name the occupation's subject: a "Data Analyst" and "Data
 * Scientists" work on the same thing, while a "Network Contractor" and "Insurance Sales Agents" do not.
 */
export function subjectAgrees(role: string, name: string): boolean {
  const roleWords = words(role).map(stem);
  if (roleWords.length < 2) return false;
  const heads = new Set(headNouns(role));
  const nameWords = new Set(words(name).map(stem));
  return roleWords.some((word) => !heads.has(word) && word.length >= 4 && nameWords.has(word));
}

/** The verb an agent noun is made from ("binder" -> "bind", "bookbinder" -> "bookbind"); undefined for other words. */
function agentVerb(stemmed: string): string | undefined {
  // expandAbbreviation looks words up in a plain object, so "constructor" comes back as a function
  // (the committed name index is built with that key): such a head names no work.
  if (typeof stemmed !== 'string') return undefined;
  const verb = stemmed.endsWith('er') || stemmed.endsWith('or') ? stemmed.slice(0, -2) : undefined;
  return verb !== undefined && verb.length >= 4 ? verb : undefined;
}

/**
 * Whether a worker noun does what a title's gerund names: a binder binds ("Print Binding and
 * Finishing Workers"), a bookbinder too (a compound names a kind of its last part), a printer prints.
 */
function doesWork(head: string, word: string): boolean {
  const verb = agentVerb(head);
  if (verb === undefined || !word.endsWith('ing') || word.length < 7) return false;
  const done = word.slice(0, -3);
  return verb === done || verb.endsWith(done) || `${verb}e` === done;
}

/** True when the role's head noun agrees with one head noun of the name, or any word of it. */
export function headAgrees(role: string, name: string): boolean {
  const roleHeads = headNouns(role);
  const nameHeads = headNouns(name);
  const nameWords = words(name).map((w) => stem(w));
  return roleHeads.some((head) => nameHeads.some((other) => agreeWords(head, other)) || nameWords.some((w) => agreeWords(head, w)));
}

/** True when the role's head noun is an agent noun of the work a word of the name names ("Bookbinder", "Print Binding … Workers"). */
export function headDoes(role: string, name: string): boolean {
  const nameWords = words(name);
  return headNouns(role).some((head) => nameWords.some((w) => doesWork(head, w)));
}

/**
 * True when the occupation's own alternate titles commonly use the role's head noun: O*NET files
 * seventeen kinds of "Geologist" under Geoscientists and twenty kinds of "Dispatcher" under Public
 * Safety Telecommunicators, so a geologist is one although the BLS title says otherwise; "Network
 * Contractor" is the only contractor among Insurance Sales Agents' 52, an accident of the data.
 */
export function headUsual(role: string, alternates: readonly string[] | undefined): boolean {
  const using = headCount(role, alternates);
  return using >= USUAL_TITLES && using / (alternates?.length ?? 1) >= USUAL_SHARE;
}

/** How many of an occupation's alternate titles have a head noun agreeing with the role's (with `families`, of its family; else its own). */
export function headCount(role: string, alternates: readonly string[] | undefined, families = true): number {
  const roleHeads = headNouns(role);
  if (!alternates || roleHeads.length === 0) return 0;
  const agree = families ? (a: string, b: string) => agreeWords(a, b) : (a: string, b: string) => a === b;
  let using = 0;
  for (const title of alternates) if (headNouns(title).some((head) => roleHeads.some((mine) => agree(mine, head)))) using++;
  return using;
}

/** Head nouns any kind of job has: "Concrete Worker" says nothing by its "worker". */
export const GENERAL_HEADS: ReadonlySet<string> = new Set(['worker', 'employe', 'laborer', 'helper', 'hand', 'staff', 'person'].map(stem));

// At least five titles and one in eight of the occupation's: "Lineman" heads eleven of the 80 titles
// of Electrical Power-Line Installers, five of Telecommunications Line Installers' 85, three of
// Electricians' 89; "Fireman" ten of the 94 of railroad operators and locomotive firers, whose
// firemen are not the firefighters a site means (so no occupation is guessed for it).
const USUAL_TITLES = 5;
const USUAL_SHARE = 1 / 8;
