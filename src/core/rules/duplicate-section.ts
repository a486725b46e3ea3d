// duplicate-section: each standard section appears once. Two "Salary" sections (often
// "Salary" and "Pay" from two drafts merged) give readers two answers to one question.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import type { Section } from '../model/article.js';

export default defineRule({
  id: 'duplicate-section',
  topic: 'structure',
  description: 'Each standard section appears once.',
  severity: 'error',
  fixable: false,
  options: z.object({}),
  messages: {
    duplicate: 'Unexpected second `{key}` section `{actual}`, the first is `{first}` on line {line}',
  },
  check({ article, report }) {
    const seen = new Map<string, Section>();
    for (const section of article.sections) {
      if (!section.key) continue;
      const first = seen.get(section.key);
      if (!first) {
        seen.set(section.key, section);
        continue;
      }
      report({
        messageId: 'duplicate',
        values: { key: section.key, actual: section.heading.text, first: first.heading.text, line: first.heading.start.line },
        start: section.heading.start.offset,
        end: section.heading.end.offset,
        related: [{ message: 'First section', start: first.heading.start.offset, end: first.heading.end.offset }],
        data: { section: section.key },
      });
    }
  },
});
