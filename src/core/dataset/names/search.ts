// Search-as-you-type for a quick pick: "product" should list "Product Manager" before
// "Production Worker" and both before "Byproduct Recovery Operator". Names are ranked by
// where the query occurs; ties go to workspace aliases, then BLS titles, then the shorter name.
// Unstemmed (folded) text is compared because the user is typing word prefixes.
import type { NameEntry } from './names.js';
import { fold } from './normalize.js';

// Where the query occurs, best first.
const EXACT = 0;
const LEADING_WORD = 1;
const INNER_WORD = 2;
const LEADING_PREFIX = 3;
const INNER_PREFIX = 4;
const SUBSTRING = 5;
const ALL_WORDS = 6;

// Within one rank: the workspace's own names, then BLS titles (what an author would pin).
const VIA_ORDER: Record<NameEntry['via'], number> = { alias: 0, title: 1, alternate: 2 };

interface Query {
  text: string;
  /** " " + text, and the words longest first (the likeliest to rule a name out), each as " " + word. */
  spaced: string;
  words: Array<[word: string, spaced: string]>;
}

const wordEnds = (text: string, end: number) => end === text.length || text.charCodeAt(end) === 32;
const hasWordPrefix = (text: string, [word, spaced]: [string, string]) => text.startsWith(word) || text.includes(spaced);

function rank(text: string, query: Query): number {
  const at = text.indexOf(query.text);
  // Most names do not contain the query at all: one indexOf decides, except for multi-word queries.
  if (at < 0) return query.words.length > 1 && query.words.every((word) => hasWordPrefix(text, word)) ? ALL_WORDS : -1;
  const end = at + query.text.length;
  if (at === 0) return end === text.length ? EXACT : wordEnds(text, end) ? LEADING_WORD : LEADING_PREFIX;
  const inner = text.charCodeAt(at - 1) === 32 ? at : text.indexOf(query.spaced, at) + 1;
  if (inner > 0) return wordEnds(text, inner + query.text.length) ? INNER_WORD : INNER_PREFIX;
  return SUBSTRING;
}

/** Matching names from all lists, best first; the caller stops once it has enough. */
export function* searchNames(lists: ReadonlyArray<readonly NameEntry[]>, typed: string): Generator<NameEntry> {
  const folded = fold(typed);
  if (!folded) return;
  const words = folded.split(' ').sort((a, b) => b.length - a.length);
  const query: Query = { text: folded, spaced: ` ${folded}`, words: words.map((word) => [word, ` ${word}`]) };
  const buckets: NameEntry[][] = [[], [], [], [], [], [], []];
  for (const list of lists) {
    for (const entry of list) {
      const found = rank(entry.folded, query);
      if (found >= 0) buckets[found]!.push(entry);
    }
  }
  for (const bucket of buckets) {
    // Sorted only when reached: a one-letter query fills the later buckets with thousands.
    bucket.sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via] || a.folded.length - b.folded.length);
    yield* bucket;
  }
}
