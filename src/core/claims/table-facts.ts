// Employment Projections facts in a table, where the row's label (or the column's header) says
// what its cells state: "Job growth (2023-33) | 9% | 5%", "Job openings per year | 115,200 | …",
// "Self-employed | 26% | …". Each cell belongs to the role of its column, else of its row. A list
// of labelled figures ("- Jobs: 140,300") is read the same way, its role from its heading or lead line.
import type { List, Table } from 'mdast';
import type { Article } from '../model/article.js';
import { attributeTableCell } from './table.js';
import { count, periodOf, type FactClaim, type FactKind } from './fact-values.js';
import type { ClaimRoles } from './claim-roles.js';
import { labelYear } from './table-labels.js';

const LABELS: Array<[RegExp, FactKind]> = [
  [/self[-\s]employed/i, 'self-employed'],
  [/openings/i, 'openings'],
  [
    /(?:job|employment)\s+(?:growth|outlook|change)|projected\s+(?:growth|change)|growth\s+rate|\boutlook\b|^[\s|*_]*growth\b/i,
    'outlook-percent',
  ],
  [/number\s+of\s+jobs|^[\s|]*(?:total\s+)?(?:employment|jobs|workers\s+employed)[\s|]*(?:\(|$)|jobs\s+held/i, 'employment'],
];
const PERCENT = /(?<sign>[-−+])?(?<n>\d{1,3}(?:\.\d{1,2})?)\s?%/u;
const COUNT = /\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{1,2})?\s(?:million|thousand)/iu;

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/**
 * A cell that is one of BLS's wording bands ("Slower than average", "Decline"; O*NET's "Average"
 * for "As fast as average"), alone or before its percent ("Much faster than average (9%)").
 */
const BAND_CELL =
  /^[\s|*_]{0,6}(?<words>(?:much\s{1,3})?faster\s{1,3}than(?:\s{1,3}the)?\s{1,3}average|(?:about\s{1,3})?as\s{1,3}fast\s{1,3}as(?:\s{1,3}the)?\s{1,3}average|slower\s{1,3}than(?:\s{1,3}the)?\s{1,3}average|average|little\s{1,3}or\s{1,3}no\s{1,3}change|decline)(?![\p{L}])/iu;

/** O*NET's short name for BLS's middle band. */
const bandName = (words: string) => {
  const name = words.replace(/\s+/g, ' ').toLowerCase();
  return name === 'average' ? 'as fast as average' : name;
};

function bandFact(text: string, start: number, label: string): Omit<FactClaim, 'role'> | undefined {
  const found = BAND_CELL.exec(text);
  if (!found) return undefined;
  const words = found.groups!.words!;
  const at = start + found[0].length - words.length;
  return { kind: 'outlook-descriptor', start: at, end: at + words.length, raw: words, descriptor: bandName(words), ...periodOf(label) };
}

function cellFact(kind: FactKind, text: string, start: number, label: string): Omit<FactClaim, 'role'> | undefined {
  const percent = kind === 'outlook-percent' || kind === 'self-employed';
  const found = (percent ? PERCENT : COUNT).exec(text);
  if (!found) return kind === 'outlook-percent' ? bandFact(text, start, label) : undefined;
  const at = start + found.index;
  // "Jobs (2025)": a count or share labelled with one year is stated for that year; a span is a projection's.
  const period = periodOf(label);
  const year = kind !== 'outlook-percent' && period.to === undefined ? labelYear(label) : undefined;
  const base = { kind, start: at, end: at + found[0].length, raw: found[0], ...period, ...(year === undefined ? {} : { year }) };
  if (!percent) return { ...base, ...count(found[0]) };
  const value = Number(found.groups!.n) * (found.groups!.sign && found.groups!.sign !== '+' ? -1 : 1);
  return { ...base, value };
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

/** "- Jobs: 140,300": a list item that is a label and its figure, read as a table row is. */
const LABELLED_ITEM = /^[\s*+-]{0,6}(?<label>[^:\n]{1,40}):[ \t]{0,6}(?<value>[^\n]{1,80})$/u;

function listOf(article: Article, list: List): FactClaim[] {
  return list.children.flatMap((item) => {
    const range = offsets(item);
    const found = range && LABELLED_ITEM.exec(article.text.slice(...range));
    if (!range || !found) return [];
    const { label, value } = found.groups!;
    const kind = LABELS.find(([pattern]) => pattern.test(label!))?.[1];
    const at = range[0] + found[0].length - value!.length;
    const fact = kind && cellFact(kind, value!, at, label!);
    return fact ? [{ ...fact, role: undefined }] : [];
  });
}

/** The facts of every table, and of every list of labelled figures, of the article. */
export function tableFacts(article: Article, roles: ClaimRoles): FactClaim[] {
  return article.tree.children.flatMap((node) =>
    node.type === 'table' ? tableOf(article, node, roles) : node.type === 'list' ? listOf(article, node) : [],
  );
}
