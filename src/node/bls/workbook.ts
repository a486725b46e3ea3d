// Reading BLS's published Excel workbooks (OEWS `national_M2025_dl.xlsx`, EP `occupation.xlsx`)
// with exceljs. Node-only: used by `npm run build:data` and `career-articles dataset import`,
// never by the extension. Every problem is one WorkbookError naming file, sheet, row and column,
// so a maintainer can open the workbook at the cell.
import { basename } from 'node:path';
import ExcelJS from 'exceljs';

export class WorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly sheet: string | undefined,
    readonly row: number | undefined,
    readonly column: string | undefined,
    readonly reason: string,
  ) {
    const where = [sheet === undefined ? '' : `sheet "${sheet}"`, row === undefined ? '' : `row ${row}`, column ?? ''].filter(Boolean);
    super(`${basename(file)}${where.length ? `: ${where.join(', ')}` : ''}: ${reason}`);
    this.name = 'WorkbookError';
  }
}

export type Cell = string | number | null;

export interface Sheet {
  file: string;
  name: string;
  /** Row 1 first; each row's cells from column A, as plain values (rich text joined, formulas' results). */
  rows: Cell[][];
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value).toUpperCase();
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plain(value.result);
  if ('text' in value) return value.text;
  return null;
}

export async function readWorkbook(file: string): Promise<Map<string, Sheet>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new WorkbookError(file, undefined, undefined, undefined, `not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const sheets = new Map<string, Sheet>();
  workbook.eachSheet((worksheet) => {
    const rows: Cell[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      rows[number - 1] = values.slice(1).map(plain);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.set(worksheet.name, { file, name: worksheet.name, rows });
  });
  return sheets;
}

/** Spreadsheet column letters of a 0-based index: 0 -> A, 27 -> AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column positions by header name; every `required` one must be there. */
export function headerIndex(sheet: Sheet, headerRow: number, required: readonly string[]): Map<string, number> {
  const header = (sheet.rows[headerRow - 1] ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (name && !index.has(name)) index.set(name, i);
  });
  const missing = required.filter((name) => !index.has(name));
  if (missing.length) {
    throw new WorkbookError(
      sheet.file,
      sheet.name,
      headerRow,
      undefined,
      `unexpected columns: missing ${missing.map((m) => `\`${m}\``).join(', ')} (found ${header.filter(Boolean).slice(0, 12).join(', ')})`,
    );
  }
  return index;
}
