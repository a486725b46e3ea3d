// seo-description: the meta description (front matter `description`, `metaDescription`…) is
// there and fits a search result's snippet: 120–160 characters by default, long enough to say
// what the comparison answers, short enough not to be cut. Off by default, like every SEO rule.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { DESCRIPTION_KEYS, fieldName, frontMatterField, lengthOf } from '../seo/fields.js';
import { lengthOption } from '../seo/length-option.js';

export default defineRule({
  id: 'seo-description',
  topic: 'seo',
  description: 'The meta description (front matter `description`, `metaDescription`…) is 120–160 characters long.',
  severity: 'warning',
  offByDefault: true,
  fixable: false,
  options: z.object({ length: lengthOption(120, 160, 'meta description') }),
  messages: {
    missing: 'Missing meta description, expected a front matter `description` of {min}–{max} characters',
    empty: 'Unexpected empty meta description in {where}, expected {min}–{max} characters',
    short: 'Unexpected meta description of {length} characters in {where}, expected at least {min}',
    long: 'Unexpected meta description of {length} characters in {where}, expected at most {max}: search results cut it',
  },
  check({ article, options, report }) {
    const { min, max } = options.length;
    const field = frontMatterField(article, DESCRIPTION_KEYS);
    if (!field) {
      // On the front matter's first line, or the title's without one: the place to add it.
      const front = article.frontMatter;
      const start = front ? article.lines.lineStart(front.startLine) : (article.title?.start.offset ?? 0);
      const end = front ? article.lines.lineEnd(front.startLine) : (article.title?.end.offset ?? 0);
      report({ messageId: 'missing', values: { min, max }, start, end, data: { field: 'description', min, max } });
      return;
    }
    const { start, end, key } = field;
    const where = fieldName(field);
    if (field.text === undefined) {
      report({ messageId: 'empty', values: { where, min, max }, start, end, data: { field: 'description', key } });
      return;
    }
    const length = lengthOf(field.text);
    if (length >= min && length <= max) return;
    const data = { field: 'description' as const, key, length, min, max };
    report({ messageId: length < min ? 'short' : 'long', values: { length, where, min, max }, start, end, data });
  },
});
