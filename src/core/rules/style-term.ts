// style-term: the team's terms (`style.terms`, and presets such as `careers`): a form to
// avoid is reported with the term to use. One matcher holds every term (style/terms.ts), so
// a style file with thousands of terms costs one pass over the words.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { proseOf } from '../style/prose.js';
import { pluralOf } from '../style/terms.js';

/** Keeps the found word's leading capital: "Salesman" becomes "Salesperson". */
const caseLike = (found: string, term: string) =>
  /^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(term) ? term[0]!.toUpperCase() + term.slice(1) : term;

export default defineRule({
  id: 'style-term',
  topic: 'style',
  description: 'Terms the house style avoids are replaced by the terms it uses (`style.terms`).',
  severity: 'warning',
  fixable: true,
  options: z.object({}),
  messages: {
    avoid: 'Unexpected `{actual}`, expected `{expected}`',
    avoidWhy: 'Unexpected `{actual}`, expected `{expected}`: {why}',
  },
  check({ article, style, report }) {
    if (style.terms.length === 0) return;
    const text = proseOf(article);
    const headings = article.headings;
    for (const { entry, start, end, plural } of style.matcher.matches(text)) {
      const { rule, id } = entry.rule;
      // Title case in a heading is not a case error.
      if (entry.caseSensitive && headings.some((h) => h.start.offset <= start && end <= h.end.offset)) continue;
      const actual = article.text.slice(start, end);
      const uses = [rule.use].flat().map((u) => {
        const term = plural ? pluralOf(u) : u;
        return entry.caseSensitive ? term : caseLike(actual, term);
      });
      const fixes = uses.map((use) => ({ range: [start, end] as [number, number], text: use }));
      report({
        messageId: rule.message ? 'avoidWhy' : 'avoid',
        values: { actual, expected: uses.join('` or `'), ...(rule.message && { why: rule.message }) },
        start,
        end,
        // One term to use is a fix; several are the author's choice.
        ...(fixes.length === 1 ? { fix: fixes[0] } : { suggestions: fixes.map((fix) => ({ title: `Use \`${fix.text}\``, fix })) }),
        ...(rule.severity && { severity: rule.severity }),
        data: { styleRule: id },
      });
    }
  },
});
