// section-order: the standard sections follow the genre's order (duties, requirements,
// work environment, skills, salary), so readers find the same section in the same place
// in every article. One finding per article: the first section that breaks the order.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { SECTION_KEYS, SECTION_LABELS } from '../model/sections.js';

export default defineRule({
  id: 'section-order',
  topic: 'structure',
  description: 'The standard sections follow the order duties, requirements, work environment, skills, salary.',
  severity: 'warning',
  fixable: false,
  options: z.object({}),
  messages: {
    order: 'Unexpected section `{actual}` after `{previous}`, expected the order {order}',
  },
  check({ article, report }) {
    const keyed = article.sections.filter((s) => s.key !== undefined);
    let highest = keyed[0];
    for (const section of keyed.slice(1)) {
      const rank = SECTION_KEYS.indexOf(section.key!);
      if (rank < SECTION_KEYS.indexOf(highest!.key!)) {
        report({
          messageId: 'order',
          values: {
            actual: section.heading.text,
            previous: highest!.heading.text,
            order: SECTION_KEYS.map((k) => SECTION_LABELS[k]).join(', '),
          },
          start: section.heading.start.offset,
          end: section.heading.end.offset,
          related: [
            {
              message: `\`${section.heading.text}\` belongs before this section`,
              start: highest!.heading.start.offset,
              end: highest!.heading.end.offset,
            },
          ],
          data: { section: section.key! },
        });
        return;
      }
      highest = section;
    }
  },
});
