// The tables the claim engine builds from a dataset on the first lint that asks: every BLS
// title's head nouns and word stems (role resolution reads them all for a role no title names),
// its occupation-title words, and the text of every alternate title. For the bundled dataset they
// take milliseconds; for a workspace dataset of 120,000 occupations about a second of CPU, which a
// language server would otherwise count against the first document's time budget (and, on a busy
// machine, report that document "not checked"). A host that loads a dataset outside that budget
// calls this there, so the budget counts only the document's lint.
import type { RoleIndex } from '../dataset/types.js';
import { prepareTitleParts } from '../dataset/names/title-evidence.js';
import { prepareClaimRoleTables } from './claim-roles.js';

export function prepareClaimTables(dataset: RoleIndex): void {
  prepareTitleParts(dataset.occupations);
  prepareClaimRoleTables(dataset);
}
