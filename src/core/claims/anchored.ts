// A pattern built per role, with words one of which any match of it contains. Most blocks name
// neither role in a given form, and a pattern never run is never compiled (V8 compiles a regular
// expression on its first run): a pattern runs only on text holding one of its anchors.

export interface AnchoredPattern {
  readonly regex: RegExp;
  /** In lower case, unless `cased`. */
  readonly anchors: readonly string[];
  /** The anchors are matched as written ("PA" is an initialism, "pa" a word). */
  readonly cased?: boolean;
}

/** Whether `text` (and `lower`, its lower case) holds one of the pattern's anchors. */
export function mayMatch(pattern: AnchoredPattern, text: string, lower: string): boolean {
  const within = pattern.cased ? text : lower;
  return pattern.anchors.some((anchor) => within.includes(anchor));
}
