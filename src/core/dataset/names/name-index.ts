// The name index data/roles.json carries, so no process normalises its ~53,000 names at run
// time: every name's match key as token ids, the names in key order (binary search for
// match()), and the tokens themselves, most frequent first (small ids, short encodings). The
// names are the bundled titles (one per occupation, in order) and then every form of every
// O*NET alternate title, in the order the tables have always listed them (buildAlternates),
// with the title each comes from.
// It is derived data: scripts/build-dataset.ts writes it with buildNameIndex and --check
// recomputes it; prebuilt-names.ts reads it.
import { encodeFixed } from '../codec/fixed-codec.js';
import { buildAlternates, namesOf } from './names.js';
import type { AlternatePair, NameIndexData } from './name-types.js';

export type { NameIndexData } from './name-types.js';
import type { Occupation } from '../types.js';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The index of a decoded dataset's names, built the slow way from the names themselves. */
export function buildNameIndex(occupations: readonly Occupation[], pairs: readonly AlternatePair[]): NameIndexData {
  const alternates = buildAlternates(occupations).entries;
  const keys = [...namesOf(occupations).entries, ...alternates].map((entry) => entry.key);
  const counts = new Map<string, number>();
  for (const key of keys) for (const token of key.split(' ')) counts.set(token, (counts.get(token) ?? 0) + 1);
  const tokens = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byCodeUnits(a, b));
  const idOf = new Map(tokens.map((token, id) => [token, id]));
  const stream: number[] = [];
  const starts: number[] = [];
  for (const key of keys) {
    starts.push(stream.length);
    stream.push(...key.split(' ').map((token) => idOf.get(token)!));
  }
  starts.push(stream.length);
  const order = keys.map((_, id) => id).sort((a, b) => byCodeUnits(keys[a]!, keys[b]!) || a - b);
  const titleOf = new Map(pairs.map(([title], index) => [title, index]));
  const titles = alternates.map((entry) => titleOf.get(entry.text)!);
  // The fewest characters that hold the largest number of any list.
  const largest = Math.max(stream.length, keys.length, pairs.length, tokens.length);
  let width = 1;
  while (64 ** width <= largest) width++;
  return {
    tokens,
    width,
    alternates: pairs.length,
    keys: encodeFixed(stream, width),
    starts: encodeFixed(starts, width),
    order: encodeFixed(order, width),
    titles: encodeFixed(titles, width),
  };
}
