// Prose blocks of an article with their document offsets, and the role a statement in one is
// about, decided by the same grammar as salary figures (salary/attribution.ts): the role named
// nearest before it in its sentence, the role after "for", else the one role named after it.
import type { RootContent } from 'mdast';
import type { Article, Section } from '../model/article.js';
import { attributeFigures } from '../salary/attribution.js';
import type { SalaryFigure } from '../salary/expressions.js';

export interface Block {
  start: number;
  text: string;
}

const PROSE = new Set(['paragraph', 'list', 'blockquote', 'table']);

function blockOf(article: Article, node: RootContent): Block[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !PROSE.has(node.type)) return [];
  return [{ start, text: article.text.slice(start, end) }];
}

/** Blocks of the given sections, or of the whole article. */
export function proseBlocks(article: Article, sections?: readonly Section[]): Block[] {
  const nodes = sections ? sections.flatMap((section) => section.nodes) : article.tree.children;
  return nodes.flatMap((node) => blockOf(article, node));
}

/** For each [start, end) span in `text`, the index into `roles` of the role it is about. */
export function attributeSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, roles: readonly string[]) {
  return attributeFigures(text, spans as unknown as SalaryFigure[], roles);
}
