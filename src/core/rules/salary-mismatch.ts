// salary-mismatch: every salary figure agrees with the current release of the dataset. A single
// figure must lie within `tolerance` of the statistic it quotes (mean for "average", median for
// "median", either when unstated); a range must overlap the 10th–90th percentile band. With
// several candidate occupations, a figure is reported only when it fits none of them. A figure
// copied from an earlier release is out of date even when it is close; so is a citation of an
// earlier period next to figures that already match the current one.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { salaryClaims } from '../salary/claims.js';
import { resolveRole } from '../salary/resolve-role.js';
import { judgeClaim, type Verdict } from '../salary/judge.js';
import { formatUsd } from '../salary/format.js';
import { citation } from '../dataset/describe.js';
import { wageHistory } from '../dataset/bundled.js';
import { citationFor, periodMentions, salaryBlocks } from '../salary/citations.js';
import type { Occupation } from '../dataset/types.js';
import { namedSourceReport } from '../salary/named-sources.js';
import { describeMatch } from '../dataset/match-role.js';

type Failed = Verdict & { fits: false };
const percent = (deviation: number) => `${deviation > 0 ? '+' : ''}${Math.round(deviation * 100)}%`;
const evidence = (o: Occupation) => ({ message: `${o.title} (${o.soc}), ${citation(o)}`, ...(o.url ? { url: o.url } : {}) });

export default defineRule({
  id: 'salary-mismatch',
  description: 'Salary figures agree with the current release of the role dataset (BLS OEWS, newest May estimates, by default).',
  severity: 'warning',
  fixable: true,
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
    single: 'Unexpected salary `{figure}` for `{role}`: {source} {statistic} for {occupation} ({soc}) is `{expected}` ({deviation})',
    range:
      'Unexpected salary range `{figure}` for `{role}`: {source} 10th–90th percentile band for {occupation} ({soc}) is `{low}`–`{high}`',
    candidates: 'Unexpected salary `{figure}` for `{role}`: it fits none of the matching occupations ({list})',
    outdated:
      'Out-of-date salary `{figure}` for `{role}`: it matches the {oldPeriod} {statistic} for {occupation} (`{old}`); the {period} {statistic} is `{expected}`',
    outdatedCitation: 'Out-of-date citation `{cited}`: the figures match {source}, the current release; expected `{period}`',
    otherSource:
      'Salary `{figure}` for `{role}` is from {source}: inside the {dataset} 10th–90th percentile band for {occupation}{distance}',
    outsideBand:
      'Unexpected salary `{figure}` for `{role}` from {source}: {dataset} 10th–90th percentile band for {occupation} ({soc}) is `{low}`–`{high}`',
    dated: 'Out-of-date salary `{figure}` for `{role}`: the article gives it for {year}, the dataset is {dataset}',
  },
  refreshes: ['outdated', 'single', 'range', 'outdatedCitation'],
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    const claims = salaryClaims(article).flatMap((claim) => {
      if (!claim.role) return [];
      const { matches } = resolveRole(article, dataset, claim.role);
      return matches.length ? [{ claim, role: claim.role, matches }] : [];
    });
    const occupations = claims.flatMap((c) => c.matches.map((m) => m.occupation));
    const older = [
      ...new Set(
        occupations.flatMap((o) =>
          wageHistory(o)
            .slice(1)
            .map((s) => s.period),
        ),
      ),
    ];
    const mentions = periodMentions(
      article,
      older.filter((p) => !occupations.some((o) => o.period === p)),
    );
    const currentMentions = periodMentions(article, [...new Set(occupations.map((o) => o.period))]);
    const troubled = new Set<string>(); // blocks with a reported figure: their citation is handled there
    // A block of several wrong figures gets one citation, after the last of them.
    const blocks = salaryBlocks(article);
    const blockOf = (at: number) => blocks.find(([start, end]) => start <= at && at < end)?.join();
    const wrong = claims.filter(
      ({ claim, role, matches }) =>
        matches.length === 1 &&
        namedSourceReport(article, { ...claim, role }, matches, options.otherSources) === undefined &&
        !(claim.year !== undefined && claim.year < matches[0]!.occupation.year) &&
        !judgeClaim(claim.figure, matches[0]!.occupation, options.tolerance).fits,
    );
    const citedLater = (at: number) => wrong.some(({ claim }) => claim.figure.start > at && blockOf(claim.figure.start) === blockOf(at));
    for (const { claim, role, matches } of claims) {
      const named = namedSourceReport(article, { ...claim, role }, matches, options.otherSources);
      if (named !== undefined) {
        if (named) report({ ...named, start: claim.figure.start, end: claim.figure.end });
        continue;
      }
      const current = matches[0]!.occupation;
      if (claim.year !== undefined && claim.year < current.year) {
        // "Median Salary (2019)": the article says its figure is older than the current release.
        report({
          messageId: 'dated',
          values: { figure: claim.figure.raw, role, year: claim.year, dataset: citation(current) },
          start: claim.figure.start,
          end: claim.figure.end,
          data: { role, year: claim.year, socCode: current.soc },
        });
        continue;
      }
      const verdicts = matches.map((m) => judgeClaim(claim.figure, m.occupation, options.tolerance));
      if (verdicts.some((v) => v.fits)) continue;
      const worst = verdicts.find((v): v is Failed => !v.fits);
      if (!worst) continue;
      const { occupation, outdated } = worst;
      const { figure } = claim;
      const cited = outdated && citationFor(mentions, figure.start, outdated.release.period);
      if (cited) troubled.add(cited.block.join());
      // The suggestion replaces the figure and, when the article cites the old period, that citation
      // too; a figure whose block already cites the current period gets no second citation.
      const citesCurrent = citationFor(currentMentions, figure.start, occupation.period) !== undefined;
      const range: [number, number] = [figure.start, figure.end];
      // A citation later in the sentence is updated in the same edit; the title names both
      // changes rather than quoting the edit's text, which ends inside the parentheses.
      const updatesCitation = cited !== undefined && cited.start >= figure.end;
      const fix =
        cited && updatesCitation
          ? {
              range: [figure.start, cited.end] as [number, number],
              text: `${worst.replacement}${article.text.slice(figure.end, cited.start)}${occupation.period}`,
            }
          : {
              range,
              text: citesCurrent || citedLater(figure.start) ? worst.replacement : `${worst.replacement} (${citation(occupation)})`,
            };
      const base = {
        start: figure.start,
        end: figure.end,
        data: {
          role,
          ...(figure.annual !== undefined ? { annual: figure.annual } : { annualLow: figure.annualLow, annualHigh: figure.annualHigh }),
          expected: worst.expected,
          socCode: occupation.soc,
          deviation: worst.deviation,
          ...(outdated ? { outdatedPeriod: outdated.release.period } : {}),
        },
        suggestions: [
          {
            // A range outside the 10th–90th band is replaced by the middle half of wages: the
            // title says which band the new figures are, since the message quotes the wider one.
            title: `Replace with ${figure.annual === undefined ? 'the 25th–75th percentile range: ' : ''}${updatesCitation ? `${worst.replacement}, cited as ${occupation.period}` : fix.text}`,
            fix,
          },
        ],
        related: [
          {
            ...evidence(occupation),
            message: `${evidence(occupation).message}; matched by ${describeMatch(matches.find((m) => m.occupation === occupation) ?? matches[0]!)}`,
          },
        ],
      };
      const names = { figure: figure.raw, role, occupation: occupation.title, soc: occupation.soc, source: citation(occupation) };
      if (matches.length > 1) {
        const list = matches.map((m) => `${m.occupation.title} ${m.occupation.soc}`).join(', ');
        report({ ...base, messageId: 'candidates', values: { figure: figure.raw, role, list } });
      } else if (outdated) {
        const old = { oldPeriod: outdated.release.period, old: formatUsd(outdated.value), period: occupation.period };
        report({
          ...base,
          messageId: 'outdated',
          values: { ...names, ...old, statistic: worst.statistic, expected: formatUsd(worst.expected) },
        });
      } else if (figure.annual !== undefined) {
        const values = { ...names, statistic: worst.statistic, expected: formatUsd(worst.expected), deviation: percent(worst.deviation) };
        report({ ...base, messageId: 'single', values });
      } else {
        report({ ...base, messageId: 'range', values: { ...names, low: worst.bandLow, high: worst.bandHigh } });
      }
      for (const m of mentions) if (m.block[0] <= figure.start && figure.start < m.block[1]) troubled.add(m.block.join());
    }
    // Figures that match the current release under an older period's name: the citation is the slip.
    for (const mention of mentions) {
      if (troubled.has(mention.block.join())) continue;
      const inBlock = claims.filter(({ claim }) => mention.block[0] <= claim.figure.start && claim.figure.start < mention.block[1]);
      const current = inBlock[0]?.matches[0]?.occupation;
      if (!current) continue;
      report({
        messageId: 'outdatedCitation',
        values: { cited: mention.period, source: citation(current), period: current.period },
        start: mention.start,
        end: mention.end,
        fix: { range: [mention.start, mention.end], text: current.period, title: `Cite \`${current.period}\`` },
        related: [evidence(current)],
      });
    }
  },
});
