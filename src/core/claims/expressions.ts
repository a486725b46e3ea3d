// Salary figures in article prose, with their pay period and the statistic they quote,
// normalised to annual dollars so they can be compared with BLS annual wages.
// Amounts and ranges come from ranges.ts; this file reads the period written after a
// figure and the words before it in its sentence.

import { runOnFrom } from './run-on.js';
import { PERIOD_FACTOR, PERIOD_PHRASE, periodAfter, periodOfPhrase, type SalaryPeriod } from './periods.js';
import { spans } from './ranges.js';
import { PAY_FIELD } from './amounts.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import { ShortSpaceRegExp } from '../text/short-spaces.js';

export type { SalaryPeriod } from './periods.js';
export type SalaryStatistic = 'mean' | 'median' | 'typical' | 'unspecified';

export interface SalaryFigure {
  /** Offsets into the text covering the figure; a range covers "between ... and ..." too. */
  start: number;
  end: number;
  raw: string;
  /** 'year' when not stated. */
  period: SalaryPeriod;
  /** Written after the figure ("per hour") or in the phrase introducing it ("hourly wage of"). */
  periodStated: boolean;
  /** From the nearest statistic word before the figure in its sentence. */
  statistic: SalaryStatistic;
  /** Single figure, normalised to annual USD. */
  annual?: number;
  /** Range ends, normalised to annual USD. */
  annualLow?: number;
  annualHigh?: number;
}

/**
 * The statistic words before a figure. "Typical" as an adjective ("a typical salary of $X", "the
 * typical worker earns $X") names the middle worker, BLS's median, as do "midpoint" and "the middle
 * of the pay scale"; the adverb ("typically earn $X") only hedges, and names no statistic. A word
 * inside a snake_case key ("role_a_median_pay: $66,370") is a field's name, not a statement.
 */
const STATISTIC =
  /(?<![\p{L}\p{N}_])(?:(?<mean>average[sd]?|averaging|mean|avg)|(?<median>median|typical|mid-?point|middle\s{1,3}of\s{1,3}the\s{1,3}(?:pay\s{1,3}|wage\s{1,3}|salary\s{1,3})?(?:scale|range|distribution))|(?<typical>typically))(?![\p{L}\p{N}_])/giu;

function statisticOf(match: RegExpMatchArray | undefined): SalaryStatistic {
  if (match?.groups?.mean) return 'mean';
  if (match?.groups?.median) return 'median';
  if (match?.groups?.typical) return 'typical';
  return 'unspecified';
}

const USD = /usd|dollars/i;
/**
 * The statistic named right after the figure (and its period): "$28 an hour on average", "$879 a
 * week at the median", "about $120,000 median", "the $84,758 average salary", "$49 an hour, based
 * on the national median", "around $45k, and that's basically the median", a table cell's "$38,910 (average)".
 */
const STATISTIC_AFTER = new ShortSpaceRegExp(
  /^(?:\s{1,3}for\s{1,3}[\p{L}' -]{1,40}?,?)?\s{0,3}\(?(?:,?\s{0,3}on\s{1,3}(?:an?\s{1,3})?average|(?:,?\s{0,3}(?:based\s{1,3}on|according\s{1,3}to|going\s{1,3}by)|,?(?:\s{1,3}and)?\s{0,3}(?:that['’]s|that\s{1,3}is|which\s{1,3}is|it['’]s)(?:\s{1,3}(?:basically|roughly|about|close\s{1,3}to|near|right\s{1,3}at))?)\s{1,3}the\s{1,3}(?:(?:national|BLS|U\.S\.|overall)\s{1,3})?(?:(?<median2>median)|average|mean)|(?:at\s{1,3}the\s{1,3})?(?<median>median)|average|avg\.?|mean)(?![A-Za-z0-9])/iu,
);

function statisticAfter(text: string): SalaryStatistic | undefined {
  const found = STATISTIC_AFTER.exec(text);
  return found ? (found.groups?.median || found.groups?.median2 ? 'median' : 'mean') : undefined;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * Annual amounts a salary claim can state. Below a dollar a year or above $100 million it is
 * not a salary ("$0.50 per click", "$999,999,999,999.99 billion"), and comparing it with a
 * wage would only print absurd percentages.
 */
export const SANE_ANNUAL = { min: 1, max: 100_000_000 } as const;
const isSane = (annual: number) => Number.isFinite(annual) && annual >= SANE_ANNUAL.min && annual <= SANE_ANNUAL.max;
const startOf = (match: RegExpMatchArray) => match.index ?? 0;

/** Moves `index` on to the last of the ordered `matches` that ends by `offset`. */
function advance(matches: readonly RegExpMatchArray[], index: number, offset: number): number {
  while (index + 1 < matches.length && startOf(matches[index + 1]!) + matches[index + 1]![0].length <= offset) index++;
  return index;
}

/**
 * "How much do kinesiology professors make a month? About $6,439 at the median.": an answer that
 * opens with its figure is paid in the period its question asks for (the question's last words).
 */
const ASKED_PERIOD =
  /(?:(?:a|an|per|each)\s{1,3}(?<word>hour|week|month|year)|(?<adverb>hourly|weekly|monthly|annually|yearly))\s{0,3}\?\s{0,3}$/iu;
const OPENS_WITH_FIGURE = /^\s{0,3}(?:(?:about|around|roughly|nearly|approximately|just\s{1,3}(?:over|under)|over|under|some)\s{1,3})?$/iu;
const ASKED_UNIT: Record<string, SalaryPeriod> = { hour: 'hour', hourly: 'hour', week: 'week', weekly: 'week', month: 'month', monthly: 'month', year: 'year', annually: 'year', yearly: 'year' }; // prettier-ignore

function askedPeriod(text: string, questionStart: number, answerStart: number, at: number): SalaryPeriod | undefined {
  if (!OPENS_WITH_FIGURE.test(text.slice(answerStart, at))) return undefined;
  const asked = ASKED_PERIOD.exec(text.slice(Math.max(questionStart, answerStart - 40), answerStart));
  const unit = asked?.groups?.word ?? asked?.groups?.adverb;
  return unit === undefined ? undefined : ASKED_UNIT[unit.toLowerCase()];
}

/** Every salary figure in `text`, in order. */
export function findSalaryFigures(text: string): SalaryFigure[] {
  // Every amount is marked "$", "USD" or "dollars", or stands in a pay field: most blocks have none, and are done here.
  if (!text.includes('$') && !USD.test(text) && !(text.includes(':') && PAY_FIELD.test(text))) return [];
  const sentences = sentenceStarts(text);
  const phrases = [...text.matchAll(PERIOD_PHRASE)];
  const statistics = [...text.matchAll(STATISTIC)];
  const figures: SalaryFigure[] = [];
  let phrase = -1;
  let statistic = -1;
  let previousEnd = 0;
  let last: { period: SalaryPeriod; amount: number } | undefined;
  let lastSentence = -1;
  /** Figures whose statistic is named after them. */
  const trailing = new Set<number>();
  for (const span of spans(text)) {
    const stated = periodAfter(text, span.end);
    const end = stated?.end ?? span.end;
    const sentence = segmentAt(sentences, span.start);
    phrase = advance(phrases, phrase, span.start);
    statistic = advance(statistics, statistic, span.start);
    // A phrase such as "hourly wage" governs only the next figure after it: in "an hourly
    // wage of $23.66, or $49,210" the second figure is not hourly.
    const intro = phrases[phrase];
    const introduced =
      intro && startOf(intro) >= previousEnd && segmentAt(sentences, startOf(intro)) === sentence
        ? periodOfPhrase(intro)
        : stated === undefined && sentence > 0
          ? askedPeriod(text, sentences[sentence - 1]!, sentences[sentence]!, span.start)
          : undefined;
    // The statistic is the nearest statistic word before the figure in the same sentence,
    // even past an earlier figure: "earn an average of $X, while ... earn $Y" quotes two
    // averages in parallel, so $Y is a mean too.
    const word = statistics[statistic];
    // A lower-case full stop between them ("… average $19.95 an hour so i'm under. supervisors make $128k") ends the word's sentence.
    const sameSentence =
      word !== undefined &&
      segmentAt(sentences, startOf(word)) === sentence &&
      runOnFrom(text, startOf(word), span.start) === startOf(word);
    const period = stated?.period ?? introduced ?? unstatedPeriod(span.low, sentence === lastSentence ? last : undefined);
    const factor = PERIOD_FACTOR[period];
    const after = statisticAfter(text.slice(end, end + 64));
    if (!isSane(span.low * factor) || (span.high !== undefined && !isSane(span.high * factor))) continue;
    figures.push({
      start: span.start,
      end,
      raw: text.slice(span.start, end),
      period,
      periodStated: stated !== undefined || introduced !== undefined,
      statistic: after ?? (sameSentence ? statisticOf(word) : 'unspecified'),
      ...(span.high === undefined
        ? { annual: cents(span.low * factor) }
        : { annualLow: cents(span.low * factor), annualHigh: cents(span.high * factor) }),
    });
    if (after) trailing.add(figures.length - 1);
    previousEnd = end;
    last = { period, amount: span.low };
    lastSentence = sentence;
  }
  // A statistic closing a list of figures names each of them: "about $70,660 and $67,950 at the
  // median", "from $78,000 for conductors to $81,000 for engineers, at the median".
  for (let i = figures.length - 2; i >= 0; i--) {
    const [figure, next] = [figures[i]!, figures[i + 1]!];
    if (figure.statistic !== 'unspecified' || !trailing.has(i + 1) || !LISTED.test(text.slice(figure.end, next.start))) continue;
    figure.statistic = next.statistic;
    trailing.add(i);
  }
  return figures;
}

/** What joins two figures of one list: "$A and $B", "$A for X to $B", "$A versus $B". */
const LISTED =
  /^(?:\s{1,3}for\s{1,3}[\p{L}' -]{1,40}?)?,?\s{1,3}(?:and|to|or|versus|vs\.?)\s{1,3}(?:(?:about|around|roughly|nearly|almost)\s{1,3})?$/iu;

/** Below this an amount with no period is a wage per hour: no one is paid $90 a year. */
const HOURLY_AT_MOST = 200;

/**
 * The period of a figure that states none: the one stated once for two figures ("NPs average
 * $63.46 an hour; PAs average $67.92", "$1,240 a week compared with $1,310") when the amount is of
 * the same order as the figure it was stated with; else an hour for a small amount, a year otherwise.
 */
function unstatedPeriod(amount: number, last: { period: SalaryPeriod; amount: number } | undefined): SalaryPeriod {
  if (last && last.period !== 'year' && amount * 3 >= last.amount && amount <= last.amount * 3) return last.period;
  return amount < HOURLY_AT_MOST ? 'hour' : 'year';
}
