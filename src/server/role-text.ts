// What the client's role commands show and insert (Look Up Role Salary, New Comparison
// Article), worded here from the dataset: the client asks, and holds no dataset code.
import { citation, outlookSentence, requirementsSentence, salarySentence, wageSummary } from '../core/dataset/describe.js';
import type { RoleMatch } from '../core/dataset/types.js';
import { formatUsd } from '../core/text/format-usd.js';
import { articleSkeleton, roleText } from '../core/templates/article.js';
import { pluralRole } from '../core/text/role-mentions.js';
import type { NewArticleParams, NewArticleResponse, RoleHit } from '../shared/lsp-protocol.js';

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

export function newArticle({ roles: [a, b] }: NewArticleParams): NewArticleResponse {
  const picked = [
    { role: a.role, occupation: a.match.occupation },
    { role: b.role, occupation: b.match.occupation },
  ] as const;
  const requirements = requirementsSentence(...picked);
  const outlook = outlookSentence(...picked);
  const content = articleSkeleton(roleText(a.role), roleText(b.role), {
    salarySentence: salarySentence(...picked),
    ...(requirements && { requirementsSentence: requirements }),
    ...(outlook && { outlookSentence: outlook }),
  });
  return { content };
}
