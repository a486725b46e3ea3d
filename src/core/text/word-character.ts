// What counts as part of a word: a letter or digit in any script (\p{L}, \p{N}). Checked one
// code point at a time with an ASCII fast path, since a regular expression per word, or a
// pattern with Unicode classes compiled per role, costs far more on every article.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function isWordCharacter(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return (codePoint >= 0x30 && codePoint <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}
