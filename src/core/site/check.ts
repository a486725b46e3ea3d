// The cross-article pass: rules with `scope: 'site'` judge the claims of every article
// linted together, after each article was linted alone. Pure data in, findings out, so the
// CLI, the report and the editor's Lint Workspace share it; no article is parsed again.
import type { ResolvedConfig } from '../config/resolve.js';
import type { Finding, Related } from '../types.js';
import { ComposedValue, formatMessage } from '../rule.js';
import crossArticleSalary from '../rules/cross-article-salary.js';
import { roleKey } from '../text/role-names.js';
import { compareFindings } from '../finding-order.js';
import type { SiteClaim } from './claims.js';
import type { SitePage } from './page.js';
import { checkPairs } from './pairs.js';

export interface SiteArticle {
  /** The article's path or URI, as related information names it. */
  path: string;
  /** The path as people read it (relative to the working folder). */
  display: string;
  claims: readonly SiteClaim[];
  /** Its roles and readability (site/page.ts): absent from a cache or worker that did not return them. */
  page?: SitePage;
  config: ResolvedConfig;
}

/** Most other articles one finding names (its message, related information and data). */
const MAX_NAMED = 5;

const differ = (a: number, b: number, share: number) => Math.abs(a - b) / Math.min(a, b) > share;

/** The site findings of each article, by its index in `articles` (absent when none). */
export function checkSite(articles: readonly SiteArticle[]): Map<number, Finding[]> {
  const rule = crossArticleSalary;
  const byRole = new Map<string, Array<{ article: number; claim: SiteClaim }>>();
  articles.forEach((article, index) => {
    for (const claim of article.claims) {
      // A state's or city's pay is not the role's pay across the site.
      if (claim.place !== undefined) continue;
      const key = roleKey(claim.role);
      let list = byRole.get(key);
      if (!list) byRole.set(key, (list = []));
      list.push({ article: index, claim });
    }
  });
  const found = new Map<number, Finding[]>();
  for (const stated of byRole.values()) {
    if (new Set(stated.map((s) => s.article)).size < 2) continue;
    const reported = new Set<number>();
    for (const { article, claim } of stated) {
      // A figure that agrees with the current release is the one the others should follow:
      // never flagged, it is named in their findings instead (its verdict, read, not re-judged).
      if (reported.has(article) || claim.status === 'current') continue;
      const setting = articles[article]!.config.rules[rule.id];
      if (!setting || setting.severity === 'off') continue;
      const { share } = rule.options.parse(setting.options);
      const others = stated.filter((o) => o.article !== article && differ(o.claim.annual, claim.annual, share));
      if (others.length === 0) continue;
      reported.add(article);
      // A role stated in thousands of articles must not make each finding name thousands.
      const named = others.slice(0, MAX_NAMED);
      const related: Related[] = named.map((o) => ({
        message: `${articles[o.article]!.display} states \`${o.claim.raw}\` for \`${o.claim.role}\`${agrees(o.claim)}`,
        file: articles[o.article]!.path,
        start: o.claim.start,
        end: o.claim.end,
      }));
      const more = others.length - named.length;
      const list =
        named.map((o) => `\`${o.claim.raw}\` in ${articles[o.article]!.display}:${o.claim.start.line}${agrees(o.claim)}`).join(', ') +
        (more > 0 ? ` and ${more} more` : '');
      const finding: Finding = {
        ruleId: rule.id,
        topic: rule.topic,
        messageId: 'inconsistent',
        message: formatMessage(rule.messages.inconsistent, {
          figure: claim.raw,
          role: claim.role,
          count: countText(others.length),
          // Composed from short parts (figures, paths): cutting it would cut a path in half.
          others: new ComposedValue(list),
        }),
        severity: setting.severity,
        start: claim.start,
        end: claim.end,
        related,
        data: {
          role: claim.role,
          annual: claim.annual,
          others: named.map((o) => ({ file: articles[o.article]!.path, annual: o.claim.annual })),
          otherCount: others.length,
        },
      };
      let findings = found.get(article);
      if (!findings) found.set(article, (findings = []));
      findings.push(finding);
    }
  }
  // The other site checks, each in its own file, merged in.
  for (const [index, findings] of checkPairs(articles)) found.set(index, [...(found.get(index) ?? []), ...findings]);
  for (const findings of found.values()) findings.sort(compareFindings);
  return found;
}

/** Marks the figure the others should follow: the one that matches the current release. */
const agrees = (claim: SiteClaim) => (claim.status === 'current' ? ' (matches BLS)' : '');

const countText = (n: number) => (n === 1 ? 'a different figure is' : `${n} different figures are`);

/**
 * The cross-article pass's own findings of each document (empty for one that is not an article
 * of the pass): what the editor publishes beside each document's lint, so the Problems panel
 * counts what the report counts. `site` is the document as an article of the pass (undefined
 * for one that is not an article or was not linted).
 */
export function siteScopeFindings(docs: ReadonlyArray<{ site: SiteArticle | undefined }>): Finding[][] {
  const scoped = docs.map((): Finding[] => []);
  const at = docs.flatMap((doc, i) => (doc.site ? [i] : []));
  if (at.length < 2) return scoped;
  for (const [index, found] of checkSite(at.map((i) => docs[i]!.site!))) scoped[at[index]!] = found;
  return scoped;
}

/**
 * Each document's findings with the cross-article pass's merged in, in the one findings order.
 * The CLI's run and the session's site report both assemble a site so.
 */
export function withSiteFindings(docs: ReadonlyArray<{ findings: readonly Finding[]; site: SiteArticle | undefined }>): Finding[][] {
  const scoped = siteScopeFindings(docs);
  return docs.map((doc, i) => (scoped[i]!.length === 0 ? [...doc.findings] : [...doc.findings, ...scoped[i]!].sort(compareFindings)));
}
