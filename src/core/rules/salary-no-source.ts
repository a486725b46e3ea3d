// salary-no-source: the salary section names where its figures come from and when.
// Salary data goes stale every year; a reader (and the next editor) needs the source and
// the year to judge a figure.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

export default defineRule({
  id: 'salary-no-source',
  topic: 'citation',
  description: 'The salary section names the source and the year of its figures.',
  severity: 'info',
  fixable: false,
  options: z.object({
    sources: z
      .array(z.string().min(1))
      .default([
        'Bureau of Labor Statistics',
        'BLS',
        'OEWS',
        'O*NET',
        'Occupational Outlook Handbook',
        'Glassdoor',
        'Indeed',
        'PayScale',
        'Salary.com',
        'ZipRecruiter',
        'LinkedIn',
        'according to',
        'source',
        'data from',
      ])
      .describe('Words that name a source (matched case-insensitively).'),
  }),
  messages: {
    source: 'Missing source for the salary figures in `{heading}`, expected one such as `U.S. Bureau of Labor Statistics (OEWS)`',
    year: 'Missing year for the salary figures in `{heading}`, expected the reference period (month and year) of the figures',
  },
  check({ article, options, report }) {
    const sources = options.sources.map((s) => s.toLowerCase());
    for (const section of article.sections) {
      if (section.key !== 'salary' || section.words === 0) continue;
      const text = section.text.toLowerCase();
      const at = { start: section.heading.start.offset, end: section.heading.end.offset, values: { heading: section.heading.text } };
      if (!sources.some((s) => text.includes(s))) report({ messageId: 'source', ...at });
      if (!YEAR.test(section.text)) report({ messageId: 'year', ...at });
    }
  },
});
