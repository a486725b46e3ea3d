// V8 compiles a bounded repeat such as `\s{1,3}` into one copy of its class per repeat, and the
// claim patterns hold dozens of them inside big alternations and lookbehinds: the first run of one
// such pattern in a process cost 20-150 ms (each CLI worker paid it again). In a text whose every
// whitespace run is at most three characters long, `\s{1,3}` and `\s+` (and `\s{0,3}` and `\s*`)
// can take exactly the same runs at every position, tried in the same order (greedy or lazy, forward
// or in a lookbehind), so they find the same matches with the same groups. ShortSpaceRegExp runs
// that unbounded twin, which compiles several times faster, on such texts, and itself only on a
// text with a longer run (compiling itself only then).

const LONG_RUN = /\s{4}/;
// `\s{1,3}` or `\s{0,3}` in a source, not after an escaped backslash (`\\s{1,3}` is a backslash and s's).
const BOUNDED = /(?<!\\)((?:\\\\)*)\\s\{([01]),3\}(\??)/g;

/** The source with its `\s{1,3}` and `\s{0,3}` made unbounded. */
export function unboundedSpaces(source: string): string {
  return source.replace(BOUNDED, (_, slashes: string, least: string, lazy: string) => `${slashes}\\s${least === '1' ? '+' : '*'}${lazy}`);
}

// The text last tested: a global pattern's exec loop asks again for each match of one text.
let lastText: string | undefined;
let lastShort = false;

function shortRuns(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastShort = !LONG_RUN.test(text);
  }
  return lastShort;
}

/**
 * A RegExp that matches as its own source does everywhere (its source, flags and lastIndex are its
 * own), running its unbounded twin where that is the same. Every String and RegExp method reaches
 * a RegExp subclass's matching through exec, and builds its copies (matchAll, split) through this
 * constructor.
 */
export class ShortSpaceRegExp extends RegExp {
  private twin: RegExp | undefined;

  override exec(str: string): RegExpExecArray | null {
    if (!shortRuns(str)) return super.exec(str);
    this.twin ??= new RegExp(unboundedSpaces(this.source), this.flags);
    this.twin.lastIndex = this.lastIndex;
    const found = this.twin.exec(str);
    this.lastIndex = this.twin.lastIndex;
    return found;
  }
}
