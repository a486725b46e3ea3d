// A claim whose sentence names no role belongs to the role its heading names: under "## Pharmacy
// Technician Pay", "The median annual wage was $45,750 in May 2025" is the pharmacy technician's.
// Only a heading naming exactly one compared role says so (by its title or the looser forms of
// role-forms.ts, else by a name BLS or O*NET gives its occupation); one naming both, or none,
// leaves the claim unattributed, never guessed. A heading that sets two things side by side ("Nurse
// vs doula pay?", "RN or midwife?") names two roles even when only one of them is a name we know,
// so it names no single role either.
import type { Article } from '../model/article.js';
import type { ClaimRoles } from './claim-roles.js';
import { claimRoleSpans } from './role-forms.js';
import { hasWords, rolesNamedBy } from './named-mentions.js';

/** Words setting two things against each other in a heading. */
const SIDE_BY_SIDE = /(?<![\p{L}])(?:vs\.?|versus|or|compared|comparison|against)(?![\p{L}])/iu;

/**
 * The lines of a heading that name a role: front matter below a page's top is a heading of key
 * lines ("role: Library Science Professor", "education: \"Doctoral or professional degree\""),
 * where an "or" in another key's value sets no two roles side by side.
 */
function namingLines(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  if (spans.length === 0 || !text.includes('\n')) return text;
  const from = text.lastIndexOf('\n', spans[0]!.start) + 1;
  const to = text.indexOf('\n', spans[spans.length - 1]!.end);
  return text.slice(from, to < 0 ? text.length : to);
}

/** The longest line that heads a list as a heading would: a name and a word or two. */
const LEAD_LINE = 60;

/** The role a heading (or a list's lead line) at `span` names alone, if any. */
function roleOf(article: Article, roles: ClaimRoles, span: { start: number; end: number }, cache: Map<number, string | undefined>) {
  if (!cache.has(span.start)) {
    const text = article.text.slice(span.start, span.end);
    const spans = claimRoleSpans(text, roles);
    const named = new Set(spans.map((s) => s.role));
    // "BMET quick facts:", "## Hairstylist pay": a name only the dataset gives the role's occupation.
    if (named.size === 0 && roles.occupationNames && hasWords(text))
      for (const role of rolesNamedBy(text, roles.occupationNames())) named.add(role);
    // "Healthcare diagnosing or treating practitioners, all other": an "or" inside a name is the
    // name's own (a BLS title's), setting nothing side by side; only the words around the names are read.
    const around = spans.reduce((line, s) => line.slice(0, s.start) + ' '.repeat(s.end - s.start) + line.slice(s.end), text);
    cache.set(span.start, named.size === 1 && !SIDE_BY_SIDE.test(namingLines(around, spans)) ? roles[[...named][0]!] : undefined);
  }
  return cache.get(span.start);
}

/**
 * "3. Bartender" alone on its line, then paragraphs about it: a listicle numbers its entries as a
 * one-item list, and the entry's name heads what follows as a heading would.
 */
function listicleEntry(article: Article, node: Article['tree']['children'][number], start: number, end: number): boolean {
  if (node.type !== 'list' || node.children.length !== 1 || end - start > LEAD_LINE) return false;
  const name = article.text.slice(start, end).replace(/^\s{0,3}(?:\d{1,3}[.)]|[-*+])\s{1,4}/u, '');
  return !/[\d.!?:]/u.test(name);
}

/**
 * "Vet assistant quick facts (2024 data):", "Family physicians (2024–34 projections):": a year or
 * a span of years dates the list a lead line heads, and is no figure of its own.
 */
const withoutYear = (line: string) =>
  /\d/.test(line) ? line.replace(/(?<![\d.,$])(?:19|20)\d\d(?:\s?[–-]\s?(?:(?:19|20)\d\d|\d\d))?(?![\d.,%])/gu, '') : line;

/** The role the nearest heading before `at` names alone, if any. */
function headingRole(article: Article, roles: ClaimRoles, at: number, cache: Map<number, string | undefined>): string | undefined {
  let heading: { start: number; end: number } | undefined;
  let lead: { start: number; end: number } | undefined;
  const children = article.tree.children;
  for (const [i, node] of children.entries()) {
    const start = node.position?.start.offset ?? Infinity;
    if (start > at) break;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'heading' || listicleEntry(article, node, start, end)) heading = { start, end };
    // "Welder at a glance" alone on a line above a list heads that list only (a snapshot of one role).
    const list = children[i + 1];
    const inList = list?.type === 'list' && (list.position?.start.offset ?? Infinity) <= at && at < (list.position?.end.offset ?? -1);
    if (node.type === 'paragraph' && inList && end - start <= LEAD_LINE && !/[\d.!?]/u.test(withoutYear(article.text.slice(start, end)))) {
      lead = { start, end };
    }
  }
  const fromLead = lead && roleOf(article, roles, lead, cache);
  return fromLead ?? (heading && roleOf(article, roles, heading, cache));
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
