// Lines that are a label and its value: a list of labelled figures ("- Jobs: 140,300",
// "- Education: high school diploma") and a block of "key: value" lines ("job_outlook: 3%",
// "education_civil: Bachelor's degree", as front matter or a data card prints them). The table
// readers (table-facts.ts, education-claims.ts) read each as they read a labelled table row.
import type { Article } from '../model/article.js';

export interface LabelledLine {
  /** The label, underscores read as spaces ("job outlook"). */
  label: string;
  value: string;
  /** Where the value starts in the article. */
  start: number;
  /** The block that holds it (a list item, or the whole block of lines): its role is found there. */
  block: { start: number; text: string };
}

const LABELLED = /^[ \t]{0,6}(?:[*+-][ \t]{1,4})?[*_]{0,2}(?<label>[^:\n]{1,40}?)[*_]{0,2}:[*_]{0,2}[ \t]{0,6}(?<value>[^\n]{1,80})$/u;

/** The longest value a one-line paragraph may have to be read as a label and its value. */
const SHORT_VALUE = 40;

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };
/** A node's span in the article, when the parser recorded it. */
export function offsets(node: Positioned): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

function lineOf(text: string, at: number, block: LabelledLine['block']): LabelledLine | undefined {
  const found = LABELLED.exec(text);
  if (!found) return undefined;
  const { label, value } = found.groups!;
  return { label: label!.replace(/_/g, ' ').trim(), value: value!, start: at + found[0].length - value!.length, block };
}

/**
 * Every labelled line of the article: each item of a list that is one, and each line of a
 * paragraph whose lines all are (two at least, so a sentence with a colon is not one).
 */
export function labelledLines(article: Article): LabelledLine[] {
  return article.tree.children.flatMap((node): LabelledLine[] => {
    const range = offsets(node);
    if (!range) return [];
    if (node.type === 'list') {
      return node.children.flatMap((item) => {
        const at = offsets(item);
        if (!at) return [];
        const text = article.text.slice(...at);
        const line = lineOf(text, at[0], { start: at[0], text });
        return line ? [line] : [];
      });
    }
    // Front matter's keys ("pt_job_growth: 11%"), its "---" fences skipped; a paragraph of key lines (or one a
    // "---" under it made a heading) only when every line is one; a paragraph of one line only when its
    // value is short ("Entry-level education: Bachelor's degree", not a sentence after "Job outlook:").
    const yaml = node.type === 'yaml';
    if (!yaml && node.type !== 'paragraph' && node.type !== 'heading') return [];
    const text = article.text.slice(...range);
    if (!text.includes(':')) return [];
    if (!text.includes('\n')) {
      const line = node.type === 'paragraph' ? lineOf(text, range[0], { start: range[0], text }) : undefined;
      return line && line.value.length <= SHORT_VALUE ? [line] : [];
    }
    const block = { start: range[0], text };
    const lines: LabelledLine[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const read = /^(?:-{3,}|={3,})\s*$/u.test(line) ? undefined : lineOf(line, range[0] + at, block);
      at += line.length + 1;
      if (read) lines.push(read);
      else if (!yaml && !/^(?:-{3,}|={3,})\s*$/u.test(line)) return [];
    }
    return lines;
  });
}
