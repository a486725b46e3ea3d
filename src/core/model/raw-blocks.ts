// Where inserted Markdown would not be Markdown: inside a code block or an HTML block, or
// after one that is never closed. An unclosed ``` fence or `<!--` runs to the end of its
// container, so a section appended after it would become code (or a comment), the section
// would still be missing, and every --fix run would append it again.
import type { Nodes } from 'mdast';
import type { Article } from './article.js';

interface RawBlock {
  start: number;
  end: number;
  /** Never closed: text right after it (only blank lines between) continues it. */
  open: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that end only at a marker (CommonMark types 1 to 5), with that marker. */
const ENDED_BY: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
];

function isOpen(type: 'code' | 'html', source: string): boolean {
  if (type === 'code') {
    const fence = FENCE.exec(source)?.[1];
    if (!fence) return false; // indented code ends at the first line that is not indented
    const lastBreak = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
    if (lastBreak < 0) return true; // the opening line alone
    // The closing fence: same character, at least as long; container markers ("> ") before it.
    const last = source
      .slice(lastBreak + 1)
      .replace(/^[ \t>]*/, '')
      .trimEnd();
    return !(last.length >= fence.length && last === fence[0]!.repeat(last.length));
  }
  const ended = ENDED_BY.find(([start]) => start.test(source));
  if (!ended) return false; // other HTML blocks end at a blank line, which insertions bring
  const firstLineEnd = ended[0].exec(source)![0].length;
  return !ended[1].test(source.slice(firstLineEnd));
}

const found = new WeakMap<Article, RawBlock[]>();

function rawBlocks(article: Article): RawBlock[] {
  let blocks = found.get(article);
  if (blocks) return blocks;
  blocks = [];
  // An explicit stack, not recursion: nesting depth is the author's (or an attacker's).
  const stack: Nodes[] = [article.tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'code' || node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) blocks.push({ start, end, open: isOpen(node.type, article.text.slice(start, end)) });
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child);
    }
  }
  found.set(article, blocks);
  return blocks;
}

/** Whether text inserted at `offset` would land inside code or raw HTML. */
export function insertionSwallowed(article: Article, offset: number): boolean {
  return rawBlocks(article).some(
    (block) => block.start < offset && (offset < block.end || (block.open && article.text.slice(block.end, offset).trim() === '')),
  );
}
