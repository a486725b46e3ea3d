// Figures the article attributes to another named source (Indeed, Glassdoor, PayScale...).
// Salary sites measure different people than BLS does, so such a figure is held to the BLS
// 10th–90th percentile band instead of ±tolerance of the mean or median, and its distance
// from the BLS figure is said at `info`, naming the source the article cites. salary-mismatch
// calls this module and keeps its own judgement for figures without a named source.
import type { Article } from '../model/article.js';
import type { Report } from '../rule.js';
import type { FactData } from '../finding-data.js';
import type { RoleMatch } from '../dataset/types.js';
import type { SalaryClaim } from './salary-claims.js';
import { judgeClaim } from './salary-judge.js';
import { formatUsd } from '../display/format-usd.js';
import { citation } from '../display/describe.js';
import { judgedAsBls, namedSource } from './sources.js';

export type OtherSources = 'band' | 'strict' | 'off';

/** What a claim with a named source reports, placed by the rule at the figure. */
export type NamedSourceReport = Omit<Report<'outsideBand' | 'otherSource', FactData>, 'start' | 'end'>;

/** The other source a claim's figure comes from (sources.ts): undefined for none, or BLS's own figures. */
export function claimSource(article: Article, claim: SalaryClaim): string | undefined {
  const source = claim.source ?? namedSource(article, claim.figure.start, claim.figure.end);
  return judgedAsBls(source) ? undefined : source;
}

/**
 * The report for a claim with a named source, `null` when it needs none, or undefined when the
 * claim has no named source (or `strict`) and salary-mismatch judges it as usual.
 */
export function namedSourceReport(
  article: Article,
  claim: SalaryClaim & { role: string },
  matches: readonly RoleMatch[],
  mode: OtherSources,
): NamedSourceReport | null | undefined {
  if (mode === 'strict') return undefined;
  const source = claimSource(article, claim);
  if (!source) return undefined;
  if (mode === 'off' || matches.length === 0) return null;
  const { figure } = claim;
  const low = figure.annual ?? figure.annualLow;
  const high = figure.annual ?? figure.annualHigh;
  if (low === undefined || high === undefined) return null;
  const asRange = { ...figure, annual: undefined, annualLow: low, annualHigh: high };
  const inBand = matches.map((m) => judgeClaim(asRange, m.occupation, 0));
  const fitting = inBand.findIndex((v) => v.fits);
  const occupation = matches[Math.max(fitting, 0)]!.occupation;
  const data = { role: claim.role, source, socCode: occupation.soc, annual: figure.annual };
  if (fitting < 0) {
    const verdict = inBand[0]!;
    return {
      messageId: 'outsideBand',
      values: {
        figure: figure.raw,
        role: claim.role,
        source,
        dataset: citation(occupation),
        occupation: occupation.title,
        soc: occupation.soc,
        low: verdict.fits ? '' : verdict.bandLow,
        high: verdict.fits ? '' : verdict.bandHigh,
      },
      data,
    };
  }
  // Inside the band: said at info, with how far it is from the figure it would be compared with.
  const near = judgeClaim(figure.annual === undefined ? figure : { ...figure }, occupation, Infinity);
  const distance =
    near.deviation === undefined || near.expected === undefined
      ? ''
      : `, ${near.deviation > 0 ? '+' : ''}${Math.round(near.deviation * 100)}% from the ${near.statistic} \`${formatUsd(near.expected)}\``;
  return {
    messageId: 'otherSource',
    values: { figure: figure.raw, role: claim.role, source, dataset: citation(occupation), occupation: occupation.title, distance },
    data,
    severity: 'info',
  };
}
