// Sentence and paragraph boundaries for attributing salary figures. A full sentence
// splitter is not needed: the articles are plain expository prose, so a terminator
// followed by whitespace, or a line that starts like a new block, is enough. The
// regexes only use bounded or non-overlapping repetition, so they stay linear.

/** A terminator and any closing quotes/brackets, when whitespace follows. */
const TERMINATOR = /[.!?][)\]"'’”»]{0,3}(?=\s)/gu;
/** A newline that starts a new sentence: a capital, a Markdown block marker or a blank line. */
const NEW_LINE_SENTENCE = /\n(?=[ \t]*(?:\p{Lu}|[-*+>#|]|\d{1,9}[.)]|\r?\n|$))/gu;
const BLANK_LINE = /\n[ \t]*\r?\n/g;
/** Words whose trailing period does not end a sentence ("Product Manager vs. Sales Manager"). */
const ABBREVIATION = /(?:^|[^\p{L}.])(?:vs|v|e\.g|i\.e|cf|approx|est|U\.S|U\.K|Mr|Mrs|Ms|Dr|Jr|Sr|St)$/iu;
/** After a period, a lowercase word means the sentence goes on ("approx. five"). */
const NEXT_WORD = /\s*(\p{Ll})?/uy;

function endsSentence(text: string, match: RegExpMatchArray): boolean {
  const index = match.index ?? 0;
  if (text[index] !== '.') return true;
  if (ABBREVIATION.test(text.slice(Math.max(0, index - 8), index))) return false;
  NEXT_WORD.lastIndex = index + match[0].length;
  return !NEXT_WORD.exec(text)?.[1];
}

/** Sorted offsets where sentences start; always begins with 0. */
export function sentenceStarts(text: string): number[] {
  const starts = new Set<number>([0]);
  for (const match of text.matchAll(TERMINATOR)) {
    if (endsSentence(text, match)) starts.add((match.index ?? 0) + match[0].length);
  }
  for (const match of text.matchAll(NEW_LINE_SENTENCE)) starts.add((match.index ?? 0) + 1);
  return [...starts].sort((a, b) => a - b);
}

/** Sorted offsets where paragraphs (blocks separated by a blank line) start; begins with 0. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(BLANK_LINE)) starts.push((match.index ?? 0) + match[0].length);
  return starts;
}

/** Index of the segment containing `offset`, given sorted segment starts beginning with 0. */
export function segmentAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
