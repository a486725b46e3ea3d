// Every name a role can be known by (titles, workspace aliases, O*NET alternate titles),
// normalised once. The bundled tables (~45,000 alternate titles) are built on first use and
// cached per bundled array, so re-creating an index when a workspace dataset changes is cheap.
import { keyOfWords, words } from './normalize.js';
import type { Occupation, RoleMatch } from './types.js';

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
  entries: NameEntry[];
  byKey: Map<string, NameEntry[]>;
}

function entry(text: string, soc: string, via: Via, spelled = text): NameEntry {
  const found = words(spelled);
  return { text, key: keyOfWords(found), folded: found.join(' '), socs: [soc], via };
}

/**
 * O*NET writes many titles with their expansion: "HVAC Tech (Heating, Ventilation, and Air
 * Conditioning Technician)". Each form is a name of its own (keyed alone, shown in full), so
 * "HVAC Tech" and the long form both match.
 */
export function forms(text: string): string[] {
  const open = text.indexOf(' (');
  if (open < 0 || !text.endsWith(')')) return [text];
  const short = text.slice(0, open).trim();
  const long = text.slice(open + 2, -1).trim();
  return [text, ...(short ? [short] : []), ...(long && !long.includes('(') ? [long] : [])];
}

function table(entries: NameEntry[]): NameTable {
  const byKey = new Map<string, NameEntry[]>();
  for (const name of entries) {
    const list = byKey.get(name.key);
    if (list) list.push(name);
    else byKey.set(name.key, [name]);
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
      for (const form of forms(text)) {
        const id = form === text ? text : `${text}\u0000${form}`;
        const known = alternates.get(id);
        if (known) {
          if (!known.socs.includes(occupation.soc)) known.socs.push(occupation.soc);
        } else alternates.set(id, entry(text, occupation.soc, 'alternate', form));
      }
    }
  }
  return (tables.alternates = table([...alternates.values()]));
}

/** Aliases and titles (workspace datasets are small: built per index). */
export function namesOf(occupations: readonly Occupation[]): NameTable {
  const entries: NameEntry[] = [];
  for (const occupation of occupations) {
    for (const text of occupation.aliases) entries.push(entry(text, occupation.soc, 'alias'));
    entries.push(entry(occupation.title, occupation.soc, 'title'));
  }
  return table(entries);
}
