// A BLS Employment Projections table 1.2 kept as CSV (`bls-projections-2025-35.csv`, see its
// SOURCE note: no copy of BLS's 2025–35 workbook could be obtained, so the CSV is the source).
// Its period comes from its name and its columns must carry the same years. Read with the
// checks a workbook gets from its own structure: every column there, numbers where numbers
// belong, one row per SOC, and the change consistent with the employment figures. A problem is
// one WorkbookError naming file, line and column.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { percentAgrees } from '../../core/dataset/facts.js';
import { EDUCATION_LEVELS, type EducationLevel } from '../../core/dataset/types.js';
import { epRelease, type EpRow } from './ep-workbook.js';
import { WorkbookError } from './workbook.js';

export const EP_CSV_NAME = /^bls-projections-(\d{4})-(\d{2})\.csv$/;

export function readEpCsv(file: string): { release: ReturnType<typeof epRelease>; rows: EpRow[] } {
  const name = basename(file);
  const years = EP_CSV_NAME.exec(name);
  if (!years) throw new WorkbookError(file, undefined, undefined, undefined, 'expected a name like bls-projections-2025-35.csv');
  const base = Number(years[1]);
  const target = Number(`${years[1]!.slice(0, 2)}${years[2]}`);
  const columns = [
    'soc_code',
    'title',
    `employment_${base}_thousands`,
    `employment_${target}_thousands`,
    'change_thousands',
    'change_percent',
    'percent_self_employed',
    'openings_per_year_thousands',
    'typical_education',
    'work_experience',
    'on_the_job_training',
  ];
  const records: string[][] = parse(readFileSync(file), { bom: true, relax_column_count: true });
  const header = (records[0] ?? []).map((cell) => cell.trim());
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length) throw new WorkbookError(file, undefined, 1, undefined, `missing column ${missing.map((m) => `\`${m}\``).join(', ')}`);
  const at = new Map(header.map((column, i) => [column, i]));
  const seen = new Map<string, number>();
  const rows = records.slice(1).map((cells, i): EpRow => {
    const line = i + 2;
    const fail = (column: string, reason: string): never => {
      throw new WorkbookError(file, undefined, line, `column ${column}`, reason);
    };
    const text = (column: string) => (cells[at.get(column)!] ?? '').trim();
    // "—" is BLS's "no figure": blank, never zero.
    const optional = (column: string) => {
      const cell = text(column);
      if (cell === '' || cell === '—') return undefined;
      if (!/^-?\d+(\.\d+)?$/.test(cell)) fail(column, `expected a number, got ${JSON.stringify(cell)}`);
      return Number(cell);
    };
    const number = (column: string) => optional(column) ?? fail(column, 'expected a number, got a blank cell');
    const soc = text('soc_code');
    if (!/^\d\d-\d{4}$/.test(soc)) fail('soc_code', `expected a SOC code such as 29-1171, got ${JSON.stringify(soc)}`);
    if (seen.has(soc)) fail('soc_code', `${soc} again (first on row ${seen.get(soc)})`);
    seen.set(soc, line);
    const employmentBase = number(columns[2]!);
    const employmentTarget = number(columns[3]!);
    const changeNumeric = optional('change_thousands');
    const changePercent = number('change_percent');
    const difference = employmentTarget - employmentBase;
    if (changeNumeric !== undefined && Math.abs(changeNumeric - difference) > 0.1 + 1e-9)
      fail('change_thousands', `${changeNumeric} disagrees with the employment figures (${difference.toFixed(1)})`);
    if (!percentAgrees(employmentBase, employmentTarget, changePercent))
      fail(
        'change_percent',
        `${changePercent} disagrees with the employment figures (${((difference / employmentBase) * 100).toFixed(1)})`,
      );
    const education = text('typical_education');
    if (!(EDUCATION_LEVELS as readonly string[]).includes(education))
      fail('typical_education', `expected one of ${EDUCATION_LEVELS.join('; ')}, got ${JSON.stringify(education)}`);
    const selfEmployedPercent = optional('percent_self_employed');
    return {
      soc,
      title: text('title'),
      employmentBase,
      employmentTarget,
      ...(changeNumeric === undefined ? {} : { changeNumeric }),
      changePercent,
      ...(selfEmployedPercent === undefined ? {} : { selfEmployedPercent }),
      openingsPerYear: number('openings_per_year_thousands'),
      education: education as EducationLevel,
      experience: text('work_experience'),
      training: text('on_the_job_training'),
    };
  });
  if (rows.length === 0) throw new WorkbookError(file, undefined, undefined, undefined, 'no rows');
  return { release: epRelease(base, target), rows: rows.sort((a, b) => (a.soc < b.soc ? -1 : 1)) };
}
