// The one role matcher: lint's salary rules, the hover, the preview, `roles` and New Article
// all ask it, so they never disagree. On top of the index's exact match (normalised names,
// abbreviations spelled out, O*NET's parenthetical forms) it checks that the head noun agrees
// with the occupation, and says how the name matched so findings can tell the author why.
import { familyWords, GENERAL_HEADS, headAgrees, headCount, headDoes, headNouns, headUsual } from './head-noun.js';
import {
  ambiguousLetters,
  expansionAgrees,
  expansionsOf,
  functionManager,
  shortFormOf,
  withoutResiduals,
  byShortForm,
  byTitleWords,
  byModifierShare,
} from './match-rules.js';
import { forms, generalHead } from './forms.js';
import { literalKey, stem, words } from './normalize.js';
import { byTitleEvidence, titleNaming } from './title-evidence.js';
import type { Occupation, RoleIndex, RoleMatch } from '../types.js';

/** How a role name met its occupation. */
export type MatchKind = 'exact' | 'alias' | 'alternate' | 'abbreviation' | 'pinned' | 'function' | 'related';

export interface KindedMatch extends RoleMatch {
  kind: MatchKind;
}

export interface RoleResolution {
  /** Occupations the role means (several when the name is ambiguous); empty when unknown or weak. */
  matches: KindedMatch[];
  /** Exact name matches set aside because the head noun disagrees ("Network Contractor" -> Insurance Sales Agents). */
  weak: RoleMatch[];
}

const KIND_WORDS: Record<MatchKind, string> = {
  exact: 'title',
  alias: 'workspace alias',
  alternate: 'alternate title',
  abbreviation: 'abbreviation of',
  pinned: 'SOC code',
  function: 'C-level title by its function:',
  related: 'related title',
};

/** "alternate title “HVAC Tech (…)”": how a match is named in messages, the hover and `roles`. */
export function describeMatch(match: RoleMatch & { kind?: MatchKind }): string {
  const kind = match.kind ?? (match.via === 'title' ? 'exact' : match.via);
  return `${KIND_WORDS[kind]} "${match.matched}"`;
}

function kindOf(role: string, match: RoleMatch): MatchKind {
  if (match.via === 'pinned' || match.via === 'alias') return match.via;
  const written = literalKey(role);
  const alike = [...forms(match.matched), generalHead(match.matched) ?? ''].some((form) => literalKey(form) === written);
  if (!alike) return 'abbreviation';
  return match.via === 'title' ? 'exact' : 'alternate';
}

/**
 * Kinds a match on, keeping only occupations whose head noun agrees (titles and aliases always
 * do), or that the alternate title's own expansion names ("PA" in "Physician Assistant (PA)").
 */
export function kindMatches(role: string, found: readonly RoleMatch[], filingRules = true, onlyFilings = true): RoleResolution {
  const matches: KindedMatch[] = [];
  const weak: RoleMatch[] = [];
  for (const match of found) {
    const title = match.occupation.title;
    const agrees = match.via !== 'alternate' || headAgrees(role, title) || expansionAgrees(role, match);
    if (agrees) matches.push({ ...match, kind: kindOf(role, match) });
    else weak.push(match);
  }
  // A general-worker title that writes the role's modifier is O*NET's filing when no agreeing title
  // writes any: a "Cage Cashier" works in the gambling cage, not at a store's till (Cashiers).
  const named = weak.filter((match) => match.via === 'alternate' && workersNamed(role, match.occupation));
  if (named.length > 0 && !matches.some((match) => holdsModifier(role, match.occupation.title))) {
    const kinded = named.map((match) => ({ ...match, kind: kindOf(role, match) }));
    return { matches: kinded, weak: weak.filter((match) => !named.includes(match)) };
  }
  // "Clinical Laboratory Scientist", filed under medical and biological scientists and under Clinical
  // Laboratory Technologists and Technicians: a filing whose BLS title writes every one of two
  // modifiers or more is meant over agreeing ones whose titles write none of them.
  const spelled = weak.filter((match) => match.via === 'alternate' && spellsModifiers(role, match.occupation.title));
  if (new Set(spelled.map((match) => match.occupation)).size === 1 && matches.length > 0) {
    if (!matches.some((match) => holdsModifier(role, match.occupation.title))) {
      const kinded = spelled.map((match) => ({ ...match, kind: kindOf(role, match) }));
      return { matches: kinded, weak: weak.filter((match) => !spelled.includes(match)) };
    }
  }
  // Nothing agrees: an occupation whose own alternate titles commonly use the role's head noun is it,
  // else one whose title names the work the head noun does ("Bookbinder": Print Binding and Finishing Workers).
  if (matches.length === 0) {
    const usual = weak.filter((match) => headUsual(role, match.occupation.alternateTitles));
    if (usual.length === 0) usual.push(...weak.filter((match) => headDoes(role, match.occupation.title)));
    if (usual.length === 0) usual.push(...namedAmongWorkers(role, weak));
    if (usual.length === 0) usual.push(...namingHead(role, weak));
    if (usual.length === 0) usual.push(...titleWritesModifiers(role, weak));
    // Only for the role's own name: a name made up for it (its head swapped) has no filing of its own to read.
    if (usual.length === 0 && filingRules) usual.push(...onlyTitleWritingModifiers(role, weak));
    if (usual.length === 0 && filingRules) usual.push(...residualSpecialty(role, weak));
    // Only for a name as written: a shorter one ("Fire Prevention Specialist" of a Wildland one) is
    // asked whether a title or one agreeing filing names it, not for a filing's guess.
    if (usual.length === 0 && filingRules && onlyFilings) usual.push(...onlyFilingNamedSo(role, weak));
    if (usual.length > 0) {
      const kinded = usual.map((match) => ({ ...match, kind: kindOf(role, match) }));
      return { matches: withoutResiduals(role, kinded), weak: weak.filter((match) => !usual.includes(match)) };
    }
  }
  return { matches: withoutResiduals(role, matches), weak };
}

/**
 * "Cage Cashier", filed under Gambling Cage Workers: a title whose head is a general noun
 * ("workers") names its jobs by where they work, so it cannot disagree with the role's head,
 * when it writes the role's modifier ("cage") and its O*NET names commonly use the role's head
 * noun (eight of its sixteen say "cashier").
 */
function workersNamed(role: string, occupation: Occupation): boolean {
  // A residual ("Sales and Related Workers, All Other") names no work of its own.
  if (occupation.title.endsWith('All Other') || !titleHeads(occupation.title).some((head) => GENERAL_HEADS.has(head))) return false;
  return holdsModifier(role, occupation.title, true) && headUsual(role, occupation.alternateTitles);
}

/**
 * A BLS title's head nouns, and its part's before a comma: "Maintenance and Repair Workers,
 * General" names workers, whatever kind of them the words after its comma say.
 */
function titleHeads(title: string): string[] {
  const comma = title.indexOf(',');
  return comma > 0 ? [...headNouns(title), ...headNouns(title.slice(0, comma))] : headNouns(title);
}

/** Whether a title writes one of the role's modifiers (with `every`, all of them): its words of three letters or more but its head. */
function holdsModifier(role: string, title: string, every = false): boolean {
  const heads = headNouns(role);
  const written = new Set(words(title).map(stem));
  const modifiers = words(role).filter((w) => w.length >= 3 && !heads.includes(stem(w)));
  const held = (w: string) => written.has(stem(w));
  return modifiers.length > 0 && (every ? modifiers.every(held) : modifiers.some(held));
}

/**
 * "Plating Technician", filed only under Plating Machine Setters, Operators, and Tenders: a name
 * O*NET files under one occupation whose BLS title writes every modifier of it is that occupation's
 * worker by another head noun (BLS titles machine work by its minders, sites by technicians). A
 * title that writes none of them ("Network Contractor" under Insurance Sales Agents) stays weak, and
 * so does a name filed under several occupations: the title's words then decide nothing.
 */
function titleWritesModifiers(role: string, weak: readonly RoleMatch[]): RoleMatch[] {
  const filed = weak.filter((match) => match.via === 'alternate');
  if (filed.length !== 1 || new Set(weak.map((match) => match.occupation)).size !== 1) return [];
  return holdsModifier(role, filed[0]!.occupation.title, true) ? filed : [];
}

/**
 * "Aircraft Fueler", filed under Aircraft Service Attendants and under Maintenance Workers,
 * Machinery, neither head noun a fueler's: of several filings, the one whose BLS title writes every
 * modifier of the role is its worker by another head noun, when no other filing's title writes any
 * of them (then the words would only say which kind of work each shares, not which job it is).
 */
function onlyTitleWritingModifiers(role: string, weak: readonly RoleMatch[]): RoleMatch[] {
  const filed = weak.filter((match) => match.via === 'alternate');
  const writing = filed.filter((match) => holdsModifier(role, match.occupation.title, true));
  if (new Set(writing.map((match) => match.occupation)).size !== 1) return [];
  return filed.some((match) => !writing.includes(match) && holdsModifier(role, match.occupation.title)) ? [] : writing;
}

/** BLS's catch-all titles: "Physicians, All Other", "Dentists, All Other Specialists". */
const ALL_OTHER = /\ball other\b/i;

/**
 * "Periodontist", filed under Dentists, General and Dentists, All Other Specialists; "Urologist",
 * under Physicians, All Other and Pediatric Surgeons; "Auctioneer", under Sales and Related
 * Workers, All Other alone: a one-word specialty no filing's head noun names is a job BLS does not
 * count on its own, so it is counted in the one residual O*NET files it under (the other filings
 * share some of its work: a pediatric surgeon may do urology). None or several residuals decide nothing.
 */
function residualSpecialty(role: string, weak: readonly RoleMatch[]): RoleMatch[] {
  if (words(role).length !== 1) return [];
  const residuals = weak.filter((match) => match.via === 'alternate' && ALL_OTHER.test(match.occupation.title));
  if (new Set(residuals.map((match) => match.occupation)).size !== 1) return [];
  // Only the catch-all of the field every filing is in (SOC major group): "Digger", filed under
  // farmworkers, construction laborers and production workers, all other, is no one field's specialty.
  const field = residuals[0]!.occupation.soc.slice(0, 2);
  if (!weak.every((match) => match.occupation.soc.startsWith(field))) return [];
  // Filed under the residual alone, the name must be the residual's twice at least ("Auctioneer",
  // "Livestock Auctioneer"): one name is an accident of the data ("Owner" under Physicians, All Other).
  const alone = weak.every((match) => match.occupation === residuals[0]!.occupation);
  return !alone || headCount(role, residuals[0]!.occupation.alternateTitles, false) >= 2 ? residuals : [];
}

/** A name's modifiers are an occupation's usual words when this many of its O*NET names write them all. */
const MODIFIER_NAMES = 3;

/**
 * "Car Wash Attendant", filed under Cleaners of Vehicles and Equipment alone (the title's head no
 * attendant's); "Body Piercer", under Personal Care and Service Workers, All Other alone: a name
 * O*NET files under one occupation only is that occupation's worker by another head noun when its
 * modifiers are the occupation's usual words (six of its names say "car wash"), or when the
 * occupation is a residual of workers, whose general head names no work to disagree with (BLS
 * counts there the jobs it counts nowhere else). "Network Contractor", the one name of Insurance
 * Sales Agents to say "network", stays weak.
 */
function onlyFilingNamedSo(role: string, weak: readonly RoleMatch[]): RoleMatch[] {
  if (weak.length === 0 || new Set(weak.map((match) => match.occupation)).size !== 1) return [];
  const { title, alternateTitles } = weak[0]!.occupation;
  if (ALL_OTHER.test(title) && titleHeads(title).some((head) => GENERAL_HEADS.has(head))) return [...weak];
  const modifiers = modifierStems(role, (w) => w.length >= 3);
  if (modifiers.length === 0) return [];
  return namesWriting(alternateTitles ?? [], modifiers) >= MODIFIER_NAMES ? [...weak] : [];
}

/** The stems of a role's words that `keep` keeps, its head nouns left out: the words saying which kind of worker. */
function modifierStems(role: string, keep: (word: string) => boolean): string[] {
  const heads = headNouns(role);
  return words(role)
    .filter(keep)
    .map(stem)
    .filter((w) => !heads.includes(w));
}

/** How many of `names` write every one of `stems` as a word. */
function namesWriting(names: readonly string[], stems: readonly string[]): number {
  let n = 0;
  for (const name of names) {
    const written = new Set(words(name).map(stem));
    if (stems.every((w) => written.has(w))) n++;
  }
  return n;
}

/** Whether a title writes every modifier of a role that has two or more ("clinical", "laboratory"). */
function spellsModifiers(role: string, title: string): boolean {
  const heads = headNouns(role);
  return words(role).filter((w) => w.length >= 3 && !heads.includes(stem(w))).length >= 2 && holdsModifier(role, title, true);
}

/** A family of names: at least this many of an occupation's O*NET names use the role's head noun. */
const FAMILY_NAMES = 3;
/** …and one in forty of them: a catch-all of thousands ("Production Workers, All Other") writes any noun thrice. */
const FAMILY_SHARE = 1 / 40;

/**
 * "Barista" (Fast Food and Counter Workers), "Busser" (Dining Room and Cafeteria Attendants and
 * Bartender Helpers): a title whose head is a general noun ("workers", "helpers") names its jobs by
 * where they work, so its head cannot disagree with the role; the occupation among the name's
 * matches whose O*NET names use the role's head noun most ("Cafe Barista", "Coffee Barista"), at
 * least three times, is it. A title of named workers ("Locomotive Firers" for "Fireman") never is.
 */
function namedAmongWorkers(role: string, weak: readonly RoleMatch[]): RoleMatch[] {
  const counts = weak.map(({ occupation }) => {
    if (!headNouns(occupation.title).some((head) => GENERAL_HEADS.has(head))) return 0;
    const n = headCount(role, occupation.alternateTitles, false);
    return n >= FAMILY_SHARE * (occupation.alternateTitles?.length ?? 0) ? n : 0;
  });
  const best = Math.max(0, ...counts);
  const most = weak.filter((_, i) => counts[i] === best);
  return best >= FAMILY_NAMES && most.length === 1 ? most : [];
}

/**
 * "Drywall Finisher", filed under Tapers and under Drywall and Ceiling Tile Installers: the one
 * occupation that O*NET also files the bare head noun under ("Finisher" is a taper's name) does
 * the role's work; none or several decide nothing.
 */
function namingHead(role: string, weak: readonly RoleMatch[]): RoleMatch[] {
  const written = words(role);
  // Only a choice among several filings: one filing alone is no evidence the head does its work.
  if (written.length < 2 || new Set(weak.map((match) => match.occupation)).size < 2) return [];
  const head = stem(written[written.length - 1]!);
  const naming = weak.filter((match) =>
    (match.occupation.alternateTitles ?? []).some((name) => {
      const bare = words(name);
      return bare.length === 1 && stem(bare[0]!) === head;
    }),
  );
  return new Set(naming.map((match) => match.occupation)).size === 1 ? naming.slice(0, 1) : [];
}

/** "Brand Director" -> "Brand Manager", "Correctional Sergeant" -> "Correctional Supervisor": the role with its head noun swapped for one of its family. */
function relatedNames(role: string): string[] {
  const parts = role.trim().split(' ');
  if (parts.length < 2) return [];
  return familyWords(role).map((word) => [...parts.slice(0, -1), word[0]!.toUpperCase() + word.slice(1)].join(' '));
}

/**
 * "Health Sciences Professor" -> "Health Science Instructor" is O*NET's name for secondary-school
 * career/technical teachers, but O*NET files the bare "Professor" only under postsecondary
 * teachers (SOC 25-1…): when the role's head noun alone is filed within one SOC minor group, a name
 * with its head swapped may only mean an occupation of that group. Undefined when the head noun is
 * filed under fewer than three occupations ("Director": producers and directors) or across groups.
 */
const HEAD_GROUP_FILINGS = 3;

function headNounGroup(index: RoleIndex, role: string): string | undefined {
  const parts = role.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  const filed = index.match(parts[parts.length - 1]!);
  // A family of filings: one or two ("Director" under producers and directors) are no group's name.
  if (new Set(filed.map((match) => match.occupation)).size < HEAD_GROUP_FILINGS) return undefined;
  const groups = new Set(filed.map((match) => match.occupation.soc.slice(0, 4)));
  return groups.size === 1 ? [...groups][0] : undefined;
}

/** Words for where or at what rank one teaches, not what: "Nursing School Professor", "Adjunct Professor". */
const RANK_OR_PLACE = new Set([
  'school',
  'college',
  'university',
  'academy',
  'adjunct',
  'assistant',
  'associate',
  'visiting',
  'tenured',
  'senior',
]);

/** A modifier names an occupation of the group when this many of its names write it… */
const GROUP_NAMES = 3;
/** …twice as many as any other occupation's of the group. */
const GROUP_LEAD = 2;

/**
 * "Health Sciences Professor", "Recreation and Fitness Professor": a role no name matches, whose
 * head noun O*NET files only within one SOC group (postsecondary teachers), is the occupation of
 * that group whose names write its modifiers: each modifier that three names or more of one
 * occupation write, twice as many as any other's ("health": Health Specialties Teachers' "Health
 * Teacher", "Health Education Teacher", …), names it; modifiers every occupation writes alike
 * ("sciences") name none. Modifiers naming different occupations ("Marine Biology Professor" if
 * both did) leave the role unknown.
 */
function byGroupModifiers(index: RoleIndex, role: string, group: string): RoleMatch | undefined {
  const modifiers = modifierStems(role, (w) => w.length >= 4 && !RANK_OR_PLACE.has(w));
  if (modifiers.length === 0) return undefined;
  const members = index.occupations.filter((occupation) => occupation.soc.startsWith(group));
  const stems = members.map((occupation) =>
    [occupation.title, ...(occupation.alternateTitles ?? [])].map((name) => new Set(words(name).map(stem))),
  );
  let named: Occupation | undefined;
  for (const modifier of modifiers) {
    const counts = stems.map((names) => names.filter((written) => written.has(modifier)).length);
    const best = Math.max(...counts);
    const at = counts.indexOf(best);
    if (best < GROUP_NAMES || counts.some((n, i) => i !== at && n * GROUP_LEAD > best)) continue;
    if (named && named !== members[at]) return undefined;
    named = members[at];
  }
  return named && { occupation: named, via: 'title', matched: named.title };
}

/** The shortest part a solid compound is split into: "stock" + "broker", "bus" + "boy". */
const PART = 3;

/**
 * A one-word role no name matches, read as the two words the dataset writes it as ("Stockbroker"
 * is O*NET's "Stock Broker"): the first split whose two-word name has a match that agrees with it.
 */
function spacedCompound(index: RoleIndex, role: string): RoleResolution | undefined {
  const word = role.trim();
  if (!/^[A-Za-z]+$/.test(word) || word.length < 2 * PART + 1) return undefined;
  for (let at = PART; at <= word.length - PART - 1; at++) {
    const name = `${word.slice(0, at)} ${word[at]!.toUpperCase()}${word.slice(at + 1)}`;
    const found = index.match(name);
    if (found.length === 0) {
      // "Sysadmin": a clipped modifier before a head noun ("Sys Admin").
      const clipped = clippedTitle(index, name);
      if (clipped) return { matches: [{ ...clipped, kind: 'abbreviation' }], weak: [] };
      continue;
    }
    const answer = kindMatches(name, found);
    if (answer.matches.length > 0) return { matches: answer.matches.map((match) => ({ ...match, kind: 'alternate' })), weak: [] };
  }
  return undefined;
}

/**
 * "LPN/LVN", "Welder/Fitter": two names of one job joined by a slash, as sites title the job
 * where states name it differently. The occupations both halves name, in the first half's order;
 * halves naming different jobs ("Cook/Dishwasher") name nothing.
 */
function slashPair(index: RoleIndex, role: string): RoleResolution | undefined {
  const slash = role.indexOf('/');
  if (slash < 0 || role.indexOf('/', slash + 1) >= 0) return undefined;
  const [a, b] = [role.slice(0, slash).trim(), role.slice(slash + 1).trim()];
  if (!a || !b) return undefined;
  const second = new Set(matchRole(index, b).matches.map((match) => match.occupation));
  const both = matchRole(index, a).matches.filter((match) => second.has(match.occupation));
  return both.length > 0 ? { matches: both.map((match) => ({ ...match, kind: 'related' })), weak: [] } : undefined;
}

/** Whether an occupation's title or one of its O*NET names writes every one of `stems` as a word. */
function namesWords(occupation: Occupation, stems: readonly string[]): boolean {
  return namesWriting([occupation.title, ...(occupation.alternateTitles ?? [])], stems) > 0;
}

/**
 * "Sports Coach", "Amusement Park Attendant": a role no name matches, whose shorter name without
 * its first modifiers matches one occupation that itself writes the words left out (Coaches and
 * Scouts have "Sports Instructor"; Amusement and Recreation Attendants say "amusement"). Left-out
 * words the occupation never writes ("TSA" of a police "Officer") leave the role unknown.
 */
function withoutModifier(index: RoleIndex, role: string): RoleMatch | undefined {
  const parts = role.trim().split(/\s+/);
  for (let drop = 1; drop < parts.length; drop++) {
    const shorter = parts.slice(drop).join(' ');
    const found = kindMatches(shorter, index.match(shorter), true, false).matches;
    // No name matches the shorter role either: the one BLS title holding its words ("Fire
    // Prevention Specialist": Forest Fire Inspectors and Prevention Specialists).
    const titled = found.length === 0 ? titleNaming(index.occupations, shorter) : undefined;
    const one = titled ?? (found.length === 1 ? found[0] : undefined);
    if (!one) continue;
    const left = words(parts.slice(0, drop).join(' ')).map(stem);
    // A word no name of the dataset writes ("Amazon" of a Delivery Driver) is an employer's or a
    // brand's, not a kind of work: it says nothing against the shorter name's occupation.
    const unknown = left.every((w) => !datasetWords(index).has(w));
    return unknown || namesWords(one.occupation, left) ? one : undefined;
  }
  return undefined;
}

const allWords = new WeakMap<RoleIndex, Set<string>>();

/** Every word (by stem) of every BLS title and O*NET name, read once per index when first asked. */
function datasetWords(index: RoleIndex): Set<string> {
  let known = allWords.get(index);
  if (known) return known;
  known = new Set<string>();
  for (const occupation of index.occupations)
    for (const name of [occupation.title, ...(occupation.alternateTitles ?? [])]) for (const w of words(name)) known.add(stem(w));
  allWords.set(index, known);
  return known;
}

/** The shortest clipped modifier read as the start of a title's word ("chem" of "chemical"). */
const CLIP = 3;

/**
 * "Chem Tech", "Sys Admin": a role no name matches whose modifiers are the title's words or their
 * clipped starts, and whose head noun is the title's own, names the one BLS title so written
 * (Chemical Technicians; Network and Computer Systems Administrators). A title whose head is only
 * of the role's family ("Computer and Information Systems Managers" for an admin) counts when no
 * title has the head itself; several titles decide nothing.
 */
function clippedTitle(index: RoleIndex, role: string): RoleMatch | undefined {
  const written = words(role);
  if (written.length < 2) return undefined;
  const modifiers = written.slice(0, -1);
  const heads = headNouns(role);
  const fits = (title: string) => {
    const own = words(title);
    const stems = own.map(stem);
    let clipped = false;
    for (const m of modifiers) {
      if (stems.includes(stem(m))) continue;
      if (m.length < CLIP || !own.some((w) => w.length > m.length && w.startsWith(m))) return false;
      clipped = true;
    }
    return clipped;
  };
  const fitting = index.occupations.filter((o) => !ALL_OTHER.test(o.title) && fits(o.title));
  for (const agrees of [
    (o: Occupation) => headNouns(o.title).some((h) => heads.includes(h)),
    (o: Occupation) => headAgrees(role, o.title),
  ]) {
    const named = fitting.filter(agrees);
    if (named.length > 1) return undefined;
    if (named.length === 1) return { occupation: named[0]!, via: 'title', matched: named[0]!.title };
  }
  return undefined;
}

const longForms = new WeakMap<RoleIndex, Map<string, string>>();

/** How often O*NET must spell a clipped word out ("Telecom Engineer (Telecommunication Engineer)") to read it so. */
const SPELLED_TIMES = 2;

/**
 * The clipped words O*NET spells out in its names' parenthetical forms, each with its usual long
 * form: "telecom" -> "telecommunications", "lab" -> "laboratory", "rehab" -> "rehabilitation".
 */
function clippedWords(index: RoleIndex): Map<string, string> {
  let known = longForms.get(index);
  if (known) return known;
  const counts = new Map<string, Map<string, number>>();
  for (const occupation of index.occupations)
    for (const name of occupation.alternateTitles ?? []) {
      const [, a, b] = forms(name);
      if (a === undefined || b === undefined) continue;
      const [x, y] = [words(a), words(b)];
      if (x.length !== y.length) continue;
      const differ = x.flatMap((w, i) => (w === y[i] ? [] : [[w, y[i]!] as const]));
      if (differ.length !== 1) continue;
      const [short, long] = differ[0]![0].length < differ[0]![1].length ? differ[0]! : [differ[0]![1], differ[0]![0]];
      if (short.length < 3 || !long.startsWith(short)) continue;
      const seen = counts.get(short) ?? new Map<string, number>();
      counts.set(short, seen.set(long, (seen.get(long) ?? 0) + 1));
    }
  known = new Map();
  for (const [short, longs] of counts) {
    const [long, times] = [...longs].sort((a, b) => b[1] - a[1])[0]!;
    if (times >= SPELLED_TIMES) known.set(short, long);
  }
  longForms.set(index, known);
  return known;
}

/** "Telecom Line Installer" -> "telecommunications line installer": the role with its clipped words spelled out, if any. */
function spelledOut(index: RoleIndex, role: string): string | undefined {
  const clipped = clippedWords(index);
  const written = words(role);
  const spelled = written.map((w) => clipped.get(w) ?? w);
  return spelled.some((w, i) => w !== written[i]) ? spelled.join(' ') : undefined;
}

/** How many names a widened role is looked for among: the search lists names holding all its words first. */
const WIDER_NAMES = 100;
/** Two such names at least: the role's words are the occupation's usual ones, not one name's accident. */
const WIDER_FAMILY = 2;

/**
 * "Gaming Supervisor": a role no name matches, whose words O*NET writes with one more modifier
 * in two names or more ("Gaming Floor Supervisor", "Electronic Gaming Device Supervisor"), its head
 * noun the role's own (and no general one: "Staff Worker"), for one occupation only (First-Line Supervisors of Gambling Services Workers), is that
 * occupation: before the role's head is swapped for one of its family ("Gaming Manager").
 */
function byWiderName(index: RoleIndex, role: string): RoleMatch | undefined {
  const mine = words(role).map(stem);
  const heads = headNouns(role);
  if (mine.length < 2 || heads.some((head) => GENERAL_HEADS.has(head))) return undefined;
  const widens = (name: string) => {
    const written = new Set(words(name).map(stem));
    return mine.every((w) => written.has(w)) && headNouns(name).some((head) => heads.includes(head));
  };
  // The search finds the occupations (one name each); their own names are then counted.
  const named = index
    .searchMatches(role, WIDER_NAMES)
    .map((match) => ({ match, n: [match.occupation.title, ...(match.occupation.alternateTitles ?? [])].filter(widens).length }))
    .filter(({ n }) => n > 0);
  if (named.length === 1) return named[0]!.n >= WIDER_FAMILY ? named[0]!.match : undefined;
  return widestFamily(named, widens);
}

/** How many times as many O*NET names the widest occupation must write as any other. */
const WIDER_LEAD = 3;

/**
 * "Machine Tool Setter": BLS titles several occupations "… Machine Tool Setters" (lathe, grinding,
 * drilling, multiple), so each title writes the role's words and names no one of them; O*NET's own
 * names then decide ("Combination Machine Tool Setter", "Loading Machine Tool Setter": three of the
 * multiple machine tool setters', one of the lathe setters'): the occupation whose names write the
 * role's words twice at least and three times as often as any other's is it.
 */
function widestFamily(named: ReadonlyArray<{ match: RoleMatch }>, widens: (name: string) => boolean): RoleMatch | undefined {
  const counts = named.map(({ match }) => (match.occupation.alternateTitles ?? []).filter(widens).length);
  const best = Math.max(...counts);
  const at = counts.indexOf(best);
  if (best < WIDER_FAMILY || counts.some((n, i) => i !== at && n * WIDER_LEAD > best)) return undefined;
  return named[at]!.match;
}

/** Head nouns that make a role a supervisor's or manager's (not "officer": a security officer supervises no one). */
const OVERSEERS = new Set(['supervisor', 'manager', 'director', 'chief', 'head', 'lead', 'leader', 'foreman'].map(stem));

/**
 * "TSA Officer": letters that O*NET writes only for one occupation's workers ("TSA Screener") and
 * their supervisors ("TSA Screener Supervisor") name the workers, unless the role is itself a supervisor.
 */
function byModifierLetters(index: RoleIndex, role: string): RoleMatch | undefined {
  const parts = role.trim().split(/\s+/);
  if (parts.length !== 2 || !/^[A-Z]{2,5}$/.test(parts[0]!)) return undefined;
  const letters = parts[0]!.toLowerCase();
  const overseer = headNouns(role).some((head) => OVERSEERS.has(head));
  const named = index
    .searchMatches(parts[0]!, 20)
    .filter((match) => words(match.matched).includes(letters))
    .filter((match) => overseer || !/^\d\d-1/.test(match.occupation.soc));
  const socs = new Set(named.map((match) => match.occupation.soc));
  return socs.size === 1 ? named[0] : undefined;
}

const generalTitles = new WeakMap<RoleIndex, Map<string, Occupation>>();

/**
 * "Surgeon": a bare head noun means the occupation BLS titles by that noun alone, its residual
 * "Surgeons, All Other" (the surgeons no named specialty counts), over the specialties O*NET also
 * files the bare name under (Orthopedic, Pediatric, Oral and Maxillofacial Surgeons), when it
 * employs more than each of them: a typical surgeon is one of its 25,000, not of the 14,000
 * orthopedic surgeons; a typical psychologist is a clinical one (76,000 to the residual's 19,000).
 */
function generalOccupation(index: RoleIndex, role: string, found: readonly RoleMatch[]): Occupation | undefined {
  const written = words(role);
  if (written.length !== 1) return undefined;
  let byNoun = generalTitles.get(index);
  if (!byNoun) {
    generalTitles.set(index, (byNoun = new Map<string, Occupation>()));
    for (const occupation of index.occupations) {
      const title = words(occupation.title);
      const bare = title.length === 3 && title[1] === 'all' && title[2] === 'other' ? title.slice(0, 1) : title;
      if (bare.length === 1) byNoun.set(stem(bare[0]!), occupation);
    }
  }
  const general = byNoun.get(stem(written[0]!));
  const employs = (occupation: Occupation) => occupation.employment ?? 0;
  return general && found.every((match) => match.occupation === general || employs(match.occupation) < employs(general))
    ? general
    : undefined;
}

function resolve(index: RoleIndex, role: string): RoleResolution {
  const found = index.match(role);
  if (ambiguousLetters(role, found, index.occupations)) return { matches: [], weak: [] };
  const answer = kindMatches(role, found);
  const general = generalOccupation(index, role, answer.matches);
  if (general) return { matches: [{ occupation: general, via: 'title', matched: general.title, kind: 'related' }], weak: [] };
  const names = [role, ...answer.matches.flatMap((match) => expansionsOf(role, match.matched))];
  for (const name of names) {
    const manager = functionManager(index, name);
    if (manager) return { matches: [{ ...manager, kind: 'function' }], weak: [] };
  }
  // No title is the role's own name: a BLS title holding all its words is read beside O*NET's names for it.
  // O*NET files the very name under several occupations of other workers only ("Computer
  // Operator": user support specialists, computer occupations, all other): the name is theirs, and a
  // title sharing its modifier ("Computer Numerically Controlled Tool Operators") a coincidence of
  // words; the role stays unknown.
  const filedElsewhere = answer.matches.length === 0 && new Set(answer.weak.map((match) => match.occupation)).size >= 2;
  const titled =
    filedElsewhere || answer.matches.some((match) => match.kind === 'exact') ? undefined : titleNaming(index.occupations, role);
  if (titled && !answer.matches.some((match) => match.occupation === titled.occupation))
    answer.matches.unshift({ ...titled, kind: 'related' });
  if (answer.matches.length > 0 || answer.weak.length > 0)
    return {
      ...answer,
      matches: byNameFamily(role, byModifierShare(role, byTitleEvidence(role, byTitleWords(role, byShortForm(role, answer.matches))))),
    };
  // "Audiologist (AuD)", "Paramedic (EMT-P)": a short form in parentheses that no name files the whole
  // under adds nothing the name before it does not say; that name is the role's.
  const named = beforeParenthesis(role);
  if (named !== undefined) {
    const { matches } = resolve(index, named);
    if (matches.length > 0) return { matches, weak: [] };
  }
  // "CDL-B Bus Driver", "CDL-A Truck Driver": a licence's class letter after its name says which licence,
  // not which job; the name without it ("CDL Bus Driver") is the one O*NET files.
  const unclassed = withoutClassLetter(role);
  if (unclassed !== undefined) {
    const { matches } = resolve(index, unclassed);
    if (matches.length > 0) return { matches, weak: [] };
  }
  const paired = slashPair(index, role);
  if (paired) return paired;
  // Nothing has the name: a compound written solid that the dataset writes as two words ("Stockbroker": "Stock Broker").
  const spaced = spacedCompound(index, role);
  if (spaced) return spaced;
  const spelled = spelledOut(index, role);
  if (spelled !== undefined) {
    const { matches } = resolve(index, spelled);
    // Of the occupations the long form names, the ones whose own names also write the clipped
    // word ("Telecom Installer" for telecom equipment installers, never for line installers).
    const clipped = words(role).filter((w) => !spelled.split(' ').includes(w));
    const writes = (match: RoleMatch, word: string) => (match.occupation.alternateTitles ?? []).some((name) => words(name).includes(word));
    const clipping = matches.filter((match) => clipped.every((word) => writes(match, word)));
    const meant = clipping.length > 0 ? clipping : matches;
    if (meant.length > 0) return { matches: meant.map((match) => ({ ...match, kind: 'abbreviation' })), weak: [] };
  }
  const widened = byWiderName(index, role);
  if (widened) return { matches: [{ ...widened, kind: 'related' }], weak: [] };
  // An exact title with a related head ("Public Affairs Director") beats any fuzzy guess.
  const group = headNounGroup(index, role);
  for (const name of relatedNames(role)) {
    const related = kindMatches(name, index.match(name), false).matches.filter(
      (match) => group === undefined || match.occupation.soc.startsWith(group),
    );
    if (related.length > 0) return { matches: related.map((match) => ({ ...match, kind: 'related' })), weak: [] };
  }
  const fielded = group === undefined ? undefined : byGroupModifiers(index, role, group);
  if (fielded) return { matches: [{ ...fielded, kind: 'related' }], weak: [] };
  const shorter = withoutModifier(index, role) ?? byModifierLetters(index, role);
  if (shorter) return { matches: [{ ...shorter, kind: 'related' }], weak: [] };
  const short = shortFormOf(index, role);
  if (short) return { matches: [{ ...short, kind: 'related' }], weak: [] };
  const inverted = INVERTED.exec(role.trim());
  if (inverted) {
    const { matches } = resolve(index, `${inverted[2]!} ${inverted[1]!}`);
    if (matches.length > 0) return { matches: matches.map((match) => ({ ...match, kind: 'related' })), weak: [] };
  }
  const clipped = clippedTitle(index, role);
  if (clipped) return { matches: [{ ...clipped, kind: 'abbreviation' }], weak: [] };
  return answer;
}

/** The role with a first word's class letter cut ("CDL-B Bus Driver" -> "CDL Bus Driver"), when it has one. */
function withoutClassLetter(role: string): string | undefined {
  const parts = role.trim().split(' ');
  const first = parts[0]!;
  // Two capitals or more, a hyphen and one letter: a credential's class ("CDL-B"), never a word ("X-Ray").
  if (parts.length < 2 || !/^[A-Z]{2,6}-[A-Z]$/.test(first)) return undefined;
  return [first.slice(0, -2), ...parts.slice(1)].join(' ');
}

/** The name before a short form in parentheses closing the role ("Chiropractor (DC)" -> "Chiropractor"), by hand. */
function beforeParenthesis(role: string): string | undefined {
  const text = role.trim();
  const open = text.lastIndexOf(' (');
  if (open <= 0 || !text.endsWith(')')) return undefined;
  const inner = text.slice(open + 2, -1);
  // One word of letters (a hyphen allowed), two capitals or more: a short form, not a gloss ("(Travel)").
  const capitals = inner.length - inner.replace(/[A-Z]/g, '').length;
  if (inner.length > 10 || capitals < 2 || !/^[A-Z][A-Za-z-]*$/.test(inner)) return undefined;
  return text.slice(0, open);
}

/**
 * "Maintenance Supervisor", filed alike under supervisors of construction trades, of mechanics and
 * repairers, of housekeeping workers and under biomass plant managers, no title writing
 * "maintenance": the rules keep all four, and the first is the one claims are judged against. The
 * one whose O*NET names write the whole name most often (25 of the mechanics' supervisors', 10 of
 * the construction supervisors') is the usual job of that name, so it goes first, when it writes it
 * three times at least and twice as often as the one first before, and files the name itself; the
 * others stay, in their order.
 */
function byNameFamily<T extends KindedMatch>(role: string, matches: T[]): T[] {
  if (matches.length < 2 || matches.some((match) => match.kind !== 'alternate')) return matches;
  // A title writing a modifier ("Grinding Machine Operator": crushing, grinding … and grinding,
  // lapping … machine setters) is the title evidence's to weigh; the names' count only speaks where no title does.
  if (matches.some((match) => holdsModifier(role, match.occupation.title))) return matches;
  const mine = words(role).map(stem);
  const family = (occupation: Occupation) =>
    (occupation.alternateTitles ?? []).filter((name) => {
      const written = new Set(words(name).map(stem));
      return mine.every((w) => written.has(w));
    }).length;
  const counts = matches.map((match) => family(match.occupation));
  const best = Math.max(...counts);
  const at = counts.indexOf(best);
  if (at === 0 || best < FAMILY_NAMES || best < 2 * counts[0]!) return matches;
  // Only an occupation O*NET files the very name under, as written: one that only writes a
  // variant of it ("Laser Technician (Laser Tech)") or wider names ("Quality Control Analyst" in
  // "Chemistry Quality Control Analyst") is weighed by the rules above, not moved first here.
  const key = literalKey(role);
  if (!(matches[at]!.occupation.alternateTitles ?? []).some((name) => literalKey(name) === key)) return matches;
  return [matches[at]!, ...matches.filter((_, i) => i !== at)];
}

/**
 * "Professor of Anthropology", "Lecturer in Economics": a head of one or two words before "of" or
 * "in" and a field of words without either, read as the field before the head ("Anthropology
 * Professor"), as O*NET writes most names. Only when the name as written meets nothing.
 */
// One space between words, so a name splits into words one way only (no backtracking to try).
const INVERTED = /^([A-Za-z-]+(?: [A-Za-z-]+)?) (?:of|in) (?:the )?((?!(?:of|in|the) )[A-Za-z-]+(?: (?!(?:of|in)\b)[A-Za-z-]+){0,3})$/i;

// Every claim asks about its role, so an article asks about the same two roles dozens of
// times: answers are kept per index (an index never changes; a new dataset is a new index).
const answers = new WeakMap<RoleIndex, Map<string, RoleResolution>>();
const ANSWERS_KEPT = 1000;

export function matchRole(index: RoleIndex, role: string): RoleResolution {
  let known = answers.get(index);
  if (!known) answers.set(index, (known = new Map<string, RoleResolution>()));
  let answer = known.get(role);
  if (!answer) {
    if (known.size >= ANSWERS_KEPT) known.clear();
    known.set(role, (answer = resolve(index, role)));
  }
  // Fresh arrays: a caller may sort or filter what it got.
  return { matches: [...answer.matches], weak: [...answer.weak] };
}

/**
 * The occupations O*NET files the role's own name under and whose head noun agrees, before the
 * rules choose among them (what an article's own words may decide: see resolve-role.ts).
 */
export function filedUnder(index: RoleIndex, role: string): readonly KindedMatch[] {
  let known = filings.get(index);
  if (!known) filings.set(index, (known = new Map<string, KindedMatch[]>()));
  let found = known.get(role);
  if (!found) {
    if (known.size >= ANSWERS_KEPT) known.clear();
    const { matches } = kindMatches(role, index.match(role));
    known.set(role, (found = matches.filter((match) => match.kind === 'alternate' || match.kind === 'exact')));
  }
  return found;
}

const filings = new WeakMap<RoleIndex, Map<string, KindedMatch[]>>();

/** The nearest occupations for a role no name matched, for "did you mean". */
export function nearestOccupations(index: RoleIndex, role: string, limit: number): Occupation[] {
  return index.suggest(role, limit);
}
