// seo-keyphrase: the key phrase (front matter `keyphrase`, else "A vs B" from the roles) is in
// the SEO title, the first paragraph and at least one subheading: the three places search
// engines and SEO plugins (Yoast) weigh first. Off by default, like every SEO rule. A key phrase
// set to nothing is reported at its key: the checks would otherwise pass on an empty phrase.
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { seoTitle } from '../seo/fields.js';
import { containsPhrase, keyphraseOf } from '../seo/keyphrase.js';

export default defineRule({
  id: 'seo-keyphrase',
  topic: 'seo',
  description: 'The key phrase (front matter `keyphrase`, default "A vs B") is in the SEO title, the first paragraph and a subheading.',
  severity: 'warning',
  offByDefault: true,
  fixable: false,
  options: z.object({}),
  messages: {
    empty: 'Unexpected empty key phrase in front matter `{key}`, expected the phrase the article should rank for',
    title: 'Missing key phrase `{keyphrase}` in the SEO title `{title}`',
    introduction: 'Missing key phrase `{keyphrase}` in the first paragraph',
    subheading: 'Missing key phrase `{keyphrase}` in any subheading',
  },
  check({ article, report }) {
    const found = keyphraseOf(article);
    if (!found) return;
    if (!found.ok) {
      const { key, start, end } = found.field;
      report({ messageId: 'empty', values: { key }, start, end, data: { field: 'keyphrase', key } });
      return;
    }
    const keyphrase = found.phrase;
    const data = (place: 'title' | 'introduction' | 'subheading') => ({ field: 'keyphrase' as const, keyphrase, place });
    const title = seoTitle(article);
    if (title?.text !== undefined && !containsPhrase(title.text, keyphrase)) {
      const values = { keyphrase, title: title.text };
      report({ messageId: 'title', values, start: title.start, end: title.end, data: { ...data('title'), key: title.key } });
    }
    const first = article.tree.children.find((n): n is Paragraph => n.type === 'paragraph');
    if (first?.position?.start.offset !== undefined && !containsPhrase(toString(first), keyphrase)) {
      const { start, end } = first.position;
      report({ messageId: 'introduction', values: { keyphrase }, start: start.offset!, end: end.offset!, data: data('introduction') });
    }
    const subheadings = article.headings.filter((h) => h.depth > 1);
    if (subheadings.length > 0 && !subheadings.some((h) => containsPhrase(h.text, keyphrase))) {
      // On the first subheading: where the outline starts.
      const { start, end } = subheadings[0]!;
      report({ messageId: 'subheading', values: { keyphrase }, start: start.offset, end: end.offset, data: data('subheading') });
    }
  },
});
