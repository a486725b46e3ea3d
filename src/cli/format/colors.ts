// ANSI styles that collapse to plain text when colour is off.
export interface Styles {
  red: (text: string) => string;
  yellow: (text: string) => string;
  blue: (text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
  underline: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function styles(enabled: boolean): Styles {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, underline: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}
