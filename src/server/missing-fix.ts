// The fix behind a preview's "Insert section" and "Insert definition": the finding that reports
// the row's section (or the column's definition) missing, read by topic and typed data, chosen
// here so the client needs no rule logic.
import type { Finding, Fix } from '../core/types.js';
import { missingDefinition, missingSection } from '../core/finding-data.js';
import { sameRole } from '../core/text/role-names.js';
import type { MissingFixParams } from '../shared/lsp-protocol.js';

export function missingFix(
  findings: Finding[],
  roles: [string, string] | undefined,
  { row, column }: Pick<MissingFixParams, 'row' | 'column'>,
): Fix | undefined {
  if (row !== 'definitions') return findings.find((f) => missingSection(f) === row && f.fix)?.fix;
  const role = column === undefined ? undefined : roles?.[column];
  if (role === undefined) return undefined;
  return findings.find((f) => {
    const missing = missingDefinition(f);
    return missing !== undefined && sameRole(missing, role) && f.fix;
  })?.fix;
}
