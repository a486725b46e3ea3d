// Figures in a GFM table belong to the role of their row ("| Sales Manager | $160,930 |")
// or, in a table with one column per role, to the role heading their column.
// Cells are given as plain text; splitting the table is the parser's job.

import { claimRoleSpans } from './role-forms.js';
import type { ClaimRoles } from './claim-roles.js';
import { headIndex, roleWords } from '../text/role-mentions.js';
import { modifierForms } from './short-forms.js';
import { hasWords, roleNamedIn } from './named-mentions.js';

/** The roles a cell names, in the same forms as a prose claim's sentence ("HR Specialist", "RNs"). */
function rolesNamedIn(text: string, roles: ClaimRoles): number[] {
  return [...new Set(claimRoleSpans(text, roles).map((span) => span.role))];
}

function onlyRole(cell: string, roles: ClaimRoles): number | undefined {
  const named = rolesNamedIn(cell, roles);
  if (named.length === 1) return named[0];
  // "| Drill press operator | $49,080 |" for a drilling machine operator: a label naming no role in
  // our forms may be one of the names O*NET gives a role's occupation (a cell is short: one lookup).
  // A label of only statistic words ("Median pay (2025)") names no one: the names are not built for it.
  if (named.length > 0 || !roles.occupationNames || !hasWords(cell)) return undefined;
  return roleNamedIn(cell, roles.occupationNames());
}

/**
 * A header cell that is one role's modifiers alone ("Middle school", "Special ed (K–5)" over a
 * column of figures for a middle school teacher and a special education teacher): in a table of
 * two roles that share their head noun, the header says only what tells them apart.
 */
function modifiersOnly(cell: string, roles: ClaimRoles): number | undefined {
  // A cell's text may hold its pipes ("| Middle school |").
  const bare = cell.replace(/\|/gu, ' ');
  const open = bare.indexOf('(');
  const written = (open < 0 ? bare : bare.slice(0, open)).trim().toLowerCase().split(/\s+/u).join(' ');
  if (!written) return undefined;
  const owners = roles.flatMap((role, index) => {
    const words = roleWords(role);
    const modifiers = words.slice(0, headIndex(words));
    if (modifiers.length === 0 || modifiers.length !== written.split(' ').length) return [];
    const same = modifiers.every((m, i) => modifierForms(m).some((form) => form.toLowerCase() === written.split(' ')[i]));
    return same ? [index] : [];
  });
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * The role of a row: the one named in its first cell when that cell names exactly one;
 * otherwise the one role named across the other cells, if exactly one is.
 */
export function attributeTableRow(cells: readonly string[], roles: ClaimRoles): number | undefined {
  const [first, ...rest] = cells;
  const fromFirst = first === undefined ? undefined : onlyRole(first, roles);
  if (fromFirst !== undefined) return fromFirst;
  // Cells are read one by one so a role name cannot straddle a cell border.
  const named = new Set(rest.flatMap((cell) => rolesNamedIn(cell, roles)));
  return named.size === 1 ? [...named][0] : undefined;
}

/** The role each header cell names, when it names exactly one. */
export function attributeTableColumns(header: readonly string[], roles: ClaimRoles): Array<number | undefined> {
  return header.map((cell) => headerRole(cell, roles));
}

const headerRole = (cell: string, roles: ClaimRoles) => onlyRole(cell, roles) ?? modifiersOnly(cell, roles);

/** The role of one cell: its column's role when the header names one, else its row's. */
export function attributeTableCell(
  header: readonly string[],
  cells: readonly string[],
  column: number,
  roles: ClaimRoles,
): number | undefined {
  const headerCell = header[column];
  return (headerCell === undefined ? undefined : headerRole(headerCell, roles)) ?? attributeTableRow(cells, roles);
}
