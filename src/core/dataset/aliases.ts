// Role aliases from the config (`"roles": {"Growth Hacker": "13-1161"}`): a name the dataset does
// not know, mapped to an occupation for every article under that config, as a spell checker's
// workspace dictionary. Applied as a view over the role index, so every question asked of it
// (the salary rules, the hover, the preview, the site claims) sees the mapping the same way.
// An alias wins over the dataset's own names; a front matter `soc:` pin still wins over both.
import { withForwardedFacts } from './facts.js';
import { titleKey } from './names/normalize.js';
import type { DatasetFacts, RoleIndex, RoleMatch } from './types.js';

const views = new WeakMap<RoleIndex, WeakMap<object, RoleIndex>>();
const aliased = new WeakSet<RoleIndex>();

export function withRoleAliases(index: RoleIndex, aliases: Readonly<Record<string, string>>): RoleIndex {
  const names = Object.entries(aliases);
  if (names.length === 0 || aliased.has(index)) return index;
  let byAliases = views.get(index);
  if (!byAliases) views.set(index, (byAliases = new WeakMap()));
  const cached = byAliases.get(aliases);
  if (cached) return cached;
  const keyed = new Map(names.map(([name, soc]) => [titleKey(name), { name, soc }] as const));
  const byName: Omit<RoleIndex, keyof DatasetFacts> = {
    get occupations() {
      return index.occupations;
    },
    bySoc: (soc) => index.bySoc(soc),
    pinnedMatch: (soc) => index.pinnedMatch(soc),
    match(roleName) {
      const alias = keyed.get(titleKey(roleName));
      const occupation = alias && index.bySoc(alias.soc);
      // An alias to a SOC code the dataset lacks (a hand-edited config) leaves the name as it was.
      if (!alias || !occupation) return index.match(roleName);
      const match: RoleMatch = { occupation, via: 'alias', matched: alias.name };
      return [match];
    },
    suggest: (roleName, limit) => index.suggest(roleName, limit),
    search: (query, limit) => index.search(query, limit),
    searchMatches: (query, limit) => index.searchMatches(query, limit),
  };
  const view: RoleIndex = withForwardedFacts(byName, () => index);
  aliased.add(view);
  byAliases.set(aliases, view);
  return view;
}
