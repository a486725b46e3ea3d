// The role a section is about, from its heading: under "## Pharmacy Technician Pay" a figure
// whose own sentence and paragraph name no role ("The median annual wage was $45,750 in May
// 2025.") is the pharmacy technician's. Only a heading naming exactly one of the compared roles
// counts; a heading naming both ("Nurse vs. NP Salary") or neither leaves the claim unattributed.
import type { Article } from '../model/article.js';
import { claimRoleSpans } from './role-forms.js';

const memo = new WeakMap<Article, Array<{ start: number; role: string | undefined }>>();

/** Each heading below the title, in order, with the one role it names. */
function headings(article: Article): Array<{ start: number; role: string | undefined }> {
  let found = memo.get(article);
  if (found) return found;
  const roles = article.roles ?? [];
  found = article.tree.children.flatMap((node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'heading' || node.depth < 2 || start === undefined || end === undefined) return [];
    const named = new Set(claimRoleSpans(article.text.slice(start, end), roles).map((s) => s.role));
    return [{ start, role: named.size === 1 ? roles[[...named][0]!] : undefined }];
  });
  memo.set(article, found);
  return found;
}

/** The claim's role as attributed, else the one role its section's heading names. */
export function withHeadingRole<T extends { role: string | undefined; start: number }>(article: Article, claim: T): T {
  if (claim.role !== undefined) return claim;
  let role: string | undefined;
  for (const heading of headings(article)) {
    if (heading.start > claim.start) break;
    role = heading.role;
  }
  return role === undefined ? claim : { ...claim, role };
}
