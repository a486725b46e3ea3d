// "Did you mean...?" for a role the dataset does not know. Names are compared by their
// stemmed words, weighted by rarity (sharing "Sofware" with a title says more than sharing
// "Manager"); a query word also meets dataset words it is a prefix of, or within one or two
// typos of. Postings are precomputed once, so a lookup touches only the names that share a
// word, which keeps it within a few milliseconds over ~46,000 names.
import type { NameEntry } from './names.js';
import { titleTokens } from './normalize.js';

export interface Scored {
  entry: NameEntry;
  score: number;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}

export class TokenIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly weights: number[] = [];
  private readonly vocabulary: string[];

  constructor(private readonly entries: readonly NameEntry[]) {
    entries.forEach((entry, id) => {
      for (const token of new Set(entry.key.split(' '))) {
        const list = this.postings.get(token);
        if (list) list.push(id);
        else this.postings.set(token, [id]);
      }
    });
    this.vocabulary = [...this.postings.keys()];
    for (const entry of entries) {
      this.weights.push(entry.key.split(' ').reduce((sum, token) => sum + this.idf(token), 0));
    }
  }

  private idf(token: string): number {
    return Math.log(1 + this.entries.length / (this.postings.get(token)?.length ?? 1));
  }

  /** Dataset words close to a query word, with a similarity in (0, 1]. */
  private similar(word: string): Array<[string, number]> {
    if (this.postings.has(word)) return [[word, 1]];
    const found: Array<[string, number]> = [];
    const typos = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    for (const token of this.vocabulary) {
      if (word.length >= 3 && token.length > word.length && token.startsWith(word)) {
        found.push([token, 0.5 + (0.4 * word.length) / token.length]);
      } else if (typos && Math.abs(token.length - word.length) <= typos) {
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
      queryWeight += wordWeight || Math.log(1 + this.entries.length);
      for (const [id, weight] of best) matched.set(id, (matched.get(id) ?? 0) + weight);
    }
    const top: Scored[] = [];
    for (const [id, weight] of matched) {
      const score = (2 * weight) / (queryWeight + this.weights[id]!);
      if (top.length === limit && score <= top[limit - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, { entry: this.entries[id]!, score });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
