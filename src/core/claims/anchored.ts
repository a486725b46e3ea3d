// A pattern built per role, with words one of which any match of it contains. Most blocks name
// neither role in a given form, and a pattern never run is never compiled (V8 compiles a regular
// expression on its first run): a pattern runs only on text holding one of its anchors.
//
// Most role forms also START with an anchor ("HVAC techs" with "hvac"). Such a pattern is tried
// only where an anchor stands, as a sticky pattern, instead of at every position of the block:
// scanning whole blocks with per-role patterns was the claim engine's largest cost (13% of a lint
// worker's CPU on the benchmark's articles).

export interface AnchoredPattern {
  readonly regex: RegExp;
  /** In lower case, unless `cased`. */
  readonly anchors: readonly string[];
  /** The anchors are matched as written ("PA" is an initialism, "pa" a word). */
  readonly cased?: boolean;
  /**
   * Every match starts at an anchor or at most this many characters before one ("CRNA" holds the
   * initialism "NA" two letters in): the pattern is then only tried there.
   */
  readonly leading?: number;
}

/** Whether `text` (and `lower`, its lower case) holds one of the pattern's anchors. */
export function mayMatch(pattern: AnchoredPattern, text: string, lower: string): boolean {
  const within = pattern.cased ? text : lower;
  return pattern.anchors.some((anchor) => within.includes(anchor));
}

const stickyOf = new WeakMap<RegExp, RegExp>();

function sticky(regex: RegExp): RegExp {
  let found = stickyOf.get(regex);
  if (!found) stickyOf.set(regex, (found = new RegExp(regex.source, `${regex.flags.replace('g', '')}y`)));
  return found;
}

/** Where each anchor stands in `within`, minus `leading`, sorted and without repeats. */
function candidates(pattern: AnchoredPattern, within: string, leading: number): number[] {
  const at: number[] = [];
  for (const anchor of pattern.anchors) {
    if (!anchor) return [];
    for (let i = within.indexOf(anchor); i >= 0; i = within.indexOf(anchor, i + 1)) {
      for (let back = Math.min(leading, i); back >= 0; back--) at.push(i - back);
    }
  }
  return at.length < 2 ? at : [...new Set(at)].sort((a, b) => a - b);
}

/**
 * Every match of the pattern in `text`, as `text.matchAll` gives them (leftmost, not
 * overlapping); none without an anchor. `lower` is `text` in lower case.
 */
export function anchoredMatches(pattern: AnchoredPattern, text: string, lower: string): Array<{ start: number; end: number }> {
  const within = pattern.cased ? text : lower;
  // Lower-casing can change a string's length ("İ"): then offsets in `lower` are not `text`'s.
  const aligned = pattern.cased || lower.length === text.length;
  if (pattern.leading === undefined || !aligned) {
    if (!mayMatch(pattern, text, lower)) return [];
    return [...text.matchAll(pattern.regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  }
  const found: Array<{ start: number; end: number }> = [];
  const starts = candidates(pattern, within, pattern.leading);
  if (starts.length === 0) return found;
  const regex = sticky(pattern.regex);
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    regex.lastIndex = start;
    const m = regex.exec(text);
    if (m && m[0].length > 0) {
      found.push({ start, end: start + m[0].length });
      end = start + m[0].length;
    }
  }
  return found;
}
