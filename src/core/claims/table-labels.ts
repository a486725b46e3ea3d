// What a table's labels say about its figures: a row or column labelled "Hourly rate",
// "Per hour" or "Hourly wage" holds hourly figures, "Monthly" monthly ones, "Annual",
// "Yearly" or "Salary" annual ones; a year in a header ("Median Salary (2019)") is the
// year the figures describe.
import type { SalaryPeriod } from './periods.js';

const HOURLY = /(?<![\p{L}])(?:hourly|per hour|an hour|\/ ?h(?:ou)?r)(?![\p{L}])/iu;
const MONTHLY = /(?<![\p{L}])(?:monthly|per month|a month)(?![\p{L}])/iu;
const WEEKLY = /(?<![\p{L}])(?:weekly|per week|a week)(?![\p{L}])/iu;
const ANNUAL = /(?<![\p{L}])(?:annual|annually|yearly|per year|a year|salary|salaries)(?![\p{L}])/iu;
const YEAR = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/u;

/** The pay period a label names, if any; hourly before annual ("Hourly salary" is hourly). */
export function labelPeriod(label: string | undefined): SalaryPeriod | undefined {
  if (!label) return undefined;
  if (HOURLY.test(label)) return 'hour';
  if (MONTHLY.test(label)) return 'month';
  if (WEEKLY.test(label)) return 'week';
  return ANNUAL.test(label) ? 'year' : undefined;
}

/** The year a label names ("Median Salary (2019)" -> 2019). */
export function labelYear(label: string | undefined): number | undefined {
  const found = label ? YEAR.exec(label) : null;
  return found ? Number(found[0]) : undefined;
}
