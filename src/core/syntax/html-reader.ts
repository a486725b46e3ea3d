// HTML pages, saved or exported: rehype parses the page, the article's own element is
// picked out of the page's chrome, and hast-util-to-mdast turns it into the tree a
// Markdown article gives. Positions stay those of the page, so findings point at the
// page's own lines. Loaded only for HTML documents (the editor keeps it in its own bundle).
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toMdast } from 'hast-util-to-mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import type { Node, Position } from 'unist';

const processor = unified().use(rehypeParse).freeze();

/** Never article text, wherever they are. */
const CHROME = new Set(['nav', 'script', 'style', 'noscript', 'template', 'aside', 'form', 'iframe', 'svg', 'button']);
/** The page's header and footer, unless they belong to an <article> (its title may sit in one). */
const PAGE_CHROME = new Set(['header', 'footer']);

function elements(node: HastRoot | Element, tagName: string, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    elements(child, tagName, found);
  }
  return found;
}

function textLength(node: ElementContent | HastContent): number {
  if (node.type === 'text') return node.value.trim().length;
  if (node.type !== 'element' || CHROME.has(node.tagName)) return 0;
  return node.children.reduce((sum, child) => sum + textLength(child), 0);
}

/** The <article> with the most text, else <main>, else <body>. */
function container(tree: HastRoot): HastRoot | Element {
  const articles = elements(tree, 'article');
  if (articles.length > 0) return articles.reduce((best, a) => (textLength(a) > textLength(best) ? a : best));
  return elements(tree, 'main')[0] ?? elements(tree, 'body')[0] ?? tree;
}

function keep(child: HastContent, inArticle: boolean): boolean {
  if (child.type === 'comment') return true;
  if (child.type !== 'element') return child.type === 'text';
  if (CHROME.has(child.tagName) || (!inArticle && PAGE_CHROME.has(child.tagName))) return false;
  if (child.properties.hidden !== undefined && child.properties.hidden !== false) return false;
  prune(child, inArticle || child.tagName === 'article');
  return true;
}

function prune(node: Element | HastRoot, inArticle: boolean): void {
  if (node.type === 'root') node.children = node.children.filter((child) => keep(child, inArticle));
  else node.children = node.children.filter((child) => keep(child, inArticle));
}

/** A paragraph the converter made from loose text has no position of its own: its children's span. */
function fillPositions(node: Node & { children?: Node[] }): Position | undefined {
  let first: Position | undefined;
  let last: Position | undefined;
  for (const child of node.children ?? []) {
    const position = fillPositions(child);
    if (!position) continue;
    first ??= position;
    last = position;
  }
  if (!node.position && first && last) node.position = { start: first.start, end: last.end };
  return node.position;
}

export function readHtml(text: string): Root {
  const tree = processor.parse(text);
  const root = container(tree);
  prune(root, root.type === 'element' && root.tagName === 'article');
  const mdast = toMdast({ type: 'root', children: root.children as HastContent[] }) as Root;
  mdast.children.forEach((child) => fillPositions(child));
  return mdast;
}
