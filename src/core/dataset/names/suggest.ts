// "Did you mean...?" for a role the dataset does not know. Names are compared by their
// stemmed words, weighted by rarity (sharing "Sofware" with a title says more than sharing
// "Manager"); a query word also meets dataset words it is a prefix of, or within one or two
// typos of. Postings are precomputed once, so a lookup touches only the names that share a
// word, which keeps it within a few milliseconds over ~46,000 names.
import type { NameEntry, TokenTable } from './name-types.js';

export type { TokenTable } from './name-types.js';
import { titleTokens } from './normalize.js';

export interface Scored {
  entry: NameEntry;
  score: number;
}

// Two reusable rows: editDistance runs thousands of times per suggest() call.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [previous, row] = [row, previous];
  }
  return previous[b.length]!;
}

/** First index in sorted `items` whose value is >= `value`. */
function lowerBound(items: readonly string[], value: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The table of `entries`, built from their keys (prebuilt-names.ts reads the bundled one instead). */
export function tokenTable(entries: readonly NameEntry[]): TokenTable {
  const postings = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const token of new Set(entry.key.split(' '))) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  });
  const idf = (token: string) => Math.log(1 + entries.length / (postings.get(token)?.length ?? 1));
  const weights = entries.map((entry) => entry.key.split(' ').reduce((sum, token) => sum + idf(token), 0));
  return { size: entries.length, postings, weights, entry: (id) => entries[id]! };
}

export class TokenIndex {
  private readonly postings: TokenTable['postings'];
  /** Dataset words, sorted (prefix lookups) and by length (typo lookups). */
  private readonly sorted: string[];
  private readonly byLength: string[][] = [];

  constructor(private readonly table: TokenTable) {
    this.postings = table.postings;
    this.sorted = [...this.postings.keys()].sort();
    for (const token of this.sorted) (this.byLength[token.length] ??= []).push(token);
  }

  private idf(token: string): number {
    return Math.log(1 + this.table.size / (this.postings.get(token)?.length ?? 1));
  }

  /** Dataset words close to a query word, with a similarity in (0, 1]. */
  private similar(word: string): Array<[string, number]> {
    if (this.postings.has(word)) return [[word, 1]];
    const found: Array<[string, number]> = [];
    if (word.length >= 3) {
      for (let i = lowerBound(this.sorted, word); this.sorted[i]?.startsWith(word); i++) {
        found.push([this.sorted[i]!, 0.5 + (0.4 * word.length) / this.sorted[i]!.length]);
      }
    }
    const typos = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    for (let length = word.length - typos; typos && length <= word.length + typos; length++) {
      for (const token of this.byLength[length] ?? []) {
        if (length > word.length && token.startsWith(word)) continue; // already a prefix match
        const distance = editDistance(word, token, typos);
        if (distance <= typos) found.push([token, 1 - distance / Math.max(word.length, token.length)]);
      }
    }
    return found;
  }

  /** The best `limit` names by weighted word overlap (a Dice coefficient), best first. */
  nearest(query: string, limit: number): Scored[] {
    const matched = new Map<number, number>();
    let queryWeight = 0;
    for (const word of new Set(titleTokens(query))) {
      const best = new Map<number, number>();
      let wordWeight = 0;
      for (const [token, similarity] of this.similar(word)) {
        const weight = similarity * this.idf(token);
        wordWeight = Math.max(wordWeight, this.idf(token));
        for (const id of this.postings.get(token)!) best.set(id, Math.max(best.get(id) ?? 0, weight));
      }
      // An unknown word still counts against every candidate, as a rare word would.
      queryWeight += wordWeight || Math.log(1 + this.table.size);
      for (const [id, weight] of best) matched.set(id, (matched.get(id) ?? 0) + weight);
    }
    const top: Scored[] = [];
    for (const [id, weight] of matched) {
      const score = (2 * weight) / (queryWeight + this.table.weights[id]!);
      if (top.length === limit && score <= top[limit - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, { entry: this.table.entry(id), score });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
