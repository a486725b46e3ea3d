// salary-unknown-role: each role of the title matches an occupation in the dataset (or is
// pinned to one in the front matter), so its salary figures can be checked. The message
// names the nearest titles, which the author can use as-is or pin with `soc:`. A name that
// O*NET files under an occupation with another head noun is a weak match: reported, not used.
import { z } from '../zod.js';
import { ComposedValue, defineRule, shorten } from '../rule.js';
import { resolveRole } from '../dataset/names/resolve-role.js';
import { describeMatch } from '../dataset/names/match-role.js';

export default defineRule({
  id: 'salary-unknown-role',
  topic: 'role',
  description: 'Each role matches an occupation in the role dataset, so its salary can be checked.',
  severity: 'info',
  fixable: false,
  usesDataset: true,
  options: z.object({
    suggestions: z.number().int().min(0).max(10).default(3).describe('How many nearest titles the message names.'),
  }),
  messages: {
    unknown:
      'Unknown role `{role}`: no occupation in the dataset matches it{nearest}; pin one with `soc:` in the front matter or map it under `roles` in `.career-articles.json`',
    pin: 'Unknown SOC code `{soc}` pinned for `{role}`: the dataset has no such occupation',
    weak: 'Unknown role `{role}`: {how} names {occupation} ({soc}), a different kind of job{nearest}; pin one with `soc:` in the front matter or map it under `roles` in `.career-articles.json`',
  },
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles || !article.title) return;
    const { title } = article;
    for (const role of article.roles) {
      const { matches, weak, pinned } = resolveRole(article, dataset, role);
      if (matches.length > 0) continue;
      if (pinned !== undefined) {
        report({
          messageId: 'pin',
          values: { soc: pinned, role },
          start: title.start.offset,
          end: title.end.offset,
          data: { role, soc: pinned },
        });
        continue;
      }
      // A weakly matched occupation is not suggested back: the message already says why it is not used.
      const nearest = dataset
        .suggest(role, options.suggestions + weak.length)
        .filter((o) => !weak.some((w) => w.occupation.soc === o.soc))
        .slice(0, options.suggestions);
      // Each title is shortened on its own, so the list (at most `suggestions` of them) is never cut mid-title.
      const list = nearest.map((o) => `\`${shorten(o.title)}\` (${shorten(o.soc)})`).join(', ');
      const suggestions = nearest.map((o) => ({ soc: o.soc, title: o.title }));
      const set = weak[0];
      if (set) {
        // A name O*NET lists under an unrelated occupation: said, so the author sees why it is not used.
        report({
          messageId: 'weak',
          values: {
            role,
            how: describeMatch(set),
            occupation: set.occupation.title,
            soc: set.occupation.soc,
            nearest: new ComposedValue(list ? `; nearest: ${list}` : ''),
          },
          start: title.start.offset,
          end: title.end.offset,
          data: { role, match: { kind: 'nearest', matched: set.matched, soc: set.occupation.soc }, suggestions },
        });
        continue;
      }
      report({
        messageId: 'unknown',
        values: { role, nearest: new ComposedValue(list ? `; nearest: ${list}` : '') },
        start: title.start.offset,
        end: title.end.offset,
        data: { role, suggestions },
      });
    }
  },
});
