// From a role named in an article to its occupations: a SOC pin in the front matter
// (`soc: {"Product Manager": "11-2021"}`) wins; otherwise the one role matcher.
import type { Article } from '../../model/article.js';
import type { RoleIndex, RoleMatch } from '../types.js';
import { matchRole, type KindedMatch } from './match-role.js';
import { lettersBySibling } from './match-rules.js';
import { sameRole } from '../../text/role-names.js';
import { lookupName } from '../../model/article-roles.js';

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

export function resolveRole(article: Article, index: RoleIndex, role: string): ResolvedRole {
  const pinned = pins(article).find(([name]) => sameRole(name, role))?.[1];
  if (pinned !== undefined) {
    const match = index.pinnedMatch(pinned);
    return { matches: match ? [{ ...match, kind: 'pinned' }] : [], weak: [], pinned };
  }
  // "PT" in an article that says "physical therapist (PT)" is asked about as the physical therapist.
  const found = matchRole(index, lookupName(article, role));
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
