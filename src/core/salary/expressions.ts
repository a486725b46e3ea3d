// Salary figures in article prose, with their pay period and the statistic they quote,
// normalised to annual dollars so they can be compared with BLS annual wages.
// Amounts and ranges come from ranges.ts; this file reads the period written after a
// figure and the words before it in its sentence.

import { PERIOD_FACTOR, PERIOD_PHRASE, periodAfter, periodOfPhrase, type SalaryPeriod } from './periods.js';
import { spans } from './ranges.js';
import { segmentAt, sentenceStarts } from './segments.js';

export type { SalaryPeriod } from './periods.js';
export type SalaryStatistic = 'mean' | 'median' | 'typical' | 'unspecified';

export interface SalaryFigure {
  /** Offsets into the text covering the figure; a range covers "between ... and ..." too. */
  start: number;
  end: number;
  raw: string;
  /** 'year' when not stated. */
  period: SalaryPeriod;
  periodStated: boolean;
  statistic: SalaryStatistic;
  /** Single figure, normalised to annual USD. */
  annual?: number;
  /** Range ends, normalised to annual USD. */
  annualLow?: number;
  annualHigh?: number;
}

const STATISTIC =
  /(?<![\p{L}\p{N}])(?:(?<mean>average[sd]?|averaging|mean)|(?<median>median)|(?<typical>typically|typical))(?![\p{L}\p{N}])/giu;

function statisticOf(match: RegExpMatchArray | undefined): SalaryStatistic {
  if (match?.groups?.mean) return 'mean';
  if (match?.groups?.median) return 'median';
  if (match?.groups?.typical) return 'typical';
  return 'unspecified';
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Every salary figure in `text`, in order. */
export function findSalaryFigures(text: string): SalaryFigure[] {
  const sentences = sentenceStarts(text);
  const phrases = [...text.matchAll(PERIOD_PHRASE)];
  const statistics = [...text.matchAll(STATISTIC)];
  const figures: SalaryFigure[] = [];
  let phrase = -1;
  let statistic = -1;
  let previousEnd = 0;
  for (const span of spans(text)) {
    const stated = periodAfter(text, span.end);
    const end = stated?.end ?? span.end;
    const sentence = segmentAt(sentences, span.start);
    while (phrase + 1 < phrases.length && (phrases[phrase + 1]!.index ?? 0) + phrases[phrase + 1]![0].length <= span.start) phrase++;
    while (statistic + 1 < statistics.length && (statistics[statistic + 1]!.index ?? 0) < span.start) statistic++;
    // A phrase such as "hourly wage" governs only the next figure after it: in "an hourly
    // wage of $23.66, or $49,210" the second figure is not hourly.
    const intro = phrases[phrase];
    const introduced = intro && segmentAt(sentences, intro.index ?? 0) === sentence && (intro.index ?? 0) >= previousEnd ? periodOfPhrase(intro) : undefined;
    // The statistic is the nearest statistic word before the figure in the same sentence,
    // even past an earlier figure: "earn an average of $X, while ... earn $Y" quotes two
    // averages in parallel, so $Y is a mean too.
    const word = statistics[statistic];
    const period = stated?.period ?? introduced ?? 'year';
    const factor = PERIOD_FACTOR[period];
    figures.push({
      start: span.start,
      end,
      raw: text.slice(span.start, end),
      period,
      periodStated: stated !== undefined || introduced !== undefined,
      statistic: word && segmentAt(sentences, word.index ?? 0) === sentence ? statisticOf(word) : 'unspecified',
      ...(span.high === undefined
        ? { annual: cents(span.low * factor) }
        : { annualLow: cents(span.low * factor), annualHigh: cents(span.high * factor) }),
    });
    previousEnd = end;
  }
  return figures;
}
