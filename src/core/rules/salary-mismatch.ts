// salary-mismatch: every salary figure agrees with the current release of the dataset. A single
// figure must lie within `tolerance` of the statistic it quotes (mean for "average", median for
// "median", either when unstated); a range must overlap the 10th–90th percentile band. With
// several candidate occupations, a figure is reported only when it fits none of them. A figure
// copied from an earlier release is out of date even when it is close; so is a citation of an
// earlier period next to figures that already match the current one.
import { z } from '../zod.js';
import { defineRule, type Report } from '../rule.js';
import type { FactData } from '../finding-data.js';
import { salaryVerdicts, type Failed } from '../claims/salary-verdicts.js';
import { statisticLabel } from '../claims/salary-judge.js';
import { yearEdit } from '../claims/salary-edits.js';
import type { SalaryClaim } from '../claims/salary-claims.js';
import type { Article } from '../model/article.js';
import { formatUsd } from '../display/format-usd.js';
import { citation } from '../display/describe.js';
import { wageHistory } from '../dataset/bundled.js';
import { citationFor, periodMentions, salaryBlocks } from '../claims/citations.js';
import type { Occupation } from '../dataset/types.js';
import { describeMatch } from '../dataset/names/match-role.js';

const percent = (deviation: number) => `${deviation > 0 ? '+' : ''}${Math.round(deviation * 100)}%`;
const evidence = (o: Occupation) => ({ message: `${o.title} (${o.soc}), ${citation(o)}`, ...(o.url ? { url: o.url } : {}) });

export default defineRule({
  id: 'salary-mismatch',
  topic: 'salary',
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
    percentile: 'Unexpected salary `{figure}` for `{role}`: {source} {statistic} for {occupation} ({soc}) is `{expected}` ({deviation})',
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
    dated:
      'Out-of-date salary `{figure}` for `{role}`: the article gives it for {year}; the {period} {statistic} for {occupation} ({soc}) is `{expected}`',
    place: 'Salary `{figure}` for `{role}` is stated for {place}: not checked against national figures ({source})',
  },
  refreshes: ['outdated', 'single', 'percentile', 'range', 'outdatedCitation', 'dated'],
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    const claims = salaryVerdicts(article, dataset, options).flatMap((j) =>
      j.claim.role && j.matches.length ? [{ ...j, role: j.claim.role }] : [],
    );
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
    const wrong = claims.filter(({ matches, outcome }) => matches.length === 1 && outcome.type === 'judged' && !outcome.fits);
    const citedLater = (at: number) => wrong.some(({ claim }) => claim.figure.start > at && blockOf(claim.figure.start) === blockOf(at));
    for (const { claim, role, matches, outcome } of claims) {
      const { figure } = claim;
      if (outcome.type === 'other-source') {
        if (outcome.report) report({ ...outcome.report, start: figure.start, end: figure.end });
        continue;
      }
      if (outcome.type === 'place') {
        const { occupation } = outcome;
        report({
          messageId: 'place',
          values: { figure: figure.raw, role, place: outcome.place, source: citation(occupation) },
          start: figure.start,
          end: figure.end,
          severity: 'info',
          data: { role, place: outcome.place, socCode: occupation.soc },
        });
        continue;
      }
      if (outcome.type === 'dated') {
        reportDated(article, { claim, role, verdict: outcome.verdict, year: outcome.year }, report);
        // Its block's old citation is part of what the dated figure says: not reported again.
        for (const m of mentions) if (m.block[0] <= figure.start && figure.start < m.block[1]) troubled.add(m.block.join());
        continue;
      }
      if (outcome.type !== 'judged' || !outcome.worst) continue;
      const worst = outcome.worst;
      const { occupation, outdated } = worst;
      const cited = outdated && citationFor(mentions, figure.start, outdated.release.period);
      if (cited) troubled.add(cited.block.join());
      // The suggestion replaces the figure and, when the article cites the old period, that citation
      // too; a figure whose block already cites the current period gets no second citation.
      const citesCurrent = citationFor(currentMentions, figure.start, occupation.period) !== undefined;
      const range: [number, number] = [figure.start, figure.end];
      // A citation later in the sentence is updated in the same edit; the title names both
      // changes rather than quoting the edit's text, which ends inside the parentheses.
      const updatesCitation = cited !== undefined && cited.start >= figure.end;
      // A stated year of the old release ("In May 2024, … $X") is rewritten with the figure.
      const year = !cited && outdated && claim.yearSpan ? yearEdit(article, claim, occupation) : undefined;
      const fix =
        cited && updatesCitation
          ? {
              range: [figure.start, cited.end] as [number, number],
              text: `${worst.replacement}${article.text.slice(figure.end, cited.start)}${occupation.period}`,
            }
          : (year?.(worst.replacement) ?? {
              range,
              text:
                citesCurrent || citedLater(figure.start) || claim.yearSpan
                  ? worst.replacement
                  : `${worst.replacement} (${citation(occupation)})`,
            });
      const statistic = statisticLabel(worst.statistic);
      const base = {
        start: figure.start,
        end: figure.end,
        data: {
          role,
          ...(figure.annual !== undefined ? { annual: figure.annual } : { annualLow: figure.annualLow, annualHigh: figure.annualHigh }),
          expected: worst.expected,
          statistic: worst.statistic,
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
        report({ ...base, messageId: 'outdated', values: { ...names, ...old, statistic, expected: formatUsd(worst.expected) } });
      } else if (figure.annual !== undefined) {
        const values = { ...names, statistic, expected: formatUsd(worst.expected), deviation: percent(worst.deviation) };
        report({ ...base, messageId: claim.percentile !== undefined ? 'percentile' : 'single', values });
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

/** A figure given for a year before the current release: named with the current figure, rewritten with its year. */
function reportDated(
  article: Article,
  { claim, role, verdict, year }: { claim: SalaryClaim; role: string; verdict: Failed; year: number },
  report: (r: Report<'dated', FactData>) => void,
): void {
  const { figure } = claim;
  const { occupation } = verdict;
  const edit = yearEdit(article, claim, occupation)?.(verdict.replacement);
  report({
    messageId: 'dated',
    values: {
      figure: figure.raw,
      role,
      year,
      period: occupation.period,
      statistic: statisticLabel(verdict.statistic),
      occupation: occupation.title,
      soc: occupation.soc,
      expected: formatUsd(verdict.expected),
    },
    start: figure.start,
    end: figure.end,
    data: { role, year, socCode: occupation.soc, expected: verdict.expected, statistic: verdict.statistic },
    ...(edit && { suggestions: [{ title: `Replace with ${edit.text}`, fix: edit }] }),
    related: [evidence(occupation)],
  });
}
