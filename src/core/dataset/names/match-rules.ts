// How an exact name match is refined into what the author means, by rule (never by a list of
// exceptions). Each rule is a pure function of the matches and the dataset's own names:
// - an abbreviation met through O*NET's "Physician Assistant (PA)" is judged by its expansion;
// - letters are ambiguous when the dataset spells them out for unrelated jobs ("CPO": a
//   prosthetist orthotist, a custom protection officer) or when BLS titles with those initials
//   employ more workers than the expansion ("PT": pharmacy technicians, physical therapists,
//   not only psychiatric technicians): then only the article's own expansion decides;
// - an "All Other" occupation is a residual: a specific occupation with the same name wins;
// - a C-level title ("Chief Technology Officer", "CTO") names the top manager of its function,
//   which BLS counts under that function's managers, not under Chief Executives.
import { forms } from './forms.js';
import { headAgrees, headNouns, subjectAgrees } from './head-noun.js';
import { stem, titleKey, words } from './normalize.js';
import type { Occupation, RoleIndex, RoleMatch } from '../types.js';

/** The spelled-out forms of the alternate title a role matched by its short form ("PA" -> "Physician Assistant"). */
export function expansionsOf(role: string, matched: string): string[] {
  const all = forms(matched);
  if (all.length < 3) return [];
  const key = titleKey(role);
  const parts = all.slice(1);
  return parts.some((form) => titleKey(form) === key) ? parts.filter((form) => titleKey(form) !== key) : [];
}

/** Whether an abbreviation's alternate title names the occupation: its expansion's head noun agrees. */
export function expansionAgrees(role: string, match: RoleMatch): boolean {
  return expansionsOf(role, match.matched).some((expansion) => headAgrees(expansion, match.occupation.title));
}

/** The role's head noun is the name's own (by stem), not one of its family. */
const sameHead = (role: string, name: string) => headNouns(role).some((head) => headNouns(name).includes(head));

/** Initials of a name before any parenthesis (cut by hand: a pattern would rescan a run of "("). */
const initials = (name: string) => {
  const open = name.indexOf('(');
  return words(open < 0 ? name : name.slice(0, open))
    .map((w) => w[0])
    .join('');
};

const shareWord = (a: string, b: string) => {
  const mine = new Set(words(a).map(stem));
  return words(b).some((w) => mine.has(stem(w)));
};

/** True when letters stand for more than one kind of job, so the dataset cannot say which is meant. */
export function ambiguousLetters(role: string, found: readonly RoleMatch[], occupations: readonly Occupation[]): boolean {
  const letters = role.trim();
  if (!/^[A-Z]{2,6}s?$/.test(letters)) return false;
  const expansions = found.flatMap((match) => expansionsOf(role, match.matched));
  if (expansions.length === 0) return false;
  if (expansions.some((a) => expansions.some((b) => !shareWord(a, b)))) return true;
  const spelled = letters.replace(/s$/, '').toLowerCase();
  const meant = Math.max(...found.map((match) => match.occupation.employment ?? 0));
  // BLS titles written with these initials ("Pharmacy Technicians" for "PT") that employ more.
  return occupations.some(
    (o) => initials(o.title) === spelled && !found.some((m) => m.occupation.soc === o.soc) && (o.employment ?? 0) > meant,
  );
}

const RESIDUAL = /,\s*all other$/i;

/**
 * Residual "…, All Other" occupations are a catch-all: one that does not name the role's own head
 * noun ("Financial Specialists, All Other" for a Data Analyst, an analyst only by family) yields
 * to a specific occupation that shares the role's subject (Data Scientists).
 */
export function withoutResiduals<T extends RoleMatch>(role: string, matches: T[]): T[] {
  const weakResidual = (m: T) => RESIDUAL.test(m.occupation.title) && !sameHead(role, m.occupation.title);
  const specific = matches.some((m) => !RESIDUAL.test(m.occupation.title) && subjectAgrees(role, m.occupation.title));
  return specific ? matches.filter((m) => !weakResidual(m)) : matches;
}

const MANAGEMENT = /^11-/;
// The function starts and ends with a letter, so each run of spaces has one place to go:
// "Chief" and endless spaces cannot be split into the three parts in quadratically many ways.
const C_LEVEL = /^chief\s+(\S(?:.{0,58}\S)?)\s+officer$/i;

/** Words alike to their fifth letter ("technical", "technology"): how a function is named in a manager's title. */
const alike = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/** A management name that says "<function> manager", the function's words in order. */
function namesFunction(name: string, job: readonly string[], exact: boolean): boolean {
  const found = words(name);
  const wanted = [...job, 'manager'];
  return found.some((_, i) =>
    wanted.every((w, j) => (exact || j === job.length ? stem(found[i + j] ?? '') === stem(w) : alike(found[i + j] ?? '', w))),
  );
}

/**
 * "Chief Financial Officer" -> the management occupation BLS counts it under: the one whose
 * title names the function (Financial Managers; the shortest such title), else one with a name
 * "<function> manager" ("Information Technology Manager" for a Chief Technology Officer). A
 * Chief Executive, or a function no manager is named after, keeps its own match.
 */
export function functionManager(index: RoleIndex, title: string): RoleMatch | undefined {
  const found = C_LEVEL.exec(title.trim());
  const job = found?.[1];
  if (!job || /^executive$/i.test(job)) return undefined;
  const jobWords = words(job);
  const stems = jobWords.map(stem);
  const managers = index.occupations.filter((o) => MANAGEMENT.test(o.soc));
  const named = managers
    .filter((o) => stems.every((w) => words(o.title).map(stem).includes(w)))
    .sort((a, b) => words(a.title).length - words(b.title).length || (b.employment ?? 0) - (a.employment ?? 0))[0];
  if (named) return { occupation: named, via: 'title', matched: named.title };
  // The function as written, then by its first five letters ("Technical" finds "Technology"); of
  // the managers so named, the one employing most: the function's own managers, not a niche of them.
  for (const exact of [true, false]) {
    const [manager] = managers
      .flatMap((o) => {
        const name = [o.title, ...(o.alternateTitles ?? [])].flatMap(forms).find((n) => namesFunction(n, jobWords, exact));
        return name === undefined ? [] : [{ occupation: o, via: 'alternate' as const, matched: name }];
      })
      .sort((x, y) => (y.occupation.employment ?? 0) - (x.occupation.employment ?? 0));
    if (manager) return manager;
  }
  return undefined;
}

/**
 * A one-word short form ("DevOps") that the dataset only writes before a head noun ("DevOps
 * Engineer", "DevOps Developer", "DevOps Architect"): when every such name belongs to one
 * occupation, the short form names it.
 */
export function shortFormOf(index: RoleIndex, role: string): RoleMatch | undefined {
  const [word, ...rest] = words(role);
  if (!word || rest.length > 0 || word.length < 3) return undefined;
  const named = index
    .searchMatches(role, 20)
    .filter((match) => forms(match.matched).some((form) => words(form).length === 2 && words(form)[0] === word));
  const socs = new Set(named.map((match) => match.occupation.soc));
  return socs.size === 1 ? named[0] : undefined;
}

/** How many of an occupation's alternate titles write `letters` as a word ("Certified Nursing Assistant (CNA)"). */
function timesWritten(occupation: Occupation, letters: string): number {
  let n = 0;
  for (const name of occupation.alternateTitles ?? []) if (words(name).includes(letters)) n++;
  return n;
}

/**
 * Letters O*NET writes for several occupations ("CNA": nursing assistants six times, a home health
 * aide and a surgical assistant once each) mean the one it writes them for most: when that one
 * writes them at least four times and three times as often as any other, the rest are dropped; else
 * the matches are only ordered by it, so the usual meaning is judged first.
 */
export function byShortForm<T extends RoleMatch>(role: string, matches: T[]): T[] {
  const letters = role.trim().replace(/s$/, '');
  if (matches.length < 2 || !/^[A-Z]{2,6}$/.test(letters)) return matches;
  const key = letters.toLowerCase();
  const counted = matches.map((match) => ({ match, n: timesWritten(match.occupation, key) }));
  const sorted = [...counted].sort((a, b) => b.n - a.n);
  const [top, next] = [sorted[0]!.n, sorted[1]!.n];
  const kept = top >= 4 && next * 3 <= top ? sorted.filter((c) => c.n === top) : sorted;
  return kept.map((c) => c.match);
}

/**
 * Several occupations with an alternate title of that name ("Private Investigator" is written
 * for private detectives and, expanding "PI", for criminal investigators) mean the ones whose BLS
 * title says most of the role's own words (Private Detectives and Investigators: two of two).
 * One shared word decides nothing: it may be the head noun every candidate shares.
 */
export function byTitleWords<T extends RoleMatch>(role: string, matches: T[]): T[] {
  const mine = new Set(words(role).map(stem));
  const shared = (match: T) =>
    new Set(
      words(match.occupation.title)
        .map(stem)
        .filter((w) => mine.has(w)),
    ).size;
  const best = Math.max(0, ...matches.map(shared));
  return best >= 2 ? matches.filter((match) => shared(match) === best) : matches;
}

/** Whether `inner`'s words (by stem) run, in order, inside `outer`'s: "Physical Therapists" in "Physical Therapist Assistants". */
function titleWithin(inner: string, outer: string): boolean {
  const a = words(inner).map(stem);
  const b = words(outer).map(stem);
  if (a.length === 0 || a.length >= b.length) return false;
  return b.some((_, i) => a.every((w, j) => b[i + j] === w));
}

/**
 * Letters no name decides ("PT": psychiatric or pharmacy technicians, physical therapists) in an
 * article whose other role is a therapist ("OT vs. PT") mean the one BLS title they spell whose
 * head noun is that occupation's own (Physical Therapists); beside the role's own assistants or
 * aides ("PT vs. PTA"), the one BLS title they spell that the other's title is built on (Physical
 * Therapist Assistants are a physical therapist's). None or several such titles decide nothing.
 */
export function lettersBySibling(index: RoleIndex, role: string, siblings: readonly Occupation[]): RoleMatch | undefined {
  const letters = role.trim();
  if (!/^[A-Z]{2,6}s?$/.test(letters) || siblings.length === 0) return undefined;
  const spelled = letters.replace(/s$/, '').toLowerCase();
  const heads = new Set(siblings.flatMap((o) => headNouns(o.title)));
  const spelling = index.occupations.filter((o) => initials(o.title) === spelled && !siblings.some((s) => s.soc === o.soc));
  for (const related of [
    (o: Occupation) => headNouns(o.title).some((h) => heads.has(h)),
    (o: Occupation) => siblings.some((s) => titleWithin(o.title, s.title)),
  ]) {
    const named = spelling.filter(related);
    if (named.length > 1) return undefined;
    if (named.length === 1) return { occupation: named[0]!, via: 'title', matched: named[0]!.title };
  }
  return undefined;
}

/** How much more often the chosen occupation's names write the role's modifiers than any other's. */
const SHARE_LEAD = 3;
/** …in at least this many of its names: one name is an accident of the data. */
const SHARE_NAMES = 3;
/** …and in a quarter of them: the modifier is that occupation's usual word, not a few names'. */
const SHARE_LEAST = 1 / 4;

/**
 * "Marine Mechanic", filed under Industrial Machinery Mechanics and under Motorboat Mechanics and
 * Service Technicians, neither title saying "marine": the occupation whose O*NET names write the
 * role's modifiers in the largest share (7 of the motorboat mechanics' 20, 3 of the machinery
 * mechanics' 209) is the one it names, when that share is a quarter at least and three times any
 * other's; else all are kept.
 */
export function byModifierShare<T extends RoleMatch>(role: string, matches: T[]): T[] {
  const occupations = [...new Set(matches.map((match) => match.occupation))];
  if (occupations.length < 2) return matches;
  const heads = new Set(headNouns(role));
  const modifiers = words(role)
    .filter((w) => w.length >= 3)
    .map(stem)
    .filter((w) => !heads.has(w));
  // A title writing a modifier ("Healthcare Social Workers" for a Social Worker) is the title
  // evidence's to weigh (title-evidence.ts); the names' share only speaks where no title does.
  const titled = (occupation: Occupation) => words(occupation.title).some((w) => modifiers.includes(stem(w)));
  if (modifiers.length === 0 || occupations.some(titled)) return matches;
  const shares = occupations.map((occupation) => {
    const names = occupation.alternateTitles ?? [];
    const n = names.filter((name) => words(name).some((w) => modifiers.includes(stem(w)))).length;
    return { occupation, n, share: names.length > 0 ? n / names.length : 0 };
  });
  shares.sort((a, b) => b.share - a.share);
  const [best, next] = [shares[0]!, shares[1]!];
  if (best.n < SHARE_NAMES || best.share < SHARE_LEAST || best.share < SHARE_LEAD * next.share) return matches;
  return matches.filter((match) => match.occupation === best.occupation);
}
