// Where an article's salary text names a release's reference period ("(BLS, May 2024)",
// "according to May 2024 data"), so an out-of-date citation can be updated in place. The
// periods looked for are the dataset's own (a release's `period`), not a pattern of dates.
import type { Article } from '../model/article.js';
import { escapeRegExp as escape } from '../text/regex-source.js';

export interface PeriodMention {
  period: string;
  start: number;
  end: number;
  /** The block (paragraph, list, table) of the salary section it is in. */
  block: [number, number];
}

/** Blocks of the salary sections, as [start, end) offsets. */
export function salaryBlocks(article: Article): Array<[number, number]> {
  return article.sections
    .filter((section) => section.key === 'salary')
    .flatMap((section) =>
      section.nodes.flatMap((node): Array<[number, number]> => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        return start === undefined || end === undefined || node.type === 'heading' ? [] : [[start, end]];
      }),
    );
}

/** Every mention of one of `periods` in the salary sections, in document order. */
export function periodMentions(article: Article, periods: readonly string[]): PeriodMention[] {
  if (periods.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${periods.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return salaryBlocks(article).flatMap((block) =>
    [...article.text.slice(...block).matchAll(pattern)].map((m) => ({
      period: m[0],
      start: block[0] + m.index,
      end: block[0] + m.index + m[0].length,
      block,
    })),
  );
}

/** The mention of `period` a figure at `at` cites: the first after it in its block, else the last before it. */
export function citationFor(mentions: readonly PeriodMention[], at: number, period: string): PeriodMention | undefined {
  const same = mentions.filter((m) => m.period === period && m.block[0] <= at && at < m.block[1]);
  return same.find((m) => m.start >= at) ?? [...same].reverse().find((m) => m.end <= at);
}
