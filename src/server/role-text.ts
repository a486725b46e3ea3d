// What the client's role commands show and insert (Look Up Role Salary, New Comparison
// Article), worded here from the dataset: the client asks, and holds no dataset code.
import { citation, wageSummary } from '../core/display/describe.js';
import type { RoleMatch } from '../core/dataset/types.js';
import { formatUsd } from '../core/display/format-usd.js';
import { pluralRole } from '../core/text/role-mentions.js';
import type { RoleHit } from '../shared/lsp-protocol.js';

export function roleHit(match: RoleMatch): RoleHit {
  const { occupation } = match;
  const cited = citation(occupation);
  const plural = pluralRole(match.matched);
  const mean = occupation.wages.mean;
  return {
    ...match,
    summary: wageSummary(occupation),
    citation: cited,
    ...(mean !== undefined && {
      salarySentence: `${plural.charAt(0).toUpperCase()}${plural.slice(1)} earn an average salary of ${formatUsd(mean)} per year (${cited}).`,
    }),
  };
}
