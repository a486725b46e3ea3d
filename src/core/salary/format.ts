// Salary figures shown in messages, formatted the way the articles write them.
// Intl is available in Node and in web workers, so this stays inside core.

// Created on first use: building an Intl formatter costs tens of milliseconds, which would
// otherwise land on the extension's activation.
let whole: Intl.NumberFormat | undefined;
let cents: Intl.NumberFormat | undefined;

/** "$160,930" for whole dollars, "$23.66" when there are cents (hourly wages have them). */
export function formatUsd(n: number): string {
  // Never "$∞" or "$NaN" in a message: such a figure is not a figure.
  if (!Number.isFinite(n)) return 'n/a';
  // Past 2^53 cents there are no cents to show (and n * 100 may overflow to Infinity).
  const hundredths = Math.abs(n) < 2 ** 53 / 100 ? Math.round(n * 100) : n;
  if (hundredths === n || hundredths % 100 === 0) {
    whole ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    return whole.format(hundredths === n ? n : hundredths / 100);
  }
  cents ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return cents.format(hundredths / 100);
}
