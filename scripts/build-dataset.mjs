// Builds data/roles.json, the compact role dataset the CLI and the extension load, from the
// verbatim BLS OEWS and O*NET copies in data/source/ (see the SOURCE.md files there).
// Run: `node scripts/build-dataset.mjs` (writes) or `node scripts/build-dataset.mjs --check`
// (exits 1 when the committed file is stale). The output depends only on the inputs: no
// timestamps, sorted keys, one entry per line so a data refresh diffs readably.
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'data/source');
const outFile = join(root, 'data/roles.json');

// BLS blanks a top-coded cell ("#": >= $239,200/yr). A blank is otherwise "not available",
// so the top-coded cells must be known from outside the CSV: these lists are copied from
// data/source/oews-national.SOURCE.md ("occupation: top-coded columns").
const TOP_CODED = {
  2024: {
    '11-1011': 'p75 p90',
    '11-1021': 'p90',
    '11-2011': 'p90',
    '11-2021': 'p90',
    '11-2022': 'p90',
    '11-2032': 'p90',
    '11-3021': 'p90',
    '11-3031': 'p90',
    '11-3111': 'p90',
    '11-3121': 'p90',
    '11-9041': 'p90',
    '11-9121': 'p90',
    '13-1011': 'p90',
    '13-2052': 'p90',
    '19-2012': 'p90',
    '23-1011': 'p90',
    '25-1071': 'p90',
    '25-1112': 'p90',
    '27-2021': 'p90',
    '29-1021': 'p90',
    '29-1022': 'median p75 p90',
    '29-1023': 'median p75 p90',
    '29-1024': 'median p75 p90',
    '29-1029': 'p75 p90',
    '29-1081': 'p90',
    '29-1151': 'p75 p90',
    '29-1211': 'median p75 p90',
    '29-1212': 'median p75 p90',
    '29-1213': 'median p75 p90',
    '29-1214': 'median p75 p90',
    '29-1215': 'p75 p90',
    '29-1216': 'p75 p90',
    '29-1217': 'median p75 p90',
    '29-1218': 'median p75 p90',
    '29-1221': 'p75 p90',
    '29-1222': 'median p75 p90',
    '29-1223': 'median p75 p90',
    '29-1224': 'median p75 p90',
    '29-1229': 'median p75 p90',
    '29-1241': 'median p75 p90',
    '29-1242': 'median p75 p90',
    '29-1243': 'p25 median p75 p90',
    '29-1249': 'median p75 p90',
    '53-2011': 'p75 p90',
    '53-2012': 'p90',
  },
  2023: {
    '11-1011': 'p75 p90',
    '11-2011': 'p90',
    '11-2021': 'p90',
    '11-2022': 'p90',
    '11-2032': 'p90',
    '11-3021': 'p90',
    '11-3031': 'p90',
    '11-3121': 'p90',
    '11-9121': 'p90',
    '13-1011': 'p90',
    '13-2052': 'p90',
    '23-1011': 'p90',
    '25-1071': 'p90',
    '25-1112': 'p90',
    '27-2021': 'p90',
    '29-1021': 'p90',
    '29-1022': 'median p75 p90',
    '29-1023': 'median p75 p90',
    '29-1024': 'p75 p90',
    '29-1029': 'p75 p90',
    '29-1081': 'p90',
    '29-1151': 'p75 p90',
    '29-1211': 'median p75 p90',
    '29-1212': 'median p75 p90',
    '29-1213': 'median p75 p90',
    '29-1214': 'median p75 p90',
    '29-1215': 'p75 p90',
    '29-1216': 'p75 p90',
    '29-1217': 'median p75 p90',
    '29-1218': 'median p75 p90',
    '29-1221': 'p75 p90',
    '29-1222': 'median p75 p90',
    '29-1223': 'median p75 p90',
    '29-1224': 'median p75 p90',
    '29-1229': 'p75 p90',
    '29-1241': 'median p75 p90',
    '29-1242': 'median p75 p90',
    '29-1243': 'p25 median p75 p90',
    '29-1249': 'median p75 p90',
    '53-2011': 'p75 p90',
    '53-2012': 'p90',
  },
};
// Cell counts stated in the SOURCE file, to catch a slip in the lists above.
const TOP_CODED_CELLS = { 2024: [87, 45], 2023: [81, 41] };
// BLS publishes only hourly wages for these, so every annual column is blank.
const HOURLY_ONLY = new Set(['27-2011', '27-2031', '27-2042', '27-2091', '27-2099']);

// O*NET SOC codes that OEWS publishes only inside a combined code
// (table "Joining to OEWS" in data/source/onet-alternate-titles.SOURCE.md).
const ONET_TO_OEWS = {
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
const NOT_IN_OEWS = (soc) => soc === '45-3031' || soc.startsWith('55-');

// Wage columns in the order of the bundled format's wage tuple.
const WAGES = [
  ['mean', 'annual_mean'],
  ['median', 'annual_median'],
  ['p10', 'annual_p10'],
  ['p25', 'annual_p25'],
  ['p75', 'annual_p75'],
  ['p90', 'annual_p90'],
  ['hourlyMean', 'hourly_mean'],
];

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

function fail(message) {
  throw new Error(`build-dataset: ${message}`);
}

function readCsv(name) {
  const buffer = readFileSync(join(sourceDir, name));
  return { rows: parse(buffer, { columns: true, bom: true }), sha256: sha256(buffer) };
}

function number(text, where) {
  if (!/^\d+(\.\d+)?$/.test(text)) fail(`${where}: not a plain number: ${JSON.stringify(text)}`);
  return Number(text);
}

/** One OEWS file -> Map soc -> { title, employment, wages tuple, topCoded }. Every blank is explained. */
function readOews(name, year) {
  const { rows, sha256: hash } = readCsv(name);
  const topCoded = TOP_CODED[year];
  const result = new Map();
  let topCodedCells = 0;
  for (const row of rows) {
    const soc = row.soc_code;
    if (!/^\d\d-\d{4}$/.test(soc) || result.has(soc)) fail(`${name}: bad or repeated soc_code ${soc}`);
    const capped = topCoded[soc]?.split(' ') ?? [];
    const wages = WAGES.map(([key, column]) => {
      const cell = row[column];
      const where = `${name} ${soc} ${column}`;
      if (cell !== '') {
        if (capped.includes(key)) fail(`${where}: listed as top-coded but has a value`);
        return number(cell, where);
      }
      if (capped.includes(key)) return (topCodedCells++, null);
      const explained = key === 'hourlyMean' || HOURLY_ONLY.has(soc);
      if (!explained) fail(`${where}: blank cell that is neither top-coded nor a known gap`);
      return null;
    });
    result.set(soc, { title: row.title, employment: number(row.employment, `${name} ${soc}`), wages, topCoded: capped });
  }
  const [cells, occupations] = TOP_CODED_CELLS[year];
  if (topCodedCells !== cells || Object.keys(topCoded).length !== occupations) {
    fail(`${name}: ${topCodedCells} top-coded cells in ${Object.keys(topCoded).length} occupations, expected ${cells} in ${occupations}`);
  }
  for (const soc of Object.keys(topCoded)) if (!result.has(soc)) fail(`${name}: top-coded ${soc} is not in the file`);
  return { occupations: result, sha256: hash };
}

/** [O*NET alternate title, OEWS row index(es)] pairs, with the aggregate-code mapping applied. */
function readAlternates(indexBySoc, includes) {
  const { rows, sha256: hash } = readCsv('onet-alternate-titles.csv');
  const byTitle = new Map();
  let dropped = 0;
  for (const row of rows) {
    const mapped = ONET_TO_OEWS[row.soc_code];
    if (mapped) (includes[mapped] ??= new Set()).add(row.soc_code);
    const soc = mapped ?? row.soc_code;
    const index = indexBySoc.get(soc);
    if (index === undefined) {
      if (!NOT_IN_OEWS(soc)) fail(`alternate title ${JSON.stringify(row.alternate_title)}: unknown SOC ${soc}`);
      dropped++;
      continue;
    }
    const title = row.alternate_title.trim().replace(/\s+/g, ' ');
    if (!byTitle.has(title)) byTitle.set(title, new Set());
    byTitle.get(title).add(index);
  }
  const sorted = [...byTitle.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alternates = sorted.map((title) => {
    const indexes = [...byTitle.get(title)].sort((a, b) => a - b);
    return [title, indexes.length === 1 ? indexes[0] : indexes];
  });
  return { alternates, dropped, rows: rows.length, sha256: hash };
}

function build() {
  const current = readOews('oews-national.csv', 2024);
  const previous = readOews('oews-national-2023.csv', 2023);
  const socs = [...current.occupations.keys()].sort();
  const indexBySoc = new Map(socs.map((soc, i) => [soc, i]));
  const includes = {};
  const alternates = readAlternates(indexBySoc, includes);

  const occupations = socs.map((soc) => {
    const now = current.occupations.get(soc);
    const before = previous.occupations.get(soc);
    const row = [soc, now.title, now.employment, now.wages, now.topCoded.join(' ')];
    row.push(before ? [before.employment, before.wages, before.topCoded.join(' ')] : null);
    if (includes[soc]) row.push([...includes[soc]].sort());
    return row;
  });

  const header = {
    format: 'career-articles/roles@1',
    source: 'BLS OEWS',
    period: 'May 2024',
    year: 2024,
    url: 'https://www.bls.gov/oes/2024/may/oes{code}.htm',
    previous: { period: 'May 2023', year: 2023, url: 'https://www.bls.gov/oes/2023/may/oes{code}.htm' },
    topCode: { annual: 239200, hourly: 115 },
    credit:
      'Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024 (national estimates). ' +
      'This product includes information from the O*NET 30.0 Database by the U.S. Department of Labor, Employment and Training ' +
      'Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Career Articles has ' +
      'modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    inputs: {
      'oews-national.csv': current.sha256,
      'oews-national-2023.csv': previous.sha256,
      'onet-alternate-titles.csv': alternates.sha256,
    },
    columns: ['soc', 'title', 'employment', WAGES.map(([key]) => key), 'topCoded', ['employment', 'wages', 'topCoded'], 'includesSoc'],
  };
  const lines = Object.entries(header).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  const occupationLines = occupations.map((row) => JSON.stringify(row)).join(',\n');
  // Pairs, not an object keyed by title: JSON.parse builds 45,000 small arrays several times
  // faster than one object with 45,000 keys, and iterating them is nearly free.
  const alternateLines = alternates.alternates.map((pair) => JSON.stringify(pair)).join(',\n');
  const text = `{${lines.join(',\n')},\n"occupations":[\n${occupationLines}\n],\n"alternateTitles":[\n${alternateLines}\n]}\n`;
  JSON.parse(text); // the hand-joined text must still be JSON
  return {
    text,
    stats: { occupations: occupations.length, titles: alternates.alternates.length, rows: alternates.rows, dropped: alternates.dropped },
  };
}

const { text, stats } = build();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(outFile, 'utf8');
  } catch {
    // No committed file: it is stale by definition.
  }
  if (committed !== text) {
    console.error('data/roles.json is stale: run `node scripts/build-dataset.mjs`');
    process.exit(1);
  }
  console.log('data/roles.json is up to date');
} else {
  writeFileSync(outFile, text);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(
    `wrote data/roles.json (${kb} KiB): ${stats.occupations} occupations, ${stats.titles} alternate titles ` +
      `from ${stats.rows} O*NET rows (${stats.dropped} rows without OEWS wages dropped)`,
  );
}
