// The alternate titles as data/roles.json stores them: every name in one string, a line each,
// and the occupations of each name as one encoded integer list (int-codec.ts): per name, how
// many occupations it belongs to, then their indexes. JSON.parse reads these two strings in
// about 3 ms; the 45,000 small [name, index] arrays they replace took about 35 ms, a tenth of
// a cold one-article lint (bench/cli-profile.ts).
import { decodeInts, encodeInts } from './int-codec.js';
import type { AlternatePair } from './prebuilt-names.js';

export interface AlternateTitlesData {
  names: string;
  occupations: string;
}

export function encodeAlternateTitles(pairs: readonly AlternatePair[]): AlternateTitlesData {
  const counts: number[] = [];
  for (const [name, at] of pairs) {
    if (/[\n\r]/.test(name)) throw new Error(`alternate title ${JSON.stringify(name)} has a line break`);
    const list = typeof at === 'number' ? [at] : at;
    counts.push(list.length, ...list);
  }
  return { names: pairs.map(([name]) => name).join('\n'), occupations: encodeInts(counts) };
}

/** The [name, occupation index or indexes] pairs; throws when the two lists do not fit each other. */
export function decodeAlternateTitles(data: AlternateTitlesData): AlternatePair[] {
  const names = data.names === '' ? [] : data.names.split('\n');
  const ints = decodeInts(data.occupations);
  const pairs = new Array<AlternatePair>(names.length);
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const count = ints[at++];
    if (count === undefined || count < 1 || at + count > ints.length) throw new RangeError(`alternate title ${i + 1} has no occupations`);
    pairs[i] = [names[i]!, count === 1 ? ints[at]! : Array.from(ints.subarray(at, at + count))];
    at += count;
  }
  if (at !== ints.length) throw new RangeError(`the alternate titles' occupations list ${ints.length - at} numbers too many`);
  return pairs;
}
