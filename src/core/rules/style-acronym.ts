// style-acronym: an acronym the house style names (`style.acronyms`) is spelled out at its
// first use, "registered nurse (RN)", so a reader new to the field is not lost. Headings
// are left alone (a title "RN vs. LPN" is fine); the first bare use in running text is reported.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { proseOf } from '../style/prose.js';
import { pluralOf } from '../style/terms.js';
import { indefiniteArticle } from '../text/indefinite-article.js';
import type { Fix } from '../types.js';

/** "An RN" becomes "A registered nurse (RN)": the article before follows the words written in. */
function withArticleFixed(text: string, start: number, end: number, expected: string): Fix {
  const article = /(?<![\p{L}\p{N}])(an?) $/iu.exec(text.slice(Math.max(0, start - 4), start));
  const wanted = indefiniteArticle(expected);
  if (!article || article[1]!.toLowerCase() === wanted) return { range: [start, end], text: expected };
  const written = article[1]![0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
  return { range: [start - article[0].length, end], text: `${written} ${expected}` };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** At the start of a sentence or a paragraph the expansion is capitalised. */
function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 200), offset);
  const trimmed = before.trimEnd();
  return trimmed === '' || '.!?'.includes(trimmed.at(-1)!) || before.slice(trimmed.length).includes('\n');
}

export default defineRule({
  id: 'style-acronym',
  topic: 'style',
  description: 'Acronyms the house style names are spelled out at first use (`style.acronyms`).',
  severity: 'warning',
  fixable: true,
  options: z.object({}),
  messages: {
    firstUse: 'Unexpected bare `{acronym}` at first use, expected `{expected}`',
  },
  check({ article, style, report }) {
    if (style.acronyms.length === 0) return;
    const text = proseOf(article);
    const inHeading = (offset: number) => article.headings.some((h) => h.start.offset <= offset && offset < h.end.offset);
    for (const { rule, id } of style.acronyms) {
      const uses = new RegExp(`(?<![\\p{L}\\p{N}])${escape(rule.acronym)}(?=(?:s|['’]s)?(?![\\p{L}\\p{N}]))`, 'gu');
      const expansion = rule.expansion;
      for (const match of text.matchAll(uses)) {
        if (inHeading(match.index)) continue;
        const before = text.slice(Math.max(0, match.index - expansion.length - 8), match.index);
        // "registered nurse (RN)" or "registered nurses (RNs)": defined here, so every later use is fine.
        const named = before.slice(0, -1).trimEnd().toLowerCase();
        if (before.endsWith('(') && [expansion, pluralOf(expansion)].some((e) => named.endsWith(e.toLowerCase()))) break;
        // "RNs" is spelled out as "registered nurses (RNs)".
        const plural = text[match.index + rule.acronym.length] === 's';
        const used = plural ? `${rule.acronym}s` : rule.acronym;
        const words = plural ? pluralOf(expansion) : expansion;
        const spelled = atSentenceStart(text, match.index) ? words[0]!.toUpperCase() + words.slice(1) : words;
        const expected = `${spelled} (${used})`;
        const end = match.index + used.length;
        report({
          messageId: 'firstUse',
          values: { acronym: used, expected },
          start: match.index,
          end,
          fix: withArticleFixed(text, match.index, end, expected),
          ...(rule.severity && { severity: rule.severity }),
          data: { styleRule: id },
        });
        break;
      }
    }
  },
});
