// The salary claims of an article: every figure in its salary section, with the role it
// is about. Figures are read from the Markdown source of each block (so their offsets
// are the document's own), prose attributed by sentence, tables by row or column.
import type { Table, RootContent } from 'mdast';
import type { Article } from '../model/article.js';
import { findSalaryFigures, type SalaryFigure } from './expressions.js';
import { attributeFigures } from './attribution.js';
import { attributeTableCell, attributeTableColumns } from './table.js';
import { labelPeriod, labelYear } from './table-labels.js';
import { PERIOD_FACTOR, type SalaryPeriod } from './periods.js';
import { rolesNamedIn } from '../text/role-spans.js';

export interface SalaryClaim {
  /** The role as the title names it, or undefined when the figure names no role. */
  role: string | undefined;
  /** The figure, with offsets into the document. */
  figure: SalaryFigure;
  line: number;
  /** The year the figure describes, when the article says ("Median Salary (2019)"). */
  year?: number;
}

function shift(figure: SalaryFigure, by: number): SalaryFigure {
  return { ...figure, start: figure.start + by, end: figure.end + by };
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** A column headed "Average salary" or "Median pay" states the statistic of its figures. */
function headerStatistic(header: string | undefined): SalaryFigure['statistic'] | undefined {
  if (!header) return undefined;
  if (/\b(average|mean)\b/i.test(header)) return 'mean';
  if (/\bmedian\b/i.test(header)) return 'median';
  return undefined;
}

function tableClaims(article: Article, table: Table, roles: readonly string[]): Array<Omit<SalaryClaim, 'line'>> {
  const cellText = (cell: Table['children'][number]['children'][number]) => {
    const range = offsets(cell);
    return range ? { text: article.text.slice(...range), start: range[0] } : { text: '', start: 0 };
  };
  const [header, ...rows] = table.children;
  const headerTexts = header ? header.children.map((c) => cellText(c).text) : [];
  const claims: Array<Omit<SalaryClaim, 'line'>> = [];
  for (const row of rows) {
    const cells = row.children.map(cellText);
    cells.forEach((cell, column) => {
      for (const figure of findSalaryFigures(cell.text)) {
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
        const year = labelYear(headerTexts[column]) ?? labelYear(cells[0]?.text);
        const read = period ? inPeriod(figure, period) : figure;
        claims.push({
          role: index === undefined ? undefined : roles[index],
          figure: shift({ ...read, statistic }, cell.start),
          ...(year !== undefined && { year }),
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

/** A table whose header names both roles compares their pay wherever it stands. */
function comparesRoles(table: Table, article: Article, roles: readonly string[]): boolean {
  const header = table.children[0];
  if (!header || roles.length < 2) return false;
  const texts = header.children.map((cell) => {
    const range = offsets(cell);
    return range ? article.text.slice(...range) : '';
  });
  return (
    new Set(attributeTableColumns(texts, roles).filter((i) => i !== undefined)).size >= 2 ||
    rolesNamedIn(texts.join(' | '), roles).length >= 2
  );
}

function blockClaims(article: Article, node: RootContent, roles: readonly string[]): Array<Omit<SalaryClaim, 'line'>> {
  if (node.type === 'table') return tableClaims(article, node, roles);
  if (node.type === 'html' || node.type === 'code' || node.type === 'yaml' || node.type === 'heading') return [];
  const range = offsets(node);
  if (!range) return [];
  const source = article.text.slice(...range);
  const figures = findSalaryFigures(source);
  const owners = attributeFigures(source, figures, roles);
  return figures.map((figure, i) => ({
    role: owners[i] === undefined ? undefined : roles[owners[i]],
    figure: shift(figure, range[0]),
  }));
}

// Two rules, the preview and inspect all ask for an article's claims: found once per article.
const found = new WeakMap<Article, SalaryClaim[]>();

export function salaryClaims(article: Article): SalaryClaim[] {
  let claims = found.get(article);
  if (!claims) found.set(article, (claims = findClaims(article)));
  return [...claims];
}

function findClaims(article: Article): SalaryClaim[] {
  const roles = article.roles ?? [];
  const claims: SalaryClaim[] = [];
  const read = new Set<RootContent>();
  const add = (node: RootContent) => {
    if (read.has(node)) return;
    read.add(node);
    for (const claim of blockClaims(article, node, roles)) claims.push({ ...claim, line: article.lines.point(claim.figure.start).line });
  };
  for (const section of article.sections) {
    if (section.key === 'salary') section.nodes.forEach(add);
  }
  for (const node of article.tree.children) {
    if (node.type === 'table' && comparesRoles(node, article, roles)) add(node);
  }
  return claims.sort((a, b) => a.figure.start - b.figure.start);
}
