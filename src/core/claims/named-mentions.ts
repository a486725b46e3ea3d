// The names BLS and O*NET give a compared role's occupation, for a claim whose words name no role
// we recognise by pattern (role-forms.ts): "hairstylists" for a hairdresser, "DBAs" for a database
// administrator, "QA analysts", "auto mechanics", "diesel service technicians and mechanics" (the
// Handbook's coordinated names, read as their first part too). Only these few names are looked
// up, as a table, and only for a claim left without a role: the article's other claims never pay
// for it, and a phrase no role's occupation is called is no mention (never a fuzzy guess).

import { expandAbbreviation } from '../dataset/names/normalize.js';
import { isAgentNoun } from '../text/role-mentions.js';

/** Normalised name -> the roles whose occupations are called so; built once per article's roles. */
export type OccupationNames = ReadonlyMap<string, ReadonlySet<number>>;

/** "Database Administrators" -> "database administrator": lower case, the last word singular. */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9'’-]+/u)
    .filter(Boolean);
  const last = words.pop();
  if (last === undefined) return '';
  // "mechatronics techs", "sales reps": the head noun as O*NET spells it out.
  return [...words, expandAbbreviation(singular(last), true)].join(' ');
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  // "signalmen", "linemen": O*NET writes the singular ("Signalman").
  if (word.endsWith('men') && word.length > 5) return `${word.slice(0, -3)}man`;
  if (/(?:ss|us)$/u.test(word)) return word;
  return word.endsWith('s') && word.length > 2 ? word.slice(0, -1) : word;
}

/** One-word names too general to name one occupation ("Administrator (Admin)" is a DBA's O*NET title). */
const GENERAL = new Set(
  `analyst specialist manager administrator admin technician tech worker assistant consultant engineer developer director
  officer clerk associate coordinator supervisor operator inspector agent representative designer writer teacher nurse
  scientist mechanic installer repairer helper aide planner programmer owner partner trainee intern apprentice`.split(/\s+/u),
);

/** Whether a one-word name is too general to name one occupation ("Analysts", "Technician"); any longer name is not. */
export function isGeneralName(name: string): boolean {
  const key = nameKey(name);
  return key === '' || (!key.includes(' ') && GENERAL.has(key));
}

/** The keys a name adds (a BLS title's listed kinds with `list`): none for a general one-word name. */
export function keysOf(title: string, list = false): string[] {
  return namesOf(title, list)
    .map(nameKey)
    .filter((key) => !isGeneralName(key));
}

/**
 * "Database Administrator (DBA)" -> the whole, "Database Administrator", "DBA"; with `list`, a BLS
 * title's listed kinds too (not an O*NET title's: "Before and After School Counselor" lists none).
 */
export function namesOf(title: string, list = false): string[] {
  const open = title.lastIndexOf('(');
  const found = [title];
  if (open > 0 && title.endsWith(')')) found.push(title.slice(0, open).trim(), title.slice(open + 1, -1).trim());
  // "Hairdressers, Hairstylists, and Cosmetologists": each listed kind names the occupation.
  if (!list) return found;
  // Split by hand, on commas then on " and ": a split pattern with optional spaces on both sides is quadratic.
  // "Janitors and Cleaners, Except Maids and Housekeeping Cleaners": the kinds after "Except" are not its.
  const listed = found[found.length > 1 ? 1 : 0]!;
  const except = listed.toLowerCase().indexOf(', except ');
  // After a kind that names workers, a part that does not is the title's modifier written last
  // ("Bus Drivers, School", "Camera Operators, Television, Video, and Film"): no kind "School".
  let workers = false;
  for (const piece of (except > 0 ? listed.slice(0, except) : listed).split(',')) {
    const bare = piece.trim().replace(/^(?:and|or) /u, '');
    // "Sales and Related Workers", "Food Preparation and Serving Related Workers": what comes before
    // "and (…) related" is the workers' field, no kind of its own.
    for (const part of / and (?:[\p{L}-]{1,20} )?related /iu.test(bare) ? [bare] : bare.split(' and ')) {
      // "Operating Engineers and Other Construction Equipment Operators": the kind is "construction equipment operators".
      const kind = part.trim().replace(/^other /iu, '');
      // "Woodworkers, All Other": "all other" closes a catch-all group's title, no kind of worker
      // (as a name it would give every "…, all other" group the article quotes to this role).
      if (!kind || kind.toLowerCase() === 'all other') continue;
      const named = namesWorkers(kind);
      if (named || !workers) found.push(kind);
      workers ||= named;
    }
  }
  return found;
}

/**
 * "Directors, Religious Activities and Education" -> "Directors of Religious Activities and
 * Education", "Directors of Religious Activities", "Directors of Religious Education": a BLS title
 * that writes its one-word head noun first and its field after the comma is said in prose with
 * "of", a shared modifier carried to each field. None for a title listing kinds or leaving some out.
 */
export function invertedNames(title: string): string[] {
  const comma = title.indexOf(', ');
  const head = title.slice(0, comma);
  const rest = title.slice(comma + 2);
  if (comma <= 0 || head.includes(' ') || rest.includes(',') || /^(?:except|all other)/iu.test(rest) || !namesWorkers(head)) return [];
  const parts = rest.split(' and ');
  if (parts.length > 2 || parts.some((part) => namesWorkers(part) || !part.trim())) return [];
  const [first, second] = parts;
  const words = first!.split(' ');
  // "Religious Activities and Education": "religious" is the education's too.
  const fields =
    second === undefined ? [] : [first!, !second.includes(' ') && words.length > 1 ? `${words.slice(0, -1).join(' ')} ${second}` : second];
  return [rest, ...fields].map((field) => `${head} of ${field}`);
}

/** Whether a listed part of a BLS title names workers: it ends with a worker noun or a plural ("Hairstylists", "Paralegals"). */
function namesWorkers(kind: string): boolean {
  const last = kind.slice(kind.lastIndexOf(' ') + 1);
  return isAgentNoun(last) || (/[^su]s$/iu.test(last) && !/ies$/iu.test(last));
}

/** Words that end a name: verbs, determiners and prepositions around a claim's subject. */
const STOP = new Set(
  `a an the of for in at on to by with from as and or but while whereas so is are was were be been being has have had
  do does did earn earns earned earning make makes made making average averages averaged averaging pay pays paid
  pull pulls pulled take takes took bring brings brought get gets got see sees saw clear clears cleared can could will
  would may might should typically usually often now just about around roughly nearly approximately like only also
  their they them these those this that it its our we you your i my me median mean top bottom highest lowest percent
  annual yearly hourly salary salaries wage wages income pay employment employed jobs job held hold projected expected
  most many some all more less than over under there here who which what right close closer grow grows growing grew
  decline declines declining shrink shrinks shrinking rise rises rising fall falls fell falling drop drops dropped dropping
  need needs needed require requires required holds add adds added adding lose loses lost`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Whether a word is one of those that end a name ("the", "earn", "most"): no modifier of one. */
export function isNameStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Runs of name words in `text` (each as its words, from `start` to `end`), in order. */
function runs(text: string): Array<{ words: string[]; start: number; end: number }> {
  const found: Array<{ words: string[]; start: number; end: number }> = [];
  let current: { words: string[]; start: number; end: number } | undefined;
  let previous = '';
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]{0,40}|[^\p{L}\s]+/gu)) {
    const word = m[0];
    // "$30 an hour per cleaner": a noun after "per" is a price's unit, no one's name.
    const isWord = /^\p{L}/u.test(word) && !STOP.has(word.toLowerCase()) && previous !== 'per' && word.toLowerCase() !== 'per';
    previous = word.toLowerCase();
    // "and" inside a run joins a coordinated name ("court reporters and simultaneous captioners").
    const joins = current !== undefined && word.toLowerCase() === 'and';
    if (isWord || joins) {
      if (!current) found.push((current = { words: [], start: m.index, end: m.index }));
      current.words.push(word);
      current.end = m.index + word.length;
    } else current = undefined;
  }
  return found;
}

/**
 * The role one run of words names: its longest stretch that is a name ("top-earning DBAs",
 * "cosmetologists stay busy"), or its part before "and" ("diesel service technicians and mechanics").
 */
function roleOfRun(words: readonly string[], names: OccupationNames): number | undefined {
  const and = words.findIndex((w) => w.toLowerCase() === 'and');
  for (const run of and > 0 ? [words, words.slice(0, and)] : [words]) {
    for (let length = Math.min(run.length, 6); length > 0; length--) {
      for (let from = 0; from + length <= run.length; from++) {
        const owners = names.get(nameKey(run.slice(from, from + length).join(' ')));
        if (owners?.size === 1) return [...owners][0];
      }
    }
  }
  return undefined;
}

/** Whether `text` holds a word that could name someone (not only verbs, numbers and small words). */
export function hasWords(text: string): boolean {
  return runs(text).length > 0;
}

/** The roles the runs of `text` name by their occupations' names. */
export function rolesNamedBy(text: string, names: OccupationNames): Set<number> {
  const named = new Set<number>();
  for (const run of runs(text)) {
    const role = roleOfRun(run.words, names);
    if (role !== undefined) named.add(role);
  }
  return named;
}

/** Where `text` names a role by its occupations' names: each run of words naming one, with its extent. */
export function namedRuns(text: string, names: OccupationNames): Array<{ start: number; end: number; role: number }> {
  return runs(text).flatMap(({ words, start, end }) => {
    const role = roleOfRun(words, names);
    return role === undefined ? [] : [{ start, end, role }];
  });
}

/** The one role `text` names by its occupation's names; undefined when none does or two are named. */
export function roleNamedIn(text: string, names: OccupationNames): number | undefined {
  const named = rolesNamedBy(text, names);
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "Do archaeologists make good money? They earned a median of …": a sentence opening with a
 * pronoun speaks of the people the sentence before it named, in its paragraph; so does one that
 * names no one before its claim ("The lowest 10 percent earned less than …" after "The median
 * annual wage for adult basic education teachers was …").
 */
export function previousNamed(
  text: string,
  sentence: number,
  sentences: readonly number[],
  before: string,
  at: number,
  names: OccupationNames,
): number | undefined {
  if (sentence === 0 || !(OPENING_PRONOUN.test(before) || !hasWords(text.slice(sentences[sentence], at)))) return undefined;
  const previous = text.slice(sentences[sentence - 1], sentences[sentence]);
  return previous.includes('\n\n') ? undefined : roleNamedIn(previous, names);
}

export const OPENING_PRONOUN = /^\s{0,3}(?:they|these\s{1,3}(?:workers|professionals|jobs))(?![\p{L}])/iu;
