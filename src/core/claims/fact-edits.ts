// A projection figure rewritten in the form the claim already uses: "12 percent" stays words,
// "1.7 million" stays millions at its decimals, "166,000" stays rounded to the author's thousands.
// Only the number changes, so a suggestion (and `refresh`) touch nothing else.

/** `raw` ("12%", "-3 percent") with its number replaced by `percent`, sign kept in the words. */
export function rewritePercent(raw: string, percent: number): string | undefined {
  const number = /[-−+]?\d{1,3}(?:\.\d{1,2})?/u.exec(raw);
  if (!number) return undefined;
  const signed = /^[-−+]/u.test(number[0]);
  const value = signed ? `${percent < 0 ? '-' : '+'}${Math.abs(percent)}` : String(Math.abs(percent));
  return raw.slice(0, number.index) + value + raw.slice(number.index + number[0].length);
}

/** `raw` ("about 166,000 jobs", "1.7 million") with its count replaced by `jobs`, at the author's precision. */
export function rewriteCount(raw: string, jobs: number, precision = 1): string | undefined {
  // "1.7 million", or a table's "171K" / "1.7M".
  const scaled =
    /(\d{1,3}(?:\.(\d{1,2}))?)(\s+)(million|thousand)(?![\p{L}])/iu.exec(raw) ??
    /(\d{1,3}(?:\.(\d{1,2}))?)(\s?)([kKM])(?![\p{L}])/u.exec(raw);
  const value = Math.abs(jobs);
  if (scaled) {
    const unit = scaled[4]!.toLowerCase().startsWith('m') ? 1e6 : 1e3;
    const decimals = scaled[2]?.length ?? 0;
    const text = (value / unit).toFixed(decimals);
    return `${raw.slice(0, scaled.index)}${text}${scaled[3] ?? ' '}${scaled[4] ?? ''}${raw.slice(scaled.index + scaled[0].length)}`;
  }
  const number = /\d{1,3}(?:,\d{3}){1,3}|\d{1,7}/u.exec(raw);
  if (!number) return undefined;
  // Never rounder than BLS's own 0.1 thousand when the author wrote that fine a figure.
  const rounded = Math.round(value / precision) * precision;
  const text = number[0].includes(',') ? rounded.toLocaleString('en-US') : String(rounded);
  return raw.slice(0, number.index) + text + raw.slice(number.index + number[0].length);
}
