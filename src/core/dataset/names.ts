// Every name a role can be known by (titles, workspace aliases, O*NET alternate titles),
// normalised once. The bundled tables (~45,000 alternate titles) are built on first use and
// cached per bundled array, so re-creating an index when a workspace dataset changes is cheap.
import { titleKey } from './normalize.js';
import type { Occupation, RoleMatch } from './types.js';

export type Via = Exclude<RoleMatch['via'], 'pinned'>;

export interface NameEntry {
  /** The name as the dataset writes it. */
  text: string;
  /** titleKey(text) */
  key: string;
  /** Occupations with this name: O*NET gives one alternate title to several SOC codes. */
  socs: string[];
  via: Via;
}

export interface NameTable {
  entries: NameEntry[];
  byKey: Map<string, NameEntry[]>;
}

function table(entries: NameEntry[]): NameTable {
  const byKey = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    const list = byKey.get(entry.key);
    if (list) list.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  return { entries, byKey };
}

interface BundledTables {
  titles?: NameTable;
  alternates?: NameTable;
}
const cache = new WeakMap<readonly Occupation[], BundledTables>();

function cached(bundled: readonly Occupation[]): BundledTables {
  let tables = cache.get(bundled);
  if (!tables) cache.set(bundled, (tables = {}));
  return tables;
}

/** Titles (and aliases, should bundled data ever carry any) of the bundled occupations. */
export function bundledTitles(bundled: readonly Occupation[]): NameTable {
  const tables = cached(bundled);
  return (tables.titles ??= namesOf(bundled));
}

/** O*NET alternate titles: the expensive part, so built only when a lookup gets this far. */
export function bundledAlternates(bundled: readonly Occupation[]): NameTable {
  const tables = cached(bundled);
  if (tables.alternates) return tables.alternates;
  const alternates = new Map<string, NameEntry>();
  for (const occupation of bundled) {
    for (const text of occupation.alternateTitles ?? []) {
      const known = alternates.get(text);
      if (known) known.socs.push(occupation.soc);
      else alternates.set(text, { text, key: titleKey(text), socs: [occupation.soc], via: 'alternate' });
    }
  }
  return (tables.alternates = table([...alternates.values()]));
}

/** Aliases and titles (workspace datasets are small: built per index). */
export function namesOf(occupations: readonly Occupation[]): NameTable {
  const entries: NameEntry[] = [];
  for (const occupation of occupations) {
    for (const text of occupation.aliases) entries.push({ text, key: titleKey(text), socs: [occupation.soc], via: 'alias' });
    entries.push({ text: occupation.title, key: titleKey(occupation.title), socs: [occupation.soc], via: 'title' });
  }
  return table(entries);
}
