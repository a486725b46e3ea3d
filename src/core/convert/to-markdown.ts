// A plain-text or HTML article as a Markdown article in the standard shape (H1 title, H2
// definitions and comparison, H3 sections), keeping its text: the headings take the depth
// their part of the article gives them, the rest of the tree is written as it was read.
// Linting the Markdown gives the findings the source gave (test/unit/import.test.ts).
import type { Heading, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Article } from '../model/article.js';
import { dropUnsafeUrls, hasUnsafeUrls, type UrlChanges } from './safe-urls.js';

type Depth = Heading['depth'];
const clamp = (depth: number, low: number): Depth => Math.min(6, Math.max(low, depth)) as Depth;

/** Heading index among the root's children -> its depth in the standard shape. */
function standardDepths(article: Article): Map<number, Depth> {
  const depths = new Map<number, Depth>();
  const { comparison } = article;
  for (const heading of article.headings) depths.set(heading.index, clamp(heading.depth, heading.depth === 1 ? 1 : 2));
  for (const definition of article.definitions) depths.set(definition.heading.index, 2);
  if (comparison) {
    const top = comparison.heading.depth;
    depths.set(comparison.heading.index, 2);
    const inside = article.headings.filter((h) => h.index > comparison.heading.index && h.start.offset < comparison.bodyEnd);
    for (const heading of inside) depths.set(heading.index, clamp(heading.depth - top + 2, 3));
  }
  if (article.title) depths.set(article.title.index, 1);
  return depths;
}

/** The Markdown, and the links and images it left out (safe-urls.ts). */
export function convertArticle(article: Article): { markdown: string; urls: UrlChanges } {
  const depths = standardDepths(article);
  const children = article.tree.children.map((node, index): RootContent => {
    if (node.type !== 'heading') return node;
    return { ...node, depth: depths.get(index) ?? node.depth };
  });
  let root: Root = { type: 'root', children };
  let urls: UrlChanges = { links: 0, images: 0 };
  // The article's own tree is left as it is: the rewrite works on a copy, made only when needed.
  if (hasUnsafeUrls(root)) {
    root = structuredClone(root);
    urls = dropUnsafeUrls(root);
  }
  return { markdown: toMarkdown(root, { extensions: [gfmTableToMarkdown()], bullet: '-', rule: '-' }), urls };
}

export function articleToMarkdown(article: Article): string {
  return convertArticle(article).markdown;
}
