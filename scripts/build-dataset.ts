// Builds data/roles.json, the compact role dataset the CLI and the extension load, from the
// official BLS workbooks and the O*NET copy in data/source/ (see the SOURCE.md files there):
// every `national_M<year>_dl.xlsx` is an OEWS release (the newest is current, the others are
// kept as previous releases), `occupation.xlsx` and every `bls-projections-YYYY-YY.csv` without
// a workbook of its period are Employment Projections releases (the newest is current), joined
// by SOC code, and `ooh-outlook-descriptors.csv` gives BLS's outlook wording bands per period. Dropping next year's workbook into data/source/ and running this is the update.
// Run: `npm run build:data` (writes) or `npm run build:data -- --check` (exits 1 when the
// committed file is stale). The output depends only on the inputs: no timestamps, sorted keys,
// one entry per line so a data refresh diffs readably. On any error nothing is written.
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii.mjs';
import { decodeAlternateTitles, encodeAlternateTitles } from '../src/core/dataset/names/alternate-titles.js';
import { BUNDLED_FORMAT, decodeBundledDataset } from '../src/core/dataset/bundled.js';
import { buildNameIndex } from '../src/core/dataset/names/name-index.js';
import type { AlternatePair } from '../src/core/dataset/names/prebuilt-names.js';
import type { BundledDataset } from '../src/core/dataset/formats/schema.js';
import type { Release } from '../src/core/dataset/types.js';
import type { OutlookBands } from '../src/core/dataset/types.js';
import { EP_CSV_NAME, readEpCsv } from '../src/node/bls/ep-csv.js';
import { readEpWorkbook, type EpRow } from '../src/node/bls/ep-workbook.js';
import { OEWS_WAGE_COLUMNS, readOewsWorkbook, type OewsRow } from '../src/node/bls/oews-workbook.js';
import { WorkbookError } from '../src/node/bls/workbook.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--source DIR` and `--out FILE` point the build elsewhere (the tests build from a broken copy).
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sourceDir = resolve(argument('--source') ?? join(root, 'data/source'));
const outFile = resolve(argument('--out') ?? join(root, 'data/roles.json'));

// The staged CSVs are conversions of the workbooks; each must agree with its workbook value for
// value, so a slip in either shows.
const OEWS_CSV: Record<number, string> = { 2025: 'oews-national-2025.csv', 2024: 'oews-national.csv', 2023: 'oews-national-2023.csv' };
// Line items stated in the projections' SOURCE notes, to catch a lost or doubled row.
const EP_ROWS: Record<string, number> = { '2024–34': 832, '2025–35': 831 };
const BANDS_CSV = 'ooh-outlook-descriptors.csv';
// Top-coded cell counts stated in data/source/oews-national.SOURCE.md, to catch a misread `#`.
const TOP_CODED_CELLS: Record<number, number> = { 2025: 0, 2024: 87, 2023: 81 };
// BLS publishes only hourly wages for these, so every annual column is blank.
const HOURLY_ONLY = new Set(['27-2011', '27-2031', '27-2042', '27-2091', '27-2099']);

// O*NET SOC codes that OEWS publishes only inside a combined code
// (table "Joining to OEWS" in data/source/onet-alternate-titles.SOURCE.md).
const ONET_TO_OEWS: Record<string, string> = {
  '13-1021': '13-1020',
  '13-1022': '13-1020',
  '13-1023': '13-1020',
  '13-2022': '13-2020',
  '13-2023': '13-2020',
  '21-1011': '21-1018',
  '21-1014': '21-1018',
  '25-2055': '25-2052',
  '25-2056': '25-2052',
  '25-9042': '25-9045',
  '25-9043': '25-9045',
  '25-9049': '25-9045',
  '29-2011': '29-2010',
  '29-2012': '29-2010',
  '31-1121': '31-1120',
  '31-1122': '31-1120',
  '39-7011': '39-7010',
  '39-7012': '39-7010',
  '47-4091': '47-4090',
  '47-4099': '47-4090',
  '51-2022': '51-2028',
  '51-2023': '51-2028',
  '51-2092': '51-2090',
  '51-2099': '51-2090',
  '53-1042': '53-1047',
  '53-1043': '53-1047',
  '53-1044': '53-1047',
  '53-1049': '53-1047',
};
// Not covered by OEWS at all (no wage data): their alternate titles are dropped.
const NOT_IN_OEWS = (soc: string) => soc === '45-3031' || soc.startsWith('55-');

/** [O*NET alternate title, OEWS row index(es)] pairs, with the aggregate-code mapping applied. */
function readAlternates(indexBySoc: Map<string, number>, includes: Record<string, Set<string>>) {
  const { rows, sha256: hash } = readCsv('onet-alternate-titles.csv');
  const byTitle = new Map<string, Set<number>>();
  let dropped = 0;
  for (const row of rows) {
    const code = row.soc_code!;
    const mapped = ONET_TO_OEWS[code];
    if (mapped) (includes[mapped] ??= new Set()).add(code);
    const soc = mapped ?? code;
    const index = indexBySoc.get(soc);
    if (index === undefined) {
      if (!NOT_IN_OEWS(soc)) fail(`alternate title ${JSON.stringify(row.alternate_title)}: unknown SOC ${soc}`);
      dropped++;
      continue;
    }
    const title = row.alternate_title!.trim().replace(/\s+/g, ' ');
    if (!byTitle.has(title)) byTitle.set(title, new Set());
    byTitle.get(title)!.add(index);
  }
  const sorted = [...byTitle.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alternates = sorted.map((title): AlternatePair => {
    const indexes = [...byTitle.get(title)!].sort((a, b) => a - b);
    return [title, indexes.length === 1 ? indexes[0]! : indexes];
  });
  return { alternates, dropped, rows: rows.length, sha256: hash };
}

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

function fail(message: string): never {
  throw new Error(`build-dataset: ${message}`);
}

function readCsv(name: string) {
  const buffer = readFileSync(join(sourceDir, name));
  return { rows: parse<Record<string, string>>(buffer, { columns: true, bom: true }), sha256: sha256(buffer) };
}

const CSV_WAGES: Record<string, string> = {
  mean: 'annual_mean',
  median: 'annual_median',
  p10: 'annual_p10',
  p25: 'annual_p25',
  p75: 'annual_p75',
  p90: 'annual_p90',
  hourlyMean: 'hourly_mean',
};

/** The workbook's detailed rows must be the staged CSV's, cell for cell (blank = `*` or `#`). */
function crossCheckOews(name: string, rows: OewsRow[]) {
  const csv = readCsv(name).rows;
  if (csv.length !== rows.length) fail(`${name}: ${csv.length} rows, the workbook has ${rows.length}`);
  csv.forEach((line, i) => {
    const row = rows[i]!;
    const where = `${name} ${line.soc_code}`;
    if (line.soc_code !== row.soc || line.title !== row.title) fail(`${where}: the workbook has ${row.soc} ${row.title} here`);
    if (Number(line.employment) !== row.employment)
      fail(`${where} employment: ${line.employment} in the CSV, ${row.employment} in the workbook`);
    OEWS_WAGE_COLUMNS.forEach(([key], k) => {
      const cell = line[CSV_WAGES[key]!]!;
      const value = row.wages[k];
      if ((cell === '' ? null : Number(cell)) !== value)
        fail(`${where} ${CSV_WAGES[key]}: ${cell || 'blank'} in the CSV, ${value ?? 'blank'} in the workbook`);
      // Every blank is explained: top-coded, an annual-only occupation's hourly mean, or an hourly-only one.
      if (value === null && !(row.topCoded as string[]).includes(key) && key !== 'hourlyMean' && !HOURLY_ONLY.has(row.soc)) {
        fail(`${where} ${CSV_WAGES[key]}: blank cell that is neither top-coded nor a known gap`);
      }
    });
  });
}

/** The workbook's line items must be the staged CSV's (read with its own checks), field for field. */
function crossCheckEp(name: string, rows: EpRow[]) {
  const csv = readEpCsv(join(sourceDir, name)).rows;
  if (csv.length !== rows.length) fail(`${name}: ${csv.length} rows, the workbook has ${rows.length}`);
  csv.forEach((line, i) => {
    const row = rows[i]! as Record<string, unknown>;
    for (const [field, value] of Object.entries(line))
      if (value !== row[field]) fail(`${name} ${line.soc} ${field}: ${String(value)} in the CSV, ${String(row[field])} in the workbook`);
    if (Object.keys(row).length !== Object.keys(line).length) fail(`${name} ${line.soc}: the workbook has other fields`);
  });
}

/** Education is the same between projection rounds for nearly every occupation: a difference is worth a look, not a failure. */
function compareEducation(current: { release: Release; rows: EpRow[] }, previous: { release: Release; rows: EpRow[] } | undefined) {
  if (!previous) return;
  const before = new Map(previous.rows.map((row) => [row.soc, row.education]));
  for (const row of current.rows) {
    const was = before.get(row.soc);
    if (was !== undefined && was !== row.education)
      console.warn(
        `build-dataset: warning: ${row.soc} typical education ${row.education} in ${current.release.period}, ${was} in ${previous.release.period}`,
      );
  }
}

/** BLS's outlook wording bands, one row per period and band (data/source/ooh-outlook-descriptors.md). */
function readBands(periods: Map<string, Release>): OutlookBands[] {
  const byPeriod = new Map<string, OutlookBands>();
  readCsv(BANDS_CSV).rows.forEach((row, i) => {
    const where = `${BANDS_CSV}: line ${i + 2}`;
    const release = periods.get(row.period!);
    if (!release) return; // a period the dataset holds no projections for
    const num = (column: string, optional: boolean) => {
      const cell = row[column]?.trim() ?? '';
      if (cell === '' && optional) return undefined;
      if (!/^-?\d+(\.\d+)?$/.test(cell)) fail(`${where}, column ${column}: expected a number, got ${JSON.stringify(cell)}`);
      return Number(cell);
    };
    const bands = byPeriod.get(release.period) ?? {
      releaseId: release.id,
      period: release.period,
      averagePercent: num('all_occupations_average_percent', false)!,
      totalChangePercent: num('all_occupations_total_change_percent', false)!,
      bands: [],
    };
    byPeriod.set(release.period, bands);
    const min = num('min_whole_percent', true);
    const max = num('max_whole_percent', true);
    bands.bands.push({
      descriptor: row.descriptor!,
      onetLabel: row.onet_label!,
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    });
  });
  return [...byPeriod.values()];
}

async function readReleases() {
  const files = readdirSync(sourceDir);
  const oewsFiles = files
    .filter((f) => /^national_M\d{4}_dl\.xlsx$/.test(f))
    .sort()
    .reverse();
  if (oewsFiles.length === 0) fail('no national_M<year>_dl.xlsx workbook in data/source');
  const inputs: Record<string, string> = {};
  const hash = (name: string) => (inputs[name] = sha256(readFileSync(join(sourceDir, name))));
  const oews = [];
  for (const file of oewsFiles) {
    const workbook = await readOewsWorkbook(join(sourceDir, file));
    const { year } = workbook.release;
    const expected = TOP_CODED_CELLS[year];
    if (expected !== undefined && workbook.topCodedCells !== expected) {
      fail(`${file}: ${workbook.topCodedCells} top-coded cells, the SOURCE note says ${expected}`);
    }
    const csv = OEWS_CSV[year];
    if (csv && files.includes(csv)) {
      crossCheckOews(csv, workbook.rows);
      hash(csv);
    }
    hash(file);
    oews.push(workbook);
  }
  // Projections: the workbook, cross-checked by its CSV; and each CSV whose period has no workbook.
  const projections: Array<{ release: Release; rows: EpRow[] }> = [];
  if (files.includes('occupation.xlsx')) {
    const workbook = await readEpWorkbook(join(sourceDir, 'occupation.xlsx'));
    hash('occupation.xlsx');
    const csv = `bls-projections-${workbook.release.id.slice(3)}.csv`;
    if (files.includes(csv)) {
      crossCheckEp(csv, workbook.rows);
      hash(csv);
    }
    projections.push(workbook);
  }
  for (const file of files.filter((f) => EP_CSV_NAME.test(f)).sort()) {
    if (inputs[file]) continue;
    projections.push(readEpCsv(join(sourceDir, file)));
    hash(file);
  }
  projections.sort((a, b) => b.release.year - a.release.year);
  projections.forEach((ep, i) => {
    const expected = EP_ROWS[ep.release.period];
    if (expected !== undefined && ep.rows.length !== expected)
      fail(`projections ${ep.release.period}: ${ep.rows.length} line items, the SOURCE note says ${expected}`);
    if (i > 0 && ep.release.period === projections[i - 1]!.release.period) fail(`two sources for projections ${ep.release.period}`);
    compareEducation(ep, projections[i + 1]);
  });
  const bands = projections.length ? readBands(new Map(projections.map((ep) => [ep.release.period, ep.release]))) : [];
  if (projections.length) hash(BANDS_CSV);
  if (projections[0] && !bands.some((b) => b.releaseId === projections[0]!.release.id))
    fail(`${BANDS_CSV}: no outlook bands for the current projections, ${projections[0].release.period}`);
  return { oews, projections, bands, inputs };
}

function tuple(row: OewsRow) {
  return [row.employment, row.wages, row.topCoded.join(' ')];
}

async function build() {
  const { oews, projections, bands, inputs } = await readReleases();
  // Every occupation any kept OEWS release publishes: one the current release dropped (11-1031
  // Legislators in May 2025) keeps the figures of the latest release that has it.
  const bySocs = oews.map((release) => new Map(release.rows.map((row) => [row.soc, row])));
  const socs = [...new Set(oews.flatMap((release) => release.rows.map((row) => row.soc)))].sort();
  const indexBySoc = new Map(socs.map((soc, i) => [soc, i]));
  const includes: Record<string, Set<string>> = {};
  const alternates = readAlternates(indexBySoc, includes);
  inputs['onet-alternate-titles.csv'] = alternates.sha256;
  const projected = projections.map((ep) => new Map(ep.rows.map((row) => [row.soc, row])));
  // Blank stays blank (null), never zero.
  const outlookTuple = (p: EpRow) => [
    p.employmentBase,
    p.employmentTarget,
    p.changeNumeric ?? null,
    p.changePercent,
    p.selfEmployedPercent ?? null,
    p.openingsPerYear,
    p.education,
    p.experience,
    p.training,
  ];

  const occupations = socs.map((soc) => {
    const latest = bySocs.find((rows) => rows.has(soc))!.get(soc)!;
    const byRelease = bySocs.map((rows) => (rows.has(soc) ? tuple(rows.get(soc)!) : null));
    const byProjection = projected.map((rows) => (rows.has(soc) ? outlookTuple(rows.get(soc)!) : null));
    // An earlier release's education, experience and training, when the first entry's, are not repeated (~37 KB).
    const first = byProjection.find((entry) => entry !== null);
    byProjection.forEach((entry, i) => {
      if (entry && first && entry !== first && entry.slice(6).join('\n') === first.slice(6).join('\n')) byProjection[i] = entry.slice(0, 6);
    });
    const outlook = byProjection.some((entry) => entry !== null) ? byProjection : null;
    const row: unknown[] = [soc, latest.title, byRelease, outlook];
    if (includes[soc]) row.push([...includes[soc]].sort());
    return row;
  });

  const releases: Release[] = [...oews.map((workbook) => workbook.release), ...projections.map((ep) => ep.release)];
  const ep = projections[0];
  const current = oews[0]!.release;
  const credit =
    `Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, ${current.period} (national estimates)` +
    (ep ? `, and Employment Projections, ${ep.release.period}. ` : '. ') +
    'This product includes information from the O*NET 30.0 Database by the U.S. Department of Labor, Employment and Training ' +
    'Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Career Articles has ' +
    'modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';
  const header = {
    format: BUNDLED_FORMAT,
    releases,
    wageReleases: oews.map((workbook) => workbook.release.id),
    projectionReleases: projections.map((p) => p.release.id),
    outlookBands: bands,
    credit,
    inputs: Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : 1))),
    columns: [
      'soc',
      'title',
      ['wages per release', ['employment', OEWS_WAGE_COLUMNS.map(([key]) => key), 'topCoded']],
      [
        'outlook per projection release',
        [
          'employmentBase',
          'employmentTarget',
          'changeNumeric',
          'changePercent',
          'selfEmployedPercent',
          'openingsPerYear',
          'education',
          'experience',
          'training',
        ],
      ],
      'includesSoc',
    ],
  };
  const lines = Object.entries(header).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  const occupationLines = occupations.map((row) => JSON.stringify(row)).join(',\n');
  // Two strings, not 45,000 small arrays: JSON.parse reads them ten times faster (src/core/dataset/names/alternate-titles.ts).
  const alternateTitles = encodeAlternateTitles(alternates.alternates);
  const alternateLines = Object.entries(alternateTitles).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  const body = `{${lines.join(',\n')},\n"occupations":[\n${occupationLines}\n],\n"alternateTitles":{\n${alternateLines.join(',\n')}\n}`;
  // The name index is derived from the names above, by the code that reads them (so --check
  // also catches an index that no longer matches how names are normalised).
  const parsed = JSON.parse(`${body}}`) as BundledDataset;
  const index = buildNameIndex(decodeBundledDataset(parsed), decodeAlternateTitles(parsed.alternateTitles));
  const indexLines = Object.entries(index).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  // Pure ASCII (the few accented titles as \\u escapes), read fast at every start (scripts/ascii.mjs).
  const text = asciiOnly(`${body},\n"nameIndex":{\n${indexLines.join(',\n')}\n}}\n`);
  JSON.parse(text); // the hand-joined text must still be JSON
  return {
    text,
    stats: {
      releases: releases.map((r) => `${r.program} ${r.period}`).join(', '),
      occupations: occupations.length,
      outlook: occupations.filter((row) => row[3] !== null).length,
      titles: alternates.alternates.length,
      rows: alternates.rows,
      dropped: alternates.dropped,
    },
  };
}

async function main() {
  let built;
  try {
    built = await build();
  } catch (error) {
    // One line naming the file (and sheet, row, column): nothing has been written.
    console.error(error instanceof WorkbookError ? `build-dataset: ${error.message}` : (error as Error).message);
    process.exit(1);
  }
  const { text, stats } = built;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(outFile, 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (committed !== text) {
      console.error(`${outFile === join(root, 'data/roles.json') ? 'data/roles.json' : outFile} is stale: run \`npm run build:data\``);
      process.exit(1);
    }
    console.log('data/roles.json is up to date');
    return;
  }
  writeFileSync(outFile, text);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(
    `wrote data/roles.json (${kb} KiB): ${stats.releases}; ${stats.occupations} occupations (${stats.outlook} with projections), ` +
      `${stats.titles} alternate titles from ${stats.rows} O*NET rows (${stats.dropped} rows without OEWS wages dropped)`,
  );
}

await main();
