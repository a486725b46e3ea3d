// Small builders for the offset edits rules offer, so every rule writes headings and
// blocks the same way (the document's own line breaks, blank lines around blocks). Rules
// write blocks as Markdown ("### Skills", a paragraph); each syntax gets them in its own
// form: a heading line and a paragraph in plain text, <h3> and <p> at the page's indent in HTML.
import type { Article, Heading } from './article.js';
import type { Fix } from '../types.js';
import { escapeHtmlText } from '../text/escape-html.js';

const ATX = /^ {0,3}#{1,6}[ \t]*/;
const BLOCK_HEADING = /^(#{1,6})[ \t]+/;

/** Replaces a heading's text, keeping its markup; undefined where that cannot be done safely (setext). */
export function replaceHeadingText(article: Article, heading: Heading, text: string): Fix | undefined {
  const { start, end } = { start: heading.start.offset, end: heading.end.offset };
  // A front-matter title's span is its YAML value: a double-quoted scalar holds any title (JSON's escapes are YAML's).
  if (heading.source === 'front-matter') return { range: [start, end], text: JSON.stringify(text) };
  if (article.syntax === 'text') return { range: [start, end], text };
  if (article.syntax === 'html') {
    const source = article.text.slice(start, end);
    const open = source.indexOf('>');
    const close = source.lastIndexOf('</');
    if (open < 0 || close <= open) return undefined;
    return { range: [start + open + 1, start + close], text: escapeHtmlText(text) };
  }
  const line = article.text.slice(start, article.lines.lineEnd(heading.start.line));
  const prefix = ATX.exec(line);
  if (!prefix) return undefined;
  return { range: [start, end], text: `${prefix[0]}${text}` };
}

/** One Markdown block in the article's syntax. */
function render(article: Article, block: string): string {
  const heading = BLOCK_HEADING.exec(block);
  if (article.syntax === 'markdown') return block;
  const content = heading ? block.slice(heading[0].length) : block;
  if (article.syntax === 'text') return content;
  const tag = heading ? `h${heading[1]!.length}` : 'p';
  return `<${tag}>${escapeHtmlText(content)}</${tag}>`;
}

/** In a page, blocks go on lines of their own at the indent around them, or inline on a one-line page. */
function insertHtml(article: Article, offset: number, blocks: string[]): Fix {
  const { text } = article;
  const eol = article.lines.eol;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const indentOf = (from: number) => /^[ \t]*/.exec(text.slice(from))![0];
  if (offset === lineStart) {
    const indent = indentOf(offset);
    return { range: [offset, offset], text: blocks.map((b) => indent + b).join(eol) + eol };
  }
  if (text.slice(offset, lineEnd).trim() === '') {
    const indent = indentOf(lineStart);
    return { range: [offset, offset], text: blocks.map((b) => eol + indent + b).join('') };
  }
  return { range: [offset, offset], text: blocks.join('') };
}

/**
 * Inserts blocks at `offset`, which must be the start of a line, a block's start, or the
 * end of the content, with one blank line between them and their neighbours (in HTML, one
 * line each).
 */
export function insertBlocks(article: Article, offset: number, blocks: string[]): Fix {
  if (article.syntax !== 'markdown') offset = Math.min(offset, article.contentEnd);
  const rendered = blocks.map((b) => render(article, b));
  if (article.syntax === 'html') return insertHtml(article, offset, rendered);
  const eol = article.lines.eol;
  const body = rendered.join(eol + eol);
  // Only the few characters before the insertion point decide the leading blank line.
  const before = article.text.slice(Math.max(0, offset - 4), offset);
  let lead = '';
  // Any line break counts ("\r\n", "\n", a lone "\r"); a blank line is one break after another.
  const lastBreak = /(?:\r\n|\r|\n)$/;
  if (offset > 0 && !lastBreak.test(before)) lead = eol + eol;
  else if (offset > 0 && !lastBreak.test(before.replace(lastBreak, ''))) lead = eol;
  // Plain text at the end of a line (the content's end, before the site's trailer): the line breaks after it stay.
  if (article.syntax === 'text' && lead === eol + eol) return { range: [offset, offset], text: `${lead}${body}` };
  const atEnd = offset >= article.text.length;
  return { range: [offset, offset], text: `${lead}${body}${eol}${atEnd ? '' : eol}` };
}

/**
 * Where a block starting at `offset` begins: the start of its line when only indentation
 * comes before it (always so for a Markdown heading), else `offset` itself (a page on one line).
 */
export function lineStartOf(article: Article, offset: number): number {
  const start = article.lines.lineStart(article.lines.point(offset).line);
  return article.text.slice(start, offset).trim() === '' ? start : offset;
}
