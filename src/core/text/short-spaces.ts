// V8 compiles a bounded repeat such as `\s{1,3}` into one copy of its class per repeat, and the
// claim patterns hold dozens of them inside big alternations and lookbehinds: the first run of one
// such pattern in a process cost 20-150 ms (each CLI worker paid it again). In a text whose every
// whitespace run is at most three characters long, `\s{1,3}` and `\s+` (and `\s{0,3}` and `\s*`)
// can take exactly the same runs at every position, tried in the same order (greedy or lazy, forward
// or in a lookbehind), so they find the same matches with the same groups. ShortSpaceRegExp runs
// that unbounded twin, which compiles several times faster, on such texts, and itself only on a
// text with a longer run (compiling itself only then).
//
// Under the i and u flags V8 also closes every `\p{L}` over case (a costly step, once per class in
// the pattern). The letters a Latin text can hold are the Latin ones, so the twin writes `\p{L}` as
// them where the text has no other letter: for any character below U+0250 both classes (case-closed)
// agree, and above it the case closure of \p{L} adds only U+0345, which the text must not hold
// either (test/unit/short-spaces.test.ts checks both over every code point).

const LONG_RUN = /\s{4}/;
// `\s{1,3}` or `\s{0,3}` in a source, not after an escaped backslash (`\\s{1,3}` is a backslash and s's).
const BOUNDED = /(?<!\\)((?:\\\\)*)\\s\{([01]),3\}(\??)/g;
/** The letters of \p{L} below U+0250. */
export const LATIN_LETTER_RANGES = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
/** A letter (or what the case closure of \p{L} adds) outside LATIN_LETTER_RANGES. */
const OTHER_LETTER = /(?![\0-\u024F])[\p{L}\u0345]/u;

/** The source with its `\s{1,3}` and `\s{0,3}` made unbounded. */
export function unboundedSpaces(source: string): string {
  return source.replace(BOUNDED, (_, slashes: string, least: string, lazy: string) => `${slashes}\\s${least === '1' ? '+' : '*'}${lazy}`);
}

/** The source with each `\p{L}` written as the Latin letters (inside a class or as one of its own). */
export function latinLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (source.startsWith('\\p{L}', i)) {
      out += inClass ? LATIN_LETTER_RANGES : `[${LATIN_LETTER_RANGES}]`;
      i += 4;
    } else if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return out;
}

// The text last tested: a global pattern's exec loop asks again for each match of one text.
let lastText: string | undefined;
let lastShort = false;
let lastLatin: boolean | undefined;

function shortRuns(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastShort = !LONG_RUN.test(text);
    lastLatin = undefined;
  }
  return lastShort;
}

/** Whether the text (just given to shortRuns) has only Latin letters. */
function latinOnly(text: string): boolean {
  lastLatin ??= !OTHER_LETTER.test(text);
  return lastLatin;
}

interface Twin {
  regex: RegExp;
  /** Whether it writes \p{L} as Latin letters (so runs only on a text with no other letter). */
  latin: boolean;
}
// One twin per source and flags: matchAll and split copy the pattern for every call, and a copy
// must not build (and V8 compile) its twin again.
const twins = new Map<string, Twin>();

function twinOf(pattern: RegExp): Twin {
  const key = `${pattern.flags}/${pattern.source}`;
  let twin = twins.get(key);
  if (!twin) {
    const source = unboundedSpaces(pattern.source);
    const latin = pattern.ignoreCase && pattern.unicode && source.includes('\\p{L}');
    twin = { regex: new RegExp(latin ? latinLetters(source) : source, pattern.flags), latin };
    twins.set(key, twin);
  }
  return twin;
}

/**
 * A RegExp that matches as its own source does everywhere (its source, flags and lastIndex are its
 * own), running its faster twin where that is the same. Every String and RegExp method reaches a
 * RegExp subclass's matching through exec, and builds its copies (matchAll, split) through this
 * constructor. The twin is shared: each exec sets its lastIndex before and reads it after.
 */
export class ShortSpaceRegExp extends RegExp {
  private twin: Twin | undefined;

  override exec(str: string): RegExpExecArray | null {
    if (!shortRuns(str)) return super.exec(str);
    const twin = (this.twin ??= twinOf(this));
    if (twin.latin && !latinOnly(str)) return super.exec(str);
    twin.regex.lastIndex = this.lastIndex;
    const found = twin.regex.exec(str);
    this.lastIndex = twin.regex.lastIndex;
    return found;
  }
}
