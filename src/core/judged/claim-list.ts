// Every claim of an article in one flat form, with the verdict the rules gave it: kind, statistic,
// role, period, year, place, source, span and verdict. `career-articles inspect` prints it and the
// claim corpus's evaluation scores it; the hover and the preview read the same judgements. It only
// reads the verdicts (salary-verdicts.ts, outlook-verdicts.ts, education-verdicts.ts), never judges.
import type { Article } from '../model/article.js';
import type { RoleIndex } from '../dataset/types.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { withRoleAliases } from '../dataset/aliases.js';
import { judgedOutlooks, judgedSalaries } from './settings.js';
import { namedStatistic, statusOf, type SalaryJudgement } from '../claims/salary-verdicts.js';
import type { OutlookJudgement } from '../claims/outlook-verdicts.js';
import { educationVerdicts } from '../claims/education-verdicts.js';

export type ClaimVerdict = 'current' | 'outdated' | 'mismatch' | 'unchecked';

export interface ListedClaim {
  kind: string;
  /** mean, median, p10…p90, range, bound, unspecified; percent, direction, descriptor, count, share, level. */
  statistic: string;
  role: string | null;
  period: string | null;
  year: number | null;
  place: string | null;
  source: string | null;
  start: number;
  end: number;
  verdict: ClaimVerdict;
}

function salaryStatistic({ claim }: SalaryJudgement): string {
  const { figure } = claim;
  if (claim.percentile !== undefined) return `p${claim.percentile}`;
  if (figure.annual === undefined) return 'range';
  if (claim.bound && !namedStatistic(claim)) return 'bound';
  return figure.statistic === 'mean' || figure.statistic === 'median' ? figure.statistic : 'unspecified';
}

export function salaryVerdictOf(judgement: SalaryJudgement): ClaimVerdict {
  const status = statusOf(judgement.outcome);
  return status === 'mismatched' ? 'mismatch' : status === 'unknown-role' ? 'unchecked' : status;
}

export function outlookVerdictOf({ outcome }: OutlookJudgement): ClaimVerdict {
  if (outcome.type === 'fits') return 'current';
  if (outcome.type === 'outdated') return 'outdated';
  return outcome.type === 'unchecked' || outcome.type === 'other-source' ? 'unchecked' : 'mismatch';
}

/** The span a projection claim is shown at: a full outlook sentence by its percent ("21 percent"), else its verb. */
export function outlookSpan({ claim }: OutlookJudgement): [number, number] {
  if (claim.kind !== 'outlook-sentence') return [claim.start, claim.end];
  const { percent, verb } = claim.parts;
  if (percent) {
    const unit = /^\s?(?:%|percent|per\s?cent)/iu.exec(claim.raw.slice(percent[1]))?.[0].length ?? 0;
    return [claim.start + percent[0], claim.start + percent[1] + unit];
  }
  return verb ? [claim.start + verb[0], claim.start + verb[1]] : [claim.start, claim.end];
}

function outlookStatistic({ claim }: OutlookJudgement): [string, string] {
  if (claim.kind === 'outlook-sentence') return ['outlook-percent', claim.percent === undefined ? 'direction' : 'percent'];
  const statistic = { 'outlook-percent': 'percent', 'outlook-descriptor': 'descriptor', 'self-employed': 'share' }[claim.kind as string];
  return [claim.kind, statistic ?? 'count'];
}

/** Every claim of the article, in document order, with its verdict under `config`'s rule options. */
export function listClaims(article: Article, index: RoleIndex, config: ResolvedConfig): ListedClaim[] {
  const salaries = judgedSalaries(article, index, config).map((j): ListedClaim => {
    const { claim } = j;
    return {
      kind: 'salary',
      statistic: salaryStatistic(j),
      role: claim.role ?? null,
      period: claim.figure.period,
      year: claim.year ?? null,
      place: claim.place ?? null,
      source: claim.source ?? null,
      start: claim.figure.start,
      end: claim.figure.end,
      verdict: salaryVerdictOf(j),
    };
  });
  const outlooks = judgedOutlooks(article, index, config).map((j): ListedClaim => {
    const [kind, statistic] = outlookStatistic(j);
    const [start, end] = outlookSpan(j);
    const { claim } = j;
    return {
      kind,
      statistic,
      role: claim.role ?? null,
      period: null,
      year: claim.to ?? ('year' in claim ? claim.year : undefined) ?? null,
      place: claim.place ?? null,
      source: claim.source ?? null,
      start,
      end,
      verdict: outlookVerdictOf(j),
    };
  });
  const education = educationVerdicts(article, withRoleAliases(index, config.roles)).map(({ claim, fits }): ListedClaim => ({
    kind: 'education',
    statistic: 'level',
    role: claim.role ?? null,
    period: null,
    year: null,
    place: null,
    source: claim.source ?? null,
    start: claim.start,
    end: claim.end,
    verdict: fits === undefined ? 'unchecked' : fits ? 'current' : 'mismatch',
  }));
  return [...salaries, ...outlooks, ...education].sort((a, b) => a.start - b.start);
}
