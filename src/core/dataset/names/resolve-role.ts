// From a role named in an article to its occupations: a SOC pin in the front matter
// (`soc: {"Product Manager": "11-2021"}`) wins; otherwise the one role matcher.
import type { Article } from '../../model/article.js';
import type { Occupation, RoleIndex, RoleMatch } from '../types.js';
import { filedUnder, matchRole, type KindedMatch } from './match-role.js';
import { lettersBySibling } from './match-rules.js';
import { sameRole } from '../../text/role-names.js';
import { lookupName } from '../../model/article-roles.js';
import { apartFromSibling, filedMatch, inSiblingField, siblingOccupation } from './sibling-roles.js';

export interface ResolvedRole {
  matches: KindedMatch[];
  /** Name matches set aside because the head noun disagrees: reported, never used. */
  weak: RoleMatch[];
  /** The SOC code pinned for the role, if any (even when the dataset does not know it). */
  pinned: string | undefined;
}

function pins(article: Article): Array<[string, string]> {
  const soc = article.frontMatter?.data['soc'];
  if (!soc || typeof soc !== 'object' || Array.isArray(soc)) return [];
  return Object.entries(soc as Record<string, unknown>).flatMap(([role, code]) =>
    typeof code === 'string' || typeof code === 'number' ? [[role, String(code)] as [string, string]] : [],
  );
}

/**
 * "Development Director": O*NET files the name under fundraising, training and development, and
 * public relations managers, and the matcher's general rules pick one; an article that names
 * another of them by its BLS title ("fundraising managers earn …") says which it means. Only an
 * occupation the name itself is filed under and the other role does not mean, and only when the
 * article names exactly one of them.
 */
function namedByArticle(article: Article, index: RoleIndex, lookup: string, matches: readonly KindedMatch[]): KindedMatch | undefined {
  return perName(namedMemo, article, index, lookup, () => findNamed(article, index, lookup, matches));
}

type Memo = WeakMap<Article, WeakMap<RoleIndex, Map<string, KindedMatch | undefined>>>;

/**
 * Every claim asks about its role, so each article-level rule's answer is kept per article, dataset
 * and name (the name decides the matcher's matches, the rules' only other input).
 */
function perName(
  memo: Memo,
  article: Article,
  index: RoleIndex,
  lookup: string,
  find: () => KindedMatch | undefined,
): KindedMatch | undefined {
  let byIndex = memo.get(article);
  if (!byIndex) memo.set(article, (byIndex = new WeakMap()));
  let known = byIndex.get(index);
  if (!known) byIndex.set(index, (known = new Map<string, KindedMatch | undefined>()));
  if (!known.has(lookup)) known.set(lookup, find());
  return known.get(lookup);
}

const namedMemo: Memo = new WeakMap();

/** The occupations the article's other roles are matched to: a name the article writes for them is theirs. */
function otherOccupations(article: Article, index: RoleIndex, lookup: string): Occupation[] {
  return (article.roles ?? [])
    .filter((other) => lookupName(article, other) !== lookup)
    .flatMap((other) => matchRole(index, lookupName(article, other)).matches.map((match) => match.occupation));
}

/** Each article's text in lower case, once: the rules below search it for BLS titles. */
function lowerText(article: Article): string {
  let said = lowered.get(article);
  if (said === undefined) lowered.set(article, (said = article.text.toLowerCase()));
  return said;
}

const lowered = new WeakMap<Article, string>();

function findNamed(article: Article, index: RoleIndex, lookup: string, matches: readonly KindedMatch[]): KindedMatch | undefined {
  const filed = filedUnder(index, lookup);
  if (filed.length < 2) return undefined;
  const said = lowerText(article);
  // The other role's occupation is named for the other role ("Chef vs. Cook" names chefs and head cooks).
  const others = otherOccupations(article, index, lookup);
  const named = filed.filter((match) => !others.includes(match.occupation) && said.includes(match.occupation.title.toLowerCase()));
  if (named.length !== 1 || (matches.length === 1 && matches[0]!.occupation === named[0]!.occupation)) return undefined;
  return named[0];
}

/**
 * "Extruding, Forming, Pressing, and Compacting Machine Setters, Operators, and Tenders" ->
 * "Extruding, Forming, Pressing, and Compacting Machine Operators": sites write BLS's machine
 * setters, operators and tenders as the operators alone, without the qualifier after ("Metal and
 * Plastic", "Except Sawing"). Empty for any other title.
 */
export function spokenTitles(title: string): string[] {
  const at = title.indexOf(' Setters, Operators, and Tenders');
  return at > 0 ? [`${title.slice(0, at)} Operators`] : [];
}

/**
 * "Helpers, Construction Trades, All Other" -> "Helpers, Construction Trades", "Construction Trades
 * Helpers": a catch-all group as sites name it, without "all other", and a title that writes its
 * one-word head noun first said in prose order. Empty for a title that is no catch-all.
 */
export function groupTitles(title: string): string[] {
  if (!title.endsWith(', All Other')) return [];
  const bare = title.slice(0, -', All Other'.length);
  const comma = bare.indexOf(', ');
  const head = bare.slice(0, comma);
  const rest = bare.slice(comma + 2);
  return comma > 0 && !head.includes(' ') && !rest.includes(',') ? [bare, `${rest} ${head}`] : [bare];
}

/** How many of a role's nearest occupations an article may name for it (the CLI's first few `roles` hits). */
const NEAREST_NAMED = 5;

/**
 * "Tattoo removal techs fall under personal care and service workers, all other": a title the
 * matcher files under no occupation ("Tattoo Remover", "Weather Observer") is counted where the
 * article says BLS counts it, when the article writes out the whole BLS title of one of the role's
 * nearest occupations that the other roles do not mean. A role the matcher does file takes only a
 * catch-all group named so ("wood carvers among woodworkers, all other" over Model Makers, Wood):
 * the article picks the group over the matched specialty, never one specialty over another.
 * Asked once per article and role, like `namedByArticle`.
 */
function groupNamedByArticle(article: Article, index: RoleIndex, lookup: string, matches: readonly KindedMatch[]): KindedMatch | undefined {
  return perName(groupMemo, article, index, lookup, () => findGroup(article, index, lookup, matches));
}

const groupMemo: Memo = new WeakMap();

function findGroup(article: Article, index: RoleIndex, lookup: string, matches: readonly KindedMatch[]): KindedMatch | undefined {
  const said = lowerText(article);
  // Cheap test first: a role the matcher files is only re-filed under a catch-all the article names,
  // and only from a specialty: one already in a catch-all group ("Radio Operator", communications
  // equipment operators, all other) stays there, whatever other group the article quotes.
  const catchAll = (occupation: Occupation) => occupation.title.toLowerCase().endsWith(', all other');
  if (matches.length > 0 && (!said.includes(', all other') || matches.some((match) => catchAll(match.occupation)))) return undefined;
  // The nearest occupations only (the unknown-role rule asks the same for its "did you mean"): a
  // full search of the alternate titles costs ten times as much per article.
  const nearest = index.suggest(lookup, NEAREST_NAMED);
  const others = otherOccupations(article, index, lookup);
  // "personal service managers, all other" (the other role's group) does not write "managers, all other".
  const text = others.reduce((left, other) => namesOf(other, true).reduce((t, name) => t.split(name.toLowerCase()).join(' '), left), said);
  const named = new Set(
    nearest.filter(
      (occupation) =>
        !others.includes(occupation) &&
        (matches.length === 0 || catchAll(occupation)) &&
        !matches.some((match) => match.occupation === occupation) &&
        namesOf(occupation, matches.length === 0).some((title) => writes(text, title.toLowerCase())),
    ),
  );
  if (named.size !== 1) return undefined;
  const [occupation] = [...named] as [Occupation];
  return { occupation, via: 'title', matched: occupation.title, kind: 'related' };
}

/** Whether `said` writes `name` as words of its own: "managers, all other" is not written by "personal service managers, all other". */
function writes(said: string, name: string): boolean {
  for (let at = said.indexOf(name); at >= 0; at = said.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(said[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(said[at + name.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * The names an article may write an occupation by: its title and the operators of its machine
 * title; for a role the matcher files nowhere, a catch-all group's shorter names too (one filed
 * under a specialty moves to a group only on its whole title, "…, all other").
 */
const namesOf = (occupation: Occupation, unfiled: boolean) => [
  occupation.title,
  ...spokenTitles(occupation.title),
  ...(unfiled ? groupTitles(occupation.title) : []),
];

/** "Patternmakers, Metal and Plastic" -> "metal and plastic": what a BLS title writes after its comma, in lower case. */
function qualifier(title: string): string | undefined {
  const comma = title.indexOf(', ');
  return comma > 0 ? title.slice(comma + 2).toLowerCase() : undefined;
}

/**
 * "Model Maker vs. Patternmaker": O*NET files "Patternmaker" under fabric and apparel, metal and
 * plastic, and wood patternmakers; next to Model Makers, Metal and Plastic the article means the
 * patternmakers of the same material. Of a role's several occupations, the one whose BLS title
 * ends with the qualifier of the other role's occupation's title; none or several decide nothing.
 */
function sameKindAsSibling(article: Article, index: RoleIndex, role: string, matches: readonly KindedMatch[]): KindedMatch | undefined {
  const kinds = (article.roles ?? [])
    .filter((other) => !sameRole(other, role))
    .flatMap((other) => matchRole(index, lookupName(article, other)).matches.slice(0, 1))
    .flatMap((match) => qualifier(match.occupation.title) ?? []);
  if (kinds.length === 0) return undefined;
  const same = matches.filter((match) => kinds.includes(qualifier(match.occupation.title) ?? ''));
  return new Set(same.map((match) => match.occupation)).size === 1 ? same[0] : undefined;
}

/** The article's other role's name as the dataset is asked about it (a comparison has one). */
function siblingName(article: Article, role: string): string | undefined {
  const other = (article.roles ?? []).filter((name) => !sameRole(name, role));
  return other.length === 1 ? lookupName(article, other[0]!) : undefined;
}

/** What the other role says of a name filed under several occupations (sibling-roles.ts), kept per article. */
function bySibling(
  article: Article,
  index: RoleIndex,
  role: string,
  lookup: string,
  first: KindedMatch | undefined,
): KindedMatch | undefined {
  return perName(siblingMemo, article, index, lookup, () => {
    const sibling = siblingName(article, role);
    const apart = sibling === undefined ? undefined : apartFromSibling(index, lookup, first?.occupation, sibling);
    const other = sibling === undefined || apart ? undefined : siblingOccupation(index, sibling, lookup);
    const inField = other && inSiblingField(index, lookup, first, other);
    return apart ?? (inField ? filedMatch(inField, lookup) : undefined);
  });
}

const siblingMemo: Memo = new WeakMap();

/**
 * "gunsmiths, counted with installation, maintenance, and repair workers, all other", "Wood carvers … (BLS: woodworkers,
 * all other)": O*NET files the name under a group whose head noun is not the role's, so the match is set aside as
 * weak; an article that writes the group's BLS title says it is the occupation meant. Only one such group, never
 * the other role's, and only when the article writes none of the role's own matches' titles.
 */
function titledByArticle(
  article: Article,
  index: RoleIndex,
  lookup: string,
  matches: readonly KindedMatch[],
  weak: readonly RoleMatch[],
): KindedMatch | undefined {
  if (weak.length === 0) return undefined;
  return perName(titledMemo, article, index, lookup, () => {
    const said = lowerText(article);
    // The other role's occupation is named for the other role ("Missionary vs. Community Organizer").
    const others = otherOccupations(article, index, lookup);
    const saysTitle = (match: RoleMatch) => !others.includes(match.occupation) && said.includes(match.occupation.title.toLowerCase());
    if (matches.some(saysTitle)) return undefined;
    const named = new Set(weak.filter(saysTitle).map((match) => match.occupation));
    const only = named.size === 1 ? weak.find(saysTitle) : undefined;
    return only && { ...only, kind: 'alternate' };
  });
}

const titledMemo: Memo = new WeakMap();

export function resolveRole(article: Article, index: RoleIndex, role: string): ResolvedRole {
  const pinned = pins(article).find(([name]) => sameRole(name, role))?.[1];
  if (pinned !== undefined) {
    const match = index.pinnedMatch(pinned);
    return { matches: match ? [{ ...match, kind: 'pinned' }] : [], weak: [], pinned };
  }
  // "PT" in an article that says "physical therapist (PT)" is asked about as the physical therapist.
  const lookup = lookupName(article, role);
  const found = matchRole(index, lookup);
  if (found.matches.length > 0) {
    const named = namedByArticle(article, index, lookup, found.matches);
    if (named) return { matches: [named], weak: found.weak, pinned: undefined };
  }
  const titled = titledByArticle(article, index, lookup, found.matches, found.weak);
  if (titled) return { matches: [titled], weak: found.weak.filter((match) => match.occupation !== titled.occupation), pinned: undefined };
  const group = groupNamedByArticle(article, index, lookup, found.matches);
  if (group) return { matches: [group], weak: found.weak, pinned: undefined };
  const byPair = bySibling(article, index, role, lookup, found.matches[0]);
  if (byPair) return { matches: [byPair], weak: found.weak, pinned: undefined };
  const kind = found.matches.length > 1 ? sameKindAsSibling(article, index, role, found.matches) : undefined;
  if (kind) return { matches: [kind], weak: found.weak, pinned: undefined };
  if (found.matches.length > 0 || found.weak.length > 0) return { ...found, pinned: undefined };
  // Else letters the article's other role explains ("OT vs. PT": the therapist, not a technician).
  const siblings = (article.roles ?? [])
    .filter((other) => !sameRole(other, role))
    .flatMap((other) =>
      matchRole(index, lookupName(article, other))
        .matches.slice(0, 1)
        .map((m) => m.occupation),
    );
  const sibling = lettersBySibling(index, role, siblings);
  return { matches: sibling ? [{ ...sibling, kind: 'abbreviation' }] : [], weak: [], pinned: undefined };
}
