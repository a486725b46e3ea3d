// A role index that is made on its first question: a host hands the engine this and loads
// the bundled dataset (about 2 MB of JSON) only when a rule asks about a role, so a run over
// files that are not articles, or a rule set without the dataset rules, never reads it.
import { withForwardedFacts } from './facts.js';
import type { DatasetFacts, RoleIndex } from './types.js';

export function lazyRoleIndex(make: () => RoleIndex): RoleIndex {
  let index: RoleIndex | undefined;
  const get = () => (index ??= make());
  const view: Omit<RoleIndex, keyof DatasetFacts> = {
    get occupations() {
      return get().occupations;
    },
    bySoc: (soc) => get().bySoc(soc),
    pinnedMatch: (soc) => get().pinnedMatch(soc),
    match: (roleName) => get().match(roleName),
    suggest: (roleName, limit) => get().suggest(roleName, limit),
    search: (query, limit) => get().search(query, limit),
    searchMatches: (query, limit) => get().searchMatches(query, limit),
  };
  return withForwardedFacts(view, get);
}
