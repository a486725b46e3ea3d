// From a role named in an article to its occupations: a SOC pin in the front matter
// (`soc: {"Product Manager": "11-2021"}`) wins; otherwise the one role matcher.
import type { Article } from '../../model/article.js';
import type { RoleIndex, RoleMatch } from '../types.js';
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
  // Every claim asks about its role: the answer is kept per article, dataset and name.
  let byIndex = namedMemo.get(article);
  if (!byIndex) namedMemo.set(article, (byIndex = new WeakMap()));
  let known = byIndex.get(index);
  if (!known) byIndex.set(index, (known = new Map<string, KindedMatch | undefined>()));
  if (!known.has(lookup)) known.set(lookup, findNamed(article, index, lookup, matches));
  return known.get(lookup);
}

const namedMemo = new WeakMap<Article, WeakMap<RoleIndex, Map<string, KindedMatch | undefined>>>();

function findNamed(article: Article, index: RoleIndex, lookup: string, matches: readonly KindedMatch[]): KindedMatch | undefined {
  const filed = filedUnder(index, lookup);
  if (filed.length < 2) return undefined;
  const said = article.text.toLowerCase();
  // The other role's occupation is named for the other role ("Chef vs. Cook" names chefs and head cooks).
  const others = (article.roles ?? [])
    .filter((other) => lookupName(article, other) !== lookup)
    .flatMap((other) => matchRole(index, lookupName(article, other)).matches.map((match) => match.occupation));
  const named = filed.filter((match) => !others.includes(match.occupation) && said.includes(match.occupation.title.toLowerCase()));
  if (named.length !== 1 || (matches.length === 1 && matches[0]!.occupation === named[0]!.occupation)) return undefined;
  return named[0];
}

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
  let byIndex = siblingMemo.get(article);
  if (!byIndex) siblingMemo.set(article, (byIndex = new WeakMap()));
  let known = byIndex.get(index);
  if (!known) byIndex.set(index, (known = new Map<string, KindedMatch | undefined>()));
  if (!known.has(lookup)) {
    const sibling = siblingName(article, role);
    const apart = sibling === undefined ? undefined : apartFromSibling(index, lookup, first?.occupation, sibling);
    const other = sibling === undefined || apart ? undefined : siblingOccupation(index, sibling, lookup);
    const inField = other && inSiblingField(index, lookup, first, other);
    known.set(lookup, apart ?? (inField ? filedMatch(inField, lookup) : undefined));
  }
  return known.get(lookup);
}

const siblingMemo = new WeakMap<Article, WeakMap<RoleIndex, Map<string, KindedMatch | undefined>>>();

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
