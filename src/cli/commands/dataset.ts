// `career-articles dataset import <BLS workbook or CSV> -o roles.json`: turns an OEWS file as
// BLS publishes it (national, state or metro `*_M2025_dl.xlsx`, or a CSV export with BLS's
// column names) into a workspace dataset, with the release's metadata at the top: period,
// area (AREA_TITLE), citation, currency, hours per year and the top-code rule the file uses.
// The result is checked by the same reader the linter uses before it is written.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDatasetJson } from '../../core/dataset/formats/parse-json.js';
import type { Release } from '../../core/dataset/types.js';
import {
  isPickedArea,
  OEWS_WAGE_COLUMNS,
  oneArea,
  readOewsWorkbook,
  type OewsRow,
  type OewsWorkbook,
} from '../../node/bls/oews-workbook.js';
import { WorkbookError } from '../../node/bls/workbook.js';
import { safeWrite } from '../../node/safe-write.js';
import { hintFor, parseCommandArgs } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { DATASET_HELP } from '../help.js';
import { displayPath, type Io } from '../io.js';
import { assertExists, writeFailure } from './shared.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  period: { type: 'string' },
  area: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A CSV with BLS's column names (OCC_CODE, A_MEAN...) or the staged ones (soc_code, annual_mean...). */
async function readOewsCsv(file: string, period: string | undefined, area: string | undefined): Promise<OewsWorkbook> {
  const rows = parse<Record<string, string>>(await readFile(file), { columns: true, bom: true, skip_empty_lines: true });
  const staged: Record<string, string> = {
    A_MEAN: 'annual_mean',
    A_MEDIAN: 'annual_median',
    A_PCT10: 'annual_p10',
    A_PCT25: 'annual_p25',
    A_PCT75: 'annual_p75',
    A_PCT90: 'annual_p90',
    H_MEAN: 'hourly_mean',
    OCC_CODE: 'soc_code',
    OCC_TITLE: 'title',
    TOT_EMP: 'employment',
  };
  const header = Object.keys(rows[0] ?? {});
  const bls = header.includes('OCC_CODE');
  const column = (name: string) => (bls ? name : staged[name]!);
  const missing = Object.keys(staged).filter((name) => !header.includes(column(name)));
  if (missing.length)
    throw new WorkbookError(
      file,
      undefined,
      1,
      undefined,
      `unexpected columns: missing ${missing.map((m) => `\`${column(m)}\``).join(', ')}`,
    );
  const year = Number(/(?:19|20)\d\d/.exec(period ?? basename(file))?.[0]);
  if (!year) throw new UsageError(`cannot tell the reference period of ${basename(file)}: pass --period "May 2025"`, hintFor('dataset'));
  let topCodedCells = 0;
  const out: OewsRow[] = [];
  const areas = new Set<string>();
  rows.forEach((row, i) => {
    if (bls && row.O_GROUP !== undefined && row.O_GROUP !== 'detailed') return;
    if (row.AREA_TITLE !== undefined && !isPickedArea(row.AREA_TITLE.trim(), area)) return;
    if (row.AREA_TITLE) areas.add(row.AREA_TITLE.trim());
    const number = (name: string, blanks: string[]) => {
      const cell = (row[column(name)] ?? '').trim();
      if (cell === '#') return '#' as const;
      if (cell === '' || blanks.includes(cell)) return null;
      const plain = cell.replace(/[$,]/g, '');
      if (!/^\d+(\.\d+)?$/.test(plain))
        throw new WorkbookError(
          file,
          undefined,
          i + 2,
          `column ${column(name)}`,
          `expected a number, \`*\` or \`#\`, got ${JSON.stringify(cell)}`,
        );
      return Number(plain);
    };
    const topCoded: OewsRow['topCoded'] = [];
    const wages = OEWS_WAGE_COLUMNS.map(([key, name]) => {
      const value = number(name, ['*']);
      if (value !== '#') return value;
      topCodedCells++;
      if (key !== 'hourlyMean') topCoded.push(key);
      return null;
    });
    const employment = number('TOT_EMP', ['*', '**']);
    out.push({
      soc: row[column('OCC_CODE')]!.trim(),
      title: row[column('OCC_TITLE')]!.trim(),
      employment: employment === '#' ? null : employment,
      wages,
      topCoded,
    });
  });
  oneArea(file, undefined, areas, area);
  const title = [...areas][0] ?? 'U.S.';
  const release: Release = {
    id: `oews-${year}`,
    program: 'OEWS',
    period: period ?? `May ${year}`,
    year,
    source: 'BLS OEWS',
    publisher: 'U.S. Bureau of Labor Statistics',
    citation: `U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${period ?? `May ${year}`} (${title === 'U.S.' ? 'national estimates' : title})`,
    url: `https://www.bls.gov/oes/${year}/may/oes{code}.htm`,
    currency: 'USD',
    hoursPerYear: 2080,
    area: title,
    // A CSV export carries no field notes: BLS's stated cap for releases that top-code.
    topCode: topCodedCells > 0 ? { annual: 239_200, hourly: 115 } : null,
  };
  return { release, area: title, rows: out, topCodedCells };
}

function toDataset({ release, rows }: OewsWorkbook) {
  return {
    $schema: 'https://career-articles.dev/schemas/roles.schema.json',
    source: release.source,
    period: release.period,
    year: release.year,
    area: release.area,
    citation: release.citation,
    ...(release.currency && { currency: release.currency }),
    ...(release.hoursPerYear && { hoursPerYear: release.hoursPerYear }),
    ...(release.topCode && { topCode: release.topCode }),
    occupations: rows.map((row) => {
      const wages = Object.fromEntries(OEWS_WAGE_COLUMNS.flatMap(([key], i) => (row.wages[i] === null ? [] : [[key, row.wages[i]]])));
      const url = release.area === 'U.S.' ? release.url?.replace('{code}', row.soc.replace('-', '')) : undefined;
      return {
        soc: row.soc,
        title: row.title,
        ...(row.employment !== null && { employment: row.employment }),
        wages,
        ...(row.topCoded.length && { topCoded: row.topCoded }),
        ...(url && { url }),
      };
    }),
  };
}

export async function datasetCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('dataset', args, OPTIONS);
  if (values.help) {
    io.out(DATASET_HELP);
    return EXIT.ok;
  }
  const [verb, input, ...extra] = positionals;
  if (verb !== 'import')
    throw new UsageError(`expected \`dataset import <file>\`, got ${verb === undefined ? 'nothing' : `\`${verb}\``}`, hintFor('dataset'));
  if (!input || extra.length) throw new UsageError('expected one BLS workbook (.xlsx) or CSV file to import', hintFor('dataset'));
  if (!values.output) throw new UsageError('missing --output (-o): where to write the dataset, e.g. roles.json', hintFor('dataset'));
  const file = await assertExists(io.cwd, input);
  let workbook: OewsWorkbook;
  try {
    workbook = /\.xlsx$/i.test(file) ? await readOewsWorkbook(file, values.area) : await readOewsCsv(file, values.period, values.area);
  } catch (error) {
    if (error instanceof WorkbookError)
      throw new CliError(`${displayPath(io.cwd, file)}: ${error.message.slice(error.message.indexOf(': ') + 2)}`);
    throw error;
  }
  if (values.period && /\.xlsx$/i.test(file)) workbook.release.period = values.period;
  const text = `${JSON.stringify(toDataset(workbook), null, 2)}\n`;
  const output = resolve(io.cwd, values.output);
  const checked = parseDatasetJson(text, output);
  if (!checked.ok) throw new CliError(`the imported dataset does not validate: ${checked.errors[0]?.message ?? ''}`);
  // A previous dataset is replaced (keeping its mode and owner); the workbook, or any file that
  // is not a dataset, is not (node/safe-write.ts).
  await safeWrite(output, text, {
    what: 'dataset',
    inputs: [file],
    // The bundled format, or what this command writes (a workspace dataset with our $schema first).
    isOurs: (head) =>
      /^\s*\{\s*(?:"format"\s*:\s*"career-articles\/roles@|"\$schema"\s*:\s*"https:\/\/career-articles\.dev\/schemas\/roles\.schema\.json")/.test(
        head,
      ),
    force: values.force === true,
  }).catch((error: unknown) => {
    throw writeFailure(displayPath(io.cwd, output), error);
  });
  io.out(`wrote ${displayPath(io.cwd, output)}: ${workbook.rows.length} occupations, ${workbook.release.period}, ${workbook.area}\n`);
  return EXIT.ok;
}
