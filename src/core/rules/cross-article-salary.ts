// cross-article-salary: one role is paid the same across a site. When two articles state
// the same role's salary at figures more than `share` apart, readers of both see a
// contradiction the per-article rules cannot: each article is judged alone. This rule runs
// in the cross-article pass (site/check.ts) over the claims of every article linted
// together, and reports once per article, with the other articles' figures as related
// information.
import { z } from '../zod.js';
import { defineSiteRule } from '../rule.js';

export default defineSiteRule({
  id: 'cross-article-salary',
  topic: 'consistency',
  description: 'One role is stated at the same salary across the articles linted together (a folder, the workspace, a site report).',
  severity: 'warning',
  fixable: false,
  scope: 'site',
  options: z.object({
    share: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe('Largest accepted difference between two articles’ figures for one role, as a share of the smaller (0.10 = 10%).'),
  }),
  messages: {
    inconsistent: 'Inconsistent salary `{figure}` for `{role}`: {count} stated elsewhere ({others})',
  },
});
