// The article's prose for the style rules: the text as it is, with everything that is not
// running prose blanked to spaces (code, URLs, quotations, HTML, front matter), so offsets
// stay the document's. A style rule must not "correct" a quoted job ad, a code sample or a link.
import type { Link, Node, Parent } from 'mdast';
import type { Article } from '../model/article.js';

/** Nodes whose text is never prose: code, quotations, raw HTML, front matter. */
const SKIPPED = new Set(['code', 'inlineCode', 'blockquote', 'html', 'yaml', 'toml', 'math', 'inlineMath']);
// A bare URL or address in running text, and a quotation in straight or curly quotes on one line.
// Linear on any input: an address starts where a run of its letters starts (not at every \b
// inside "h-h-h-…"), and a curly quotation ends before the next opening quote, so no scan
// starts again inside one already made.
const URL_LIKE = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+|\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
const QUOTED = /"[^"\n]{1,500}"|“[^“”\n]{1,500}”/g;

const cache = new WeakMap<Article, string>();

export function proseOf(article: Article): string {
  let prose = cache.get(article);
  if (prose === undefined) {
    prose = build(article);
    cache.set(article, prose);
  }
  return prose;
}

function build(article: Article): string {
  const { text } = article;
  const keep: [number, number][] = [];
  const visit = (node: Node) => {
    if (SKIPPED.has(node.type)) return;
    // An autolink's text is its URL.
    if (node.type === 'link' && isAutolink(node as Link)) return;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) keep.push([start, end]);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(article.tree);
  const chars: string[] = [];
  let at = 0;
  for (const [start, end] of keep) {
    if (start < at) continue;
    chars.push(' '.repeat(start - at), text.slice(start, end));
    at = end;
  }
  chars.push(' '.repeat(Math.max(0, text.length - at)));
  const blank = (m: string) => ' '.repeat(m.length);
  return chars.join('').replace(URL_LIKE, blank).replace(QUOTED, blank);
}

const isAutolink = (link: Link) => link.children.every((c) => c.type === 'text' && c.value === link.url);
