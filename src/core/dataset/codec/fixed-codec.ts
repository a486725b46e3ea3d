// Lists of non-negative integers as fixed-width strings, for the name index in data/roles.json:
// each number is `width` characters of URL-safe base64, lowest digit first. JSON.parse reads such
// a string at memory speed, and any entry is read in place (three character codes) when asked
// for, so loading the index decodes nothing: the variable-length lists it replaces cost 10-15 ms
// to decode at every start, before the first lookup could run (bench/cli-profile.ts).
import { ALPHABET, VALUE } from './int-codec.js';

export function encodeFixed(values: Iterable<number>, width: number): string {
  const limit = 64 ** width;
  let text = '';
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0 || value >= limit) {
      throw new RangeError(`cannot encode ${value} in ${width} characters: expected an integer from 0 to ${limit - 1}`);
    }
    let rest = value;
    for (let i = 0; i < width; i++) {
      text += ALPHABET.charAt(rest % 64);
      rest = Math.floor(rest / 64);
    }
  }
  return text;
}

export interface FixedList {
  readonly length: number;
  /** The entry at `index`; -1 for a character the encoding never writes (a damaged list). */
  at(index: number): number;
}

/** A view of an encoded list; undefined when its length is not a whole number of entries. */
export function fixedList(text: string, width: number): FixedList | undefined {
  if (!Number.isInteger(width) || width < 1 || width > 4 || text.length % width !== 0) return undefined;
  const digit = (i: number) => {
    const code = text.charCodeAt(i);
    return code < 128 ? VALUE[code]! : -1;
  };
  return {
    length: text.length / width,
    at(index) {
      let value = 0;
      let scale = 1;
      for (let i = index * width, end = i + width; i < end; i++) {
        const d = digit(i);
        if (d < 0) return -1;
        value += d * scale;
        scale *= 64;
      }
      return value;
    },
  };
}
