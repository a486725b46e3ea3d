// The sentences of a section, as plain text with the document lines they come from (which
// role each is about is attribution.ts's question). Inline Markdown is flattened to its text (a link
// shows its words, an image its alt text, raw HTML its source, shown as text): the preview
// is for reading the comparison, and nothing an author typed can become markup.
import type { RootContent, PhrasingContent } from 'mdast';
import type { Article } from '../model/article.js';
import { sentenceStarts } from '../text/segments.js';
import type { LineRange } from './types.js';

/** A piece of plain text and the source offsets it was read from. */
interface Run {
  text: string;
  start: number;
  end: number;
}

export interface SourceSentence {
  text: string;
  start: number;
  end: number;
}

type Node = RootContent | PhrasingContent;
const offsetsOf = (node: Node): [number, number] | undefined => {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
};

function inlineRuns(node: Node, runs: Run[]): void {
  const range = offsetsOf(node);
  const push = (text: string) => range && text && runs.push({ text, start: range[0], end: range[1] });
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return void push(node.value);
    case 'break':
      return void push('\n');
    case 'image':
    case 'imageReference':
      return void push(node.alt ?? '');
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of node.children as Node[]) inlineRuns(child, runs);
      else if ('value' in node && typeof node.value === 'string') push(node.value);
  }
}

/** Blocks of runs: a paragraph is split into sentences; a table row, code or HTML block is one unit. */
function blocks(node: RootContent, out: Array<{ runs: Run[]; split: boolean }>): void {
  const range = offsetsOf(node);
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const runs: Run[] = [];
      inlineRuns(node, runs);
      return void out.push({ runs, split: true });
    }
    case 'table':
      for (const row of node.children) {
        const runs: Run[] = [];
        row.children.forEach((cell, i) => {
          if (i > 0) runs.push({ text: ' · ', start: cell.position?.start.offset ?? 0, end: cell.position?.start.offset ?? 0 });
          inlineRuns(cell, runs);
        });
        out.push({ runs, split: false });
      }
      return;
    case 'code':
    case 'html':
      if (range) out.push({ runs: [{ text: node.value, start: range[0], end: range[1] }], split: false });
      return;
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
    case 'footnoteDefinition':
      return;
    default:
      if ('children' in node) for (const child of node.children as RootContent[]) blocks(child, out);
  }
}

/** Source offset of a plain-text offset; inside a run, escapes and entities may shift it slightly. */
function toSource(runs: Run[], starts: number[], plain: number, end: boolean): number {
  // The run holding the character at `plain` (for an end offset, the one before it).
  const target = end ? plain - 1 : plain;
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= target) low = mid;
    else high = mid - 1;
  }
  const run = runs[low]!;
  return Math.min(run.start + Math.max(0, plain - starts[low]!), run.end);
}

function unitSentences(runs: Run[], split: boolean): SourceSentence[] {
  if (runs.length === 0) return [];
  const plain = runs.map((r) => r.text).join('');
  const starts: number[] = [];
  runs.reduce((at, run) => (starts.push(at), at + run.text.length), 0);
  const bounds = split ? [...sentenceStarts(plain), plain.length] : [0, plain.length];
  const sentences: SourceSentence[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let from = bounds[i]!;
    let to = bounds[i + 1]!;
    while (from < to && /\s/.test(plain[from]!)) from++;
    while (to > from && /\s/.test(plain[to - 1]!)) to--;
    if (from === to) continue;
    const text = plain.slice(from, to).replace(/\s+/g, ' ');
    sentences.push({
      text,
      start: toSource(runs, starts, from, false),
      end: toSource(runs, starts, to, true),
    });
  }
  return sentences;
}

/** Every sentence of `nodes`, in order. */
export function sentencesOf(nodes: readonly RootContent[]): SourceSentence[] {
  const units: Array<{ runs: Run[]; split: boolean }> = [];
  for (const node of nodes) blocks(node, units);
  return units.flatMap((u) => unitSentences(u.runs, u.split));
}

/** The lines of [start, end), trailing white space left out. */
export function linesOf(article: Article, start: number, end: number): LineRange {
  let last = Math.max(start, end);
  while (last > start && /\s/.test(article.text[last - 1]!)) last--;
  const startLine = article.lines.point(start).line;
  return { startLine, endLine: Math.max(startLine, article.lines.point(Math.max(start, last - 1)).line) };
}
