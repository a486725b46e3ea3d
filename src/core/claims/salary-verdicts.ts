// One verdict per salary claim, computed once per article and options and read by everything
// that shows one: salary-mismatch, the hover, the preview chart, the site report, the
// cross-article pass and refresh. The verdict picks what to compare with from what the claim
// states: the release by the year it names, the wage column by its statistic (a percentile, a
// bound, the mean or the median), the area by its place; a claim with no role is never judged.
import type { Article } from '../model/article.js';
import type { Occupation, RoleIndex, WageKey } from '../dataset/types.js';
import type { KindedMatch } from '../dataset/names/match-role.js';
import { resolveRole } from '../dataset/names/resolve-role.js';
import { salaryClaims, type SalaryClaim } from './salary-claims.js';
import { claimRoles } from './claim-roles.js';
import { judgeClaim, keysFor, type Verdict } from './salary-judge.js';
import { namedSourceReport, type NamedSourceReport, type OtherSources } from './named-sources.js';
import { placeName } from './places.js';

/** salary-mismatch's options, typed: the only place a salary claim's judgement reads them from. */
export interface SalarySettings {
  tolerance: number;
  otherSources: OtherSources;
}

export type Failed = Verdict & { fits: false };

export type SalaryOutcome =
  /** The figure names no role the article compares: never judged against a guessed one. */
  | { type: 'unattributed' }
  /** The role matches no occupation in the dataset. */
  | { type: 'unknown-role' }
  /** Stated for a state or city whose wages are not loaded: not checked against national figures. */
  | { type: 'place'; place: string; occupation: Occupation }
  /** Attributed to another named source (Indeed, Glassdoor…): held to the BLS band, or not judged (`null`). */
  | { type: 'other-source'; report: NamedSourceReport | null; occupation: Occupation }
  /** Given for a year before the current release's, and not that release's figure either. */
  | { type: 'dated'; year: number; verdict: Failed }
  /** Compared with every candidate occupation; `worst` explains a figure that fits none. */
  | { type: 'judged'; verdicts: Verdict[]; fits: boolean; worst: Failed | undefined };

export interface SalaryJudgement {
  claim: SalaryClaim;
  matches: KindedMatch[];
  /** The wage columns the claim's statistic names. */
  keys: WageKey[];
  outcome: SalaryOutcome;
}

/** A figure this close to a published one (0.5%) was copied from it. */
const SAME_FIGURE = 0.005;

/**
 * The wage columns a claim is compared with: a bound without a percentile is held to the band's
 * end, but a bound on a named statistic ("a median of more than $230,000") to that statistic.
 */
function keysOf(claim: SalaryClaim): WageKey[] {
  if (claim.percentile === undefined && claim.bound && !namedStatistic(claim)) return [claim.bound === 'above' ? 'p90' : 'p10'];
  return keysFor(claim.figure, claim.percentile);
}

/** Whether the claim names the mean or the median ("a median of more than $X"). */
export const namedStatistic = (claim: SalaryClaim) => claim.figure.statistic === 'mean' || claim.figure.statistic === 'median';

/** "More than $X" is contradicted only by a band end below X, "less than $X" only by one above it. */
function oneSided(claim: SalaryClaim, verdict: Verdict): Verdict {
  if (verdict.fits || claim.percentile !== undefined || !claim.bound) return verdict;
  const agrees = claim.bound === 'above' ? verdict.deviation < 0 : verdict.deviation > 0;
  return agrees
    ? { fits: true, occupation: verdict.occupation, expected: verdict.expected, statistic: verdict.statistic, deviation: 0 }
    : verdict;
}

/** The occupations a placed claim is judged against: the loaded area's figures for the same SOC codes. */
function inArea(dataset: RoleIndex, place: string | undefined, matches: KindedMatch[]): KindedMatch[] {
  if (place === undefined) return matches;
  const area = dataset.areaFor(placeName(place));
  if (!area) return [];
  return matches.flatMap((m) => {
    const occupation = area.bySoc(m.occupation.soc);
    return occupation ? [{ ...m, occupation }] : [];
  });
}

function judge(
  claim: SalaryClaim & { role: string },
  matches: KindedMatch[],
  national: KindedMatch[],
  context: { article: Article; settings: SalarySettings },
): SalaryOutcome {
  const { article, settings } = context;
  // A state's or city's figure is judged against that area's data, or not at all.
  if (matches.length === 0) return { type: 'place', place: claim.place!, occupation: national[0]!.occupation };
  const current = matches[0]!.occupation;
  const named = namedSourceReport(article, claim, matches, settings.otherSources);
  if (named !== undefined) return { type: 'other-source', report: named, occupation: current };
  const keys = keysOf(claim);
  let stated: Failed | undefined;
  if (claim.year !== undefined && claim.year < current.year && claim.figure.annual !== undefined && keys.length > 0) {
    // Judged as if no tolerance applied: only the current figure itself, or an older release's, is recognised.
    const strict = judgeClaim(claim.figure, current, -1, keys) as Failed;
    const copiedCurrent = Math.abs(strict.deviation) <= SAME_FIGURE;
    if (!copiedCurrent && !strict.outdated) return { type: 'dated', year: claim.year, verdict: strict };
    if (!copiedCurrent) stated = strict;
  }
  const verdicts = matches.map((m) => oneSided(claim, judgeClaim(claim.figure, m.occupation, settings.tolerance, keys)));
  // The stated release's figure for the attributed occupation is judged first: a neighbouring
  // occupation's current figure within tolerance does not make "$X in May 2024" current.
  if (stated) return { type: 'judged', verdicts: [stated, ...verdicts.slice(1)], fits: false, worst: stated };
  // A figure copied from the named occupation's older release is out of date even when a
  // neighbouring occupation's current figure is near it; only one printed exactly makes it current.
  const first = verdicts[0]!;
  const copied = !first.fits && first.outdated !== undefined && !verdicts.some((v) => v.fits && Math.abs(v.deviation ?? 1) <= SAME_FIGURE);
  const fits = !copied && verdicts.some((v) => v.fits);
  return { type: 'judged', verdicts, fits, worst: fits ? undefined : copied ? first : verdicts.find((v): v is Failed => !v.fits) };
}

function judgeAll(article: Article, dataset: RoleIndex, settings: SalarySettings): SalaryJudgement[] {
  const resolved = new Map<string, KindedMatch[]>();
  const matchesOf = (role: string) => {
    let found = resolved.get(role);
    if (!found) resolved.set(role, (found = resolveRole(article, dataset, role).matches));
    return found;
  };
  return salaryClaims(article, claimRoles(article, dataset)).map((claim) => {
    const { role } = claim;
    if (role === undefined) return { claim, matches: [], keys: [], outcome: { type: 'unattributed' } };
    const matches = matchesOf(role);
    if (matches.length === 0) return { claim, matches, keys: [], outcome: { type: 'unknown-role' } };
    // A placed claim's verdicts are about the area's occupations: consumers show those.
    const local = inArea(dataset, claim.place, matches);
    const outcome = judge({ ...claim, role }, local, matches, { article, settings });
    return { claim, matches: local.length ? local : matches, keys: keysOf(claim), outcome };
  });
}

const memo = new WeakMap<Article, Array<{ dataset: RoleIndex; key: string; judged: SalaryJudgement[] }>>();

/** Every salary claim of the article with its verdict; the same objects for the same article, dataset and settings. */
export function salaryVerdicts(article: Article, dataset: RoleIndex, settings: SalarySettings): readonly SalaryJudgement[] {
  const key = `${settings.tolerance}|${settings.otherSources}`;
  let entries = memo.get(article);
  if (!entries) memo.set(article, (entries = []));
  const hit = entries.find((e) => e.dataset === dataset && e.key === key);
  if (hit) return hit.judged;
  const judged = judgeAll(article, dataset, settings);
  entries.push({ dataset, key, judged });
  return judged;
}

/** Whether a judged claim agrees with the dataset, as the site report counts it. */
export type ClaimStatus = 'current' | 'outdated' | 'mismatched' | 'unknown-role' | 'unchecked';

export function statusOf(outcome: SalaryOutcome): ClaimStatus {
  switch (outcome.type) {
    case 'unattributed':
    case 'place':
      return 'unchecked';
    case 'unknown-role':
      return 'unknown-role';
    case 'other-source':
      // Inside the band is no agreement with BLS's figure: the source counts other people.
      return outcome.report?.messageId === 'outsideBand' ? 'mismatched' : 'unchecked';
    case 'dated':
      return 'outdated';
    case 'judged':
      return outcome.fits ? 'current' : outcome.worst?.outdated ? 'outdated' : 'mismatched';
  }
}

/** The verdict a consumer shows for one occupation of a judged claim (the hover's card, the chart's mark). */
export function verdictFor(judgement: SalaryJudgement, occupation: Occupation): Verdict | undefined {
  const { outcome } = judgement;
  if (outcome.type === 'dated') return outcome.verdict.occupation === occupation ? outcome.verdict : undefined;
  if (outcome.type !== 'judged') return undefined;
  return outcome.verdicts[judgement.matches.findIndex((m) => m.occupation === occupation)];
}
