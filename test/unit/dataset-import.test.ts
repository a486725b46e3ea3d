// `career-articles dataset import`: a BLS workbook or CSV becomes a workspace dataset that the
// linter reads, with the release's period, area, citation and top-code rule recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetCommand } from '../../src/cli/commands/dataset.js';
import type { Io } from '../../src/cli/io.js';
import { parseDatasetJson } from '../../src/core/dataset/formats/parse-json.js';

const source = new URL('../../data/source/', import.meta.url).pathname;

function io(cwd: string) {
  const out: string[] = [];
  const value: Io = { cwd, env: {}, stdoutIsTTY: false, out: (t) => void out.push(t), err: (t) => void out.push(t) };
  return { io: value, out };
}

test('the May 2024 national workbook imports with its period, area, citation and top-code rule', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  try {
    const { io: run, out } = io(dir);
    assert.equal(await datasetCommand(['import', join(source, 'national_M2024_dl.xlsx'), '-o', 'roles.json'], run), 0);
    assert.match(out.join(''), /wrote roles\.json: 831 occupations, May 2024, U\.S\./);
    const text = readFileSync(join(dir, 'roles.json'), 'utf8');
    const data = JSON.parse(text) as { period: string; area: string; topCode: unknown; citation: string };
    assert.deepEqual([data.period, data.area], ['May 2024', 'U.S.']);
    assert.deepEqual(data.topCode, { annual: 239200, hourly: 115 });
    const parsed = parseDatasetJson(text, 'roles.json');
    assert.ok(parsed.ok);
    const sales = parsed.occupations.find((o) => o.soc === '11-2022')!;
    assert.deepEqual(sales.topCoded, ['p90']);
    assert.equal(sales.release.topCode?.annual, 239200);
    assert.equal(sales.release.area, 'U.S.');
    assert.match(sales.release.citation, /Occupational Employment and Wage Statistics, May 2024 \(national estimates\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a state CSV with BLS column names records its AREA_TITLE as the area; a bad cell names row and column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  try {
    const header = 'AREA_TITLE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
    const rows = [
      'California,00-0000,All Occupations,total,100,40,83200,1,1,1,1,1',
      'California,11-2022,Sales Managers,detailed,50,90.1,187400,80000,120000,170000,230000,#',
    ];
    writeFileSync(join(dir, 'state_M2025_dl.csv'), `${header}\n${rows.join('\n')}\n`);
    const { io: run } = io(dir);
    assert.equal(await datasetCommand(['import', 'state_M2025_dl.csv', '-o', 'ca.json'], run), 0);
    const data = JSON.parse(readFileSync(join(dir, 'ca.json'), 'utf8')) as { area: string; period: string; occupations: unknown[] };
    assert.deepEqual([data.area, data.period, data.occupations.length], ['California', 'May 2025', 1]);

    writeFileSync(join(dir, 'bad_M2025.csv'), `${header}\nCalifornia,11-2022,Sales Managers,detailed,50,90.1,lots,1,1,1,1,1\n`);
    await assert.rejects(
      datasetCommand(['import', 'bad_M2025.csv', '-o', 'bad.json'], run),
      /bad_M2025\.csv: row 2, column A_MEAN: expected a number, `\*` or `#`, got "lots"/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
