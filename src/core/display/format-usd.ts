// Salary figures shown in messages, formatted the way the articles write them.
// Intl is available in Node and in web workers, so this stays inside core.

// Written out by hand rather than with Intl.NumberFormat: building a currency formatter loads
// ICU's locale data, about 12 ms of a cold one-article lint (bench/cli-profile.ts), for what is
// a sign, a dollar sign and thousands separators. test/unit/salary-format.test.ts checks that
// the output is Intl's en-US USD format, digit for digit, over random figures.

/** The decimal digits of a whole number as JavaScript prints it (shortest round trip, as Intl does), without exponent. */
function integerDigits(whole: number): string {
  const text = String(whole);
  const exponent = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  if (!exponent) return text;
  const digits = exponent[1]! + (exponent[2] ?? '');
  return digits + '0'.repeat(Number(exponent[3]) - (digits.length - 1));
}

/** "1234567" as "1,234,567" (a loop: the usual lookahead regex is quadratic in the digits). */
function grouped(digits: string): string {
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return text;
}

/** Figures at or above this many dollars are shown in whole dollars. */
export const CENTS_LIMIT = 1e12;

/** "$160,930" for whole dollars, "$23.66" when there are cents (hourly wages have them). */
export function formatUsd(n: number): string {
  // Never "$∞" or "$NaN" in a message: such a figure is not a figure.
  if (!Number.isFinite(n)) return 'n/a';
  // Cents only below a trillion dollars: past about 10^13 a double no longer holds cents
  // exactly (n * 100 rounds differently from Intl's decimal reading), and no wage is near it.
  const hundredths = Math.abs(n) < CENTS_LIMIT ? Math.round(n * 100) : n;
  const value = hundredths === n ? n : hundredths / 100;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (hundredths === n || hundredths % 100 === 0) return `${sign}$${grouped(integerDigits(Math.round(Math.abs(value))))}`;
  const cents = Math.abs(hundredths);
  return `${sign}$${grouped(integerDigits(Math.floor(cents / 100)))}.${String(cents % 100).padStart(2, '0')}`;
}
