// Reads the name index in data/roles.json (name-index.ts) into the tables names.ts and
// suggest.ts use, without normalising a single name or decoding a list: the index's lists are
// fixed-width strings (fixed-codec.ts) read in place, a lookup is a binary search over the
// names in key order, and entries are made only for the names a lookup returns. An index that
// does not fit its dataset (another build's) is ignored, and the tables are then built from
// the names as before.
import { fixedList, type FixedList } from '../codec/fixed-codec.js';
import { forms } from './forms.js';
import { ENCODED_CHARSET } from '../codec/int-codec.js';
import { words } from './normalize.js';
import type { Occupation } from '../types.js';
import type { AlternateTitles, NameEntry, NameIndexData, NameTable, TokenTable } from './name-types.js';

export type { AlternatePair } from './name-types.js';

export interface PrebuiltNames {
  titles: NameTable;
  alternates: NameTable;
  /** Titles then alternates: the bundled names suggest() ranks. */
  tokens(): TokenTable;
}

const registered = new WeakMap<readonly Occupation[], () => PrebuiltNames | undefined>();

/** Called by decodeBundledDataset: `occupations` come with this index. */
export function registerNameIndex(occupations: readonly Occupation[], alternates: AlternateTitles, data: NameIndexData): void {
  let loaded: PrebuiltNames | undefined | null = null;
  registered.set(occupations, () => (loaded === null ? (loaded = load(occupations, alternates, data)) : loaded));
}

export function prebuiltNames(occupations: readonly Occupation[]): PrebuiltNames | undefined {
  return registered.get(occupations)?.();
}

interface Lists {
  keys: FixedList;
  starts: FixedList;
  order: FixedList;
  titles: FixedList;
}

/** The index's lists, when they are whole and fit a dataset of `titleCount` titles and `alternateCount` alternate titles. */
function listsOf(data: NameIndexData, titleCount: number, alternateCount: number): Lists | undefined {
  const texts = [data.keys, data.starts, data.order, data.titles];
  if (data.alternates !== alternateCount || !texts.every((text) => ENCODED_CHARSET.test(text))) return undefined;
  const [keys, starts, order, titles] = texts.map((text) => fixedList(text, data.width));
  if (!keys || !starts || !order || !titles) return undefined;
  const size = starts.length - 1;
  const fits = size === titleCount + titles.length && order.length === size && starts.at(0) === 0 && starts.at(size) === keys.length;
  return fits ? { keys, starts, order, titles } : undefined;
}

function load(occupations: readonly Occupation[], alternates: AlternateTitles, data: NameIndexData): PrebuiltNames | undefined {
  if (occupations.some((o) => o.aliases.length > 0)) return undefined;
  const titleCount = occupations.length;
  const lists = listsOf(data, titleCount, alternates.count);
  if (!lists) return undefined;
  const { keys, starts, order, titles } = lists;
  const size = starts.length - 1;
  const tokenIdsOf = (id: number): number[] => {
    const ids: number[] = [];
    for (let i = starts.at(id), end = starts.at(id + 1); i < end; i++) ids.push(keys.at(i));
    return ids;
  };
  const keyOf = (id: number) =>
    tokenIdsOf(id)
      .map((t) => data.tokens[t] ?? '\u0000')
      .join(' ');

  const made = new Array<NameEntry | undefined>(size);
  const entry = (id: number): NameEntry => {
    const known = made[id];
    if (known) return known;
    const isTitle = id < titleCount;
    const at = id - titleCount;
    const t = isTitle ? -1 : titles.at(at);
    if (!isTitle && (t < 0 || t >= alternates.count))
      throw new Error(`the name index gives name ${id} an alternate title that does not exist`);
    const text = isTitle ? occupations[id]!.title : alternates.name(t);
    // A title's forms are consecutive names: the form is how many of them come before.
    let form = 0;
    while (!isTitle && form < at && titles.at(at - form - 1) === t) form++;
    const spelled = isTitle ? text : forms(text)[form];
    if (spelled === undefined) throw new Error(`the name index gives ${text} more forms than it has`);
    const socs = isTitle
      ? [occupations[id]!.soc]
      : alternates
          .occupations(t)
          .filter((i) => i < titleCount)
          .map((i) => occupations[i]!.soc);
    return (made[id] = { text, key: keyOf(id), folded: words(spelled).join(' '), socs, via: isTitle ? 'title' : 'alternate' });
  };

  /** Ids of the names with this key, in id order: the run of `order` that holds it. */
  const idsWithKey = (key: string): number[] => {
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keyOf(order.at(middle)) < key) low = middle + 1;
      else high = middle;
    }
    const ids: number[] = [];
    for (let i = low; i < size && keyOf(order.at(i)) === key; i++) ids.push(order.at(i));
    return ids;
  };
  const tableOf = (from: number, to: number): NameTable => {
    let entries: NameEntry[] | undefined;
    return {
      get entries() {
        return (entries ??= Array.from({ length: to - from }, (_, i) => entry(from + i)));
      },
      byKey: (key) =>
        idsWithKey(key)
          .filter((id) => id >= from && id < to)
          .map(entry),
    };
  };
  return {
    titles: tableOf(0, titleCount),
    alternates: tableOf(titleCount, size),
    tokens: () => tokenTable(size, data.tokens, lists, entry),
  };
}

/** suggest()'s postings and weights from the token ids: no strings split, no sets. */
function tokenTable(size: number, tokens: readonly string[], { keys, starts }: Lists, entry: (id: number) => NameEntry): TokenTable {
  // Every name is visited three times here: decode the lists once.
  const stream = Int32Array.from({ length: keys.length }, (_, i) => keys.at(i));
  const bounds = Int32Array.from({ length: size + 1 }, (_, i) => starts.at(i));
  const tokensOf = (id: number) => stream.subarray(bounds[id], bounds[id + 1]);
  const counts = new Int32Array(tokens.length);
  const distinct = (ids: Int32Array, i: number) => ids.indexOf(ids[i]!) === i;
  for (let id = 0; id < size; id++) {
    const ids = tokensOf(id);
    for (let i = 0; i < ids.length; i++) if (distinct(ids, i)) counts[ids[i]!]!++;
  }
  const lists = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(tokens.length);
  for (let id = 0; id < size; id++) {
    const ids = tokensOf(id);
    for (let i = 0; i < ids.length; i++) if (distinct(ids, i)) lists[ids[i]!]![filled[ids[i]!]!++] = id;
  }
  const postings = new Map(tokens.map((token, t) => [token, lists[t]!]));
  // As TokenIndex weighs a name: the idf of each token of its key, repeats counted, in key order.
  const idf = Array.from(counts, (count) => Math.log(1 + size / count));
  const weights = new Float64Array(size);
  for (let id = 0; id < size; id++) {
    let sum = 0;
    for (const t of tokensOf(id)) sum += idf[t]!;
    weights[id] = sum;
  }
  return { size, postings, weights, entry };
}
