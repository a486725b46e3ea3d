// The name index data/roles.json carries, so no process normalises its ~53,000 names at run
// time: every name's match key as token ids, the names in key order (binary search for
// match()), and the tokens themselves, most frequent first (small ids, short encodings). The
// names are the bundled titles (one per occupation, in order) and then every form of every
// O*NET alternate title, in the order the tables have always listed them (buildAlternates),
// with the title each comes from.
// It is derived data: scripts/build-dataset.ts writes it with buildNameIndex and --check
// recomputes it; prebuilt-names.ts reads it.
import { encodeInts } from './int-codec.js';
import { buildAlternates, namesOf } from './names.js';
import type { AlternatePair } from './prebuilt-names.js';
import type { Occupation } from './types.js';

export interface NameIndexData {
  /** Distinct key tokens, most frequent first (ties in code-unit order). */
  tokens: string[];
  /** encodeInts of, for each name, its token count and its key's token ids (repeats kept, in order). */
  names: string;
  /** encodeInts of the name ids ordered by key (code-unit order), then by id. */
  order: string;
  /** encodeInts of each alternate name's title (its index in `alternateTitles`), as zigzag deltas from the one before. */
  titles: string;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The index of a decoded dataset's names, built the slow way from the names themselves. */
export function buildNameIndex(occupations: readonly Occupation[], pairs: readonly AlternatePair[]): NameIndexData {
  const alternates = buildAlternates(occupations).entries;
  const keys = [...namesOf(occupations).entries, ...alternates].map((entry) => entry.key);
  const counts = new Map<string, number>();
  for (const key of keys) for (const token of key.split(' ')) counts.set(token, (counts.get(token) ?? 0) + 1);
  const tokens = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byCodeUnits(a, b));
  const idOf = new Map(tokens.map((token, id) => [token, id]));
  const names: number[] = [];
  for (const key of keys) {
    const split = key.split(' ');
    names.push(split.length, ...split.map((token) => idOf.get(token)!));
  }
  const order = keys.map((_, id) => id).sort((a, b) => byCodeUnits(keys[a]!, keys[b]!) || a - b);
  const titleOf = new Map(pairs.map(([title], index) => [title, index]));
  let previous = 0;
  const titles = alternates.map((entry) => {
    const title = titleOf.get(entry.text)!;
    const delta = title - previous;
    previous = title;
    return delta >= 0 ? 2 * delta : -2 * delta - 1;
  });
  return { tokens, names: encodeInts(names), order: encodeInts(order), titles: encodeInts(titles) };
}
