// Reads the name index in data/roles.json (name-index.ts) into the tables names.ts and
// suggest.ts use, without normalising a single name: a lookup is a binary search over the
// names in key order, and entries are made only for the names a lookup returns. Everything
// is decoded on first use. An index that does not fit its dataset (another build's) is
// ignored, and the tables are then built from the names as before.
import { decodeInts } from './int-codec.js';
import { forms } from './forms.js';
import type { NameIndexData } from './name-index.js';
import type { NameEntry, NameTable } from './names.js';
import { words } from './normalize.js';
import type { TokenTable } from './suggest.js';
import type { Occupation } from './types.js';

/** [title, occupation index or indexes], as data/roles.json lists the alternate titles. */
export type AlternatePair = readonly [string, number | readonly number[]];

export interface PrebuiltNames {
  titles: NameTable;
  alternates: NameTable;
  /** Titles then alternates: the bundled names suggest() ranks. */
  tokens(): TokenTable;
}

const registered = new WeakMap<readonly Occupation[], () => PrebuiltNames | undefined>();

/** Called by decodeBundledDataset: `occupations` come with this index. */
export function registerNameIndex(occupations: readonly Occupation[], pairs: readonly AlternatePair[], data: NameIndexData): void {
  let loaded: PrebuiltNames | undefined | null = null;
  registered.set(occupations, () => (loaded === null ? (loaded = load(occupations, pairs, data)) : loaded));
}

export function prebuiltNames(occupations: readonly Occupation[]): PrebuiltNames | undefined {
  return registered.get(occupations)?.();
}

/** Occupation indexes of an alternate title, ascending and within range (the file lists them so). */
function indexesOf(at: AlternatePair[1], count: number): number[] {
  if (typeof at === 'number') return at < count ? [at] : [];
  return [...new Set(at)].filter((i) => i < count).sort((a, b) => a - b);
}

/** Each alternate name's title (data.titles: zigzag deltas, as written by name-index.ts). */
function alternateTitles(encoded: string, pairs: number): Int32Array | undefined {
  const deltas = decodeInts(encoded);
  let title = 0;
  for (let i = 0; i < deltas.length; i++) {
    const z = deltas[i]!;
    title += z % 2 ? -(z + 1) / 2 : z / 2;
    if (title < 0 || title >= pairs) return undefined;
    deltas[i] = title;
  }
  return deltas;
}

function load(occupations: readonly Occupation[], pairs: readonly AlternatePair[], data: NameIndexData): PrebuiltNames | undefined {
  if (occupations.some((o) => o.aliases.length > 0)) return undefined;
  const titleCount = occupations.length;
  let stream: Int32Array;
  let order: Int32Array;
  let titles: Int32Array | undefined;
  try {
    stream = decodeInts(data.names);
    order = decodeInts(data.order);
    titles = alternateTitles(data.titles, pairs.length);
  } catch {
    return undefined;
  }
  if (!titles) return undefined;
  const size = titleCount + titles.length;
  // Where each name's token ids start in `stream`; the index must cover exactly these names.
  const start = new Int32Array(size + 1);
  let at = 0;
  for (let id = 0; id < size; id++) {
    if (at >= stream.length) return undefined;
    start[id] = at + 1;
    const end = at + stream[at]! + 1;
    for (let i = at + 1; i < end; i++) if (i >= stream.length || stream[i]! >= data.tokens.length) return undefined;
    at = end;
  }
  start[size] = at + 1;
  if (at !== stream.length || order.length !== size || order.some((id) => id >= size)) return undefined;
  const tokensOf = (id: number) => stream.subarray(start[id], start[id + 1]! - 1);
  const keyOf = (id: number) => Array.from(tokensOf(id), (t) => data.tokens[t]).join(' ');

  const made = new Array<NameEntry | undefined>(size);
  const entry = (id: number): NameEntry => {
    const known = made[id];
    if (known) return known;
    const isTitle = id < titleCount;
    const at = id - titleCount;
    const t = isTitle ? -1 : titles[at]!;
    const text = isTitle ? occupations[id]!.title : pairs[t]![0];
    // A title's forms are consecutive names: the form is how many of them come before.
    let form = 0;
    while (!isTitle && form < at && titles[at - form - 1] === t) form++;
    const spelled = isTitle ? text : forms(text)[form];
    if (spelled === undefined) throw new Error(`the name index gives ${text} more forms than it has`);
    const socs = isTitle ? [occupations[id]!.soc] : indexesOf(pairs[t]![1], titleCount).map((i) => occupations[i]!.soc);
    return (made[id] = { text, key: keyOf(id), folded: words(spelled).join(' '), socs, via: isTitle ? 'title' : 'alternate' });
  };

  /** Ids of the names with this key, in id order: the run of `order` that holds it. */
  const idsWithKey = (key: string): number[] => {
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keyOf(order[middle]!) < key) low = middle + 1;
      else high = middle;
    }
    const ids: number[] = [];
    for (let i = low; i < size && keyOf(order[i]!) === key; i++) ids.push(order[i]!);
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
    tokens: () => tokenTable(size, data.tokens, tokensOf, entry),
  };
}

/** suggest()'s postings and weights from the token ids: no strings split, no sets. */
function tokenTable(
  size: number,
  tokens: readonly string[],
  tokensOf: (id: number) => Int32Array,
  entry: (id: number) => NameEntry,
): TokenTable {
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
