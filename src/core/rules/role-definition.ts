// role-definition: before comparing, the article defines each role under an H2
// "What is a/an A?", A first and B second, as the title names them. Readers who land
// on the article from a search for one role need that definition.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { indefiniteArticle } from '../model/title.js';
import { insertBlocks, lineStartOf, replaceHeadingText } from '../model/edits.js';
import { sameRole } from '../text/role-names.js';
import { proseRole } from '../text/indefinite-article.js';

export default defineRule({
  id: 'role-definition',
  topic: 'definition',
  description: 'Each role is defined under an H2 "What is a/an <role>?", in the order of the title.',
  severity: 'warning',
  fixable: true,
  options: z.object({
    placeholder: z
      .string()
      .default('TODO: describe what {article} {role} does, where they work and who they report to.')
      .describe('Text inserted under a missing definition heading; `{role}` and `{article}` are filled in.'),
  }),
  messages: {
    missing: 'Missing definition `What is {article} {role}?`',
    article: 'Unexpected `{actual}` before `{role}`, expected `{expected}`',
    order: 'Unexpected definition of `{role}` before `{other}`, expected the title’s order',
  },
  check({ article, options, report }) {
    if (!article.roles) return;
    const found = article.roles.map((role) => article.definitions.find((d) => sameRole(d.role, role)));
    article.roles.forEach((role, i) => {
      const definition = found[i];
      const expected = indefiniteArticle(role);
      if (!definition) {
        // Insert where the definition belongs: after the other role's, or before the comparison.
        const anchor = i === 0 ? (found[1] ?? article.comparison) : article.comparison;
        const after = i === 1 ? found[0] : undefined;
        const offset = after ? after.bodyEnd : anchor ? lineStartOf(article, anchor.heading.start.offset) : article.text.length;
        const where = article.title ?? article.headings[0];
        // Function replacers: a role or article holding `$&` must not expand as a replacement pattern.
        const placeholder = options.placeholder.replaceAll('{role}', () => proseRole(role)).replaceAll('{article}', () => expected);
        report({
          messageId: 'missing',
          values: { article: expected, role },
          start: where?.start.offset ?? 0,
          end: where?.end.offset ?? 0,
          fix: insertBlocks(article, offset, [`## What is ${expected} ${role}?`, placeholder]),
          data: { role },
        });
        return;
      }
      if (definition.article?.toLowerCase() !== expected) {
        const fix = replaceHeadingText(article, definition.heading, `What is ${expected} ${definition.role}?`);
        report({
          messageId: 'article',
          values: { actual: definition.article ?? '', role: definition.role, expected },
          start: definition.heading.start.offset,
          end: definition.heading.end.offset,
          ...(fix && { fix }),
          data: { role },
        });
      }
    });
    const [a, b] = found;
    if (a && b && b.heading.start.offset < a.heading.start.offset) {
      report({
        messageId: 'order',
        values: { role: b.role, other: a.role },
        start: b.heading.start.offset,
        end: b.heading.end.offset,
        related: [{ message: `Definition of ${a.role}`, start: a.heading.start.offset, end: a.heading.end.offset }],
      });
    }
  },
});
