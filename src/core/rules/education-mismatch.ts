// education-mismatch: a statement of the typical entry requirement in the requirements section
// ("registered nurses typically need a bachelor's degree") agrees with the typical education
// needed for entry that BLS Employment Projections lists for the occupation. "At least" a level
// agrees with any higher one; a preference ("some employers prefer a master's degree") is not
// a claim about the typical requirement and is not checked.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { educationClaims, educationRank } from '../facts/education-claims.js';
import { resolveRole } from '../salary/resolve-role.js';
import type { EducationLevel } from '../dataset/types.js';

export default defineRule({
  id: 'education-mismatch',
  topic: 'education',
  description: 'Typical education requirements agree with the BLS Employment Projections in the role dataset.',
  severity: 'warning',
  fixable: false,
  usesDataset: true,
  options: z.object({}),
  messages: {
    level:
      'Unexpected education `{claim}` for `{role}`: {source} lists `{expected}` as the typical education needed for entry for {occupation} ({soc})',
  },
  check({ article, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const claim of educationClaims(article)) {
      if (!claim.role) continue;
      const known = resolveRole(article, dataset, claim.role).matches.flatMap((m) => (m.occupation.outlook ? [m.occupation] : []));
      if (known.length === 0) continue;
      const agrees = (level: EducationLevel) =>
        claim.atLeast ? educationRank(level) >= educationRank(claim.level) : level === claim.level;
      if (known.some((o) => agrees(o.outlook!.education))) continue;
      const occupation = known[0]!;
      const outlook = occupation.outlook!;
      report({
        messageId: 'level',
        values: {
          claim: claim.raw,
          role: claim.role,
          source: `BLS Employment Projections ${outlook.release.period}`,
          expected: outlook.education,
          occupation: occupation.title,
          soc: occupation.soc,
        },
        start: claim.start,
        end: claim.end,
        data: { role: claim.role, socCode: occupation.soc, claimed: claim.level, expected: outlook.education },
        related: [
          {
            message: `${occupation.title} (${occupation.soc}): ${outlook.education}, ${outlook.release.citation}`,
            ...(outlook.url ? { url: outlook.url } : {}),
          },
        ],
      });
    }
  },
});
