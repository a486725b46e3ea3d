// salary-missing-figure: the salary section gives a figure for each role. A comparison
// that gives one role's pay and not the other's leaves readers with half an answer.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { salaryClaims } from '../claims/salary-claims.js';
import { claimRoles } from '../claims/claim-roles.js';
import { sameRole } from '../text/role-names.js';

export default defineRule({
  id: 'salary-missing-figure',
  topic: 'salary',
  description: 'The salary section gives a figure for each of the two roles.',
  severity: 'warning',
  fixable: false,
  // With the dataset salary-mismatch loads, the claims are the ones it judges (the roles with the
  // dataset's names), found once per lint; without one, the roles as written.
  readsLoadedDataset: true,
  options: z.object({}),
  messages: {
    missing: 'Missing salary figure for `{role}` in `{heading}`, expected one for each role',
  },
  check({ article, dataset, report }) {
    const section = article.sections.find((s) => s.key === 'salary');
    if (!section || !article.roles) return;
    // Figures elsewhere (the introduction, a FAQ) are judged, but the section must give its own.
    const claims = salaryClaims(article, claimRoles(article, dataset)).filter((c) => c.where !== 'elsewhere');
    for (const role of article.roles) {
      if (claims.some((c) => c.role !== undefined && sameRole(c.role, role))) continue;
      report({
        messageId: 'missing',
        values: { role, heading: section.heading.text },
        start: section.heading.start.offset,
        end: section.heading.end.offset,
        data: { role },
      });
    }
  },
});
