// The page's SEO fields as a search engine sees them: its <title>, its meta description and the
// key phrase it should rank for, read from front matter under the names the common generators
// and CMS plugins write (Hugo and Jekyll `title`/`description`, Yoast's `seoTitle` and
// `metaDescription`, Front Matter CMS's, a nested `seo:` block). Each field keeps its JSON path
// and the span of its value as written, so a finding names the key and points at the value.
import type { Article } from '../model/article.js';

/** Most specific first: a dedicated SEO title beats the page title a generator prints. */
export const SEO_TITLE_KEYS = ['seoTitle', 'seo_title', 'metaTitle', 'meta_title', 'seo.title', 'title'] as const;
export const DESCRIPTION_KEYS = [
  'metaDescription',
  'meta_description',
  'seoDescription',
  'seo_description',
  'seo.description',
  'description',
] as const;
export const KEYPHRASE_KEYS = ['keyphrase', 'keyPhrase', 'focusKeyphrase', 'focus_keyphrase', 'seo.keyphrase'] as const;

export interface SeoField {
  /** JSON path in the front matter (`seo.title`), or `h1` for the body's title. */
  key: string;
  /** The value as YAML gave it: a field that is not a non-empty string is the author's mistake to hear about. */
  value: unknown;
  /** The trimmed text, when the value is a non-empty string. */
  text: string | undefined;
  /** Offsets of the value on its line (the key's line when it spans several). */
  start: number;
  end: number;
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The length of `key:` at the start of `line` (indented when `nested`, quoted or not), or -1. */
function keyLength(line: string, key: string, nested: boolean): number {
  const indent = line.length - line.trimStart().length;
  if (nested !== indent > 0) return -1;
  let at = indent;
  const quote = line[at] === '"' || line[at] === "'" ? line.charAt(at) : '';
  at += quote.length;
  if (!line.startsWith(key, at)) return -1;
  at += key.length;
  if (quote !== '') {
    if (line[at] !== quote) return -1;
    at++;
  }
  while (line[at] === ' ' || line[at] === '\t') at++;
  return line[at] === ':' ? at + 1 : -1;
}

/** The value's span: after `key:` on the line that names the path's last key (nested under its parent). */
function spanOf(article: Article, path: string): [number, number] {
  const front = article.frontMatter!;
  const { lines } = article;
  const parts = path.split('.');
  let line = front.startLine + 1;
  for (const [depth, part] of parts.entries()) {
    for (; line < front.endLine; line++) {
      const source = lines.text.slice(lines.lineStart(line), lines.lineEnd(line));
      const length = keyLength(source, part, depth > 0);
      if (length < 0) continue;
      if (depth < parts.length - 1) break;
      const start = lines.lineStart(line);
      const keyStart = start + source.length - source.trimStart().length;
      const rest = source.slice(length);
      const lead = rest.length - rest.trimStart().length;
      const written = rest.trim();
      // A block scalar (`|`, `>`) or an empty value: point at the key.
      if (written === '' || written.startsWith('|') || written.startsWith('>')) return [keyStart, start + length];
      return [start + length + lead, start + length + lead + written.length];
    }
    line++;
  }
  return [lines.lineStart(front.startLine), lines.lineEnd(front.startLine)];
}

/** The first of `keys` the front matter sets (to anything: an empty value is reported, not skipped). */
export function frontMatterField(article: Article, keys: readonly string[]): SeoField | undefined {
  const front = article.frontMatter;
  if (!front || front.error !== undefined) return undefined;
  for (const key of keys) {
    const value = valueAt(front.data, key);
    if (value === undefined) continue;
    const text = typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : undefined;
    const [start, end] = spanOf(article, key);
    return { key, value, text, start, end };
  }
  return undefined;
}

/** The SEO title: a front matter field, else the body's H1, which generators print as the <title>. */
export function seoTitle(article: Article): SeoField | undefined {
  const field = frontMatterField(article, SEO_TITLE_KEYS);
  if (field) return field;
  const title = article.title;
  if (!title) return undefined;
  return { key: 'h1', value: title.text, text: title.text, start: title.start.offset, end: title.end.offset };
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Length as a reader (and a search result) counts it: characters as drawn, not UTF-16 units. */
export function lengthOf(text: string): number {
  let length = 0;
  for (const _ of graphemes.segment(text)) length++;
  return length;
}

/** How a finding names where a field came from: "front matter `seoTitle`" or "the H1". */
export const fieldName = (field: SeoField): string => (field.key === 'h1' ? 'the H1' : `front matter \`${field.key}\``);
