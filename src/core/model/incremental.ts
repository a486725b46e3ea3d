// Re-parsing only what changed, for the editor: while an author types, one section of a long
// article changes and the rest stays as it was. The text is cut before top-level ATX headings
// ("## Salary" at the start of a line), each piece is parsed alone and its nodes are reused
// while the piece is unchanged. The tree is the same as a whole parse (test/unit/incremental
// .test.ts checks that): a heading line always ends the blocks before it, except where this
// refuses to cut: inside front matter, fenced code or an HTML block, and in a document with
// link reference definitions (a definition in one section gives links in another their URL).
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { mayHoldFrontMatter, parseMarkdown } from './parse.js';

export type MarkdownParser = (text: string) => Root;

interface Piece {
  text: string;
  offset: number;
  /** 0-based line of the piece's first line. */
  line: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/**
 * An HTML block starts with `<` after at most three spaces, or inside a list item or block
 * quote (`- <!--` runs on past a heading line); a comment may end on its own line.
 */
// Loose on purpose (any indent, any run of markers): refusing a cut only costs speed. Spaces
// sit only between markers, so a long line of `- - -` cannot make the match backtrack.
const HTML_START = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*</;
const ONE_LINE_COMMENT = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*<!--.*-->/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/** Where the pieces start, or undefined when the text must be parsed whole. */
export function pieces(text: string): Piece[] | undefined {
  // Definitions reach across sections; fences may hold heading-like lines; the parser counts
  // offsets from after a byte order mark, so a piece after one would be off by one.
  if (text.includes(']:') || text.includes('```') || text.includes('~~~') || text.startsWith('\uFEFF')) return undefined;
  const found: Piece[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let lineStart = 0;
  let inFrontMatter = mayHoldFrontMatter(text);
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const lineBreak = LINE_BREAK.exec(text);
    const lineEnd = lineBreak ? lineBreak.index : text.length;
    const content = text.slice(lineStart, lineEnd);
    if (inFrontMatter) {
      if (line > 0 && FRONT_MATTER_FENCE.test(content)) inFrontMatter = false;
    } else if (HTML_START.test(content) && !ONE_LINE_COMMENT.test(content)) {
      return undefined;
    } else if (lineStart > 0 && ATX_HEADING.test(content)) {
      found.push({ text: text.slice(start, lineStart), offset: start, line: startLine });
      start = lineStart;
      startLine = line;
    }
    if (!lineBreak) break;
    lineStart = lineBreak.index + lineBreak[0].length;
    line++;
  }
  // Front matter that never closes: the parser decides what it is.
  if (inFrontMatter && found.length === 0) return undefined;
  found.push({ text: text.slice(start), offset: start, line: startLine });
  return found;
}

function shiftPosition(position: Position, lines: number, offset: number): Position {
  const { start, end } = position;
  return {
    start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
    end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
  };
}

/** A copy of `node` moved by `lines` and `offset`: the cached nodes stay as parsed. */
function shifted<T extends object>(node: T, lines: number, offset: number): T {
  const copy = { ...node } as Record<string, unknown>;
  const { position, children } = node as { position?: Position; children?: object[] };
  if (position) copy.position = shiftPosition(position, lines, offset);
  if (children) copy.children = children.map((child) => shifted(child, lines, offset));
  return copy as T;
}

/**
 * A parser that remembers the pieces of the last text it parsed. One per document: the
 * memory it holds is one parse of that document.
 */
export function createIncrementalParser(parse: MarkdownParser = parseMarkdown): MarkdownParser {
  let previous = new Map<string, Root>();
  return (text) => {
    const cut = pieces(text);
    if (!cut || cut.length === 1) {
      previous = new Map();
      return parse(text);
    }
    const next = new Map<string, Root>();
    const children: RootContent[] = [];
    let first: Position | undefined;
    let last: Position | undefined;
    for (const piece of cut) {
      const tree = next.get(piece.text) ?? previous.get(piece.text) ?? parse(piece.text);
      next.set(piece.text, tree);
      for (const child of tree.children) children.push(shifted(child, piece.line, piece.offset));
      if (tree.position) {
        const moved = shiftPosition(tree.position, piece.line, piece.offset);
        first ??= moved;
        last = moved;
      }
    }
    previous = next;
    const root: Root = { type: 'root', children };
    if (first && last) root.position = { start: first.start, end: last.end };
    return root;
  };
}
