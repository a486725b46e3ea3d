// style-pattern: the team's regular expressions (`style.patterns`), each with its message.
// Patterns were checked for nested quantifiers when the config was read; a time budget per
// document still bounds them, so a slow pattern costs a note, never a frozen editor.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { proseOf } from '../style/prose.js';

export default defineRule({
  id: 'style-pattern',
  topic: 'style',
  description: "Text matching one of the house style's patterns is reported with its message (`style.patterns`).",
  severity: 'warning',
  fixable: false,
  options: z.object({
    budgetMs: z.number().int().positive().default(200).describe('Milliseconds all patterns may take on one document.'),
  }),
  messages: {
    match: '{message} (`{actual}`)',
    budget: 'Unexpected slow style patterns: stopped after {ms} ms, at `{id}`; later patterns were not checked',
  },
  check({ article, style, options, report }) {
    if (style.patterns.length === 0) return;
    const text = proseOf(article);
    const started = Date.now();
    for (const { rule, id } of style.patterns) {
      if (Date.now() - started > options.budgetMs) {
        report({ messageId: 'budget', values: { ms: options.budgetMs, id }, start: 0, end: 0, severity: 'info' });
        return;
      }
      // matchAll scans a copy: the shared, compiled pattern keeps no state between documents.
      for (const match of text.matchAll(rule.compiled)) {
        // Blanked text (code, quotations) is spaces: a match that is only those is no match.
        if (match[0].trim() === '') continue;
        report({
          messageId: 'match',
          values: { message: rule.message, actual: match[0] },
          start: match.index,
          end: match.index + match[0].length,
          ...(rule.severity && { severity: rule.severity }),
          data: { styleRule: id },
        });
      }
    }
  },
});
