// One OEWS workbook as BLS publishes it (`national_M2025_dl.xlsx`, `state_M2025_dl.xlsx`...):
// the data sheet's detailed occupations and the release's metadata, read from the workbook
// itself. `*` is "not available", `**` "employment not available", `#` top-coded; the top-code
// cap and the hours per year come from the Field Descriptions sheet, and a release without any
// `#` cell (May 2025) has no cap at all.
import { basename } from 'node:path';
import { areaPlace, namesPlace } from '../../core/dataset/places.js';
import type { Release } from '../../core/dataset/types.js';
import { columnLetter, headerIndex, readWorkbook, WorkbookError, type Sheet } from './workbook.js';

export const OEWS_WAGE_COLUMNS = [
  ['mean', 'A_MEAN'],
  ['median', 'A_MEDIAN'],
  ['p10', 'A_PCT10'],
  ['p25', 'A_PCT25'],
  ['p75', 'A_PCT75'],
  ['p90', 'A_PCT90'],
  ['hourlyMean', 'H_MEAN'],
] as const;
export type OewsWageKey = (typeof OEWS_WAGE_COLUMNS)[number][0];

export interface OewsRow {
  soc: string;
  title: string;
  employment: number | null;
  /** In OEWS_WAGE_COLUMNS order; null = not available or top-coded. */
  wages: Array<number | null>;
  topCoded: OewsWageKey[];
}

export interface OewsWorkbook {
  release: Release;
  area: string;
  rows: OewsRow[];
  /** Number of `#` cells, for checks against the SOURCE notes. */
  topCodedCells: number;
}

const REQUIRED = ['OCC_CODE', 'OCC_TITLE', 'TOT_EMP', ...OEWS_WAGE_COLUMNS.map(([, column]) => column)];

/** "national_M2025_dl.xlsx" -> May 2025: OEWS estimates are for the May pay period of their year. */
function periodOf(file: string): { year: number; period: string } {
  const found = /_M(\d{4})_dl\.xlsx$/i.exec(basename(file));
  if (!found)
    throw new WorkbookError(
      file,
      undefined,
      undefined,
      undefined,
      'cannot tell the reference year: expected a BLS file name such as national_M2025_dl.xlsx',
    );
  return { year: Number(found[1]), period: `May ${found[1]}` };
}

function fieldNotes(sheets: Map<string, Sheet>): string {
  return [...(sheets.get('Field Descriptions')?.rows ?? [])].map((row) => row.filter((c) => c !== null).join(' ')).join('\n');
}

/**
 * Whether a row of area `title` is the area a user picked with `--area`: BLS's title itself, or
 * a name of its place ("TX" or "Texas" for Texas, "Austin" for "Austin-Round Rock-San Marcos, TX").
 */
export function isPickedArea(title: string, picked: string | undefined): boolean {
  if (picked === undefined) return true;
  if (title.toLowerCase() === picked.trim().toLowerCase()) return true;
  const place = areaPlace(title);
  return place !== undefined && place.kind !== 'nation' && namesPlace(picked, place);
}

/** One area per import: several without `--area` is an error that lists them. */
export function oneArea(file: string, sheet: string | undefined, areas: Set<string>, picked: string | undefined): void {
  const list = [...areas];
  const shown = `${list.slice(0, 4).join('; ')}${list.length > 4 ? '; …' : ''}`;
  if (list.length > 1)
    throw new WorkbookError(
      file,
      sheet,
      undefined,
      'column AREA_TITLE',
      `expected one area, found ${list.length} (${shown}): pick one with --area`,
    );
  if (list.length === 0 && picked !== undefined)
    throw new WorkbookError(file, sheet, undefined, 'column AREA_TITLE', `no rows for the area ${JSON.stringify(picked)}`);
}

function money(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** `area`: the one area to read from a workbook of several (BLS's state and metro files hold them all). */
export async function readOewsWorkbook(file: string, area?: string): Promise<OewsWorkbook> {
  const { year, period } = periodOf(file);
  const sheets = await readWorkbook(file);
  const sheet = [...sheets.values()][0];
  if (!sheet || sheet.name === 'Field Descriptions')
    throw new WorkbookError(file, undefined, undefined, undefined, 'missing the data sheet (expected it first)');
  const at = headerIndex(sheet, 1, REQUIRED);
  const text = (row: number, column: string) => {
    const cell = sheet.rows[row]?.[at.get(column)!];
    return cell === null || cell === undefined ? '' : String(cell).trim();
  };
  const fail = (row: number, column: string, reason: string): never => {
    throw new WorkbookError(file, sheet.name, row + 1, `column ${column} (${columnLetter(at.get(column)!)})`, reason);
  };
  const areas = new Set<string>();
  const seen = new Set<string>();
  const rows: OewsRow[] = [];
  let topCodedCells = 0;
  for (let r = 1; r < sheet.rows.length; r++) {
    if (sheet.rows[r]!.every((cell) => cell === null || cell === '')) continue;
    // Summary rows (major, minor, broad groups) are left out; a file without O_GROUP is all detailed.
    if (at.has('O_GROUP') && text(r, 'O_GROUP') !== 'detailed') continue;
    if (at.has('AREA_TITLE') && !isPickedArea(text(r, 'AREA_TITLE'), area)) continue;
    const soc = text(r, 'OCC_CODE');
    if (!/^\d\d-\d{4}$/.test(soc)) fail(r, 'OCC_CODE', `expected a SOC code such as 11-2022, got ${JSON.stringify(soc)}`);
    // Per area: a workbook of several areas (state, metro) lists each code once for each.
    const areaTitle = at.has('AREA_TITLE') ? text(r, 'AREA_TITLE') : '';
    if (seen.has(`${areaTitle}\t${soc}`)) fail(r, 'OCC_CODE', `repeated SOC code ${soc}`);
    seen.add(`${areaTitle}\t${soc}`);
    if (at.has('AREA_TITLE')) areas.add(areaTitle);
    const number = (column: string, blanks: readonly string[]): number | null | '#' => {
      const cell = sheet.rows[r]![at.get(column)!];
      if (typeof cell === 'number') return cell;
      const value = cell === null || cell === undefined ? '' : cell.trim();
      if (value === '#') return '#';
      if (blanks.includes(value)) return null;
      if (/^\d+(\.\d+)?$/.test(value.replace(/,/g, ''))) return Number(value.replace(/,/g, ''));
      return fail(r, column, `expected a number, \`*\` or \`#\`, got ${JSON.stringify(value)}`);
    };
    const employment = number('TOT_EMP', ['**', '*']);
    if (employment === '#') fail(r, 'TOT_EMP', 'expected a number or `**`, got `#`');
    const topCoded: OewsWageKey[] = [];
    const wages = OEWS_WAGE_COLUMNS.map(([key, column]) => {
      const value = number(column, ['*']);
      if (value !== '#') return value;
      topCodedCells++;
      if (key !== 'hourlyMean') topCoded.push(key);
      return null;
    });
    rows.push({ soc, title: text(r, 'OCC_TITLE'), employment: employment as number | null, wages, topCoded });
  }
  oneArea(file, sheet.name, areas, area);
  if (rows.length === 0)
    throw new WorkbookError(file, sheet.name, undefined, undefined, 'no detailed occupations (O_GROUP "detailed") found');

  const notes = fieldNotes(sheets);
  let topCode: Release['topCode'] = null;
  if (topCodedCells > 0) {
    const cap = /\$([\d.,]+) per hour or \$([\d,]+) per year/.exec(notes);
    if (!cap)
      throw new WorkbookError(
        file,
        'Field Descriptions',
        undefined,
        undefined,
        'has `#` cells but no "$… per hour or $… per year" top-code note',
      );
    topCode = { annual: money(cap[2]!), hourly: money(cap[1]!) };
  }
  const hours = /([\d,]+) hours per year/.exec(notes);
  const title = [...areas][0] ?? 'U.S.';
  const national = title === 'U.S.';
  const release: Release = {
    id: `oews-${year}${national ? '' : `-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}`,
    program: 'OEWS',
    period,
    year,
    source: 'BLS OEWS',
    publisher: 'U.S. Bureau of Labor Statistics',
    citation: `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${period} (${national ? 'national estimates' : title})`,
    url: `https://www.bls.gov/oes/${year}/may/oes{code}.htm`,
    currency: 'USD',
    area: title,
    topCode,
  };
  if (hours) release.hoursPerYear = money(hours[1]!);
  return { release, area: title, rows: rows.sort((a, b) => (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0)), topCodedCells };
}
