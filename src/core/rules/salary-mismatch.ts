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
import { namedSourceReport } from '../salary/named-sources.js';
import { describeMatch } from '../dataset/match-role.js';

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
    otherSources: z
      .enum(['band', 'strict', 'off'])
      .default('band')
      .describe(
        'Figures the article attributes to another named source (Indeed, Glassdoor, PayScale…): `band` checks they lie in the BLS 10th–90th percentile band and notes the distance at info; `strict` judges them like any figure; `off` skips them.',
      ),
  }),
  messages: {
    single: 'Unexpected salary `{figure}` for `{role}`: {source} {statistic} for {occupation} ({soc}) is `{expected}` ({deviation}){stale}',
    range:
      'Unexpected salary range `{figure}` for `{role}`: {source} 10th–90th percentile band for {occupation} ({soc}) is `{low}`–`{high}`',
    candidates: 'Unexpected salary `{figure}` for `{role}`: it fits none of the matching occupations ({list})',
    otherSource:
      'Salary `{figure}` for `{role}` is from {source}: inside the {dataset} 10th–90th percentile band for {occupation}{distance}',
    outsideBand:
      'Unexpected salary `{figure}` for `{role}` from {source}: {dataset} 10th–90th percentile band for {occupation} ({soc}) is `{low}`–`{high}`',
    dated: 'Out-of-date salary `{figure}` for `{role}`: the article gives it for {year}, the dataset is {dataset}',
  },
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const claim of salaryClaims(article)) {
      if (!claim.role) continue;
      const { matches } = resolveRole(article, dataset, claim.role);
      if (matches.length === 0) continue;
      const named = namedSourceReport(article, { ...claim, role: claim.role }, matches, options.otherSources);
      if (named !== undefined) {
        if (named) report({ ...named, start: claim.figure.start, end: claim.figure.end });
        continue;
      }
      const current = matches[0]!.occupation;
      if (claim.year !== undefined && claim.year < current.year) {
        // "Median Salary (2019)": the article says its figure is older than the dataset.
        report({
          messageId: 'dated',
          values: { figure: claim.figure.raw, role: claim.role, year: claim.year, dataset: citation(current) },
          start: claim.figure.start,
          end: claim.figure.end,
          data: { role: claim.role, year: claim.year, socCode: current.soc },
        });
        continue;
      }
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
            message: `${occupation.title} (${occupation.soc}), ${citation(occupation)}; matched by ${describeMatch(matches.find((m) => m.occupation === occupation) ?? matches[0]!)}`,
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
