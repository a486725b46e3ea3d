// The salary claims of an article: every figure in its salary section, with the role it
// is about. Figures are read from the Markdown source of each block (so their offsets
// are the document's own), prose attributed by sentence, tables by row or column.
import type { Table, RootContent } from 'mdast';
import type { Article } from '../model/article.js';
import { findSalaryFigures, type SalaryFigure } from './expressions.js';
import { attributeFigures } from './attribution.js';
import { attributeTableCell } from './table.js';

export interface SalaryClaim {
  /** The role as the title names it, or undefined when the figure names no role. */
  role: string | undefined;
  /** The figure, with offsets into the document. */
  figure: SalaryFigure;
  line: number;
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
        const statistic = figure.statistic === 'unspecified' ? (headerStatistic(headerTexts[column]) ?? 'unspecified') : figure.statistic;
        claims.push({ role: index === undefined ? undefined : roles[index], figure: shift({ ...figure, statistic }, cell.start) });
      }
    });
  }
  return claims;
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
  for (const section of article.sections) {
    if (section.key !== 'salary') continue;
    for (const node of section.nodes) {
      for (const claim of blockClaims(article, node, roles)) {
        claims.push({ ...claim, line: article.lines.point(claim.figure.start).line });
      }
    }
  }
  return claims;
}
