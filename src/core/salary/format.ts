// Salary figures shown in messages, formatted the way the articles write them.
// Intl is available in Node and in web workers, so this stays inside core.

const WHOLE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$160,930" for whole dollars, "$23.66" when there are cents (hourly wages have them). */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const cents = Math.round(n * 100);
  return cents % 100 === 0 ? WHOLE.format(cents / 100) : CENTS.format(cents / 100);
}
