// salary-mismatch: every salary figure agrees with the dataset. A single figure must lie
// within `tolerance` of the statistic it quotes (mean for "average", median for "median",
// either when unstated); a range must overlap the 10th–90th percentile band. With several
// candidate occupations, a figure is reported only when it fits none of them.
import { z } from 'zod';
import { defineRule } from '../rule.js';
import { salaryClaims } from '../salary/claims.js';
import { resolveRole } from '../salary/resolve-role.js';
import { judgeClaim, type Verdict } from '../salary/judge.js';
import { formatUsd } from '../salary/format.js';
import { citation } from '../dataset/describe.js';

export default defineRule({
  id: 'salary-mismatch',
  description: 'Salary figures agree with the role dataset (BLS OEWS May 2024 by default).',
  severity: 'warning',
  fixable: false,
  usesDataset: true,
  options: z.object({
    tolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.15)
      .describe('Largest accepted deviation from the dataset figure, as a fraction (0.15 = ±15%).'),
  }),
  messages: {
    single: 'Unexpected salary `{figure}` for `{role}`: {source} {statistic} for {occupation} ({soc}) is `{expected}` ({deviation}){stale}',
    range:
      'Unexpected salary range `{figure}` for `{role}`: {source} 10th–90th percentile band for {occupation} ({soc}) is `{low}`–`{high}`',
    candidates: 'Unexpected salary `{figure}` for `{role}`: it fits none of the matching occupations ({list})',
  },
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const claim of salaryClaims(article)) {
      if (!claim.role) continue;
      const { matches } = resolveRole(article, dataset, claim.role);
      if (matches.length === 0) continue;
      const verdicts = matches.map((m) => judgeClaim(claim.figure, m.occupation, options.tolerance));
      if (verdicts.some((v) => v.fits)) continue;
      const worst = verdicts.find((v): v is Verdict & { fits: false } => !v.fits);
      if (!worst) continue;
      const occupation = worst.occupation;
      const { figure } = claim;
      const data = {
        role: claim.role,
        ...(figure.annual !== undefined ? { annual: figure.annual } : { annualLow: figure.annualLow, annualHigh: figure.annualHigh }),
        expected: worst.expected,
        socCode: occupation.soc,
        deviation: worst.deviation,
      };
      const suggestionText = `${worst.replacement} (${citation(occupation)})`;
      const base = {
        start: figure.start,
        end: figure.end,
        data,
        suggestions: [
          { title: `Replace with ${suggestionText}`, fix: { range: [figure.start, figure.end] as [number, number], text: suggestionText } },
        ],
        related: [
          {
            message: `${occupation.title} (${occupation.soc}), ${citation(occupation)}`,
            ...(occupation.url ? { url: occupation.url } : {}),
          },
        ],
      };
      if (matches.length > 1) {
        const list = matches.map((m) => `${m.occupation.title} ${m.occupation.soc}`).join(', ');
        report({ ...base, messageId: 'candidates', values: { figure: figure.raw, role: claim.role, list } });
      } else if (figure.annual !== undefined) {
        report({
          ...base,
          messageId: 'single',
          values: {
            figure: figure.raw,
            role: claim.role,
            source: citation(occupation),
            statistic: worst.statistic,
            occupation: occupation.title,
            soc: occupation.soc,
            expected: formatUsd(worst.expected),
            deviation: `${worst.deviation > 0 ? '+' : ''}${Math.round(worst.deviation * 100)}%`,
            stale: worst.stale ? `; \`${figure.raw}\` matches the ${worst.stale} figure, which is out of date` : '',
          },
        });
      } else {
        report({
          ...base,
          messageId: 'range',
          values: {
            figure: figure.raw,
            role: claim.role,
            source: citation(occupation),
            occupation: occupation.title,
            soc: occupation.soc,
            low: worst.bandLow,
            high: worst.bandHigh,
          },
        });
      }
    }
  },
});
