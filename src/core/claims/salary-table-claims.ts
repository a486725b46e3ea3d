// The salary claims of a table: every figure in a row about pay, with the role its column (or
// row) names, the statistic its header or row label states ("Average salary", "Top 10%") and the
// period and year its labels give. Split from salary-claims.ts, which reads prose.
import type { Table } from 'mdast';
import type { Article } from '../model/article.js';
import { findSalaryFigures, type SalaryFigure } from './expressions.js';
import { attributeTableCell, attributeTableColumns } from './table.js';
import { rolesNamedIn } from '../text/role-spans.js';
import { labelPeriod, labelYear } from './table-labels.js';
import { PERIOD_FACTOR, type SalaryPeriod } from './periods.js';
import { figureContext, isNotPay, PAY_WORDS } from './figure-context.js';
import type { ClaimRoles } from './claim-roles.js';
import type { SalaryClaim } from './salary-claim.js';

export function shift(figure: SalaryFigure, by: number): SalaryFigure {
  return { ...figure, start: figure.start + by, end: figure.end + by };
}

export function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** A column headed "Average salary" or "Median pay" states the statistic of its figures. */
function headerStatistic(header: string | undefined): SalaryFigure['statistic'] | undefined {
  if (!header) return undefined;
  // "Avg. salary", "Avg hourly" abbreviate the mean; "Typical pay" names the middle worker, the median.
  if (/\b(average|mean|avg)\b/i.test(header)) return 'mean';
  if (/\b(median|typical)\b/i.test(header)) return 'median';
  return undefined;
}

export type Found = Omit<SalaryClaim, 'line'>;

/** A percentile stated by a label: "10th percentile", "Bottom 10%", "Top 10% earn". */
function labelPercentile(label: string | undefined): Pick<SalaryClaim, 'percentile' | 'bound'> {
  if (!label) return {};
  const { percentile, bound } = figureContext(label, label.length, label.length, 0);
  return { ...(percentile !== undefined && { percentile }), ...(bound && { bound }) };
}

/** A table whose header names both roles compares them, pay included. */
function comparesRoles(header: readonly string[], roles: ClaimRoles): boolean {
  if (roles.length < 2) return false;
  return (
    new Set(attributeTableColumns(header, roles).filter((i) => i !== undefined)).size >= 2 ||
    rolesNamedIn(header.join(' | '), roles).length >= 2
  );
}

/** A row about a price, not pay: "Tuition | $15,000 | $20,000". */
const NOT_PAY_LABEL =
  /(?<![\p{L}])(?:tuition|costs?|fees?|price|loans?|debt|bonus|program|certification|exam|training\s{1,3}cost)(?![\p{L}])/iu;

/** A row label naming a wage statistic or period: "Average hourly", "Top 10%", "90th percentile". */
const STATISTIC_LABEL =
  /(?<![\p{L}])(?:average|avg|mean|median|typical|hourly|annual|yearly|weekly|monthly|percentile|(?:top|bottom|lowest|highest)\s{1,3}\d{1,2}\s?(?:%|percent))(?![\p{L}])/iu;

/** A row of dollar figures labelled by a percentile ("Top 10% (2024)", "90th percentile") is pay. */
const PERCENTILE_LABEL =
  /(?<![\p{L}])(?:(?:top|bottom|lowest|highest)\s{1,3}\d{1,2}\s?(?:%|percent)|\d{1,2}(?:st|nd|rd|th)\s{1,3}percentile)(?![\p{L}])/iu;

/** A label naming a wage's period and its statistic at once ("Hourly median", "Avg. hourly", "Annual mean") is a wage's. */
const WAGE_LABEL =
  /(?<![\p{L}])(?:(?:hourly|annual|yearly|weekly|monthly)\s{1,3}(?:median|average|avg|mean)|(?:median|average|avg\.?|mean)\s{1,3}(?:hourly|annual|yearly|weekly|monthly))(?![\p{L}])/iu;

/** A row labelled by a wage statistic alone, dated or not, heads dollar figures that are wages: "Median (May 2023)", "Median, May 2024", "Average". */
const BARE_STATISTIC_LABEL = /^[\s|]{0,4}(?:median|mean|average|avg\.?)(?:\s{0,2}[(,][^|\n]{0,30})?[\s|]{0,4}$/iu;

const priceColumn = (header: readonly string[], column: number, roles: ClaimRoles) =>
  attributeTableColumns([header[column] ?? ''], roles)[0] === undefined;

export function tableClaims(article: Article, table: Table, roles: ClaimRoles, inSalary: boolean): Found[] {
  const cellText = (cell: Table['children'][number]['children'][number]) => {
    const range = offsets(cell);
    return range ? { text: article.text.slice(...range), start: range[0] } : { text: '', start: 0 };
  };
  const [header, ...rows] = table.children;
  const headerTexts = header ? header.children.map((c) => cellText(c).text) : [];
  const claims: Found[] = [];
  // A table comparing the two roles (its header names both) states their pay in any row but a price's.
  const comparing = comparesRoles(headerTexts, roles);
  // A header naming a wage statistic over the figures ("| Role | Hourly (median) | Top 10% |") heads pay columns.
  const headerPay =
    comparing ||
    PAY_WORDS.test(headerTexts.join(' | ')) ||
    headerTexts.slice(1).some((h) => STATISTIC_LABEL.test(h) && !NOT_PAY_LABEL.test(h));
  const where = inSalary ? 'salary-section' : comparing ? 'comparison-table' : 'elsewhere';
  // A table with a pay row ("Median salary | $X | $Y") states pay in its rows labelled by a wage
  // statistic too ("Average hourly | $A | $B", "Top 10% | $C | $D").
  const payRows = rows.some((row) => {
    const label = row.children[0] ? cellText(row.children[0]).text : '';
    return PAY_WORDS.test(label) && !NOT_PAY_LABEL.test(label);
  });
  for (const row of rows) {
    const cells = row.children.map(cellText);
    // Outside a Salary section a table states pay only where its labels say so ("Average salary | $X | $Y").
    const label = cells[0]?.text ?? '';
    const statisticRow =
      ((payRows || WAGE_LABEL.test(label) || PERCENTILE_LABEL.test(label)) && STATISTIC_LABEL.test(label)) ||
      BARE_STATISTIC_LABEL.test(label);
    if (NOT_PAY_LABEL.test(label) || (!inSalary && !headerPay && !PAY_WORDS.test(label) && !statisticRow)) continue;
    cells.forEach((cell, column) => {
      // "| Program | Tuition | Median pay |": a price's column states no pay in a pay row either ("Cost Estimator" is a role).
      if (column > 0 && NOT_PAY_LABEL.test(headerTexts[column] ?? '') && priceColumn(headerTexts, column, roles)) return;
      for (const figure of findSalaryFigures(cell.text)) {
        if (column > 0 && isNotPay(cell.text, figure.start, figure.end)) continue;
        const index = attributeTableCell(
          headerTexts,
          cells.map((c) => c.text),
          column,
          roles,
        );
        const statistic =
          figure.statistic === 'unspecified'
            ? (headerStatistic(headerTexts[column]) ?? headerStatistic(cells[0]?.text) ?? 'unspecified')
            : figure.statistic;
        // The row's label (its first cell) or the column's header may state the period and year.
        const period = figure.periodStated ? undefined : (labelPeriod(cells[0]?.text) ?? labelPeriod(headerTexts[column]));
        // "| 2024 data | Role A | Role B |": the corner cell dates the whole table.
        const year = labelYear(headerTexts[column]) ?? labelYear(cells[0]?.text) ?? (column > 0 ? labelYear(headerTexts[0]) : undefined);
        const read = period ? inPeriod(figure, period) : figure;
        const stated = figureContext(cell.text, figure.start, figure.end, 0);
        const labelled = column > 0 ? labelPercentile(label) : {};
        const percentile = stated.percentile ?? labelled.percentile ?? labelPercentile(headerTexts[column]).percentile;
        const bound = stated.bound ?? labelled.bound;
        claims.push({
          kind: 'salary',
          where,
          role: index === undefined ? undefined : roles[index],
          figure: shift({ ...read, statistic }, cell.start),
          ...(year !== undefined && { year }),
          ...(percentile !== undefined && { percentile }),
          ...(bound && { bound }),
        });
      }
    });
  }
  return claims;
}

/** A figure read as annual, re-read in the period its table row or column states. */
function inPeriod(figure: SalaryFigure, period: SalaryPeriod): SalaryFigure {
  const factor = PERIOD_FACTOR[period] / PERIOD_FACTOR[figure.period];
  const scale = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * factor * 100) / 100);
  return {
    ...figure,
    period,
    // The label states the period, not the cell: a replacement keeps the cell's bare form.
    periodStated: false,
    ...(figure.annual !== undefined && { annual: scale(figure.annual) }),
    ...(figure.annualLow !== undefined && { annualLow: scale(figure.annualLow), annualHigh: scale(figure.annualHigh) }),
  };
}
