// The fix behind a preview's "Insert section" and "Insert definition": the finding that reports
// the row (or the column's role) missing, chosen here so the client needs no rule logic.
import type { Finding, Fix } from '../core/types.js';
import { sameRole } from '../core/text/role-names.js';
import type { MissingFixParams } from '../shared/lsp-protocol.js';

export function missingFix(
  findings: Finding[],
  roles: [string, string] | undefined,
  { row, column }: Pick<MissingFixParams, 'row' | 'column'>,
): Fix | undefined {
  if (row !== 'definitions') return findings.find((f) => f.ruleId === 'required-sections' && f.data?.['section'] === row && f.fix)?.fix;
  const role = column === undefined ? undefined : roles?.[column];
  return findings.find(
    (f) =>
      f.ruleId === 'role-definition' &&
      f.messageId === 'missing' &&
      role !== undefined &&
      sameRole(String(f.data?.['role']), role) &&
      f.fix,
  )?.fix;
}
