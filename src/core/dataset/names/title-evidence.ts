// What a BLS title says about a role beyond O*NET's alternate titles. O*NET files one name under
// several occupations ("Adult Education Teacher" under postsecondary career/technical teachers and
// under adult basic education instructors; "Restaurant Manager" under food service managers and
// under first-line supervisors) and spells some names only one way ("Electromechanical
// Technician", while sites write "Electro-Mechanical Technician" as BLS's own title does). The
// BLS title is the occupation's definition, so where it names the role's own words it decides:
// - a title holding every modifier of the role with the role's own head noun names it,
//   when no title matches the role exactly (one such title, never a guess among several);
// - among occupations sharing an alternate title, those whose titles hold most of the role's
//   modifiers (and of the expansion its abbreviation stands for: "ESL" -> "English as a Second
//   Language") are meant, when their head noun is of the role's family, then those whose title's
//   head noun is the role's own noun.
import { agreeWords, GENERAL_HEADS, headNouns } from './head-noun.js';
import { expansionsOf } from './match-rules.js';
import { stem, words } from './normalize.js';
import type { Occupation, RoleMatch } from '../types.js';

const RESIDUAL = /,\s*all other$/i;

const SMALL = new Set(['a', 'an', 'the', 'as', 'of', 'and', 'or', 'for', 'in', 'to', 'at', 'on']);

/** A BLS title without the kinds it leaves out (", Except …"), as words. */
function titleWords(title: string): string[] {
  const except = title.indexOf(', Except');
  return words(except > 0 ? title.slice(0, except) : title);
}

/**
 * The head nouns of a title, and of its part before the first comma ("Camera Operators, Television,
 * …"); a "Helpers--Brickmasons, …, and Tile and Marble Setters" title's head is its helpers.
 */
function titleHeads(title: string): string[] {
  const dashes = title.indexOf('--');
  if (dashes > 0) return headNouns(title.slice(0, dashes));
  const comma = title.indexOf(',');
  const heads = comma > 0 ? [...headNouns(title), ...headNouns(title.slice(0, comma))] : headNouns(title);
  // "Septic Tank Servicers and Sewer Pipe Cleaners": a plural before "and" ends a kind of its own
  // (BLS writes a modifier in the singular: "Bus and Truck Mechanics"), the title's first word too
  // ("Stockers and Order Fillers"), but for a residual's ("Artists and Related Workers, All Other").
  const all = words(title);
  const from = RESIDUAL.test(title) ? 1 : 0;
  all.forEach((w, i) => {
    if (all[i + 1] === 'and' && i >= from && w.endsWith('s') && !w.endsWith('ss')) heads.push(stem(w));
  });
  return heads;
}

/** The role's modifiers: its words but the head noun and small words, stemmed. */
function modifiersOf(name: string): string[] {
  const heads = new Set(headNouns(name));
  return words(name)
    .filter((w) => !SMALL.has(w))
    .map(stem)
    .filter((w) => !heads.has(w));
}

/** A title's heads and word stems, computed once per occupation: every role no title names asks about all of them. */
interface TitleParts {
  heads: readonly string[];
  stems: ReadonlySet<string>;
}
const partsMemo = new WeakMap<Occupation, TitleParts>();

function partsOf(occupation: Occupation): TitleParts {
  let parts = partsMemo.get(occupation);
  if (!parts) {
    const { title } = occupation;
    partsMemo.set(occupation, (parts = { heads: titleHeads(title), stems: new Set(titleWords(title).map(stem)) }));
  }
  return parts;
}

/** Every occupation's title parts, computed ahead (claims/prepare.ts says when). */
export function prepareTitleParts(occupations: readonly Occupation[]): void {
  for (const occupation of occupations) partsOf(occupation);
}

/** Whether every modifier is a word of the title, or two neighbours written solid in it ("skin care": "skincare"). */
function holdsAll(name: string, stems: ReadonlySet<string>): boolean {
  const plain = words(name).filter((w) => !SMALL.has(w));
  const heads = new Set(headNouns(name));
  return plain.every((w, i) => {
    if (heads.has(stem(w)) || stems.has(stem(w))) return true;
    const solid = (a: string, b: string) => stems.has(stem(a + b));
    return (i > 0 && solid(plain[i - 1]!, w)) || (i + 1 < plain.length && solid(w, plain[i + 1]!));
  });
}

/**
 * The one BLS title that holds every modifier of a role of two words or more, its head noun the
 * role's own ("Electro-Mechanical and Mechatronics Technologists and Technicians" for an
 * Electro-Mechanical Technician); undefined when none or several do.
 */
export function titleNaming(occupations: readonly Occupation[], role: string): RoleMatch | undefined {
  if (modifiersOf(role).length === 0) return undefined;
  const heads = headNouns(role);
  const named: Occupation[] = [];
  for (const occupation of occupations) {
    const parts = partsOf(occupation);
    if (heads.some((head) => parts.heads.includes(head)) && holdsAll(role, parts.stems)) named.push(occupation);
  }
  const one = named.length === 1 ? named[0] : exceptingRest(role, named);
  return one && { occupation: one, via: 'title', matched: one.title };
}

/**
 * "Wholesale Sales Representative": BLS splits the field into "Sales Representatives, Wholesale
 * and Manufacturing, Technical and Scientific Products" and the same title "Except Technical and
 * Scientific Products". A role that writes none of the excepted words is the rest of the field,
 * the "Except" title, when every other title holding the role's words names those kinds.
 */
function exceptingRest(role: string, named: readonly Occupation[]): Occupation | undefined {
  const excepting = named.filter((occupation) => occupation.title.includes(', Except '));
  if (named.length < 2 || excepting.length !== 1) return undefined;
  const rest = excepting[0]!;
  const excepted = words(rest.title.slice(rest.title.indexOf(', Except ') + 9))
    .filter((w) => !SMALL.has(w))
    .map(stem);
  const mine = new Set(words(role).map(stem));
  if (excepted.length === 0 || excepted.some((w) => mine.has(w))) return undefined;
  const others = named.filter((occupation) => occupation !== rest);
  return others.every((occupation) => excepted.every((w) => partsOf(occupation).stems.has(w))) ? rest : undefined;
}

/**
 * Whether a title writes a word alike to `stemmed` to its fifth letter: BLS writes a field by
 * another form of the role's word ("Food Service Supervisor": "… Food Preparation and Serving Workers").
 */
function alikeIn(stemmed: string, title: ReadonlySet<string>): boolean {
  if (stemmed.length < 5) return false;
  const start = stemmed.slice(0, 5);
  for (const w of title) if (w.length >= 5 && w.startsWith(start)) return true;
  return false;
}

/**
 * Of several occupations sharing the role's name, the ones whose BLS title holds most of its
 * modifiers (at least one), then those whose title's head noun is the role's own; the rest are
 * another job that O*NET also files the name under.
 */
export function byTitleEvidence<T extends RoleMatch>(role: string, matches: T[]): T[] {
  if (matches.length < 2) return matches;
  const modifiers = (match: T) => new Set([role, ...expansionsOf(role, match.matched)].flatMap(modifiersOf));
  const held = (match: T) => {
    const title = partsOf(match.occupation).stems;
    let n = 0;
    for (const w of modifiers(match)) if (title.has(w) || alikeIn(w, title)) n++;
    return n;
  };
  // Only a title whose workers are the role's kind counts ("Project Management Specialists" hold
  // "project", but a project manager is not a specialist).
  const heads = headNouns(role);
  const counts = matches.map((match) =>
    heads.some((head) => partsOf(match.occupation).heads.some((other) => agreeWords(head, other))) ? held(match) : 0,
  );
  const best = Math.max(...counts);
  let kept = best > 0 ? matches.filter((_, i) => counts[i] === best) : matches;
  // A general head noun names no kind: it decides nothing; nor does the head noun where a title of
  // other workers holds the role's words ("Project Management Specialists" for a project manager:
  // O*NET's filing may be right).
  if (heads.some((head) => GENERAL_HEADS.has(head)) || (best === 0 && matches.some((m) => held(m) > 0))) return kept;
  // A one-word role has no words of its own to weigh, only its noun: a title written with it
  // ("Pressers, Textile, …" for a Presser; "Stockers and Order Fillers") is its occupation, not one
  // whose title only shares its stem or family ("… Pressing, and Compacting Machine … Tenders").
  const own = kept.filter((match) => partsOf(match.occupation).heads.some((head) => heads.includes(head)));
  if (own.length > 0 && own.length < kept.length) kept = own;
  return kept;
}
