// A claim whose sentence names no role belongs to the role its heading names: under "## Pharmacy
// Technician Pay", "The median annual wage was $45,750 in May 2025" is the pharmacy technician's.
// Only a heading naming exactly one compared role says so (by its title or the looser forms of
// role-forms.ts); one naming both, or none, leaves the claim unattributed, never guessed. A heading
// that sets two things side by side ("Nurse vs doula pay?", "RN or midwife?") names two roles even
// when only one of them is a name we know, so it names no single role either.
import type { Article } from '../model/article.js';
import type { ClaimRoles } from './claim-roles.js';
import { claimRoleSpans } from './role-forms.js';

/** Words setting two things against each other in a heading. */
const SIDE_BY_SIDE = /(?<![\p{L}])(?:vs\.?|versus|or|compared|comparison|against)(?![\p{L}])/iu;

/** The role the nearest heading before `at` names alone, if any. */
function headingRole(article: Article, roles: ClaimRoles, at: number, cache: Map<number, string | undefined>): string | undefined {
  let heading: { start: number; end: number } | undefined;
  for (const node of article.tree.children) {
    const start = node.position?.start.offset ?? Infinity;
    if (start > at) break;
    if (node.type === 'heading') heading = { start, end: node.position?.end.offset ?? start };
  }
  if (!heading) return undefined;
  if (!cache.has(heading.start)) {
    const text = article.text.slice(heading.start, heading.end);
    const named = new Set(claimRoleSpans(text, roles).map((s) => s.role));
    cache.set(heading.start, named.size === 1 && !SIDE_BY_SIDE.test(text) ? roles[[...named][0]!] : undefined);
  }
  return cache.get(heading.start);
}

/** The claims, each without a role given its heading's role where the heading names exactly one (a doubtful one keeps none). */
export function withHeadingRoles<T extends { role: string | undefined; doubtful?: true }>(
  article: Article,
  roles: ClaimRoles,
  claims: T[],
  at: (claim: T) => number,
): T[] {
  if (!claims.some((c) => c.role === undefined)) return claims;
  const cache = new Map<number, string | undefined>();
  return claims.map((claim) => {
    if (claim.role !== undefined || claim.doubtful) return claim;
    const role = headingRole(article, roles, at(claim), cache);
    return role === undefined ? claim : { ...claim, role };
  });
}
