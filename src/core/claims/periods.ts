// The pay period of a figure: stated after it ("$23.66 per hour", "$5,000 a month",
// "$130k/yr") or by the phrase that introduces it ("the median hourly wage is $23.66").
// Annual is the default because these articles quote annual salaries unless they say otherwise.

export type SalaryPeriod = 'year' | 'month' | 'week' | 'hour';

/** Hours in a full-time year (40 x 52), the factor BLS uses between hourly and annual wages. */
export const PERIOD_FACTOR: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, hour: 2080 };

const UNIT: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hr: 'hour',
  h: 'hour',
  hourly: 'hour',
  year: 'year',
  yr: 'year',
  y: 'year',
  annum: 'year',
  annually: 'year',
  yearly: 'year',
  annual: 'year',
  annualized: 'year',
  month: 'month',
  mo: 'month',
  mth: 'month',
  monthly: 'month',
  week: 'week',
  wk: 'week',
  weekly: 'week',
};

/** Sticky: a period written right after a figure ("$58,440 a year earlier" is a year back, no period; "a year before taxes" is one). */
const PERIOD_AFTER =
  /\s{0,2}(?:(?:per|an?|each)\s{1,2}(?<word>hour|hr|year|yr|annum|month|mo|week|wk)(?!\s{1,3}(?:earlier|ago|(?:before|prior)(?=\s{0,3}(?:[,.;:)!?]|$)))(?![\p{L}]))|\/\s?(?<slash>hour|hr|h|year|yr|y|annum|month|mo|mth|week|wk)|(?<adverb>hourly|annually|yearly|monthly|weekly))(?![\p{L}\p{N}])/iuy;

/** A phrase naming the period of the wage it introduces: "hourly wage", "annual mean wage". */
export const PERIOD_PHRASE =
  /(?<![\p{L}\p{N}])(?<unit>hourly|annual|annualized|yearly|monthly|weekly)\s{1,3}(?:(?:mean|median|average|base|gross|net|starting|total|entry-level)\s{1,3}){0,2}(?:wages?|salary|salaries|pay|income|earnings|rates?|compensation)(?![\p{L}\p{N}])/giu;

/** The period stated right after `at`, and where that statement ends. */
export function periodAfter(text: string, at: number): { period: SalaryPeriod; end: number } | undefined {
  PERIOD_AFTER.lastIndex = at;
  const match = PERIOD_AFTER.exec(text);
  const unit = match?.groups?.word ?? match?.groups?.slash ?? match?.groups?.adverb;
  if (!match || !unit) return undefined;
  const period = UNIT[unit.toLowerCase()];
  return period ? { period, end: at + match[0].length } : undefined;
}

export function periodOfPhrase(match: RegExpMatchArray): SalaryPeriod {
  return UNIT[(match.groups?.unit ?? '').toLowerCase()] ?? 'year';
}
