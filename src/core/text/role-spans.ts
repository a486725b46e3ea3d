// Where any of the compared roles is named, as one sorted list. When names overlap
// ("Manager" inside "Sales Manager") the longer, earlier name wins, so a mention of a
// sales manager never also counts as a mention of a manager.

import { findRoleMentions } from './role-mentions.js';

export interface RoleSpan {
  start: number;
  end: number;
  /** Index into the roles given. */
  role: number;
}

export function findRoleSpans(text: string, roles: readonly string[]): RoleSpan[] {
  const all = roles.flatMap((name, role) => findRoleMentions(text, name).map((m) => ({ ...m, role })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RoleSpan[] = [];
  for (const span of all) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

/** The distinct roles named in `text`, in order of first mention. */
export function rolesNamedIn(text: string, roles: readonly string[]): number[] {
  return [...new Set(findRoleSpans(text, roles).map((span) => span.role))];
}
