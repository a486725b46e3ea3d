// The title of a page whose generator prints it from front matter (Hugo, Jekyll, Docusaurus,
// most Git-based CMSs): `title: "PA vs. RN: What Is the Difference?"`, or the `h1` / `heading`
// key some themes use for the page's H1 (and `title` for its <title>). Read only when the
// body has no H1. The span is the value as written on its line, so a fix can replace it.
import { parse as parseYaml } from 'yaml';
import type { FrontMatter } from './frontmatter.js';
import type { LineIndex } from './lines.js';
import { MAX_TITLE_LENGTH } from './title.js';

/** Keys in the order a generator puts the page's H1: `h1` and `heading` over the <title>'s `title`. */
export const TITLE_KEYS = ['h1', 'heading', 'title'] as const;

export interface FrontMatterTitle {
  key: string;
  text: string;
  /** Offsets of the value as written (quotes included), when it sits on the key's own line. */
  start: number;
  end: number;
}

/** The value of `key:` on one line of the block, with its span; undefined for block scalars and the like. */
function valueSpan(frontMatter: FrontMatter, lines: LineIndex, key: string, value: string): [number, number] | undefined {
  for (let line = frontMatter.startLine + 1; line < frontMatter.endLine; line++) {
    const start = lines.lineStart(line);
    const source = lines.text.slice(start, lines.lineEnd(line));
    if (!source.startsWith(`${key}:`)) continue;
    const raw = source.slice(key.length + 1);
    const lead = raw.length - raw.trimStart().length;
    const written = raw.trim();
    // The line alone must say the same: a multi-line or block value has no one span to replace.
    let parsed: unknown;
    try {
      parsed = parseYaml(`v: ${written}`);
    } catch {
      return undefined;
    }
    if ((parsed as { v?: unknown } | null)?.v !== value) return undefined;
    const at = start + key.length + 1 + lead;
    return [at, at + written.length];
  }
  return undefined;
}

/** The front matter's title, when it is a one-line string of a title's length. */
export function frontMatterTitle(frontMatter: FrontMatter | undefined, lines: LineIndex): FrontMatterTitle | undefined {
  if (!frontMatter || frontMatter.error) return undefined;
  for (const key of TITLE_KEYS) {
    const value = frontMatter.data[key];
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (!text || text.length > MAX_TITLE_LENGTH || /[\r\n]/.test(text)) return undefined;
    const span = valueSpan(frontMatter, lines, key, value);
    if (!span) return undefined;
    return { key, text, start: span[0], end: span[1] };
  }
  return undefined;
}
