// A forum post runs its sentences on in lower case ("helpers average $19.95 an hour so i'm under.
// supervisors make like $128k", "ranch hands averaged $18.55 in May 2024 per BLS. botanists average
// $51.12"): the sentence splitter keeps them one sentence (a lower-case word after a period is usually
// an abbreviation's: "approx. five"), but a statistic or a year written before that stop is not the
// later figure's. Only a stop after a whole word (four letters or more) or an acronym counts, so an
// abbreviation ("avg.", "incl.", "U.S.") never splits. The look back is bounded, so a scan stays linear.

const RUN_ON_STOP = /(?<![\p{L}.])(?:\p{L}{4,}|\p{Lu}{2,})[.!?]\s{1,3}(?=\p{Ll})/gu;
const ABBREVIATED = /^(?:approx|incl|excl|dept|govt|univ|blvd|corp|assn|intl|natl|sept|figs|misc|appx|ibid)[.]/iu;

/** Where the run-on sentence holding offset `to` of `text` starts: just after the last lower-case full stop before it, within `from`..`to` (at most 200 back); `from` when there is none. */
export function runOnFrom(text: string, from: number, to: number): number {
  const start = Math.max(from, to - 200);
  let at = from;
  for (const m of text.slice(start, to).matchAll(RUN_ON_STOP)) {
    if (!ABBREVIATED.test(m[0])) at = start + m.index + m[0].length;
  }
  return at;
}
