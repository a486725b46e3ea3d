// Patterns built per article's roles (head-mentions.ts, field-mentions.ts) recur across articles
// comparing the same roles: V8 compiles a regular expression on its first run, so each source is
// compiled once and kept (a bounded cache, cleared when full), as role-forms.ts keeps its own.
const cache = new Map<string, RegExp>();
const KEPT = 2048;

/** The one RegExp for this source and flags; global ones are only used with matchAll, which copies lastIndex. */
export function cachedRegex(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let regex = cache.get(key);
  if (!regex) {
    if (cache.size >= KEPT) cache.clear();
    cache.set(key, (regex = new RegExp(source, flags)));
  }
  return regex;
}
