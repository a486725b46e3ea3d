// The article's outline (document symbols): the title holding the definitions, the
// comparison part and the sections, nested by where their ranges lie. Offsets only: the
// host turns them into its own positions.
import type { Article, Section } from '../core/model/article.js';

export type OutlineKind = 'title' | 'definition' | 'comparison' | 'section';

export interface OutlineItem {
  name: string;
  kind: OutlineKind;
  /** [start, end) of the whole part; selection = its heading. */
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: OutlineItem[];
}

function item(section: Section, kind: OutlineKind): OutlineItem {
  const { heading } = section;
  const end = Math.max(heading.end.offset, section.bodyEnd);
  return {
    name: heading.text,
    kind,
    start: heading.start.offset,
    end,
    selectionStart: heading.start.offset,
    selectionEnd: heading.end.offset,
    children: [],
  };
}

function insert(into: OutlineItem[], next: OutlineItem): void {
  const parent = into.find((p) => p !== next && p.start <= next.start && next.end <= p.end && p.start !== next.start);
  if (parent) insert(parent.children, next);
  else into.push(next);
}

export function outline(article: Article): OutlineItem[] {
  const parts: OutlineItem[] = [
    ...article.definitions.map((d) => item(d, 'definition')),
    ...(article.comparison ? [item(article.comparison, 'comparison')] : []),
    ...article.sections.filter((s) => s !== article.comparison && !article.definitions.includes(s as never)).map((s) => item(s, 'section')),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<number>();
  const items: OutlineItem[] = [];
  for (const part of parts) {
    if (seen.has(part.selectionStart)) continue;
    seen.add(part.selectionStart);
    insert(items, part);
  }
  if (!article.title) return items;
  const { title } = article;
  return [
    {
      name: title.text,
      kind: 'title',
      start: title.start.offset,
      end: article.text.length,
      selectionStart: title.start.offset,
      selectionEnd: title.end.offset,
      children: items.filter((i) => i.start >= title.start.offset),
    },
    ...items.filter((i) => i.start < title.start.offset),
  ];
}
