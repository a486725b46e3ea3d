// Employment Projections facts in a table, where the row's label (or the column's header) says
// what its cells state: "Job growth (2023-33) | 9% | 5%", "Job openings per year | 115,200 | …",
// "Self-employed | 26% | …". Each cell belongs to the role of its column, else of its row. A list
// of labelled figures ("- Jobs: 140,300") is read the same way, its role from its heading or lead line.
import type { Table } from 'mdast';
import type { Article } from '../model/article.js';
import { attributeTableCell } from './table.js';
import { claimsInBlock } from './blocks.js';
import { AVERAGE, bandName, count, periodOf, type FactClaim, type FactKind } from './fact-values.js';
import type { ClaimRoles } from './claim-roles.js';
import { labelYear } from './table-labels.js';
import { labelledLines, offsets } from './labelled-lines.js';

/**
 * What a row, column or list label says its figures are, most specific first: "Jobs added" and
 * "New jobs" are a change in jobs before "Jobs" is a count of them; a label ending in
 * "employment" or "jobs" ("Marketing manager employment", "glazier_jobs") or "Employed" is the count, also said of the
 * nation ("Jobs nationwide", "Employment in the U.S.").
 */
const LABELS: Array<[RegExp, FactKind]> = [
  [/self[-\s]employ(?:ed|ment)/i, 'self-employed'],
  [/openings/i, 'openings'],
  [/(?<![\p{L}])(?:jobs\s+(?:added|gained|lost|created|cut)|new\s+jobs|(?:numeric|net)\s+change)(?![\p{L}])/iu, 'employment-change'],
  [
    /(?:job|employment)\s+(?:growth|outlook|change)|projected\s+(?:growth|change)|change\s+in\s+(?:jobs|employment)|growth\s+rate|\boutlook\b|^[\s|*_]*(?:\d{1,2}-year\s+)?(?:projected\s+)?(?:growth|decline|change)\b/i,
    'outlook-percent',
  ],
  [
    /number\s+of\s+jobs|^[\s|*_]*(?:total\s+|number\s+)?(?:employment|jobs|employed|workers(?:\s+employed)?)(?:\s+(?:nationwide|nationally|in\s+the\s+U\.?S\.?))?[\s|*_]*(?:[(,]|$|in\s+(?:May\s+)?(?:19|20)\d\d[\s|*_]*$)|jobs\s+held|(?<![\p{L}-])(?:employment|jobs|employed)[\s|*_]*$/iu,
    'employment',
  ],
];
/**
 * A change label over a count, not a percent ("Projected change, 2025–35 | -13,200", "Change in
 * jobs, 2025–35: 500", "- Change 2025–35: +2,200"), states the change in jobs.
 */
const CHANGE_OF_COUNT = /(?:employment|projected|job)\s+change|change\s+in\s+(?:jobs|employment)|^[\s|*_]*change\b/i;
/** A cell counting jobs: "3,900 jobs", "+12,400 new jobs", "-2.1k jobs". */
const JOBS_COUNT = /^[\s|*_]{0,6}[-−+]?\d[\d,.]*\s?(?:[kK]|million|thousand)?\s{1,3}(?:new\s{1,3})?jobs(?![\p{L}])/u;
/** "Decline 2025–35: 6%": an outlook label saying its percent is a fall. */
const DOWN_LABEL = /^[\s|*_]*(?:projected\s+)?decline\b/i;
/** "Jobs lost": the change is a loss. */
const LOSS = /(?<![\p{L}])(?:lost|cut|loss)(?![\p{L}])/iu;
const PERCENT = /(?<sign>[-−+])?(?<n>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent(?![\p{L}])|per\s?cent(?![\p{L}]))/u;
/** A down word after a cell's percent: "2 percent decline", "5% drop" (the cell states a fall). */
const DOWN_AFTER = /^\s{1,3}(?:decline|decrease|drop|loss|fall)(?![\p{L}])/iu;
const COUNT =
  /(?<sign>[-−+])?(?<n>\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{1,2})?\s(?:million|thousand)|\d{1,3}(?:\.\d{1,2})?\s?[kKM](?![\p{L}])|\d{1,3}(?![\d,.%]))/iu;

/**
 * A cell that is one of BLS's wording bands ("Slower than average", "Decline"; O*NET's "Average"
 * for "As fast as average"), alone or before its percent ("Much faster than average (9%)").
 */
const BAND_CELL = new RegExp(
  String.raw`^[\s|*_]{0,6}(?<words>(?:much\s{1,3})?faster\s{1,3}than${AVERAGE}|(?:about\s{1,3})?as\s{1,3}fast\s{1,3}as${AVERAGE}|slower\s{1,3}than${AVERAGE}|average|little\s{1,3}(?:or|to)\s{1,3}no\s{1,3}change|decline)(?![\p{L}])`,
  'iu',
);

function bandFact(text: string, start: number, label: string): Omit<FactClaim, 'role'> | undefined {
  const found = BAND_CELL.exec(text);
  if (!found) return undefined;
  const words = found.groups!.words!;
  const at = start + found[0].length - words.length;
  return { kind: 'outlook-descriptor', start: at, end: at + words.length, raw: words, descriptor: bandName(words), ...periodOf(label) };
}

function cellFact(labelled: FactKind, text: string, start: number, label: string): Omit<FactClaim, 'role'> | undefined {
  // "Employment change | 8,400": a change label over a count is the change in jobs, over a percent the outlook.
  // So is an outlook's cell that counts jobs ("Outlook 2024–34 | 3,900 jobs | 4%").
  const kind =
    labelled === 'outlook-percent' && (CHANGE_OF_COUNT.test(label) || JOBS_COUNT.test(text)) && !PERCENT.test(text)
      ? 'employment-change'
      : labelled;
  const percent = kind === 'outlook-percent' || kind === 'self-employed';
  const found = (percent ? PERCENT : COUNT).exec(text);
  if (!found) return kind === 'outlook-percent' ? bandFact(text, start, label) : undefined;
  const at = start + found.index;
  // "Jobs (2025)": a count or share labelled with one year is stated for that year; a span is a projection's,
  // which dates no share ("Self-employed (2024–34 projections)": BLS states it for no year of its own).
  const period = kind === 'self-employed' ? {} : periodOf(label);
  const year =
    kind !== 'outlook-percent' && kind !== 'employment-change' && periodOf(label).to === undefined ? labelYear(label) : undefined;
  const base = { kind, start: at, end: at + found[0].length, raw: found[0], ...period, ...(year === undefined ? {} : { year }) };
  const negative =
    (found.groups!.sign !== undefined && found.groups!.sign !== '+') ||
    (kind === 'employment-change' && LOSS.test(label)) ||
    (kind === 'outlook-percent' &&
      (DOWN_AFTER.test(text.slice(found.index + found[0].length)) || (DOWN_LABEL.test(label) && found.groups!.sign === undefined)));
  if (!percent) {
    const counted = count(found.groups!.n!);
    return { ...base, ...counted, value: negative ? -counted.value : counted.value };
  }
  return { ...base, value: Number(found.groups!.n) * (negative ? -1 : 1) };
}

/** One body cell of a table, with the labels that say what it states and the role its column or row names. */
export interface LabelledCell {
  text: string;
  start: number;
  rowLabel: string;
  header: string;
  role: string | undefined;
}

/** The body cells of a table after its label column, each with its row's label, its column's header and its role. */
export function labelledCells(article: Article, table: Table, roles: ClaimRoles): LabelledCell[] {
  const text = (cell: Table['children'][number]['children'][number]) => {
    const range = offsets(cell);
    return range ? { text: article.text.slice(...range), start: range[0] } : { text: '', start: 0 };
  };
  const [header, ...rows] = table.children;
  const headers = header ? header.children.map((c) => text(c).text) : [];
  return rows.flatMap((row) => {
    const cells = row.children.map(text);
    return cells.flatMap((cell, column) => {
      if (column === 0) return [];
      const owner = attributeTableCell(
        headers,
        cells.map((c) => c.text),
        column,
        roles,
      );
      const role = owner === undefined ? undefined : roles[owner];
      return [{ ...cell, rowLabel: cells[0]?.text ?? '', header: headers[column] ?? '', role }];
    });
  });
}

function tableOf(article: Article, table: Table, roles: ClaimRoles): FactClaim[] {
  return labelledCells(article, table, roles).flatMap((cell) => {
    const kind = LABELS.find(([pattern]) => pattern.test(cell.rowLabel) || pattern.test(cell.header))?.[1];
    const fact = kind && cellFact(kind, cell.text, cell.start, `${cell.rowLabel} ${cell.header}`);
    return fact ? [{ ...fact, role: cell.role }] : [];
  });
}

/** "- Jobs: 140,300", "job_outlook: 3%": a labelled line read as a table row is, its role named in it or its block. */
function linesOf(article: Article, roles: ClaimRoles): FactClaim[] {
  return labelledLines(article).flatMap((line) => {
    const kind = LABELS.find(([pattern]) => pattern.test(line.label))?.[1];
    const fact = kind && cellFact(kind, line.value, line.start - line.block.start, line.label);
    return fact ? claimsInBlock({ ...line.block, table: false }, [fact], roles) : [];
  });
}

/** The facts of every table, and of every list of labelled figures, of the article. */
export function tableFacts(article: Article, roles: ClaimRoles): FactClaim[] {
  return [
    ...article.tree.children.flatMap((node) => (node.type === 'table' ? tableOf(article, node, roles) : [])),
    ...linesOf(article, roles),
  ];
}
