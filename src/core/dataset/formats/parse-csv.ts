// Reads a workspace dataset written as CSV with BLS's column names (as in
// data/source/oews-national.csv), so a row pasted from a BLS export works as is: `#` marks a
// top-coded figure and `*` a missing one, as in BLS's own files. Errors carry the 1-based
// file line of the row and the column name.
// The browser build of csv-parse: its default build calls Node's global Buffer, which a web
// worker does not have (this one bundles a small Buffer shim instead).
import { parse } from 'csv-parse/browser/esm/sync';
import { checkDataset, toOccupations } from './checks.js';
import { describeIssues, type PathIssue } from '../../author-files/issues.js';
import { datasetFileSchema } from './schema.js';
import type { DatasetError, DatasetParseResult } from '../types.js';

/** CSV column -> field of a dataset entry (wage columns go inside `wages`). */
const COLUMNS: Record<string, string> = {
  soc_code: 'soc',
  title: 'title',
  employment: 'employment',
  hourly_mean: 'wages.hourlyMean',
  annual_mean: 'wages.mean',
  annual_p10: 'wages.p10',
  annual_p25: 'wages.p25',
  annual_median: 'wages.median',
  annual_p75: 'wages.p75',
  annual_p90: 'wages.p90',
  aliases: 'aliases',
  source: 'source',
  year: 'year',
  period: 'period',
  url: 'url',
  // A projection, in the staged BLS EP columns (data/source/bls-projections-*.csv); counts in thousands.
  projection_period: 'outlook.period',
  employment_base_thousands: 'outlook.employmentBase',
  employment_target_thousands: 'outlook.employmentTarget',
  change_thousands: 'outlook.changeNumeric',
  change_percent: 'outlook.changePercent',
  percent_self_employed: 'outlook.selfEmployedPercent',
  openings_per_year_thousands: 'outlook.openingsPerYear',
  typical_education: 'outlook.education',
  work_experience: 'outlook.experience',
  on_the_job_training: 'outlook.training',
};
const NUMERIC = new Set([
  'employment',
  'year',
  'wages.hourlyMean',
  'wages.mean',
  'wages.p10',
  'wages.p25',
  'wages.median',
  'wages.p75',
  'wages.p90',
  'outlook.employmentBase',
  'outlook.employmentTarget',
  'outlook.changeNumeric',
  'outlook.changePercent',
  'outlook.selfEmployedPercent',
  'outlook.openingsPerYear',
]);
const columnOf = new Map(Object.entries(COLUMNS).map(([column, field]) => [field, column]));

interface Row {
  line: number;
  cells: string[];
}

function readRows(text: string): Row[] {
  const options = { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true } as const;
  const records = parse(text, options) as unknown as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  // info.lines is where a record ends; count back over a quoted multi-line field.
  return records.map(({ record, info, raw }) => {
    const body = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
    return { line: info.lines - (body.match(/\n/g)?.length ?? 0), cells: record.map((cell) => cell.trim()) };
  });
}

/** One row -> a raw dataset entry, or the errors in its numeric cells. */
function toEntry(header: string[], row: Row, file: string, errors: DatasetError[]) {
  const entry: Record<string, unknown> = {};
  const wages: Record<string, unknown> = {};
  const outlook: Record<string, unknown> = {};
  const topCoded: string[] = [];
  header.forEach((column, i) => {
    const field = COLUMNS[column]!;
    const cell = row.cells[i] ?? '';
    // "—" is BLS's "no figure" in its projections: blank, never zero.
    if (cell === '' || cell === '*' || cell === '**' || cell === '—') return;
    let value: unknown = cell;
    if (cell === '#') {
      if (field.startsWith('wages.') && field !== 'wages.hourlyMean') topCoded.push(field.slice(6));
      return;
    }
    if (NUMERIC.has(field)) {
      const plain = cell.replace(/[$,\s]/g, '');
      // Only a projection's changes may fall.
      if (!(field.startsWith('outlook.change') ? /^-?\d+(\.\d+)?$/ : /^\d+(\.\d+)?$/).test(plain)) {
        errors.push({ file, line: row.line, path: column, message: `${column}: expected a number, got ${JSON.stringify(cell)}` });
        return;
      }
      value = Number(plain);
    }
    if (field === 'aliases')
      value = cell
        .split(';')
        .map((alias) => alias.trim())
        .filter(Boolean);
    if (field.startsWith('wages.')) wages[field.slice(6)] = value;
    else if (field.startsWith('outlook.')) outlook[field.slice(8)] = value;
    else entry[field] = value;
  });
  // A row with no projection cell keeps the bundled projections for its SOC code.
  return { ...entry, wages, ...(topCoded.length ? { topCoded } : {}), ...(Object.keys(outlook).length ? { outlook } : {}) };
}

function located(rows: Row[], file: string, issues: PathIssue[]): DatasetError[] {
  return issues.map(({ path, message }) => {
    const [, index, ...rest] = path;
    const line = rows[Number(index) + 1]?.line;
    const column = columnOf.get(rest.filter((step) => typeof step === 'string').join('.'));
    return { file, line, ...(column ? { path: column, message: `${column}: ${message}` } : { message }) };
  });
}

export function parseDatasetCsv(text: string, file: string): DatasetParseResult {
  let rows: Row[];
  try {
    rows = readRows(text);
  } catch (error) {
    const { message, lines } = error as { message: string; lines?: number };
    return { ok: false, errors: [{ file, message: `Invalid CSV: ${message}`, ...(lines ? { line: lines } : {}) }] };
  }
  const header = rows[0]?.cells.map((name) => name.toLowerCase());
  if (!header) return { ok: false, errors: [{ file, message: 'Empty file: expected a header row starting `soc_code,title`' }] };
  const errors: DatasetError[] = [];
  const headerError = (message: string) => errors.push({ file, line: rows[0]!.line, message });
  header.forEach((column, i) => {
    if (!(column in COLUMNS)) headerError(`unknown column \`${column}\`, expected one of ${Object.keys(COLUMNS).join(', ')}`);
    else if (header.indexOf(column) !== i) headerError(`duplicate column \`${column}\``);
  });
  for (const required of ['soc_code', 'title']) if (!header.includes(required)) headerError(`missing required column \`${required}\``);
  if (errors.length) return { ok: false, errors };

  const entries = rows.slice(1).map((row) => {
    if (row.cells.length !== header.length) {
      errors.push({ file, line: row.line, message: `expected ${header.length} cells as in the header, got ${row.cells.length}` });
    }
    return toEntry(header, row, file, errors);
  });
  if (errors.length) return { ok: false, errors };
  const data = { occupations: entries };
  const parsed = datasetFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: located(rows, file, describeIssues(parsed.error.issues, data)) };
  const issues = checkDataset(parsed.data);
  if (issues.length) return { ok: false, errors: located(rows, file, issues) };
  return { ok: true, occupations: toOccupations(parsed.data, file) };
}
