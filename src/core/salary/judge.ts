// Compares one salary figure with one occupation's wages. Kept apart from the rule so the
// hover and the preview judge figures exactly as the rule does.
import type { Occupation, WageKey } from '../dataset/types.js';
import { wageFigure } from '../dataset/bundled.js';
import type { SalaryFigure } from './expressions.js';
import { PERIOD_FACTOR, type SalaryPeriod } from './periods.js';
import { formatUsd } from './format.js';

export type Verdict =
  | { fits: true; occupation: Occupation; expected?: number; statistic?: 'mean' | 'median'; deviation?: number }
  | {
      fits: false;
      occupation: Occupation;
      expected: number;
      statistic: 'mean' | 'median';
      /** (figure - expected) / expected; for a range, of its midpoint. */
      deviation: number;
      /** The dataset's figure written in the claim's own period, for a suggestion. */
      replacement: string;
      /** The earlier reference period whose figure the claim matches, when it is stale. */
      stale: string | undefined;
      bandLow: string;
      bandHigh: string;
    };

const PHRASE: Record<SalaryPeriod, string> = { year: 'per year', month: 'per month', week: 'per week', hour: 'per hour' };

function inPeriod(annual: number, figure: SalaryFigure): string {
  const amount = formatUsd(figure.period === 'year' ? annual : Math.round((annual / PERIOD_FACTOR[figure.period]) * 100) / 100);
  return figure.periodStated ? `${amount} ${PHRASE[figure.period]}` : amount;
}

function keysFor(figure: SalaryFigure): Array<'mean' | 'median'> {
  if (figure.statistic === 'mean') return ['mean'];
  if (figure.statistic === 'median') return ['median'];
  return ['mean', 'median'];
}

function deviationFrom(annual: number, occupation: Pick<Occupation, 'wages' | 'topCoded'>, key: WageKey) {
  const reference = wageFigure(occupation, key);
  // A zero (or absurd) dataset figure cannot be compared with: the deviation would be ∞ or NaN.
  if (!reference || !(reference.value > 0) || !Number.isFinite(reference.value)) return undefined;
  const deviation = (annual - reference.value) / reference.value;
  // A top-coded figure is a lower bound: anything at or above it agrees with it.
  return { expected: reference.value, deviation: reference.atLeast && deviation > 0 ? 0 : deviation };
}

function band(occupation: Occupation): { low: number; high: number; text: [string, string] } {
  const low = wageFigure(occupation, 'p10');
  const high = wageFigure(occupation, 'p90');
  return {
    low: low?.value ?? 0,
    high: high && !high.atLeast ? high.value : Infinity,
    text: [low ? formatUsd(low.value) : 'n/a', high ? `${high.atLeast ? '≥ ' : ''}${formatUsd(high.value)}` : 'n/a'],
  };
}

export function judgeClaim(figure: SalaryFigure, occupation: Occupation, tolerance: number): Verdict {
  const { low, high, text } = band(occupation);
  if (figure.annual === undefined) {
    const from = figure.annualLow ?? 0;
    const to = figure.annualHigh ?? from;
    const center = wageFigure(occupation, 'median') ?? wageFigure(occupation, 'mean');
    if (!center || !(center.value > 0) || (from <= high && to >= low)) return { fits: true, occupation };
    const p25 = wageFigure(occupation, 'p25');
    const p75 = wageFigure(occupation, 'p75');
    const replacement =
      p25 && p75
        ? `${inPeriod(p25.value, { ...figure, periodStated: false })}–${inPeriod(p75.value, figure)}`
        : inPeriod(center.value, figure);
    return {
      fits: false,
      occupation,
      expected: center.value,
      statistic: 'median',
      deviation: ((from + to) / 2 - center.value) / center.value,
      replacement,
      stale: undefined,
      bandLow: text[0],
      bandHigh: text[1],
    };
  }
  const annual = figure.annual;
  const compared = keysFor(figure).flatMap((key) => {
    const d = deviationFrom(annual, occupation, key);
    return d ? [{ key, ...d }] : [];
  });
  // Nothing to compare with (no estimate published): the dataset cannot contradict the figure.
  if (compared.length === 0) return { fits: true, occupation };
  const best = compared.reduce((a, b) => (Math.abs(b.deviation) < Math.abs(a.deviation) ? b : a));
  if (Math.abs(best.deviation) <= tolerance)
    return { fits: true, occupation, expected: best.expected, statistic: best.key, deviation: best.deviation };
  const previous = occupation.previous;
  const matchesPrevious = previous && Math.abs(deviationFrom(annual, previous, best.key)?.deviation ?? 1) <= 0.005;
  return {
    fits: false,
    occupation,
    expected: best.expected,
    statistic: best.key,
    deviation: best.deviation,
    replacement: inPeriod(best.expected, figure),
    stale: matchesPrevious ? previous.period : undefined,
    bandLow: text[0],
    bandHigh: text[1],
  };
}
