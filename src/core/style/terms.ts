// All term rules compiled into one matcher: an index from a term's first word to the terms
// that start with it, so one pass over the article's words costs the same with ten or ten
// thousand terms (no alternation of every term, no loop over the rules per word).
import { WORDS } from './words.js';

export interface TermEntry<R> {
  rule: R;
  /** The avoided form as written. */
  form: string;
  words: string[];
  /** What stands between the words: `' '` for any run of white space, else the exact characters. */
  gaps: string[];
  caseSensitive: boolean;
}

export interface TermMatch<R> {
  entry: TermEntry<R>;
  start: number;
  /** End of the matched words, before a possessive `'s`; with a plural ending when `plural`. */
  end: number;
  plural: boolean;
}

const SPACE = /^\s+$/;
const PLURAL_ENDINGS = ['s', 'es'];

export class TermMatcher<R> {
  private readonly index = new Map<string, TermEntry<R>[]>();

  add(rule: R, form: string, caseSensitive: boolean): void {
    const words = [...form.matchAll(WORDS)];
    const gaps = words.slice(1).map((w, i) => {
      const gap = form.slice(words[i]!.index + words[i]![0].length, w.index);
      return SPACE.test(gap) ? ' ' : gap;
    });
    const entry = { rule, form, words: words.map((w) => w[0]), gaps, caseSensitive };
    const key = entry.words[0]!.toLowerCase();
    const list = this.index.get(key);
    if (list) list.push(entry);
    else this.index.set(key, [entry]);
  }

  *matches(text: string): Generator<TermMatch<R>> {
    const words = [...text.matchAll(WORDS)];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]![0];
      const lower = word.toLowerCase();
      // The longest term starting here wins ("job duties and responsibilities" over "job
      // duties"), and the words it covers start no other match.
      let best = this.longestAt(lower, text, words, i, undefined);
      // The singular of a plural: "nurses" looks up "nurse" (and "coaches" "coach").
      if (lower.endsWith('s')) best = this.longestAt(lower.slice(0, -1), text, words, i, best);
      if (lower.endsWith('es')) best = this.longestAt(lower.slice(0, -2), text, words, i, best);
      if (!best) continue;
      yield best;
      i += best.entry.words.length - 1;
    }
  }

  private longestAt(key: string, text: string, words: RegExpExecArray[], i: number, best: TermMatch<R> | undefined) {
    for (const entry of this.index.get(key) ?? []) {
      const match = this.matchAt(entry, text, words, i);
      if (match && (!best || match.end > best.end)) best = match;
    }
    return best;
  }

  private matchAt(entry: TermEntry<R>, text: string, words: RegExpExecArray[], i: number): TermMatch<R> | undefined {
    const n = entry.words.length;
    if (i + n > words.length) return undefined;
    let plural = false;
    for (let j = 0; j < n; j++) {
      const found = words[i + j]![0];
      const want = entry.words[j]!;
      const same = (a: string, b: string) => (entry.caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase());
      if (!same(found, want)) {
        // Only the last word takes a plural ending.
        const ending = found.slice(want.length);
        if (j < n - 1 || !PLURAL_ENDINGS.includes(ending.toLowerCase()) || !same(found.slice(0, want.length), want)) return undefined;
        plural = true;
      }
      if (j > 0) {
        const prev = words[i + j - 1]!;
        const gap = text.slice(prev.index + prev[0].length, words[i + j]!.index);
        if (entry.gaps[j - 1] === ' ' ? !SPACE.test(gap) : gap !== entry.gaps[j - 1]) return undefined;
      }
    }
    const last = words[i + n - 1]!;
    return { entry, start: words[i]!.index, end: last.index + last[0].length, plural };
  }
}

/** The plural of a term to write, for a fix of a plural avoided form. */
export function pluralOf(term: string): string {
  if (/person$/i.test(term)) return term.replace(/person$/i, (p) => (p[0] === 'P' ? 'People' : 'people'));
  if (/[^aeiou]y$/i.test(term)) return `${term.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(term)) return `${term}es`;
  return `${term}s`;
}
