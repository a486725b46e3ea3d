// `npm run build:data` from the official workbooks: a broken workbook gives one line naming the
// file, sheet, row and column and writes nothing; `--check` fails when a source changes. (That
// the committed data/roles.json is reproduced byte for byte is `--check` itself, run by npm test.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
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
