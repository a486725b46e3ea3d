// Pieces of regular expressions built at run time from names (roles, titles, sites).

/** `text` as a literal inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Letters as a plain class for patterns built per role or run over every block: V8 compiles and
 * runs a case-insensitive Unicode property class (\p{L} under the u flag) several times slower.
 * Job titles and the words around them are Latin script; Latin-1 and Latin Extended-A/B cover them.
 */
export const LATIN_LETTERS = String.raw`A-Za-z\u00C0-\u024F`;
