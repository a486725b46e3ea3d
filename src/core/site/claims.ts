// An article's salary claims as plain data that outlives the article: the role, the figure
// per year, where it stands, and what the dataset says of it. Lint workers return these, so
// the cross-article pass (site/check.ts) and the site report never parse an article again.
import type { Article } from '../model/article.js';
import type { RoleIndex } from '../dataset/types.js';
import type { Point } from '../types.js';
import { salaryClaims } from '../claims/salary-claims.js';
import { resolveRole } from '../dataset/resolve-role.js';
import { judgeClaim } from '../claims/salary-judge.js';
import { wageFigure } from '../dataset/bundled.js';
import { citation } from '../dataset/describe.js';

export type ClaimStatus = 'current' | 'outdated' | 'mismatched' | 'unknown-role' | 'unchecked';

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
  /** The earlier release the figure matches, when it is out of date ("May 2023"). */
  staleRelease?: string;
}

/** The tolerance `salary-mismatch` uses by default: a claim is judged as that rule judges it. */
const DEFAULT_TOLERANCE = 0.15;

function describe(occupation: Parameters<typeof citation>[0]): SiteOccupation {
  const site: SiteOccupation = { soc: occupation.soc, title: occupation.title, citation: citation(occupation) };
  for (const key of ['mean', 'median', 'p10', 'p90'] as const) {
    const figure = wageFigure(occupation, key);
    if (figure) site[key] = figure.value;
  }
  return site;
}

export function siteClaims(article: Article, dataset: RoleIndex | undefined, tolerance = DEFAULT_TOLERANCE): SiteClaim[] {
  const claims: SiteClaim[] = [];
  for (const { role, figure } of salaryClaims(article)) {
    const annual = figure.annual ?? ((figure.annualLow ?? 0) + (figure.annualHigh ?? figure.annualLow ?? 0)) / 2;
    if (!role || !(annual > 0)) continue;
    const claim: SiteClaim = {
      role,
      raw: figure.raw,
      annual,
      isRange: figure.annual === undefined,
      start: article.lines.point(figure.start),
      end: article.lines.point(figure.end),
      status: 'unchecked',
    };
    if (dataset) {
      const { matches } = resolveRole(article, dataset, role);
      const verdicts = matches.map((m) => judgeClaim(figure, m.occupation, tolerance));
      const chosen = verdicts.find((v) => v.fits) ?? verdicts[0];
      if (!chosen) claim.status = 'unknown-role';
      else {
        claim.occupation = describe(chosen.occupation);
        claim.status = chosen.fits ? 'current' : chosen.outdated ? 'outdated' : 'mismatched';
        if (!chosen.fits && chosen.outdated) claim.staleRelease = `${chosen.outdated.release.source} ${chosen.outdated.release.period}`;
      }
    }
    claims.push(claim);
  }
  return claims;
}
