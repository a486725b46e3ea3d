// The one form headings and role names are compared in: below the article model, so the text
// helpers that key role names (role-names.ts) share it without importing the model.

/** Lower case, punctuation dropped, white space folded: the form headings are compared in. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}
