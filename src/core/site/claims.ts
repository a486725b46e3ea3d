// An article's salary claims as plain data that outlives the article: the role, the figure
// per year, where it stands, and what the dataset says of it. Lint workers return these, so
// the cross-article pass (site/check.ts) and the site report never parse an article again.
import type { Article } from '../model/article.js';
import type { RoleIndex } from '../dataset/types.js';
import type { Point } from '../types.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { salaryClaims } from '../claims/salary-claims.js';
import { statusOf, type ClaimStatus } from '../claims/salary-verdicts.js';
import { judgedSalaries } from '../judged/settings.js';
import { wageFigure } from '../dataset/bundled.js';
import { citation } from '../display/describe.js';

export type { ClaimStatus } from '../claims/salary-verdicts.js';

export interface SiteOccupation {
  soc: string;
  title: string;
  citation: string;
  mean?: number;
  median?: number;
  p10?: number;
  p90?: number;
}

export interface SiteClaim {
  /** The role as the article names it. */
  role: string;
  /** The figure as written ("$148,100", "$71 per hour"). */
  raw: string;
  /** The figure per year; for a range, its midpoint. */
  annual: number;
  isRange: boolean;
  start: Point;
  end: Point;
  /** `unchecked` when no dataset was given (the salary rules are off). */
  status: ClaimStatus;
  occupation?: SiteOccupation;
  /** The state or city the figure is stated for; such a figure is not compared with national ones. */
  place?: string;
  /** The earlier release the figure matches, when it is out of date ("May 2023"). */
  staleRelease?: string;
}

function describe(occupation: Parameters<typeof citation>[0]): SiteOccupation {
  const site: SiteOccupation = { soc: occupation.soc, title: occupation.title, citation: citation(occupation) };
  for (const key of ['mean', 'median', 'p10', 'p90'] as const) {
    const figure = wageFigure(occupation, key);
    if (figure) site[key] = figure.value;
  }
  return site;
}

/** The article's attributed salary claims, each with the verdict salary-mismatch gives it under `config`. */
export function siteClaims(article: Article, dataset: RoleIndex | undefined, config: ResolvedConfig): SiteClaim[] {
  const judged = dataset ? judgedSalaries(article, dataset, config) : salaryClaims(article).map((claim) => ({ claim, outcome: undefined }));
  const claims: SiteClaim[] = [];
  for (const { claim, outcome } of judged) {
    const { role, figure } = claim;
    const annual = figure.annual ?? ((figure.annualLow ?? 0) + (figure.annualHigh ?? figure.annualLow ?? 0)) / 2;
    if (!role || !(annual > 0)) continue;
    const site: SiteClaim = {
      role,
      raw: figure.raw,
      annual,
      isRange: figure.annual === undefined,
      start: article.lines.point(figure.start),
      end: article.lines.point(figure.end),
      status: outcome ? statusOf(outcome) : 'unchecked',
    };
    const occupation =
      outcome?.type === 'judged'
        ? (outcome.verdicts.find((v) => v.fits) ?? outcome.verdicts[0])?.occupation
        : outcome?.type === 'dated'
          ? outcome.verdict.occupation
          : outcome && 'occupation' in outcome
            ? outcome.occupation
            : undefined;
    if (occupation) site.occupation = describe(occupation);
    if (claim.place !== undefined) site.place = claim.place;
    const stale = outcome?.type === 'judged' ? outcome.worst?.outdated : undefined;
    if (stale) site.staleRelease = `${stale.release.source} ${stale.release.period}`;
    else if (outcome?.type === 'dated') site.staleRelease = String(outcome.year);
    claims.push(site);
  }
  return claims;
}
