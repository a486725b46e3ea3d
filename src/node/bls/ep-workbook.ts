// BLS Employment Projections `occupation.xlsx`, sheet "Table 1.2" (occupational projections and
// worker characteristics): line items only, the release's period read from the table's title
// ("Occupational projections, 2024–2034, ..." -> 2024–34).
import { EDUCATION_LEVELS, type EducationLevel, type Outlook, type Release } from '../../core/dataset/types.js';
import { columnLetter, headerIndex, readWorkbook, WorkbookError } from './workbook.js';

/** One row of EP Table 1.2: an occupation's outlook before it is joined to its release. */
export type EpRow = Omit<Outlook, 'release' | 'url'> & { soc: string; title: string };

const SHEET = 'Table 1.2';
const FIXED_COLUMNS = {
  type: 'Occupation type',
  education: 'Typical education needed for entry',
  experience: 'Work experience in a related occupation',
  training: 'Typical on-the-job training needed to attain competency in the occupation',
} as const;

export async function readEpWorkbook(file: string): Promise<{ release: Release; rows: EpRow[] }> {
  const sheets = await readWorkbook(file);
  const sheet = sheets.get(SHEET);
  if (!sheet) throw new WorkbookError(file, SHEET, undefined, undefined, `missing sheet (found ${[...sheets.keys()].join(', ')})`);
  const title = String(sheet.rows[0]?.[0] ?? '');
  const years = /projections, (\d{4})[–-](\d{2,4})/.exec(title);
  if (!years)
    throw new WorkbookError(
      file,
      SHEET,
      1,
      'column A',
      `expected a title "Occupational projections, YYYY–YYYY, …", got ${JSON.stringify(title.slice(0, 80))}`,
    );
  const base = Number(years[1]);
  const target = Number(years[2]!.length === 2 ? `${years[1]!.slice(0, 2)}${years[2]}` : years[2]);
  const span = `${base}–${String(target).slice(2)}`;
  // The matrix is named after its base year ("2025 National Employment Matrix code").
  const COLUMNS = { ...FIXED_COLUMNS, title: `${base} National Employment Matrix title`, code: `${base} National Employment Matrix code` };
  // Headers carry the period ("Employment, 2024"), so they are built from it.
  const numeric = {
    employmentBase: `Employment, ${base}`,
    employmentTarget: `Employment, ${target}`,
    changePercent: `Employment change, percent, ${span}`,
    openingsPerYear: `Occupational openings, ${span} annual average`,
  } as const;
  // BLS prints "—" where it has no figure: these two stay blank then, never zero.
  const optional = {
    changeNumeric: `Employment change, numeric, ${span}`,
    selfEmployedPercent: `Percent self employed, ${base}`,
  } as const;
  const at = headerIndex(sheet, 2, [...Object.values(COLUMNS), ...Object.values(numeric), ...Object.values(optional)]);
  const rows: EpRow[] = [];
  for (let r = 2; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    const text = (name: string) => String(cells[at.get(name)!] ?? '').trim();
    if (text(COLUMNS.type) !== 'Line item') continue;
    const fail = (name: string, reason: string): never => {
      throw new WorkbookError(file, SHEET, r + 1, `column "${name}" (${columnLetter(at.get(name)!)})`, reason);
    };
    const soc = text(COLUMNS.code);
    if (!/^\d\d-\d{4}$/.test(soc)) fail(COLUMNS.code, `expected a SOC code such as 29-1171, got ${JSON.stringify(soc)}`);
    const value = (name: string) => {
      const cell = cells[at.get(name)!];
      return typeof cell === 'number' ? cell : fail(name, `expected a number, got ${JSON.stringify(cell ?? '')}`);
    };
    const blankOr = (name: string) => {
      const cell = cells[at.get(name)!];
      return cell === null || cell === undefined || (typeof cell === 'string' && /^\s*[—–-]?\s*$/.test(cell)) ? undefined : value(name);
    };
    const education = text(COLUMNS.education);
    if (!(EDUCATION_LEVELS as readonly string[]).includes(education)) {
      fail(COLUMNS.education, `expected one of ${EDUCATION_LEVELS.join('; ')}, got ${JSON.stringify(education)}`);
    }
    const changeNumeric = blankOr(optional.changeNumeric);
    const selfEmployedPercent = blankOr(optional.selfEmployedPercent);
    rows.push({
      soc,
      title: text(COLUMNS.title),
      employmentBase: value(numeric.employmentBase),
      employmentTarget: value(numeric.employmentTarget),
      ...(changeNumeric === undefined ? {} : { changeNumeric }),
      changePercent: value(numeric.changePercent),
      ...(selfEmployedPercent === undefined ? {} : { selfEmployedPercent }),
      openingsPerYear: value(numeric.openingsPerYear),
      education: education as EducationLevel,
      experience: text(COLUMNS.experience),
      training: text(COLUMNS.training),
    });
  }
  if (rows.length === 0) throw new WorkbookError(file, SHEET, undefined, undefined, 'no "Line item" rows');
  return { release: epRelease(base, target), rows: rows.sort((a, b) => (a.soc < b.soc ? -1 : 1)) };
}

/** The release of BLS's projections from `base` to `target` (2024, 2034 -> "2024–34"). */
export function epRelease(base: number, target: number): Release {
  const span = `${base}–${String(target).slice(2)}`;
  return {
    id: `ep-${span.replace('–', '-')}`,
    program: 'EP',
    period: span,
    year: base,
    targetYear: target,
    source: 'BLS EP',
    publisher: 'U.S. Bureau of Labor Statistics',
    citation: `U.S. Bureau of Labor Statistics, Employment Projections, ${span}`,
    url: 'https://www.bls.gov/ooh/',
  };
}
