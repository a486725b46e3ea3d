// Figures an author copied from an earlier Employment Projections release (a count within its
// rounding, a percent as that release displayed it, its wording band): out of date, not wrong.
// Kept apart from the verdicts (outlook-verdicts.ts), which ask here once a current verdict is known.
import type { Occupation, Outlook, RoleIndex } from '../dataset/types.js';
import { bandFor } from '../dataset/facts.js';
import type { FactKind } from './fact-claims.js';
import type { OutlookOutcome, StatedClaim } from './outlook-outcome.js';

/** Half the smallest unit written, and never finer than BLS's own 0.1 thousand. */
export const slack = (precision: number | undefined) => Math.max((precision ?? 1) / 2, 50);
export const normal = (words: string) =>
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
 * rounding, a percent as that release printed it, a wording that was its band) is out of date, not
 * wrong: the author copied an older release. BLS prints the change as a whole percent ("grow 10
 * percent" for 9.6%), so a whole percent is compared with the older change rounded; a percent with
 * decimals needs an exact match (a tolerance would call many wrong percents old).
 */
export function olderRelease(claim: StatedClaim, occupation: Occupation, current: OutlookOutcome, dataset: RoleIndex): OutlookOutcome {
  if (claim.to !== undefined) return current;
  const percent = claim.kind === 'outlook-sentence' ? claim.percent : claim.kind === 'outlook-percent' ? claim.value : undefined;
  const copied = (current.type === 'mismatch' && !current.direction) || current.type === 'descriptor';
  const rounded = current.type === 'fits' && roundedOnly(claim, occupation);
  if (!copied && !rounded && !(current.type === 'fits' && notDisplayedNow(percent, occupation))) return current;
  for (const older of (occupation.outlooks ?? []).slice(1)) {
    const same =
      percent !== undefined
        ? percent === (Number.isInteger(percent) ? Math.round(older.changePercent) || 0 : older.changePercent)
        : claim.kind === 'outlook-descriptor'
          ? sameBand(dataset, older, claim.descriptor)
          : claim.kind === 'self-employed'
            ? older.selfEmployedPercent !== undefined && Math.abs(older.selfEmployedPercent - claim.value!) <= 0.5
            : claim.kind !== 'outlook-sentence' &&
              claim.value !== undefined &&
              expectedCount(claim.kind, older, occupation).some(
                (e) => Math.abs(Math.abs(claim.value!) - Math.abs(e)) <= (rounded ? slack(undefined) : slack(claim.precision)),
              );
    if (same) {
      const { year, targetYear } = older.release;
      const expected = 'expected' in current ? current.expected : occupation.outlook!.changePercent;
      const band = current.type === 'descriptor' ? { band: current.band } : {};
      return { type: 'outdated', from: year, to: targetYear ?? year, older: { period: older.release.period, expected, ...band } };
    }
  }
  return olderWageEmployment(claim, occupation, current);
}

/**
 * An employment count that is an earlier OEWS release's ("held 45,600 jobs" when May 2024 counted
 * 45,600): the author copied an older survey, so it is out of date, not wrong, like a projection's.
 */
function olderWageEmployment(claim: StatedClaim, occupation: Occupation, current: OutlookOutcome): OutlookOutcome {
  if (claim.kind !== 'employment' || claim.value === undefined || current.type !== 'mismatch') return current;
  const value = claim.value;
  const snapshot = (occupation.previous ?? []).find(
    (s) => s.employment !== undefined && Math.abs(value - s.employment) <= slack(claim.precision),
  );
  if (!snapshot) return current;
  return {
    type: 'outdated',
    from: snapshot.year,
    to: snapshot.year,
    older: { period: snapshot.period, expected: current.expected, wages: true },
  };
}

/**
 * A count that fits today's projection only by its own coarse rounding ("2,000 openings" for 1,800):
 * if an earlier release printed exactly that figure (2.0 thousand), the author copied it, so it is
 * out of date (olderRelease then asks for the older figure within BLS's own 0.1 thousand).
 */
function roundedOnly(claim: StatedClaim, occupation: Occupation): boolean {
  const { outlook } = occupation;
  if (claim.kind !== 'openings' && claim.kind !== 'employment-change' && claim.kind !== 'employment') return false;
  const { value, precision } = claim;
  if (!outlook || value === undefined || (precision ?? 1) <= 100) return false;
  return !expectedCount(claim.kind, outlook, occupation).some((e) => Math.abs(Math.abs(value) - Math.abs(e)) <= slack(undefined));
}

/**
 * A whole percent within the tolerance of today's change that BLS does not display for it ("6
 * percent" for 4.2%): it may still be an older release's displayed percent. A half (4.5%) may be
 * shown either way.
 */
function notDisplayedNow(percent: number | undefined, occupation: Occupation): boolean {
  const change = occupation.outlook?.changePercent;
  return percent !== undefined && change !== undefined && Number.isInteger(percent) && Math.abs(percent - change) > 0.5;
}

/** Whether `descriptor` is the wording band `outlook`'s release gave its change. */
function sameBand(dataset: RoleIndex, outlook: Outlook, descriptor: string | undefined): boolean {
  const bands = dataset.descriptorBands(outlook.release.period);
  const band = bands && bandFor(bands, outlook.changePercent);
  return band !== undefined && descriptor !== undefined && normal(band.descriptor) === normal(descriptor);
}
