// The duplicate-pair check of the cross-article pass (rule seo-duplicate-pair): articles that
// compare the same two roles, in either order, by the roles' keys (so "Registered Nurses" and
// "a registered nurse" are one role). Pure data in, findings out, like the salary check.
import type { Finding, Related } from '../types.js';
import { ComposedValue, formatMessage } from '../rule.js';
import rule from '../rules/seo-duplicate-pair.js';
import { roleKey } from '../text/role-names.js';
import type { SitePage } from './page.js';

/** What the check reads of each article of the pass. */
export interface PairArticle {
  path: string;
  display: string;
  page?: SitePage;
  config: { rules: Record<string, { severity: string } | undefined> };
}

/** Most other articles one finding names. */
const MAX_NAMED = 5;

const pairText = ([a, b]: readonly [string, string]) => `${a} vs. ${b}`;

/** The site findings of the check, by the article's index in `articles`. */
export function checkPairs(articles: readonly PairArticle[]): Map<number, Finding[]> {
  const byPair = new Map<string, Array<{ index: number; keys: [string, string] }>>();
  articles.forEach((article, index) => {
    const roles = article.page?.roles;
    if (!roles) return;
    const keys: [string, string] = [roleKey(roles[0]), roleKey(roles[1])];
    // The same role twice is no comparison to duplicate.
    if (keys[0] === keys[1]) return;
    const pair = [...keys].sort().join('\u0000');
    let list = byPair.get(pair);
    if (!list) byPair.set(pair, (list = []));
    list.push({ index, keys });
  });
  const found = new Map<number, Finding[]>();
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    for (const { index, keys } of list) {
      const article = articles[index]!;
      const severity = article.config.rules[rule.id]?.severity;
      if (severity === undefined || severity === 'off') continue;
      const page = article.page!;
      const others = list.filter((o) => o.index !== index);
      const named = others.slice(0, MAX_NAMED);
      const describe = (o: (typeof others)[number]) => `\`${pairText(articles[o.index]!.page!.roles!)}\` in ${articles[o.index]!.display}`;
      const more = others.length - named.length;
      const names = named.map(describe).join(', ') + (more > 0 ? ` and ${more} more` : '');
      const reversed = others.every((o) => o.keys[0] !== keys[0]);
      const related: Related[] = named.map((o) => ({
        message: `${articles[o.index]!.display} compares \`${pairText(articles[o.index]!.page!.roles!)}\``,
        file: articles[o.index]!.path,
        start: articles[o.index]!.page!.start,
        end: articles[o.index]!.page!.end,
      }));
      const messageId = reversed ? 'reversed' : 'duplicate';
      const finding: Finding = {
        ruleId: rule.id,
        topic: rule.topic,
        messageId,
        message: formatMessage(rule.messages[messageId], { pair: pairText(page.roles!), others: new ComposedValue(names) }),
        severity: severity as Finding['severity'],
        start: page.start,
        end: page.end,
        related,
        data: {
          field: 'pair',
          roles: page.roles!,
          others: named.map((o) => ({ file: articles[o.index]!.path, roles: articles[o.index]!.page!.roles! })),
        },
      };
      found.set(index, [finding]);
    }
  }
  return found;
}
