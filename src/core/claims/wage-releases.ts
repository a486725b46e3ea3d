// An occupation's wages across releases, as a salary figure is compared with them: the figure in
// the release's terms (hours a year, its hourly mean for occupations paid only by the hour), its
// deviation from a published figure, and the earlier release a figure was copied from.
import type { Occupation, Release, WageKey, WageSnapshot } from '../dataset/types.js';
import { wageFigure, wageHistory } from '../dataset/bundled.js';
import type { SalaryFigure } from './expressions.js';
import { PERIOD_FACTOR } from './periods.js';

/** An older release whose figure the claim reproduces. */
export interface Outdated {
  release: Release;
  statistic: WageKey;
  /** That release's figure. */
  value: number;
}

/** A figure this close to a published one (0.5%) was copied from it. */
export const SAME_FIGURE = 0.005;

/** Hours a release counts in a year; the claim parser's default when the release does not say. */
export function hoursOf(release: Release | undefined): number {
  return release?.hoursPerYear ?? PERIOD_FACTOR.hour;
}

/** The claim's annual figure as the release annualises hourly pay. */
export function annualFor(annual: number, figure: SalaryFigure, release: Release | undefined): number {
  return figure.period === 'hour' ? (annual / PERIOD_FACTOR.hour) * hoursOf(release) : annual;
}

/** An annual wage in the figure's own period ("per hour" as the release counts hours). */
export function amountIn(annual: number, figure: SalaryFigure, release: Release | undefined): number {
  const factor = figure.period === 'hour' ? hoursOf(release) : PERIOD_FACTOR[figure.period];
  return figure.period === 'year' ? annual : Math.round((annual / factor) * 100) / 100;
}

/** A dataset figure that can be compared with: a zero or non-finite one would make the deviation ∞ or NaN. */
export function comparable(value: number): boolean {
  return value > 0 && Number.isFinite(value);
}

/**
 * The release's figure for `key`, annual. Occupations paid by the hour with no annual estimate
 * (musicians, actors: OEWS publishes only their hourly mean) have a mean all the same: the hourly
 * mean over the release's hours, so "$55.13 an hour" can be told from today's "$60.46".
 */
export function referenceOf(snapshot: Pick<WageSnapshot, 'wages' | 'topCoded' | 'release'>, key: WageKey) {
  const published = wageFigure(snapshot, key);
  if (published || key !== 'mean' || snapshot.wages.hourlyMean === undefined) return published;
  return { value: snapshot.wages.hourlyMean * hoursOf(snapshot.release), atLeast: false };
}

export function deviationFrom(annual: number, snapshot: Pick<WageSnapshot, 'wages' | 'topCoded' | 'release'>, key: WageKey) {
  const reference = referenceOf(snapshot, key);
  // A zero (or absurd) dataset figure cannot be compared with.
  if (!reference || !comparable(reference.value)) return undefined;
  const deviation = (annual - reference.value) / reference.value;
  // A top-coded figure is a lower bound: anything at or above it agrees with it.
  return { expected: reference.value, deviation: reference.atLeast && deviation > 0 ? 0 : deviation };
}

/**
 * Whether the figure is written exactly as a release prints `key`: to the dollar for a year, to the
 * cent for a shorter period (the annual figure over the release's hours, or its hourly mean).
 */
export function printedAs(figure: SalaryFigure, snapshot: Pick<WageSnapshot, 'wages' | 'topCoded' | 'release'>, key: WageKey): boolean {
  const published = wageFigure(snapshot, key);
  if (!published || published.atLeast) return false;
  const stated = figure.annual! / PERIOD_FACTOR[figure.period];
  const unit = figure.period === 'year' ? 0.5 : 0.005;
  const hourlyMean = key === 'mean' && figure.period === 'hour' ? snapshot.wages.hourlyMean : undefined;
  return (
    Math.abs(stated - amountIn(published.value, figure, snapshot.release)) <= unit ||
    (hourlyMean !== undefined && Math.abs(stated - hourlyMean) <= unit)
  );
}

/**
 * A figure rounded as writers round ("about $88,000", "$55 an hour", "$8,700 a month"): near an older release's
 * figure by chance as often as by copying, so only one printed exactly as a release printed it is
 * taken for that release's.
 */
export function rounded(figure: SalaryFigure): boolean {
  const stated = figure.annual! / PERIOD_FACTOR[figure.period];
  // An hourly wage is printed to the cent, a derived monthly or weekly one to the dollar ("$8,676 a month").
  if (figure.period === 'hour') return Number.isInteger(stated);
  return stated % (figure.period === 'year' ? 1000 : 100) === 0;
}

/**
 * The newest earlier release whose figure (for one of `keys`) the claim reproduces: within 0.5% of
 * it when the current figure is further off, or printed exactly as it when the current one is not
 * (a May 2024 median a few dollars from May 2025's was still copied from May 2024).
 */
export function outdatedMatch(figure: SalaryFigure, occupation: Occupation, keys: readonly WageKey[], near: boolean): Outdated | undefined {
  if (!near && keys.some((key) => printedAs(figure, occupation, key))) return undefined;
  for (const snapshot of wageHistory(occupation).slice(1)) {
    const annual = annualFor(figure.annual!, figure, snapshot.release);
    for (const key of keys) {
      const d = deviationFrom(annual, snapshot, key);
      if (!d || wageFigure(snapshot, key)?.atLeast) continue;
      if (near && !rounded(figure) ? Math.abs(d.deviation) <= SAME_FIGURE : printedAs(figure, snapshot, key)) {
        return { release: snapshot.release, statistic: key, value: d.expected };
      }
    }
  }
  return undefined;
}
