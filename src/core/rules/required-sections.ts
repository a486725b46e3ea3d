// required-sections: the comparison part has all five standard sections (duties,
// requirements, work environment, skills, salary). Readers skim for exactly these; a
// missing one is the most common reason an editor sends a draft back.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { SECTION_KEYS, SECTION_LABELS } from '../model/sections.js';
import { insertBlocks, lineStartOf } from '../model/edits.js';
import type { Article } from '../model/article.js';
import type { SectionKey } from '../model/sections.js';
import { pluralRole } from '../text/role-mentions.js';

/** Where a missing section goes: before the first present section that follows it in the standard order. */
function insertionPoint(article: Article, key: SectionKey): number {
  const rank = SECTION_KEYS.indexOf(key);
  const { comparison } = article;
  const under = (section: { heading: { start: { offset: number } } }) =>
    comparison !== undefined &&
    section.heading.start.offset > comparison.heading.start.offset &&
    section.heading.start.offset < comparison.bodyEnd;
  // Sections found outside the part (headings about both roles elsewhere) stay where they are:
  // a missing one still goes into the part.
  const inPart = article.sections.some(under) ? article.sections.filter(under) : article.sections;
  const later = inPart.find((s) => s.key !== undefined && SECTION_KEYS.indexOf(s.key) > rank);
  if (later) return lineStartOf(article, later.heading.start.offset);
  const last = inPart.at(-1);
  // A comparison part without subsections leaves the sections where they are (its siblings):
  // a missing one goes after them, not under the part, or it would move which sections count.
  if (comparison && (!last || under(last))) return comparison.bodyEnd;
  return last ? last.bodyEnd : article.text.length;
}

export default defineRule({
  id: 'required-sections',
  topic: 'structure',
  description: 'The comparison part has the five standard sections: duties, requirements, work environment, skills, salary.',
  severity: 'error',
  fixable: true,
  options: z.object({
    placeholder: z
      .string()
      .default('TODO: compare the {section} of {a} and {b}.')
      .describe('Text inserted under a missing heading; `{section}`, `{a}` and `{b}` are filled in.'),
  }),
  messages: {
    missing: 'Missing section `{label}`, expected it in the `{comparison}` part',
  },
  check({ article, options, report }) {
    if (!article.roles) return;
    const [a, b] = article.roles;
    const present = new Set(article.sections.map((s) => s.key));
    const comparisonHeading = `${a} vs. ${b}`;
    const depth = article.comparison ? article.comparison.heading.depth + 1 : (article.sections[0]?.heading.depth ?? 3);
    const anchor = article.comparison?.heading ?? article.title;
    for (const key of SECTION_KEYS) {
      if (present.has(key)) continue;
      const label = SECTION_LABELS[key];
      const placeholder = options.placeholder
        .replaceAll('{section}', () => label.toLowerCase())
        .replaceAll('{a}', () => pluralRole(a))
        .replaceAll('{b}', () => pluralRole(b));
      const blocks = [`${'#'.repeat(depth)} ${label}`, placeholder];
      // Without a comparison part the first fix creates it; later passes add to it.
      if (!article.comparison && article.sections.length === 0) blocks.unshift(`## ${comparisonHeading}`);
      report({
        messageId: 'missing',
        values: { label, comparison: comparisonHeading },
        start: anchor?.start.offset ?? 0,
        end: anchor?.end.offset ?? 0,
        fix: insertBlocks(article, insertionPoint(article, key), blocks),
        data: { section: key },
      });
    }
  },
});
