// Small builders for the offset edits rules offer, so every rule writes headings and
// blocks the same way (the document's own line breaks, blank lines around blocks).
import type { Article, Heading } from './article.js';
import type { Fix } from '../types.js';

const ATX = /^ {0,3}#{1,6}[ \t]*/;

/** Replaces an ATX heading's text, keeping its hashes; undefined for setext headings. */
export function replaceHeadingText(article: Article, heading: Heading, text: string): Fix | undefined {
  const line = article.text.slice(heading.start.offset, article.lines.lineEnd(heading.start.line));
  const prefix = ATX.exec(line);
  if (!prefix) return undefined;
  return { range: [heading.start.offset, heading.end.offset], text: `${prefix[0]}${text}` };
}

/**
 * Inserts Markdown blocks at `offset`, which must be the start of a line or the end of
 * the text, with one blank line between them and their neighbours.
 */
export function insertBlocks(article: Article, offset: number, blocks: string[]): Fix {
  const eol = article.lines.eol;
  const body = blocks.join(eol + eol);
  // Only the few characters before the insertion point decide the leading blank line.
  const before = article.text.slice(Math.max(0, offset - 4), offset);
  let lead = '';
  // Any line break counts ("\r\n", "\n", a lone "\r"); a blank line is one break after another.
  const lastBreak = /(?:\r\n|\r|\n)$/;
  if (offset > 0 && !lastBreak.test(before)) lead = eol + eol;
  else if (offset > 0 && !lastBreak.test(before.replace(lastBreak, ''))) lead = eol;
  const atEnd = offset >= article.text.length;
  return { range: [offset, offset], text: `${lead}${body}${eol}${atEnd ? '' : eol}` };
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(article: Article, offset: number): number {
  return article.lines.lineStart(article.lines.point(offset).line);
}
