// Lists of non-negative integers as compact JSON strings, for data/roles.json (the alternate
// titles' occupations): JSON.parse reads one long string far faster than an array of 100,000
// numbers. Each number is written in base 32, lowest digits first, one URL-safe base64
// character per digit: characters 32-63 of the alphabet carry a digit with more to follow,
// 0-31 the last digit. The alphabet is shared with the fixed-width lists (fixed-codec.ts).

/** URL-safe base64's digits, the one alphabet of every encoded list in data/roles.json. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The characters an encoded list may hold (the schema and the name index's loader check it). */
export const ENCODED_CHARSET = /^[A-Za-z0-9_-]*$/;
/** Each character code's digit, -1 for a character the alphabet does not have. */
export const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeInts(values: Iterable<number>): string {
  let text = '';
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot encode ${value}: expected a non-negative integer`);
    let rest = value;
    while (rest >= 32) {
      text += ALPHABET.charAt(32 + (rest % 32));
      rest = Math.floor(rest / 32);
    }
    text += ALPHABET.charAt(rest);
  }
  return text;
}

/** The numbers `encodeInts` wrote; throws on a character it never writes or a cut-off number. */
export function decodeInts(text: string): Int32Array {
  const values = new Int32Array(text.length);
  let count = 0;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? VALUE[code]! : -1;
    if (digit < 0) throw new RangeError(`unexpected character at ${i} of an encoded list`);
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
      if (scale > 2 ** 25) throw new RangeError(`number too large at ${i} of an encoded list`);
      continue;
    }
    values[count++] = value + digit * scale;
    value = 0;
    scale = 1;
  }
  if (scale !== 1) throw new RangeError('an encoded list ends inside a number');
  return values.subarray(0, count);
}
