// style-job-title-case (careers preset): a job title in running text is lowercase, as AP and
// Chicago style write it: "our Registered Nurse colleagues" -> "our registered nurse
// colleagues". Titles are the dataset's (style/job-titles.ts). Left alone: headings and
// tables (labels, title case by design), a sentence's or list item's first words, and a title
// right before a name, where it is part of the name ("Chief Executive Officer Jane Doe").
// Runs only with the `careers` preset; `style.off: ["careers/job-title-case"]` switches it off.
import type { Node } from 'mdast';
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { proseOf } from '../style/prose.js';
import { capitalisedTitles } from '../style/job-titles.js';
import type { Article } from '../model/article.js';
import { JOB_TITLE_CASE_ID } from '../style/resolve.js';

/** What may stand between a sentence's end (or a block's start) and its first word. */
const LEAD = /[\s*_"'“‘([>|#+-]/u;

/** True when only a sentence end, a block start or a list marker comes before `at`. */
function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && LEAD.test(text[i - 1]!)) i--;
  if (i === 0) return true;
  const skipped = text.slice(i, at);
  if (/\n[ \t]*\n|\||\n[ \t]*(?:[-*+]|\d+[.)])[ \t]/.test(skipped)) return true;
  return /[.!?:;]/.test(text[i - 1]!) || /\d[.)]$/.test(text.slice(Math.max(0, i - 3), i));
}

function skippedRanges(article: Article): Array<[number, number]> {
  const ranges: Array<[number, number]> = article.headings.map((h) => [h.start.offset, h.end.offset]);
  const visit = (node: Node) => {
    if (node.type === 'table' && node.position?.start.offset !== undefined)
      ranges.push([node.position.start.offset, node.position.end.offset!]);
    else if ('children' in node) for (const child of node.children as Node[]) visit(child);
  };
  visit(article.tree);
  return ranges;
}

export default defineRule({
  id: 'style-job-title-case',
  topic: 'style',
  description: 'Job titles in running text are lowercase (careers preset): "registered nurse", not "Registered Nurse".',
  severity: 'warning',
  fixable: true,
  usesDataset: true,
  // Off the preset, no dataset is loaded for it.
  activeWith: (style) => style.jobTitleCase,
  options: z.object({}),
  messages: {
    capitalised: 'Unexpected capitalised job title `{actual}` in running text, expected `{expected}`',
  },
  check({ article, style, dataset, report }) {
    if (!style.jobTitleCase || !dataset) return;
    const text = proseOf(article);
    const skipped = skippedRanges(article);
    const skip = (start: number) => skipped.some(([s, e]) => s <= start && start < e) || startsSentence(article.text, start);
    for (const { start, end } of capitalisedTitles(text, dataset, skip)) {
      // A title right before a name is part of the name.
      if (/^[ \t]+\p{Lu}\p{Ll}/u.test(article.text.slice(end, end + 3))) continue;
      const actual = article.text.slice(start, end);
      const expected = actual.toLowerCase();
      const fix = { range: [start, end] as [number, number], text: expected, title: `Write \`${expected}\`` };
      report({ messageId: 'capitalised', values: { actual, expected }, start, end, fix, data: { styleRule: JOB_TITLE_CASE_ID } });
    }
  },
});
