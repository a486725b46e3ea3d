// seo-title: the page's SEO title (front matter `seoTitle`, `metaTitle`, `title`…, else the H1
// a generator prints as <title>) fits a search result: about 60 characters show before the
// engine cuts it. Off by default: whether the SEO title lives in the article at all depends
// on the CMS, so a team that keeps it there switches the SEO rules on.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { fieldName, lengthOf, seoTitle } from '../seo/fields.js';
import { lengthOption } from '../seo/length-option.js';

export default defineRule({
  id: 'seo-title',
  topic: 'seo',
  description: 'The SEO title (front matter `seoTitle`, `title`…, else the H1) is at most 60 characters long.',
  severity: 'warning',
  offByDefault: true,
  fixable: false,
  options: z.object({ length: lengthOption(0, 60, 'SEO title') }),
  messages: {
    empty: 'Unexpected empty SEO title in {where}, expected the title a search result shows',
    short: 'Unexpected SEO title of {length} characters in {where}, expected at least {min}',
    long: 'Unexpected SEO title of {length} characters in {where}, expected at most {max}: search results cut it',
  },
  check({ article, options, report }) {
    const field = seoTitle(article);
    if (!field) return;
    const { start, end, key } = field;
    const where = fieldName(field);
    if (field.text === undefined) {
      report({ messageId: 'empty', values: { where }, start, end, data: { field: 'title', key } });
      return;
    }
    const length = lengthOf(field.text);
    const { min, max } = options.length;
    if (length >= min && length <= max) return;
    const data = { field: 'title' as const, key, length, min, max };
    report({ messageId: length < min ? 'short' : 'long', values: { length, where, min, max }, start, end, data });
  },
});
