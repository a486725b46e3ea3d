// Dollar amounts in prose: "$98,439", "$98.4k", "$1.2 million", "USD 98,439", "98,439 USD", "98,439 dollars".
// Only amounts marked as US dollars are found here, which is what keeps years, counts,
// percentages and list numbers out. Every repetition is bounded and the alternatives
// are anchored on "$", "USD" or a number start, so a scan is linear in the text length.

export interface Amount {
  start: number;
  end: number;
  /** Dollars, with any "k"/"million" multiplier applied. */
  value: number;
  /** The multiplier written after the number ("k" -> 1000), 1 when none. */
  scale: number;
  /** Whether the number used thousands separators or decimals, i.e. it looks like money. */
  formatted: boolean;
}

/**
 * 1-3 digits with 1-4 groups of three, or up to 9 plain digits; never followed by more
 * number. Groups are separated by commas or, as many locales and typesetters write them,
 * a no-break, narrow no-break or thin space ("$171 520"), which must not cut the number short.
 */
const GROUP = '[,\u00A0\u202F\u2009]';
const NUMBER = String.raw`(?:\d{1,3}(?:${GROUP}\d{3}){1,4}|\d{1,9})(?:\.\d{1,2})?(?!\d|[.,\u00A0\u202F\u2009]\d)`;
/** Nor followed by letters or digits: "$1e309" is not "$1", "$5abc" no amount at all. */
const ALONE = String.raw`(?![\p{L}\p{N}])`;
const multiplier = (name: string) =>
  String.raw`(?:(?:\s?(?<${name}>thousand|million|billion)|(?<${name}Short>k|m|mn|b|bn))(?![\p{L}\p{N}]))`;
const USD_AFTER = String.raw`\s?USD(?![\p{L}\p{N}])`;

const CURRENCY_AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}$])(?:(?:US)?\$|USD\s?)\s?(?<n1>${NUMBER})${multiplier('m1')}?(?:${USD_AFTER})?${ALONE}` +
    String.raw`|(?<![\p{L}\p{N}$.,])(?<n2>${NUMBER})${multiplier('m2')}?${USD_AFTER}` +
    // "35,000 dollars", "134 thousand dollars": a number written out with the currency's name.
    String.raw`|(?<![\p{L}\p{N}$.,])(?<n3>${NUMBER})${multiplier('m3')}?\s{1,2}dollars(?![\p{L}\p{N}])`,
  'giu',
);
/** The unmarked second end of a range: "$130,000–165,000", "$130–165K". Never a percentage. */
const BARE_AMOUNT = new RegExp(String.raw`(?<n>${NUMBER})${multiplier('m')}?(?!\s?%)`, 'iuy');

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

function toAmount(start: number, end: number, number: string, scale: string | undefined): Amount {
  const factor = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1;
  return {
    start,
    end,
    // Rounded to cents: "$98.4k" must be 98400, not 98400.00000000001.
    value: Math.round(Number(number.replace(/[,\u00A0\u202F\u2009]/g, '')) * factor * 100) / 100,
    scale: factor,
    formatted: /[,.\u00A0\u202F\u2009]/.test(number),
  };
}

/**
 * A field whose name says pay holds dollars though it writes no "$": "median_salary: 93330",
 * "Annual pay: 58,140" (a front-matter or summary line, the number alone on it).
 */
const PAY_FIELDS =
  /^[ \t]*[\p{L}_ -]{0,40}(?<![\p{L}])(?:salary|pay|wages?|income|earnings)(?![\p{L}])[\p{L}_ -]{0,20}:[ \t]*["']?(?<n>\d{1,3}(?:,\d{3}){1,2}|\d{4,7})["']?[ \t]*$/gmu;
/** Whether a text has a pay field (not global: a test keeps no state). */
export const PAY_FIELD = new RegExp(PAY_FIELDS.source, 'mu');

/** Every dollar-marked amount in `text`, in order, and every number a pay field holds. */
export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(CURRENCY_AMOUNT)) {
    const g = match.groups ?? {};
    const start = match.index;
    const number = g.n1 ?? g.n2 ?? g.n3 ?? '';
    amounts.push(toAmount(start, start + match[0].length, number, g.m1 ?? g.m1Short ?? g.m2 ?? g.m2Short ?? g.m3 ?? g.m3Short));
  }
  if (!text.includes(':')) return amounts;
  const fields: Amount[] = [];
  for (const match of text.matchAll(PAY_FIELDS)) {
    const number = match.groups!.n!;
    const start = match.index + match[0].lastIndexOf(number);
    fields.push(toAmount(start, start + number.length, number, undefined));
  }
  return fields.length === 0 ? amounts : [...amounts, ...fields].sort((a, b) => a.start - b.start);
}

/** A number without a currency mark starting exactly at `at`, if there is one. */
export function bareAmountAt(text: string, at: number): Amount | undefined {
  BARE_AMOUNT.lastIndex = at;
  const match = BARE_AMOUNT.exec(text);
  if (!match?.groups) return undefined;
  return toAmount(at, at + match[0].length, match.groups.n ?? '', match.groups.m ?? match.groups.mShort);
}
