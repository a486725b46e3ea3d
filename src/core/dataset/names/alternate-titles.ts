// The alternate titles as data/roles.json stores them: every name in one string, a line each,
// and the occupations of each name as one encoded integer list (int-codec.ts): per name, how
// many occupations it belongs to, then their indexes. JSON.parse reads these two strings in
// about 3 ms, where the 45,000 small [name, index] arrays they replace took about 35 ms; and
// nothing is split or decoded until a name is asked for (a lookup that lands on an alternate
// title, the `roles` command), so a lint that only meets occupation titles never does it.
import { decodeInts, encodeInts } from '../codec/int-codec.js';
import type { AlternatePair, AlternateTitles } from './name-types.js';

export type { AlternateTitles } from './name-types.js';

export interface AlternateTitlesData {
  count: number;
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
  return { count: pairs.length, names: pairs.map(([name]) => name).join('\n'), occupations: encodeInts(counts) };
}

/** A view that decodes on first use; throws then when the lists do not fit each other or `count`. */
export function alternateTitlesOf(data: AlternateTitlesData): AlternateTitles {
  let names: string[] | undefined;
  let lists: { ints: Int32Array; starts: Int32Array } | undefined;
  const nameList = () => {
    if (names) return names;
    const split = data.names === '' ? [] : data.names.split('\n');
    if (split.length !== data.count) throw new RangeError(`${split.length} alternate titles where the file says ${data.count}`);
    return (names = split);
  };
  const occupationLists = () => {
    if (lists) return lists;
    const ints = decodeInts(data.occupations);
    const starts = new Int32Array(data.count);
    let at = 0;
    for (let i = 0; i < data.count; i++) {
      const count = ints[at];
      if (count === undefined || count < 1 || at + 1 + count > ints.length)
        throw new RangeError(`alternate title ${i + 1} has no occupations`);
      starts[i] = at;
      at += 1 + count;
    }
    if (at !== ints.length) throw new RangeError(`the alternate titles' occupations list ${ints.length - at} numbers too many`);
    return (lists = { ints, starts });
  };
  const occupations = (index: number): number[] => {
    const { ints, starts } = occupationLists();
    const at = starts[index]!;
    return Array.from(ints.subarray(at + 1, at + 1 + ints[at]!));
  };
  return {
    count: data.count,
    name: (index) => nameList()[index]!,
    occupations,
    pairs: () =>
      nameList().map((name, i): AlternatePair => {
        const list = occupations(i);
        return [name, list.length === 1 ? list[0]! : list];
      }),
  };
}

/** The [name, occupation index or indexes] pairs. */
export const decodeAlternateTitles = (data: AlternateTitlesData): AlternatePair[] => alternateTitlesOf(data).pairs();
