// What a comparison's other role says about a role whose name O*NET files under several
// occupations. A comparison is of two jobs, most often two of one field: "Ultrasound Tech vs. Rad
// Tech" cannot mean radiologic technologists twice, and "Store Manager vs. Sales Associate" is a
// retail store's manager, not a general manager. Both rules read only the dataset's filings of
// the name as written, never a list of titles.
import type { Occupation, RoleIndex } from '../types.js';
import { GENERAL_HEADS, headAgrees } from './head-noun.js';
import { stem, titleTokens, words } from './normalize.js';
import { matchRole, type KindedMatch } from './match-role.js';

/** The distinct occupations O*NET files the very name under (title or alternate title), in the index's order. */
function filings(index: RoleIndex, name: string): Occupation[] {
  return [...new Set(index.match(name).map((match) => match.occupation))];
}

const asMatch = (occupation: Occupation, matched: string): KindedMatch => ({ occupation, via: 'alternate', matched, kind: 'alternate' });

/**
 * "Ultrasound Tech" is filed under Radiologic Technologists and Technicians (the rules' pick) and
 * Diagnostic Medical Sonographers; beside "Rad Tech", which names radiologic technologists alone,
 * it means its one other filing. Only when the other role names one occupation, and the role's
 * name one other.
 */
export function apartFromSibling(
  index: RoleIndex,
  lookup: string,
  first: Occupation | undefined,
  sibling: string,
): KindedMatch | undefined {
  const other = matchRole(index, sibling).matches;
  const only = other[0]?.occupation;
  if (!only || !first || first !== only || other.some((match) => match.occupation !== only)) return undefined;
  // A title writing the whole name is the role's too: "Stocker vs. Order Filler" both mean
  // Stockers and Order Fillers, a claim about both ("Ultrasound" is no word of the radiologic title).
  const written = new Set(words(only.title).map(stem));
  if (titleTokens(lookup).every((token) => written.has(token))) return undefined;
  // A name filed nowhere as written ("CDL-B Bus Driver") is filed where the name the matcher read it as is.
  const filed = filings(index, lookup);
  const read = filed.length > 0 ? filed : [...new Set(matchRole(index, lookup).matches.map((match) => match.occupation))];
  const rest = read.filter((occupation) => occupation !== only);
  return rest.length === 1 ? asMatch(rest[0]!, lookup) : undefined;
}

/** The first two digits of a SOC code: its major group (41: sales and related occupations). */
const field = (occupation: Occupation) => occupation.soc.slice(0, 2);

/**
 * "Store Manager", filed under General and Operations Managers (11-) and First-Line Supervisors of
 * Retail Sales Workers (41-), beside a sales worker (41-): a manager compared with the workers of
 * a field is that field's first-line supervisor, when the name is filed under one supervisor
 * occupation of the other role's major group and the other role is no supervisor itself
 * ("Casino Manager vs. Gaming Supervisor" keeps its manager). And "Sales Associate", filed under
 * six sales occupations, beside that supervisor, is the filing its title names the workers of
 * (`supervisedBy`). Undefined when nothing decides, or the pick already leads.
 */
export function inSiblingField(
  index: RoleIndex,
  lookup: string,
  first: KindedMatch | undefined,
  sibling: Occupation,
): Occupation | undefined {
  // A BLS title is the name's own: the pair's field does not overrule it.
  if (first?.kind === 'exact' || first?.kind === 'pinned' || first?.kind === 'alias') return undefined;
  const filed = filings(index, lookup);
  if (filed.length < 2) return undefined;
  const supervised = supervisedBy(filed, sibling);
  if (supervised) return supervised === first?.occupation ? undefined : supervised;
  if ((first && field(first.occupation) === field(sibling)) || supervisedWords(sibling.title).length > 0) return undefined;
  const overseeing = filed.filter(
    (o) => o !== sibling && field(o) === field(sibling) && supervisedWords(o.title).length > 0 && headAgrees(lookup, o.title),
  );
  return overseeing.length === 1 ? overseeing[0] : undefined;
}

/** Words alike to their fifth letter ("sales", "salespersons"), as a supervisor's title names its workers. */
const alike = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/** The words a first-line supervisor's title names its workers by: "First-Line Supervisors of Retail Sales Workers" -> retail, sales. */
function supervisedWords(title: string): string[] {
  const found = words(title);
  const of = found.indexOf('of');
  if (of < 0 || !found.slice(0, of).some((w) => stem(w) === 'supervisor')) return [];
  return found.slice(of + 1).filter((w) => w.length >= 3 && !GENERAL_HEADS.has(stem(w)) && w !== 'and');
}

/**
 * "Sales Associate", filed under six sales occupations, beside First-Line Supervisors of Retail
 * Sales Workers: the filing whose title writes most of the words the supervisor's title names its
 * workers by (Retail Salespersons: "retail", "sales"), two at least and more than any other filing.
 */
function supervisedBy(filed: readonly Occupation[], sibling: Occupation): Occupation | undefined {
  const named = supervisedWords(sibling.title);
  if (named.length < 2) return undefined;
  const counts = filed.map((o) => {
    // The supervisors themselves ("Casino Manager", filed under them too) are not their workers.
    if (o === sibling || supervisedWords(o.title).length > 0) return 0;
    const title = words(o.title);
    return named.filter((w) => title.some((t) => alike(t, w))).length;
  });
  const best = Math.max(...counts);
  return best >= 2 && counts.filter((n) => n === best).length === 1 ? filed[counts.indexOf(best)] : undefined;
}

/** The other role's occupation, as `inSiblingField` reads it beside this role's own first match. */
export function siblingOccupation(index: RoleIndex, sibling: string, mine: string): Occupation | undefined {
  const own = matchRole(index, sibling).matches[0];
  const beside = matchRole(index, mine).matches[0]?.occupation;
  return (beside && inSiblingField(index, sibling, own, beside)) ?? own?.occupation;
}

export { asMatch as filedMatch };
