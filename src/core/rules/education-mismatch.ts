// education-mismatch: a statement of the typical entry requirement in the requirements section
// ("registered nurses typically need a bachelor's degree") agrees with the typical education
// needed for entry that BLS Employment Projections lists for the occupation. "At least" a level
// agrees with any higher one; a preference ("some employers prefer a master's degree") is not
// a claim about the typical requirement and is not checked.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { educationVerdicts } from '../claims/education-verdicts.js';
import type { EducationLevel } from '../dataset/types.js';

/** A level as a sentence names it after "need a"; levels that do not read so get no suggestion. */
const WORDS: Partial<Record<EducationLevel, string>> = {
  'High school diploma or equivalent': 'high school diploma',
  'Postsecondary nondegree award': 'postsecondary nondegree award',
  "Associate's degree": "associate's degree",
  "Bachelor's degree": "bachelor's degree",
  "Master's degree": "master's degree",
  'Doctoral or professional degree': 'doctoral or professional degree',
};

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
  refreshes: ['level'],
  check({ article, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const { claim, occupation, fits } of educationVerdicts(article, dataset)) {
      if (fits !== false || !occupation || !claim.role) continue;
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
        ...(WORDS[outlook.education] && {
          suggestions: [
            {
              title: `Replace with ${WORDS[outlook.education]}`,
              fix: { range: [claim.start, claim.end], text: WORDS[outlook.education]! },
            },
          ],
        }),
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
