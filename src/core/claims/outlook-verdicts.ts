// One verdict per Employment Projections claim (outlook percent and wording, employment,
// employment change, openings, self-employed share), computed once per article and options and
// read by outlook-mismatch. A percent is held to outlook-mismatch's `tolerance`; a count to the
// rounding BLS publishes (0.1 thousand) or the author's own, whichever is coarser; a share to
// the whole percent; wording to BLS's band for the change. A stated period other than the
// current projection's is out of date, whatever the figure.
import type { Article } from '../model/article.js';
import type { Occupation, Outlook, OutlookBand, RoleIndex } from '../dataset/types.js';
import { resolveRole } from '../dataset/names/resolve-role.js';
import { bandFor } from '../dataset/facts.js';
import { outlookClaims, type OutlookClaim } from './outlook-claims.js';
import { factClaims, type FactClaim, type FactKind } from './fact-claims.js';
import { claimRoles } from './claim-roles.js';
import { judgedAsBls } from './sources.js';

export interface OutlookSettings {
  tolerance: number;
}

export type StatedClaim = ({ kind: 'outlook-sentence' } & OutlookClaim) | FactClaim;

export type OutlookOutcome =
  | { type: 'fits' }
  /** Nothing to compare with: no role, no projection, no band, a blank figure. */
  | { type: 'unchecked' }
  /**
   * The period stated is not the current projection's; or, with `older`, no period is stated but
   * the figure is an earlier release's (`expected`: the current figure, in the claim's unit).
   */
  | {
      type: 'outdated';
      from: number | undefined;
      to: number;
      older?: { period: string; expected: number };
      /** A count or share stated for an earlier year than the current projection's base year ("held 818,700 jobs in 2024"). */
      year?: { stated: number; expected: number };
    }
  /** The figure disagrees; `expected` in the claim's unit (percent, or jobs). */
  | { type: 'mismatch'; expected: number; direction?: boolean }
  | { type: 'descriptor'; band: OutlookBand; expected: number }
  /**
   * The article gives it from another source (a salary site, a state agency): that source counts
   * other people or another area, so it is said at info, not compared with BLS's figure.
   */
  | { type: 'other-source'; source: string };

export interface OutlookJudgement {
  claim: StatedClaim;
  role: string | undefined;
  occupation: Occupation | undefined;
  outlook: Outlook | undefined;
  outcome: OutlookOutcome;
}

/** Half the smallest unit written, and never finer than BLS's own 0.1 thousand. */
const slack = (precision: number | undefined) => Math.max((precision ?? 1) / 2, 50);
const normal = (words: string) =>
  words
    .replace(/^about /, '')
    .replace(/ the /, ' ')
    .toLowerCase();

/** The figure a projection gives for a count kind, in jobs; undefined when BLS prints none. */
export function expectedCount(kind: FactKind, outlook: Outlook, occupation: Occupation): number[] {
  switch (kind) {
    case 'employment':
      return [outlook.employmentBase * 1000, ...(occupation.employment !== undefined ? [occupation.employment] : [])];
    case 'employment-change':
      return [(outlook.changeNumeric ?? outlook.employmentTarget - outlook.employmentBase) * 1000];
    case 'openings':
      return [outlook.openingsPerYear * 1000];
    default:
      return [];
  }
}

/**
 * A figure that misses the current projection but is an earlier release's own (a count within its
 * rounding, a percent within the tolerance) is out of date, not wrong: the author copied an older
 * release. Percents need an exact match: a tolerance would call many wrong percents old.
 */
function olderRelease(claim: StatedClaim, occupation: Occupation, current: OutlookOutcome): OutlookOutcome {
  if (current.type !== 'mismatch' || current.direction || claim.to !== undefined) return current;
  for (const older of (occupation.outlooks ?? []).slice(1)) {
    const same =
      claim.kind === 'outlook-percent' || (claim.kind === 'outlook-sentence' && claim.percent !== undefined)
        ? (claim.kind === 'outlook-sentence' ? claim.percent : claim.value) === older.changePercent
        : claim.kind === 'self-employed'
          ? older.selfEmployedPercent !== undefined && Math.abs(older.selfEmployedPercent - claim.value!) <= 0.5
          : claim.kind !== 'outlook-sentence' &&
            claim.value !== undefined &&
            expectedCount(claim.kind, older, occupation).some(
              (e) => Math.abs(Math.abs(claim.value!) - Math.abs(e)) <= slack(claim.precision),
            );
    if (same) {
      const { year, targetYear } = older.release;
      return { type: 'outdated', from: year, to: targetYear ?? year, older: { period: older.release.period, expected: current.expected } };
    }
  }
  return current;
}

function judgeOne(
  claim: StatedClaim,
  outlook: Outlook,
  occupation: Occupation,
  dataset: RoleIndex,
  settings: OutlookSettings,
): OutlookOutcome {
  const { release } = outlook;
  const stated = claim.kind === 'outlook-sentence' ? undefined : claim.year;
  if (claim.kind !== 'outlook-sentence' && stated !== undefined && stated !== release.year) {
    // A count for a year before the projection's base is an earlier release's; one after it, no release's yet.
    const expected = claim.kind === 'self-employed' ? outlook.selfEmployedPercent : expectedCount(claim.kind, outlook, occupation)[0];
    if (stated > release.year || expected === undefined) return { type: 'unchecked' };
    return { type: 'outdated', from: undefined, to: stated, year: { stated, expected } };
  }
  const to = claim.to;
  if (to !== undefined && (to !== release.targetYear || (claim.from !== undefined && claim.from !== release.year))) {
    return { type: 'outdated', from: claim.from, to };
  }
  const change = outlook.changePercent;
  switch (claim.kind) {
    case 'outlook-sentence':
      if (claim.percent === undefined) {
        const agrees = Math.sign(change) !== -claim.direction || Math.abs(change) <= settings.tolerance;
        return agrees ? { type: 'fits' } : { type: 'mismatch', expected: change, direction: true };
      }
      return Math.abs(claim.percent - change) <= settings.tolerance ? { type: 'fits' } : { type: 'mismatch', expected: change };
    case 'outlook-percent':
      return Math.abs(claim.value! - change) <= settings.tolerance ? { type: 'fits' } : { type: 'mismatch', expected: change };
    case 'outlook-descriptor': {
      const bands = dataset.descriptorBands(release.period);
      const band = bands && bandFor(bands, change);
      if (!band) return { type: 'unchecked' };
      return normal(band.descriptor) === normal(claim.descriptor!) ? { type: 'fits' } : { type: 'descriptor', band, expected: change };
    }
    case 'self-employed': {
      const share = outlook.selfEmployedPercent;
      if (share === undefined) return { type: 'unchecked' };
      return Math.abs(share - claim.value!) <= 0.5 ? { type: 'fits' } : { type: 'mismatch', expected: share };
    }
    default: {
      const expected = expectedCount(claim.kind, outlook, occupation);
      if (expected.length === 0) return { type: 'unchecked' };
      const fits = expected.some((e) => Math.abs(Math.abs(claim.value!) - Math.abs(e)) <= slack(claim.precision));
      return fits ? { type: 'fits' } : { type: 'mismatch', expected: expected[0]! };
    }
  }
}

/**
 * "Employment of X is projected to decline" with no percent states BLS's own "Decline" wording
 * band, not just a sign: it is judged as that band, so a growing occupation names its band.
 */
function asBand(claim: OutlookClaim): StatedClaim {
  const verb = claim.parts.verb;
  if (claim.percent !== undefined || claim.direction !== -1 || !verb) return { ...claim, kind: 'outlook-sentence' };
  const { role, from, to, source } = claim;
  const at = { start: claim.start + verb[0], end: claim.start + verb[1], raw: claim.raw.slice(...verb) };
  return {
    kind: 'outlook-descriptor',
    role,
    ...at,
    descriptor: DECLINE,
    ...(source === undefined ? {} : { source }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/** The descriptor a bare down verb states (BLS's band name, lower case). */
export const DECLINE = 'decline';

function judgeAll(article: Article, dataset: RoleIndex, settings: OutlookSettings): OutlookJudgement[] {
  const roles = claimRoles(article, dataset);
  const sentences = outlookClaims(article, roles).map(asBand);
  const claims = [...sentences, ...factClaims(article, sentences, roles)].sort((a, b) => a.start - b.start);
  return claims.map((claim) => {
    const { role } = claim;
    const none = { claim, role, occupation: undefined, outlook: undefined, outcome: { type: 'unchecked' } as const };
    if (!role) return none;
    const known = resolveRole(article, dataset, role).matches.flatMap((m) => (m.occupation.outlook ? [m.occupation] : []));
    if (known.length === 0) return none;
    if (!judgedAsBls(claim.source)) {
      return { claim, role, occupation: known[0], outlook: known[0]!.outlook, outcome: { type: 'other-source', source: claim.source! } };
    }
    // With several candidate occupations, the claim stands if it fits any of them.
    const verdicts = known.map((occupation) =>
      olderRelease(claim, occupation, judgeOne(claim, occupation.outlook!, occupation, dataset, settings)),
    );
    const fitting = verdicts.findIndex((v) => v.type === 'fits' || v.type === 'unchecked');
    const at = fitting >= 0 ? fitting : 0;
    return { claim, role, occupation: known[at], outlook: known[at]!.outlook, outcome: verdicts[at]! };
  });
}

const memo = new WeakMap<Article, Array<{ dataset: RoleIndex; tolerance: number; judged: OutlookJudgement[] }>>();

/** Every projection claim of the article with its verdict, once per article, dataset and tolerance. */
export function outlookVerdicts(article: Article, dataset: RoleIndex, settings: OutlookSettings): readonly OutlookJudgement[] {
  let entries = memo.get(article);
  if (!entries) memo.set(article, (entries = []));
  const hit = entries.find((e) => e.dataset === dataset && e.tolerance === settings.tolerance);
  if (hit) return hit.judged;
  const judged = judgeAll(article, dataset, settings);
  entries.push({ dataset, tolerance: settings.tolerance, judged });
  return judged;
}
