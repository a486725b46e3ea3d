// seo-duplicate-pair: one article per comparison across a site. Two articles on "A vs B", or
// one on "A vs B" and one on "B vs A", compete for the same searches (keyword cannibalisation)
// and split their readers; no single article can see it. This rule runs in the cross-article
// pass (site/check.ts, site/pairs.ts) over the roles each article compares, and reports once
// per article, on its title, naming the others. Off by default, like every SEO rule.
import { z } from '../zod.js';
import { defineSiteRule } from '../rule.js';

export default defineSiteRule({
  id: 'seo-duplicate-pair',
  topic: 'seo',
  description: 'No two articles linted together compare the same two roles, in either order ("A vs B" and "B vs A").',
  severity: 'warning',
  offByDefault: true,
  fixable: false,
  scope: 'site',
  options: z.object({}),
  messages: {
    duplicate: 'Unexpected second article on `{pair}`, also compared in {others}: merge them or redirect one',
    reversed: 'Unexpected reversed pair `{pair}`, compared the other way round in {others}: merge them or redirect one',
  },
});
