// outlook-mismatch: a job outlook statement ("employment of nurse practitioners is projected to
// grow 40% from 2024 to 2034") agrees with BLS Employment Projections, the release the dataset
// carries: the percent within `tolerance` percentage points of the projected change, the
// direction the same, and the period the current projection's. Outlook figures go stale with
// each projection round, and readers take them for facts.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { outlookClaims } from '../facts/outlook-claims.js';
import { resolveRole } from '../salary/resolve-role.js';
import type { Outlook } from '../dataset/types.js';

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;

export default defineRule({
  id: 'outlook-mismatch',
  description: 'Job outlook statements agree with the BLS Employment Projections in the role dataset.',
  severity: 'warning',
  fixable: false,
  usesDataset: true,
  options: z.object({
    tolerance: z
      .number()
      .min(0)
      .max(100)
      .default(2)
      .describe('Largest accepted difference from the projected change, in percentage points.'),
  }),
  messages: {
    percent: 'Unexpected job outlook `{claim}` for `{role}`: {source} change for {occupation} ({soc}) is `{expected}`',
    direction:
      'Unexpected job outlook `{claim}` for `{role}`: {source} change for {occupation} ({soc}) is `{expected}`, the other direction',
    outdated:
      'Out-of-date projection period `{from} to {to}` for `{role}`: the current BLS projections are for {period} (`{expected}` for {occupation})',
  },
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const claim of outlookClaims(article)) {
      if (!claim.role) continue;
      const outlooks = resolveRole(article, dataset, claim.role).matches.flatMap((m) => (m.occupation.outlook ? [m.occupation] : []));
      if (outlooks.length === 0) continue;
      const agrees = (o: Outlook) =>
        claim.percent === undefined
          ? Math.sign(o.changePercent) !== -claim.direction || Math.abs(o.changePercent) <= options.tolerance
          : Math.abs(claim.percent - o.changePercent) <= options.tolerance;
      const occupation = outlooks[0]!;
      const outlook = occupation.outlook!;
      const values = {
        claim: claim.raw.trim(),
        role: claim.role,
        source: `BLS Employment Projections ${outlook.release.period}`,
        occupation: occupation.title,
        soc: occupation.soc,
        expected: signed(outlook.changePercent),
      };
      const base = {
        start: claim.start,
        end: claim.end,
        data: { role: claim.role, socCode: occupation.soc, claimed: claim.percent, expected: outlook.changePercent },
        related: [
          {
            message: `${occupation.title} (${occupation.soc}): ${signed(outlook.changePercent)} from ${outlook.release.year} to ${outlook.release.targetYear ?? '?'}, ${outlook.release.citation}`,
            ...(outlook.url ? { url: outlook.url } : {}),
          },
        ],
      };
      const { release } = outlook;
      if (claim.from !== undefined && claim.to !== undefined && (claim.from !== release.year || claim.to !== release.targetYear)) {
        report({ ...base, messageId: 'outdated', values: { ...values, from: claim.from, to: claim.to, period: release.period } });
        continue;
      }
      if (outlooks.some((o) => agrees(o.outlook!))) continue;
      report({ ...base, messageId: claim.percent === undefined ? 'direction' : 'percent', values });
    }
  },
});
