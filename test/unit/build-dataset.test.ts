// `npm run build:data` from the official workbooks: a broken workbook gives one line naming the
// file, sheet, row and column and writes nothing; `--check` fails when a source changes. (That
// the committed data/roles.json is reproduced byte for byte is `--check` itself, run by npm test.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const root = new URL('../../', import.meta.url).pathname;
const source = join(root, 'data/source');

function build(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-dataset.ts'), ...args], { encoding: 'utf8', cwd: root });
}

/** A copy of data/source (links for the big files) that a test may change. */
function sourceCopy(skip: (name: string) => boolean = () => false): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-dataset-'));
  for (const name of readdirSync(source)) {
    if (skip(name)) continue;
    if (name.endsWith('.xlsx')) copyFileSync(join(source, name), join(dir, name));
    else symlinkSync(join(source, name), join(dir, name));
  }
  return dir;
}

test('a non-numeric wage cell in a workbook fails the build with one line naming file, sheet, row and column, and writes nothing', async () => {
  const dir = sourceCopy();
  try {
    const file = join(dir, 'national_M2025_dl.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell('I').value === '11-2022') row = n; // Sales Managers, a detailed occupation
    });
    sheet.getCell(`S${row}`).value = 'n/a'; // its A_MEAN
    await workbook.xlsx.writeFile(file);
    const out = join(dir, 'roles.json');
    const result = build(['--source', dir, '--out', out]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(
      result.stderr,
      new RegExp(`national_M2025_dl\\.xlsx: sheet "national_M2025_dl", row ${row}, column A_MEAN \\(S\\): expected a number`),
    );
    assert.equal(existsSync(out), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing sheet in the projections workbook names the file and the sheet', async () => {
  const dir = sourceCopy();
  try {
    const file = join(dir, 'occupation.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.removeWorksheet(workbook.getWorksheet('Table 1.2')!.id);
    await workbook.xlsx.writeFile(file);
    const result = build(['--source', dir, '--out', join(dir, 'roles.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr.trim(), /^build-dataset: occupation\.xlsx: sheet "Table 1\.2": missing sheet/);
    assert.equal(existsSync(join(dir, 'roles.json')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--check fails when a source changes: without the May 2023 workbook the committed file is stale', () => {
  const dir = sourceCopy((name) => name === 'national_M2023_dl.xlsx');
  try {
    const result = build(['--source', dir, '--out', join(root, 'data/roles.json'), '--check']);
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stderr, /is stale/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Builds from a copy of data/source whose 2025–35 projections CSV is `edit`ed; the one-line error and that nothing was written. */
function buildWithProjections(edit: (text: string) => string) {
  const name = 'bls-projections-2025-35.csv';
  const dir = sourceCopy((file) => file === name);
  try {
    writeFileSync(join(dir, name), edit(readFileSync(join(source, name), 'utf8')));
    const out = join(dir, 'roles.json');
    const result = build(['--source', dir, '--out', out]);
    assert.equal(result.status, 1, result.stdout);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.equal(existsSync(out), false);
    return lines[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NURSES = '29-1141,Registered nurses,3465.4,3660.1,194.7,5.6,0.5,180.8,97550,';
const nurseLine = (text: string) => text.split('\n').findIndex((line) => line.startsWith('29-1141,')) + 1;

test('a projections CSV without a column fails the build naming file, line and column, and writes nothing', () => {
  const error = buildWithProjections((text) => text.replace(',openings_per_year_thousands,', ',openings,'));
  assert.match(error, /^build-dataset: bls-projections-2025-35\.csv: row 1: missing column `openings_per_year_thousands`$/);
});

test('a non-numeric cell in the projections CSV names file, line and column', () => {
  const line = nurseLine(readFileSync(join(source, 'bls-projections-2025-35.csv'), 'utf8'));
  const error = buildWithProjections((text) => text.replace(NURSES, NURSES.replace('180.8', 'about 180')));
  assert.equal(
    error,
    `build-dataset: bls-projections-2025-35.csv: row ${line}, column openings_per_year_thousands: expected a number, got "about 180"`,
  );
});

test('a percent change that disagrees with its employment figures by more than rounding names file, line and column', () => {
  const line = nurseLine(readFileSync(join(source, 'bls-projections-2025-35.csv'), 'utf8'));
  // (3660.1 - 3465.4) / 3465.4 is 5.62%: 5.6 is right, 5.8 is not.
  const error = buildWithProjections((text) => text.replace(NURSES, NURSES.replace(',5.6,', ',5.8,')));
  assert.equal(
    error,
    `build-dataset: bls-projections-2025-35.csv: row ${line}, column change_percent: 5.8 disagrees with the employment figures (5.6)`,
  );
});

test('a numeric change more than 0.1 thousand off the employment figures names file, line and column', () => {
  const error = buildWithProjections((text) => text.replace(NURSES, NURSES.replace(',194.7,', ',194.9,')));
  assert.match(
    error,
    /bls-projections-2025-35\.csv: row \d+, column change_thousands: 194\.9 disagrees with the employment figures \(194\.7\)$/,
  );
});

test('a duplicated SOC code in the projections CSV names both lines', () => {
  const line = nurseLine(readFileSync(join(source, 'bls-projections-2025-35.csv'), 'utf8'));
  const error = buildWithProjections((text) => text.replace(/\n(29-1141,[^\n]*)\n/, '\n$1\n$1\n'));
  assert.equal(error, `build-dataset: bls-projections-2025-35.csv: row ${line + 1}, column soc_code: 29-1141 again (first on row ${line})`);
});

test('a lost row fails the row count the SOURCE note states', () => {
  const error = buildWithProjections((text) => text.replace(/\n29-1141,[^\n]*/, ''));
  assert.equal(error, 'build-dataset: projections 2025–35: 830 line items, the SOURCE note says 831');
});

test('a typical education that differs from 2024–34 is a warning naming the SOC and both periods, not a failure', () => {
  const name = 'bls-projections-2025-35.csv';
  const dir = sourceCopy((file) => file === name);
  try {
    const text = readFileSync(join(source, name), 'utf8').replace(NURSES + "Bachelor's degree", `${NURSES}Associate's degree`);
    writeFileSync(join(dir, name), text);
    const out = join(dir, 'roles.json');
    const result = build(['--source', dir, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stderr.trim(),
      "build-dataset: warning: 29-1141 typical education Associate's degree in 2025–35, Bachelor's degree in 2024–34",
    );
    assert.equal(existsSync(out), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
