// empty-section: a standard section or role definition has at least `minWords` words.
// A heading with a sentence under it is a placeholder, not a comparison.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import type { Section } from '../model/article.js';

export default defineRule({
  id: 'empty-section',
  topic: 'section',
  description: 'Each standard section and role definition has at least `minWords` words.',
  severity: 'warning',
  fixable: false,
  options: z.object({
    minWords: z.number().int().min(1).default(20).describe('Fewest words a section may have.'),
  }),
  messages: {
    short: 'Unexpected {words} word{plural} in `{heading}`, expected at least {minWords}',
  },
  check({ article, options, report }) {
    const sections: Section[] = [...article.definitions, ...article.sections.filter((s) => s.key)];
    for (const section of sections) {
      if (section.words >= options.minWords) continue;
      report({
        messageId: 'short',
        values: { words: section.words, plural: section.words === 1 ? '' : 's', heading: section.heading.text, minWords: options.minWords },
        start: section.heading.start.offset,
        end: section.heading.end.offset,
        data: { section: section.key ?? 'definition', words: section.words },
      });
    }
  },
});
