// empty-section: a standard section or role definition has at least `minWords` words.
// A heading with a sentence under it is a placeholder, not a comparison. A section that
// holds a "TODO" paragraph (the new-article skeleton's, a fix's inserted section) is reported
// once, by that paragraph's own text: what to write, not how short it is.
import { toString } from 'mdast-util-to-string';
import { z } from '../zod.js';
import { ComposedValue, defineRule } from '../rule.js';
import type { Section } from '../model/article.js';

/** "TODO: Compare where…" or "TODO compare…": the prompt after the marker. */
const PLACEHOLDER = /^TODO\b[\s:.–—-]*/;
const MAX_PROMPT = 240;

function placeholderIn(section: Section): { prompt: string; start?: number; end?: number } | undefined {
  for (const node of section.nodes) {
    if (node.type !== 'paragraph') continue;
    const text = toString(node).trim();
    const marker = PLACEHOLDER.exec(text);
    if (!marker) continue;
    const rest = text.slice(marker[0].length).replace(/\s+/g, ' ');
    // Cut at a word: the prompt is what to write, so it is shown whole up to twice a message value's length.
    const cut = rest.lastIndexOf(' ', MAX_PROMPT - 1);
    const prompt = rest.length > MAX_PROMPT ? `${rest.slice(0, cut > 0 ? cut : MAX_PROMPT - 1).trimEnd()}…` : rest;
    return { prompt: prompt || 'write this section', start: node.position?.start.offset, end: node.position?.end.offset };
  }
  return undefined;
}

export default defineRule({
  id: 'empty-section',
  topic: 'section',
  description: 'Each standard section and role definition has at least `minWords` words, and no "TODO" placeholder.',
  severity: 'warning',
  fixable: false,
  options: z.object({
    minWords: z.number().int().min(1).default(20).describe('Fewest words a section may have.'),
  }),
  messages: {
    short: 'Unexpected {words} word{plural} in `{heading}`, expected at least {minWords}',
    placeholder: 'Unexpected placeholder in `{heading}`, expected the text it asks for: {prompt}',
  },
  check({ article, options, report }) {
    const sections: Section[] = [...article.definitions, ...article.sections.filter((s) => s.key)];
    for (const section of sections) {
      const data = { section: section.key ?? ('definition' as const), words: section.words };
      const placeholder = placeholderIn(section);
      if (placeholder) {
        report({
          messageId: 'placeholder',
          values: { heading: section.heading.text, prompt: new ComposedValue(placeholder.prompt) },
          start: placeholder.start ?? section.heading.start.offset,
          end: placeholder.end ?? section.heading.end.offset,
          data: { ...data, placeholder: true },
        });
        continue;
      }
      if (section.words >= options.minWords) continue;
      report({
        messageId: 'short',
        values: { words: section.words, plural: section.words === 1 ? '' : 's', heading: section.heading.text, minWords: options.minWords },
        start: section.heading.start.offset,
        end: section.heading.end.offset,
        data,
      });
    }
  },
});
