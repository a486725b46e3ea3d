// section-mentions-both-roles: every comparison section names both roles (singular or
// plural, any case, or inside a coordination: "system and software architects"). A section about one role only is a profile, not a comparison.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { discussesRole } from '../text/loose-mentions.js';
import { articleRoles } from '../model/article-roles.js';

export default defineRule({
  id: 'section-mentions-both-roles',
  topic: 'section',
  description: 'Every comparison section names both roles.',
  severity: 'warning',
  fixable: false,
  options: z.object({}),
  messages: {
    missing: 'Unexpected `{heading}` section without `{role}`, expected it to compare both roles',
  },
  check({ article, report }) {
    if (!article.roles) return;
    // A role is named by any name the article gives it: "RNs" once it said "registered nurses (RNs)".
    const roles = articleRoles(article);
    for (const section of article.sections) {
      // An empty section is empty-section's concern; naming no role there says nothing new.
      if (!section.key || section.words === 0) continue;
      for (const { name: role, names } of roles) {
        if (names.some((name) => discussesRole(section.text, name))) continue;
        report({
          messageId: 'missing',
          values: { heading: section.heading.text, role },
          start: section.heading.start.offset,
          end: section.heading.end.offset,
          data: { section: section.key, role },
        });
      }
    }
  },
});
