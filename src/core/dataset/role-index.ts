// Finds the occupation an article means by a role name. Workspace occupations replace
// bundled ones with the same SOC code and their aliases win over every other name; then
// BLS titles; then O*NET alternate titles. match() is exact on normalised names and keeps
// every candidate of an ambiguous name; guessing is left to suggest().
// Everything is built (or, for the bundled names, read from their prebuilt index) on first use,
// and the bundled tables are shared between indexes.
import { bundledAlternates, bundledTitles, namesOf, type NameEntry, type NameTable, type Via } from './names/names.js';
import { generalHead } from './names/forms.js';
import { titleKey } from './names/normalize.js';
import { searchNames } from './names/search.js';
import { prebuiltNames } from './names/prebuilt-names.js';
import { TokenIndex, tokenTable, type Scored } from './names/suggest.js';
import { bandsFor, bundledFacts, outlookFor } from './facts.js';
import { NATION_PLACE, placeOf } from './places.js';
import type { AreaData, Occupation, RoleIndex, RoleMatch } from './types.js';

const bundledTokens = new WeakMap<readonly Occupation[], TokenIndex>();

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** "112022", "11-2022" and O*NET's "11-2022.00" all mean 11-2022. */
function normaliseSoc(soc: string): string {
  const trimmed = soc.trim();
  const bls = /^(\d\d)-?(\d{4})(?:\.\d\d)?$/.exec(trimmed);
  return bls ? `${bls[1]}-${bls[2]}` : trimmed;
}

/** A workspace entry without projections keeps the bundled ones for its SOC code. */
function withBundledOutlook(overlay: Occupation, bundled: Occupation | undefined): Occupation {
  if (overlay.outlook || !bundled?.outlook) return overlay;
  return { ...overlay, outlook: bundled.outlook, ...(bundled.outlooks ? { outlooks: bundled.outlooks } : {}) };
}

/** `areas`: state or metro datasets loaded beside the national data (see DatasetFacts in types.ts). */
export function createRoleIndex(
  bundled: readonly Occupation[],
  overlays: readonly Occupation[] = [],
  areas: readonly AreaData[] = [],
): RoleIndex {
  const merged = lazy(() => {
    const bySoc = new Map<string, Occupation>(bundled.map((occupation) => [occupation.soc, occupation]));
    for (const occupation of overlays) bySoc.set(occupation.soc, withBundledOutlook(occupation, bySoc.get(occupation.soc)));
    return bySoc;
  });
  const facts = bundledFacts(bundled);
  // A set of the bundled codes, not a scan of them per overlay entry: 120,000 workspace occupations took seconds.
  const replaced = lazy(() => {
    const codes = new Set(bundled.map((b) => b.soc));
    return new Set(overlays.map((o) => o.soc).filter((soc) => codes.has(soc)));
  });
  // Detailed SOC codes an OEWS aggregate stands for (13-1021 -> 13-1020), for pins.
  const aggregates = lazy(() => new Map(bundled.flatMap((o) => (o.includesSoc ?? []).map((code) => [code, o.soc] as const))));
  const overlayNames = lazy(() => namesOf(overlays));
  const bundledEntries = () => [...bundledTitles(bundled).entries, ...bundledAlternates(bundled).entries];
  const tokens = () => {
    let found = bundledTokens.get(bundled);
    if (!found) bundledTokens.set(bundled, (found = new TokenIndex(prebuiltNames(bundled)?.tokens() ?? tokenTable(bundledEntries()))));
    return found;
  };
  const overlayTokens = lazy(() => new TokenIndex(tokenTable(overlayNames().entries)));

  const bySoc = (soc: string): Occupation | undefined => {
    const code = normaliseSoc(soc);
    const direct = merged().get(code);
    if (direct) return direct;
    const aggregate = aggregates().get(code);
    return aggregate === undefined ? undefined : merged().get(aggregate);
  };
  // A bundled title whose SOC a workspace entry replaced no longer names that occupation
  // (the replacement's own title does); O*NET's alternate titles still name the SOC code.
  const stale = (entry: NameEntry) => entry.via === 'title' && replaced().has(entry.socs[0]!);
  const titles = () => (replaced().size ? bundledTitles(bundled).entries.filter((e) => !stale(e)) : bundledTitles(bundled).entries);
  const employment = (match: RoleMatch) => match.occupation.employment ?? 0;
  // Titles by their general head ("Kindergarten Teacher" -> "Kindergarten Teachers, Except Special
  // Education"): O*NET does not always list the head as an alternate title.
  const generalTitles = lazy(() => {
    const byKey = new Map<string, NameEntry[]>();
    for (const entry of [...overlayNames().entries, ...titles()]) {
      const head = entry.via === 'title' ? generalHead(entry.text) : undefined;
      const key = head && titleKey(head);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
    return byKey;
  });

  /** Entries -> matches, one per occupation, in entry order (or by employment, for O*NET's many-to-many). */
  const matchesOf = (entries: Iterable<NameEntry>, limit = Infinity, byEmployment = false): RoleMatch[] => {
    const seen = new Set<string>();
    const matches: RoleMatch[] = [];
    for (const entry of entries) {
      const candidates = entry.socs.flatMap((soc) => {
        const occupation = merged().get(soc);
        return occupation && !seen.has(soc) ? [{ occupation, via: entry.via, matched: entry.text }] : [];
      });
      for (const match of candidates.sort((a, b) => employment(b) - employment(a))) {
        if (matches.length >= limit) return matches;
        seen.add(match.occupation.soc);
        matches.push(match);
      }
    }
    return byEmployment ? matches.sort((a, b) => employment(b) - employment(a)) : matches;
  };

  const lookup = (table: NameTable, key: string, via: Via) => table.byKey(key).filter((entry) => entry.via === via);

  const byScore = (lists: Scored[][]) =>
    lists
      .flat()
      .sort((a, b) => b.score - a.score)
      .map((scored) => scored.entry);

  const national = lazy((): AreaData => ({
    place: NATION_PLACE,
    release: facts.releases.wages.current,
    occupations: [...merged().values()],
    bySoc,
  }));
  const placeIn = (text: string) =>
    placeOf(
      text,
      areas.map((area) => area.place),
    );

  return {
    get occupations() {
      return [...merged().values()];
    },
    releases: facts.releases,
    areas,
    projectionFor: (soc, period) => outlookFor(bySoc(soc), period),
    descriptorBands: (period) => bandsFor(facts, period),
    placeOf: placeIn,
    areaFor(text) {
      const place = placeIn(text);
      if (!place) return undefined;
      return place.kind === 'nation' ? national() : areas.find((area) => area.place.name === place.name);
    },
    bySoc,
    pinnedMatch(soc) {
      const occupation = bySoc(soc);
      return occupation && { occupation, via: 'pinned', matched: soc.trim() };
    },
    match(roleName) {
      const key = titleKey(roleName);
      if (!key) return [];
      for (const via of ['alias', 'title'] as const) {
        const own = lookup(bundledTitles(bundled), key, via).filter((entry) => !stale(entry));
        const found = matchesOf([...lookup(overlayNames(), key, via), ...own]);
        if (found.length) return found;
      }
      const general = matchesOf(generalTitles().get(key) ?? []);
      if (general.length) return general;
      return matchesOf(lookup(bundledAlternates(bundled), key, 'alternate'), Infinity, true);
    },
    suggest(roleName, limit = 3) {
      const depth = limit * 4 + 8;
      const bundledNearest = tokens()
        .nearest(roleName, depth)
        .filter((scored) => !stale(scored.entry));
      return matchesOf(byScore([overlayTokens().nearest(roleName, depth), bundledNearest]), limit).map((m) => m.occupation);
    },
    searchMatches(query, limit = 20) {
      return matchesOf(searchNames([overlayNames().entries, titles(), bundledAlternates(bundled).entries], query), limit);
    },
    search(query, limit = 20) {
      return this.searchMatches(query, limit).map((match) => match.occupation);
    },
  };
}
