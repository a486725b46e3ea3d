// front-matter: the YAML front matter parses. It carries the article's settings (the
// `career-article: true` opt-in, `soc:` pins); when it does not parse they are all ignored,
// which would otherwise change the findings without a word. The rest of the article is
// linted as usual.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'front-matter',
  topic: 'front-matter',
  description: 'The front matter is valid YAML of `key: value` lines, so its settings (`career-article`, `soc:` pins) apply.',
  severity: 'warning',
  fixable: false,
  options: z.object({}),
  messages: {
    invalid: 'Invalid front matter: {reason}; its settings (`career-article`, `soc:` pins) are ignored until it parses',
  },
  check({ article, report }) {
    const front = article.frontMatter;
    if (front?.error === undefined) return;
    const start = front.errorOffset ?? 0;
    // The error's line, up to its end: the place to look, not the whole block.
    const end = Math.max(start, article.lines.lineEnd(article.lines.point(start).line));
    report({ messageId: 'invalid', values: { reason: front.error }, start, end });
  },
});
