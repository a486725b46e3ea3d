// title-format: the H1 reads "A vs. B: What Are the Differences?". Readers and search
// engines recognise the genre by this exact title, and the roles are read from it.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { canonicalTitle } from '../model/title.js';
import { normalizeHeading } from '../model/sections.js';
import { insertBlocks, lineStartOf, replaceHeadingText } from '../model/edits.js';
import type { Article } from '../model/article.js';

/** A missing title goes before the first block of content (after front matter, before an intro). */
function titleOffset(article: Article): number {
  const first = article.tree.children.find((n) => n.type !== 'yaml' && n.position?.start.offset !== undefined);
  return first ? lineStartOf(article, first.position!.start.offset!) : article.contentEnd;
}

export default defineRule({
  id: 'title-format',
  topic: 'title',
  description: 'The title reads "A vs. B: What Are the Differences?".',
  severity: 'warning',
  fixable: true,
  options: z.object({
    question: z.string().min(1).default('What Are the Differences?').describe('The text after the colon.'),
  }),
  messages: {
    missing: 'Missing title, expected `# A vs. B: {question}`',
    missingTitle: 'Missing title, expected `{expected}`',
    unexpected: 'Unexpected title `{actual}`, expected `A vs. B: {question}`',
    wording: 'Unexpected title `{actual}`, expected `{expected}`',
    second: 'Unexpected second title `{actual}`, an article has one H1',
  },
  check({ article, options, report }) {
    const { title, comparisonTitle } = article;
    const question = options.question;
    if (!title) {
      if (!article.roles) {
        report({ messageId: 'missing', values: { question }, start: 0, end: 0 });
        return;
      }
      // The roles came from the headings: the title they call for can be written in.
      const expected = canonicalTitle(...article.roles).replace('What Are the Differences?', question);
      const offset = titleOffset(article);
      report({
        messageId: 'missingTitle',
        values: { expected },
        start: offset,
        end: offset,
        fix: insertBlocks(article, offset, [`# ${expected}`]),
      });
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
