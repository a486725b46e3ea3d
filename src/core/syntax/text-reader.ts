// Plain text in the genre's shape, as copied out of a career site's page: headings are
// lines of their own between blank lines, and the site's navigation ("Job Search",
// "Previous", "Next", the linked titles of the neighbouring articles) sits around the
// article. The reader gives the same tree a Markdown article gives: headings at the depth
// the standard shape puts them (title 1, definitions and comparison 2, sections 3) and
// paragraphs, with positions into the text as it is. Navigation is left out of the tree.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { parseComparison, parseDefinitionHeading } from '../model/title.js';
import { normalizeHeading, type SectionMatcher } from '../model/sections.js';

interface Line {
  /** The line without its leading and trailing white space. */
  text: string;
  start: number;
  end: number;
  /** Offset of the line's first character, for columns. */
  lineStart: number;
  /** 1-based. */
  number: number;
}

const NAVIGATION = new Set(
  ['Job Search', 'Back to Job Search', 'Previous', 'Next', 'Previous Article', 'Next Article', 'Back to Top', 'Back to Career Guide'].map(
    normalizeHeading,
  ),
);
const PAGER = new Set(['previous', 'next', 'previous article', 'next article']);
/** "Previous: A vs. B: What Are the Differences?" on one line. */
const PAGER_LINK = /^(?:previous|next)(?: article)?\s*[:|–—-]\s*\S/i;
const END_PUNCTUATION = /[.!?,;:]$/;
const MAX_HEADING_WORDS = 16;
const MAX_PLAIN_HEADING_WORDS = 8;

type Kind = 'navigation' | 'pager' | 'comparison' | 'definition' | 'section' | 'plain' | 'question' | 'text';

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function classify(text: string, matcher: SectionMatcher): Kind {
  const normalized = normalizeHeading(text);
  if (PAGER.has(normalized)) return 'pager';
  if (NAVIGATION.has(normalized) || PAGER_LINK.test(text)) return 'navigation';
  const words = wordCount(text);
  if (words > MAX_HEADING_WORDS) return 'text';
  if (parseDefinitionHeading(text) && (text.endsWith('?') || words <= MAX_PLAIN_HEADING_WORDS)) return 'definition';
  // A title ends in a question mark; any other heading has no end punctuation.
  const comparison = parseComparison(text);
  if (comparison && (!END_PUNCTUATION.test(text) || (comparison.tail !== undefined && text.endsWith('?')))) return 'comparison';
  // A short question ("Where Do OTs and PTs Work?") is a heading only right above its paragraph;
  // alone between blank lines it is as likely a sentence ("Is it worth it?").
  if (text.endsWith('?') && words <= MAX_PLAIN_HEADING_WORDS && /^\p{Lu}/u.test(text)) return 'question';
  if (END_PUNCTUATION.test(text)) return 'text';
  if (matcher(text)) return 'section';
  if (words <= MAX_PLAIN_HEADING_WORDS && /^\p{Lu}/u.test(text) && !text.includes('$')) return 'plain';
  return 'text';
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  let number = 1;
  for (let match = pattern.exec(text); ; match = pattern.exec(text)) {
    const end = match ? match.index : text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, lineStart: start, number });
    if (!match) break;
    start = match.index + match[0].length;
    number++;
  }
  return lines;
}

/** Runs of non-blank lines. */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function point(line: Line, offset: number): Point {
  return { line: line.number, column: offset - line.lineStart + 1, offset };
}

function heading(line: Line, depth: Heading['depth']): Heading {
  const position = { start: point(line, line.start), end: point(line, line.end) };
  return { type: 'heading', depth, children: [{ type: 'text', value: line.text, position }], position };
}

function paragraph(lines: Line[]): Paragraph {
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const position = { start: point(first, first.start), end: point(last, last.end) };
  const value = lines.map((l) => l.text).join('\n');
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
}

/** A sentence ends here: the line before a heading that has only single line breaks around it. */
const SENTENCE_END = /[.!?]["”’)]?$/;
const PARAGRAPH_START = /^[\p{Lu}\p{N}"“‘]/u;

/** A line that opens a paragraph: capitalised, and a sentence (long, or ending like one). */
function startsParagraph(line: Line, plainHeading: boolean): boolean {
  if (!PARAGRAPH_START.test(line.text)) return false;
  const words = wordCount(line.text);
  // Under a heading of any words, the paragraph must be prose, not another short line of a list.
  return plainHeading ? words > MAX_PLAIN_HEADING_WORDS : words > MAX_PLAIN_HEADING_WORDS || SENTENCE_END.test(line.text);
}

/**
 * Blocks split at heading lines with single line breaks around them: "…end of the intro.",
 * "What Is an Electrician?", "An electrician installs…". A line counts when it would be a
 * heading on its own (short, no end punctuation but a question's), the line before ends a
 * sentence and the line after starts a paragraph; a list of short lines never does.
 */
function splitAtHeadings(blocks: Line[][], matcher: SectionMatcher): Array<{ lines: Line[]; heading: boolean }> {
  const out: Array<{ lines: Line[]; heading: boolean }> = [];
  for (const block of blocks) {
    let start = 0;
    let heading = false;
    let previousHeading = false;
    const kinds = block.map((line) => classify(line.text, matcher));
    // A heading with a standard name may stand right above another ("Electrician vs. HVAC Tech", "Job Duties").
    const named = (i: number) => kinds[i] === 'comparison' || kinds[i] === 'definition' || kinds[i] === 'section';
    for (let i = 0; i + 1 < block.length; i++) {
      const kind = kinds[i]!;
      const wasHeading = previousHeading;
      previousHeading = false;
      if (kind === 'text' || kind === 'navigation' || kind === 'pager') continue;
      if (i > 0 && !wasHeading && !SENTENCE_END.test(block[i - 1]!.text)) continue;
      const loose = kind === 'plain' || kind === 'question';
      if (!startsParagraph(block[i + 1]!, loose) && !(!loose && named(i + 1))) continue;
      if (i > start) out.push({ lines: block.slice(start, i), heading });
      start = i;
      heading = true;
      previousHeading = true;
    }
    out.push({ lines: block.slice(start), heading });
  }
  return out;
}

export function readPlainText(text: string, matcher: SectionMatcher): Root {
  const lines = splitLines(text);
  const children: RootContent[] = [];
  let hasTitle = false;
  let inComparison = false;
  let afterPager = false;
  for (const { lines: block, heading: lineHeading } of splitAtHeadings(blocksOf(lines), matcher)) {
    const kinds = block.map((line, i) => {
      const kind = classify(line.text, matcher);
      return kind !== 'question' ? kind : lineHeading && i === 0 ? (matcher(line.text) ? 'section' : 'plain') : 'text';
    });
    // Navigation at either end of a block ("Back to Job Search" / "Next") is dropped.
    let first = 0;
    let last = block.length - 1;
    while (first <= last && (kinds[first] === 'navigation' || kinds[first] === 'pager')) first++;
    while (last >= first && (kinds[last] === 'navigation' || kinds[last] === 'pager')) last--;
    const pagerBefore = afterPager;
    afterPager = kinds.at(-1) === 'pager';
    if (first > last) continue;
    const lead = kinds[first]!;
    // The linked title of the previous or next article, under its "Previous"/"Next" line.
    const underPager = first > 0 ? kinds[first - 1] === 'pager' : pagerBefore;
    if (underPager && lead === 'comparison' && first === last) continue;
    const single = first === last;
    // A block that opens with a recognised heading is that heading and its paragraph (a paste
    // that lost the blank line); any other block of several lines, or of prose, is a paragraph.
    const recognised = lead === 'comparison' || lead === 'definition' || lead === 'section' || (lineHeading && first === 0);
    if (lead === 'text' || (!single && !recognised)) {
      children.push(paragraph(block.slice(first, last + 1)));
      continue;
    }
    const line = block[first]!;
    let depth: Heading['depth'];
    // The title: the first line in the title's pattern before any heading, or the first line of all.
    const titleLike = lead === 'comparison' && (parseComparison(line.text)?.tail !== undefined || children.length === 0);
    if (titleLike && !hasTitle && children.every((c) => c.type !== 'heading')) {
      depth = 1;
      hasTitle = true;
    } else if (lead === 'comparison' || lead === 'definition') {
      depth = 2;
      inComparison = lead === 'comparison';
    } else depth = inComparison ? 3 : 2;
    children.push(heading(line, depth));
    if (!single) children.push(paragraph(block.slice(first + 1, last + 1)));
  }
  const end = lines.at(-1)!;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point(end, end.end) },
  };
}
