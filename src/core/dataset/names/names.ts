// Every name a role can be known by (titles, workspace aliases, O*NET alternate titles),
// normalised once. The bundled tables (~53,000 names) come prebuilt in data/roles.json
// (prebuilt-names.ts); without that index they are built on first use. Either way they are
// cached per bundled array, so re-creating an index when a workspace dataset changes is cheap.
import { forms } from './forms.js';
import { keyOfWords, words } from './normalize.js';
import { prebuiltNames } from './prebuilt-names.js';
import type { Occupation } from '../types.js';
import type { NameEntry, NameTable, Via } from './name-types.js';

export type { NameEntry, NameTable, Via } from './name-types.js';

export { forms } from './forms.js';

export function nameEntry(text: string, soc: string, via: Via, spelled = text): NameEntry {
  const found = words(spelled);
  return { text, key: keyOfWords(found), folded: found.join(' '), socs: [soc], via };
}

function table(entries: NameEntry[]): NameTable {
  const byKey = new Map<string, NameEntry[]>();
  for (const name of entries) {
    const list = byKey.get(name.key);
    if (list) list.push(name);
    else byKey.set(name.key, [name]);
  }
  return { entries, byKey: (key) => byKey.get(key) ?? [] };
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
  return (tables.titles ??= prebuiltNames(bundled)?.titles ?? namesOf(bundled));
}

/** O*NET alternate titles: the expensive part, so read (or built) only when a lookup gets this far. */
export function bundledAlternates(bundled: readonly Occupation[]): NameTable {
  const tables = cached(bundled);
  return (tables.alternates ??= prebuiltNames(bundled)?.alternates ?? buildAlternates(bundled));
}

/** The alternate-title table from the titles themselves: the order data/roles.json's index records. */
export function buildAlternates(bundled: readonly Occupation[]): NameTable {
  const alternates = new Map<string, NameEntry>();
  for (const occupation of bundled) {
    for (const text of occupation.alternateTitles ?? []) {
      for (const form of forms(text)) {
        const id = form === text ? text : `${text}\u0000${form}`;
        const known = alternates.get(id);
        if (known) {
          if (!known.socs.includes(occupation.soc)) known.socs.push(occupation.soc);
        } else alternates.set(id, nameEntry(text, occupation.soc, 'alternate', form));
      }
    }
  }
  return table([...alternates.values()]);
}

/** Aliases and titles (workspace datasets are small: built per index). */
export function namesOf(occupations: readonly Occupation[]): NameTable {
  const entries: NameEntry[] = [];
  for (const occupation of occupations) {
    for (const text of occupation.aliases) entries.push(nameEntry(text, occupation.soc, 'alias'));
    entries.push(nameEntry(occupation.title, occupation.soc, 'title'));
  }
  return table(entries);
}
