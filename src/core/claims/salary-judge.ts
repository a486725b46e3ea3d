// Compares one salary figure with one occupation's wages. Kept apart from the rule so the
// hover and the preview judge figures exactly as the rule does. The occupation's own release
// (the current one) is the reference; an earlier release is consulted only to recognise a figure
// copied from it, which is reported as out of date even when it is close to today's.
import type { Occupation, Release, WageKey, WageSnapshot } from '../dataset/types.js';
import { wageFigure, wageHistory } from '../dataset/bundled.js';
import type { SalaryFigure } from './expressions.js';
import type { SalaryPeriod } from './periods.js';
import { formatUsd } from '../display/format-usd.js';
import { rewriteFigure } from './rewrite.js';
import { amountIn, annualFor, comparable, deviationFrom, outdatedMatch, SAME_FIGURE, type Outdated } from './wage-releases.js';

export type { Outdated } from './wage-releases.js';

export type Verdict =
  | { fits: true; occupation: Occupation; expected?: number; statistic?: WageKey; deviation?: number }
  | {
      fits: false;
      occupation: Occupation;
      expected: number;
      statistic: WageKey;
      /** (figure - expected) / expected; for a range, of its midpoint. */
      deviation: number;
      /** The dataset's figure written in the claim's own period, for a suggestion. */
      replacement: string;
      /** Set when the figure is an earlier release's figure (then `expected` is the current one). */
      outdated: Outdated | undefined;
      bandLow: string;
      bandHigh: string;
    };

const PHRASE: Record<SalaryPeriod, string> = { year: 'per year', month: 'per month', week: 'per week', hour: 'per hour' };

function inPeriod(annual: number, figure: SalaryFigure, release: Release | undefined): string {
  const amount = formatUsd(amountIn(annual, figure, release));
  return figure.periodStated ? `${amount} ${PHRASE[figure.period]}` : amount;
}

/**
 * The dataset's figures written in the claim's own form (its period, k-notation, separators,
 * the words around the numbers); a freshly written figure when its numbers cannot be matched.
 */
function replacementFor(figure: SalaryFigure, annuals: readonly number[], release: Release | undefined, fresh: () => string): string {
  return (
    rewriteFigure(
      figure.raw,
      annuals.map((a) => amountIn(a, figure, release)),
    ) ?? fresh()
  );
}

/** The wage columns a figure is compared with: its statistic's, or the mean and the median when it names none. */
export function keysFor(figure: Pick<SalaryFigure, 'statistic'>, percentile?: number): WageKey[] {
  if (percentile !== undefined) {
    const key = PERCENTILE_KEYS[percentile];
    return key ? [key] : [];
  }
  if (figure.statistic === 'mean') return ['mean'];
  if (figure.statistic === 'median') return ['median'];
  return ['mean', 'median'];
}

const PERCENTILE_KEYS: Partial<Record<number, WageKey>> = { 10: 'p10', 25: 'p25', 50: 'median', 75: 'p75', 90: 'p90' };

const LABELS: Record<WageKey, string> = {
  mean: 'mean',
  median: 'median',
  p10: '10th percentile',
  p25: '25th percentile',
  p75: '75th percentile',
  p90: '90th percentile',
};

/** A wage column as messages name it ("10th percentile"). */
export const statisticLabel = (key: WageKey) => LABELS[key];

function band(occupation: Occupation): { low: number; high: number; text: [string, string] } {
  const low = wageFigure(occupation, 'p10');
  const high = wageFigure(occupation, 'p90');
  return {
    low: low?.value ?? 0,
    high: high && !high.atLeast ? high.value : Infinity,
    text: [low ? formatUsd(low.value) : 'n/a', high ? `${high.atLeast ? '≥ ' : ''}${formatUsd(high.value)}` : 'n/a'],
  };
}

/**
 * A range is judged copied only when both ends are written exactly (0.01%): one still inside today's
 * band and rounded ("$63K to $124K") may as well be today's figures rounded.
 */
const EXACT = 0.0001;

/** Pairs of wage columns a range's two ends may be copied from. */
const RANGE_ENDS: ReadonlyArray<[WageKey, WageKey]> = [
  ['p10', 'p90'],
  ['p25', 'p75'],
];

/**
 * A range whose two ends are an earlier release's pair ("$40,670 to $105,150" = May 2024's 10th
 * and 90th percentiles) while today's pair differs: out of date, whether or not it still overlaps.
 */
function outdatedRange(figure: SalaryFigure, occupation: Occupation, text: [string, string]): Verdict | undefined {
  const same = (annual: number, snapshot: Pick<WageSnapshot, 'wages' | 'topCoded' | 'release'>, key: WageKey) => {
    const d = deviationFrom(annualFor(annual, figure, snapshot.release), snapshot, key);
    return d !== undefined && !wageFigure(snapshot, key)?.atLeast && Math.abs(d.deviation) <= EXACT;
  };
  const low = figure.annualLow ?? 0;
  const high = figure.annualHigh ?? low;
  for (const [lowKey, highKey] of RANGE_ENDS) {
    if (same(low, occupation, lowKey) && same(high, occupation, highKey)) return undefined;
    const older = wageHistory(occupation)
      .slice(1)
      .find((snapshot) => same(low, snapshot, lowKey) && same(high, snapshot, highKey));
    const currentLow = wageFigure(occupation, lowKey);
    const currentHigh = wageFigure(occupation, highKey);
    if (!older || !currentLow || !currentHigh) continue;
    const expected = currentLow.value;
    return {
      fits: false,
      occupation,
      expected,
      statistic: lowKey,
      deviation: (annualFor(low, figure, occupation.release) - expected) / expected,
      replacement: replacementFor(
        figure,
        [currentLow.value, currentHigh.value],
        occupation.release,
        () =>
          `${inPeriod(currentLow.value, { ...figure, periodStated: false }, occupation.release)}–${inPeriod(currentHigh.value, figure, occupation.release)}`,
      ),
      outdated: { release: older.release, statistic: lowKey, value: wageFigure(older, lowKey)!.value },
      bandLow: text[0],
      bandHigh: text[1],
    };
  }
  return undefined;
}

function judgeRange(figure: SalaryFigure, occupation: Occupation): Verdict {
  const { low, high, text } = band(occupation);
  const older = outdatedRange(figure, occupation, text);
  if (older) return older;
  const from = annualFor(figure.annualLow ?? 0, figure, occupation.release);
  const to = annualFor(figure.annualHigh ?? figure.annualLow ?? 0, figure, occupation.release);
  const center = wageFigure(occupation, 'median') ?? wageFigure(occupation, 'mean');
  if (!center || !comparable(center.value) || (from <= high && to >= low)) return { fits: true, occupation };
  const p25 = wageFigure(occupation, 'p25');
  const p75 = wageFigure(occupation, 'p75');
  const replacement =
    p25 && p75
      ? replacementFor(
          figure,
          [p25.value, p75.value],
          occupation.release,
          () =>
            `${inPeriod(p25.value, { ...figure, periodStated: false }, occupation.release)}–${inPeriod(p75.value, figure, occupation.release)}`,
        )
      : inPeriod(center.value, figure, occupation.release);
  return {
    fits: false,
    occupation,
    expected: center.value,
    statistic: 'median',
    deviation: ((from + to) / 2 - center.value) / center.value,
    replacement,
    outdated: undefined,
    bandLow: text[0],
    bandHigh: text[1],
  };
}

/**
 * One figure against one occupation. `keys` are the wage columns its statistic names (see
 * keysFor); without them the figure names no column the dataset publishes and nothing contradicts it.
 */
export function judgeClaim(
  figure: SalaryFigure,
  occupation: Occupation,
  tolerance: number,
  keys: readonly WageKey[] = keysFor(figure),
): Verdict {
  if (figure.annual === undefined) return judgeRange(figure, occupation);
  const annual = annualFor(figure.annual, figure, occupation.release);
  const compared = keys.flatMap((key) => {
    const d = deviationFrom(annual, occupation, key);
    return d ? [{ key, ...d }] : [];
  });
  // Nothing to compare with (no estimate published): the dataset cannot contradict the figure.
  if (compared.length === 0) return { fits: true, occupation };
  const best = compared.reduce((a, b) => (Math.abs(b.deviation) < Math.abs(a.deviation) ? b : a));
  const { text } = band(occupation);
  const outdated = outdatedMatch(figure, occupation, keys, Math.abs(best.deviation) > SAME_FIGURE);
  if (outdated) {
    const current = compared.find((c) => c.key === outdated.statistic) ?? best;
    return {
      fits: false,
      occupation,
      expected: current.expected,
      statistic: current.key,
      deviation: current.deviation,
      replacement: replacementFor(figure, [current.expected], occupation.release, () =>
        inPeriod(current.expected, figure, occupation.release),
      ),
      outdated,
      bandLow: text[0],
      bandHigh: text[1],
    };
  }
  if (Math.abs(best.deviation) <= tolerance) {
    return { fits: true, occupation, expected: best.expected, statistic: best.key, deviation: best.deviation };
  }
  return {
    fits: false,
    occupation,
    expected: best.expected,
    statistic: best.key,
    deviation: best.deviation,
    replacement: replacementFor(figure, [best.expected], occupation.release, () => inPeriod(best.expected, figure, occupation.release)),
    outdated: undefined,
    bandLow: text[0],
    bandHigh: text[1],
  };
}
