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

const LETTER = /\p{L}/u;

function endsSentence(text: string, index: number, after: number): boolean {
  if (text[index] !== '.') return true;
  // Every abbreviation ends in a letter; checking that first keeps "..." and "1." cheap.
  if (LETTER.test(text[index - 1] ?? '') && ABBREVIATION.test(text.slice(Math.max(0, index - 8), index))) return false;
  NEXT_WORD.lastIndex = after;
  return !NEXT_WORD.exec(text)?.[1];
}

/** Offsets just after each match of a global regex that `keep` accepts, in order. */
function boundaries(text: string, pattern: RegExp, keep: (index: number, after: number) => boolean): number[] {
  const result: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const after = match.index + match[0].length;
    if (keep(match.index, after)) result.push(after);
  }
  return result;
}

// Every extractor asks about the same block (salaries, percents, counts, education, sources,
// attribution): its sentence starts are found once and shared (a bounded cache, cleared when
// full), so the list is read-only.
const startsMemo = new Map<string, readonly number[]>();
const STARTS_KEPT = 512;

/** Sorted offsets where sentences start; always begins with 0. */
export function sentenceStarts(text: string): readonly number[] {
  let starts = startsMemo.get(text);
  if (!starts) {
    if (startsMemo.size >= STARTS_KEPT) startsMemo.clear();
    startsMemo.set(text, (starts = findSentenceStarts(text)));
  }
  return starts;
}

function findSentenceStarts(text: string): number[] {
  const terminators = boundaries(text, TERMINATOR, (index, after) => endsSentence(text, index, after));
  const lines = boundaries(text, NEW_LINE_SENTENCE, () => true);
  // Both lists are sorted: merge them, dropping duplicates.
  const starts = [0];
  let i = 0;
  let j = 0;
  while (i < terminators.length || j < lines.length) {
    const next = j >= lines.length || (i < terminators.length && terminators[i]! <= lines[j]!) ? terminators[i++]! : lines[j++]!;
    if (next !== starts[starts.length - 1]) starts.push(next);
  }
  return starts;
}

/** Sorted offsets where paragraphs (blocks separated by a blank line) start; begins with 0. */
export function paragraphStarts(text: string): number[] {
  return [0, ...boundaries(text, BLANK_LINE, () => true)];
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
