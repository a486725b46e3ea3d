// title-format: the H1 reads "A vs. B: What Are the Differences?". Readers and search
// engines recognise the genre by this exact title, and the roles are read from it.
import { z } from 'zod';
import { defineRule } from '../rule.js';
import { canonicalTitle } from '../model/title.js';
import { normalizeHeading } from '../model/sections.js';
import { replaceHeadingText } from '../model/edits.js';

export default defineRule({
  id: 'title-format',
  description: 'The title reads "A vs. B: What Are the Differences?".',
  severity: 'warning',
  fixable: true,
  options: z.object({
    question: z.string().min(1).default('What Are the Differences?').describe('The text after the colon.'),
  }),
  messages: {
    missing: 'Missing title, expected `# A vs. B: {question}`',
    unexpected: 'Unexpected title `{actual}`, expected `A vs. B: {question}`',
    wording: 'Unexpected title `{actual}`, expected `{expected}`',
    second: 'Unexpected second title `{actual}`, an article has one H1',
  },
  check({ article, options, report }) {
    const { title, comparisonTitle } = article;
    const question = options.question;
    if (!title) {
      report({ messageId: 'missing', values: { question }, start: 0, end: 0 });
      return;
    }
    const h1s = article.headings.filter((h) => h.depth === 1);
    for (const extra of h1s.slice(1)) {
      report({ messageId: 'second', values: { actual: extra.text }, start: extra.start.offset, end: extra.end.offset });
    }
    if (!comparisonTitle) {
      report({ messageId: 'unexpected', values: { actual: title.text, question }, start: title.start.offset, end: title.end.offset });
      return;
    }
    const [a, b] = comparisonTitle.roles;
    const { tail, separator } = comparisonTitle;
    const wordingOk = tail !== undefined && separator === ':' && normalizeHeading(tail) === normalizeHeading(question);
    if (wordingOk && tail.endsWith('?') === question.endsWith('?')) return;
    const expected = canonicalTitle(a, b).replace('What Are the Differences?', () => question);
    const fix = replaceHeadingText(article, title, expected);
    report({
      messageId: 'wording',
      values: { actual: title.text, expected },
      start: title.start.offset,
      end: title.end.offset,
      ...(fix && { fix }),
    });
  },
});
