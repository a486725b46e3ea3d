// The types the dataset's name tables share: the bundled index's prebuilt form
// (prebuilt-names.ts), the tables built the slow way (names.ts, name-index.ts), the alternate
// titles' codec and the suggester. Apart, so each of those files names the others' shapes
// without importing them (and no import circle forms between them).
import type { RoleMatch } from '../types.js';

/** [title, occupation index or indexes], as the alternate titles are listed. */
export type AlternatePair = readonly [string, number | readonly number[]];

export type Via = Exclude<RoleMatch['via'], 'pinned'>;

export interface NameEntry {
  /** The name as the dataset writes it. */
  text: string;
  /** titleKey(text): what match() and suggest() compare. */
  key: string;
  /** fold(text): what search() compares. */
  folded: string;
  /** Occupations with this name: O*NET gives one alternate title to several SOC codes. */
  socs: string[];
  via: Via;
}

export interface NameTable {
  readonly entries: readonly NameEntry[];
  /** The entries whose key is `key`, in table order. */
  byKey(key: string): readonly NameEntry[];
}

/** What TokenIndex ranks: the names, each token's postings (name ids, ascending) and each name's weight. */
export interface TokenTable {
  size: number;
  postings: ReadonlyMap<string, ArrayLike<number> & Iterable<number>>;
  weights: ArrayLike<number> & Iterable<number>;
  entry(id: number): NameEntry;
}

export interface NameIndexData {
  /** Distinct key tokens, most frequent first (ties in code-unit order). */
  tokens: string[];
  /** Characters per number in the lists below (fixed-codec.ts). */
  width: number;
  /** How many alternate titles (pairs) the index was built for. */
  alternates: number;
  /** Every name's key as token ids (repeats kept, in order), name after name. */
  keys: string;
  /** Where each name's token ids start in `keys`, and then where the last one ends. */
  starts: string;
  /** The name ids ordered by key (code-unit order), then by id. */
  order: string;
  /** Each alternate name's title: its index among the alternate titles. */
  titles: string;
}

export interface AlternateTitles {
  readonly count: number;
  name(index: number): string;
  /** The indexes of the occupations the name belongs to, ascending. */
  occupations(index: number): readonly number[];
  pairs(): AlternatePair[];
}
