// A figure rewritten with new amounts in the form the sentence already uses: "$98K" stays
// k-notation, "$30 an hour" keeps "an hour", "$171 520" its no-break space, a table cell its
// bare number. Only the numbers change, so a suggestion (and `refresh`) touch nothing else.

/** A number as a figure writes it: digits with their group separators, decimals, a multiplier. */
const NUMBER =
  /(?<digits>\d{1,3}(?:(?<group>[,\u00A0\u202F\u2009])\d{3})+|\d+)(?<decimals>\.\d{1,2})?(?<scale>\s?(?:thousand|million)|[kKmM](?![\p{L}]))?/gu;

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6 };

/** "1234567" -> "1,234,567", by slices from the right (a lookahead pattern would be quadratic). */
function group(digits: string, separator: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(separator);
}

/** `value` (in the figure's own period) written like `token`. */
function writeLike(value: number, groups: Record<string, string | undefined>, implied: number): string {
  const scaleWord = groups.scale?.trim().toLowerCase();
  const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : implied;
  // "98439" was written without separators on purpose; "950" had no need of one.
  const separator = groups.group ?? (groups.digits!.length >= 4 ? '' : ',');
  // A multiplier keeps the decimals it had (at least none); dollars keep cents when the figure had
  // them, and an hourly-sized amount keeps its cents ("$30 an hour" -> "$71.28 an hour").
  const cents = Math.round(value * 100) % 100 !== 0;
  const places = scale > 1 ? (groups.decimals?.length ?? 1) - 1 : groups.decimals || (cents && value < 1000) ? 2 : 0;
  const rounded = (value / scale).toFixed(places);
  const [whole, fraction] = rounded.split('.') as [string, string | undefined];
  const grouped = separator ? group(whole, separator) : whole;
  return `${grouped}${fraction ? `.${fraction}` : ''}${groups.scale ?? ''}`;
}

/**
 * `raw` with its numbers replaced by `amounts`, one each in order, or undefined when the
 * figure does not hold exactly that many numbers (the caller then writes a fresh figure).
 */
export function rewriteFigure(raw: string, amounts: readonly number[]): string | undefined {
  const tokens = [...raw.matchAll(NUMBER)];
  if (tokens.length !== amounts.length || amounts.some((a) => !Number.isFinite(a))) return undefined;
  // "$130–165K": the multiplier written at one end applies to a small number at the other.
  const written = tokens.map((t) => t.groups!.scale?.trim().toLowerCase()).find((s) => s !== undefined);
  const shared = written === undefined ? 1 : (SCALES[written] ?? 1);
  let out = '';
  let cursor = 0;
  tokens.forEach((token, i) => {
    // Under 1000: no separator, at most three digits.
    const small = token.groups!.digits!.length <= 3;
    out += raw.slice(cursor, token.index) + writeLike(amounts[i]!, token.groups!, small ? shared : 1);
    cursor = token.index + token[0].length;
  });
  return out + raw.slice(cursor);
}
