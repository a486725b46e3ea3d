// Area datasets beside the national data: a state workbook in BLS's layout (the fixture
// test/fixtures/cli/bls/state_M2025_dl.xlsx, made-up figures) imported with `dataset import --area`,
// then found by the place an article names; an unloaded place is known but has no figures; an
// unknown area or two files for one area is one config error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetCommand } from '../../src/cli/commands/dataset.js';
import type { Io } from '../../src/cli/io.js';
import { buildAreas } from '../../src/core/dataset/areas.js';
import { createRoleIndex } from '../../src/core/dataset/role-index.js';
import { parseDatasetJson } from '../../src/core/dataset/formats/parse-json.js';
import type { Occupation } from '../../src/core/dataset/types.js';
import { loadBundledDataset } from '../../src/node/bundled-dataset.js';

const WORKBOOK = new URL('../fixtures/cli/bls/state_M2025_dl.xlsx', import.meta.url).pathname;

function quietIo(cwd: string) {
  const out: string[] = [];
  const io: Io = { cwd, env: {}, stdoutIsTTY: false, out: (t) => void out.push(t), err: (t) => void out.push(t) };
  return { io, out };
}

/** `dataset import` of the fixture for one area, parsed back as the linter reads it. */
async function imported(area: string): Promise<Occupation[]> {
  const dir = mkdtempSync(join(tmpdir(), 'areas-'));
  try {
    const { io, out } = quietIo(dir);
    assert.equal(await datasetCommand(['import', WORKBOOK, '--area', area, '-o', 'area.json'], io), 0, out.join(''));
    const parsed = parseDatasetJson(readFileSync(join(dir, 'area.json'), 'utf8'), 'area.json');
    assert.ok(parsed.ok);
    return parsed.occupations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fixture's Texas rows as another area, renamed: a metro area or a made-up place. */
const renamed = (occupations: Occupation[], area: string) =>
  occupations.map((o) => ({ ...o, release: { ...o.release, area, id: `${o.release.id}-${area}` } }));

test('a state workbook of several areas imports one area picked by its name or postal code; none picked is an error listing them', async () => {
  const texas = await imported('TX');
  assert.deepEqual(
    texas.map((o) => [o.soc, o.wages.mean, o.release.area]),
    [
      ['15-1252', 140000, 'Texas'],
      ['29-1141', 95000, 'Texas'],
    ],
  );
  assert.match(texas[0]!.release.citation, /May 2025 \(Texas\)$/);
  assert.deepEqual(
    (await imported('Oklahoma')).map((o) => o.soc),
    ['29-1141'],
  );
  const dir = mkdtempSync(join(tmpdir(), 'areas-'));
  try {
    const { io } = quietIo(dir);
    await assert.rejects(
      datasetCommand(['import', WORKBOOK, '-o', 'all.json'], io),
      /expected one area, found 2 \(Texas; Oklahoma\): pick one with --area/,
    );
    await assert.rejects(
      datasetCommand(['import', WORKBOOK, '--area', 'California', '-o', 'ca.json'], io),
      /no rows for the area "California"/,
    );
    // Next year's import replaces this command's own output without --force.
    assert.equal(await datasetCommand(['import', WORKBOOK, '--area', 'TX', '-o', 'again.json'], io), 0);
    assert.equal(await datasetCommand(['import', WORKBOOK, '--area', 'TX', '-o', 'again.json'], io), 0);
    // A CSV with the same columns imports the same way.
    const header = 'AREA_TITLE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
    const rows = [
      'Texas,TX,29-1141,Registered Nurses,detailed,240000,45.67,95000,70000,80000,92000,108000,125000',
      'Oklahoma,OK,29-1141,Registered Nurses,detailed,1,1,1,1,1,1,1,1',
    ];
    writeFileSync(join(dir, 'state_M2025_dl.csv'), `${header}\n${rows.join('\n')}\n`);
    assert.equal(await datasetCommand(['import', 'state_M2025_dl.csv', '--area', 'texas', '-o', 'tx.json'], io), 0);
    const data = JSON.parse(readFileSync(join(dir, 'tx.json'), 'utf8')) as {
      area: string;
      occupations: Array<{ wages: { mean: number } }>;
    };
    assert.deepEqual([data.area, data.occupations.length, data.occupations[0]!.wages.mean], ['Texas', 1, 95000]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a claim naming Texas finds the Texas figures; California is a known place without data; the nation is the bundled data', async () => {
  const texas = await imported('Texas');
  const built = buildAreas([{ file: 'tx.json', occupations: texas }]);
  assert.ok(built.ok);
  const index = createRoleIndex(await loadBundledDataset(), [], built.areas);
  for (const text of ['Texas', 'TX', 'the State of Texas', 'texas']) {
    const area = index.areaFor(text);
    assert.equal(area?.place.name, 'Texas', text);
    assert.equal(area?.bySoc('29-1141')?.wages.mean, 95000, text);
  }
  assert.equal(index.areaFor('Texas')?.release.citation.endsWith('(Texas)'), true);
  assert.equal(index.areaFor('California'), undefined);
  assert.deepEqual(index.placeOf('California'), { kind: 'state', name: 'California', states: ['CA'] });
  assert.deepEqual(index.placeOf('CA'), { kind: 'state', name: 'California', states: ['CA'] });
  assert.equal(index.placeOf('ca'), undefined, 'a lower-case "ca" is not a postal code');
  assert.equal(index.placeOf('Springfield'), undefined);
  const nation = index.areaFor('the United States');
  assert.equal(nation?.place.kind, 'nation');
  assert.equal(nation?.bySoc('29-1141')?.wages.mean, 101420);
  assert.equal(index.areas.length, 1);
});

test('a metro area is found by its BLS title, one of its main cities, or a city with its state', async () => {
  const austin = renamed(await imported('Texas'), 'Austin-Round Rock-San Marcos, TX');
  const built = buildAreas([{ file: 'austin.json', occupations: austin }]);
  assert.ok(built.ok);
  const index = createRoleIndex(await loadBundledDataset(), [], built.areas);
  for (const text of ['Austin', 'Round Rock', 'Austin, TX', 'Austin-Round Rock-San Marcos, TX'])
    assert.equal(index.areaFor(text)?.place.name, 'Austin-Round Rock-San Marcos, TX', text);
  assert.equal(index.areaFor('Austin, MN'), undefined);
  assert.equal(index.areaFor('Dallas'), undefined);
  assert.deepEqual(index.areaFor('Austin')?.place.states, ['TX']);
});

test('an area dataset for an unknown place, or a second one for the same area, is one config error', async () => {
  const texas = await imported('Texas');
  assert.deepEqual(buildAreas([{ file: 'narnia.json', occupations: renamed(texas, 'Narnia') }]), {
    ok: false,
    error:
      'narnia.json: unknown area `Narnia`: expected a state name or postal code, or a metro area as BLS titles it ("Austin-Round Rock-San Marcos, TX")',
  });
  assert.deepEqual(
    buildAreas([
      { file: 'tx.json', occupations: texas },
      { file: 'tx-again.json', occupations: renamed(texas, 'TX') },
    ]),
    { ok: false, error: 'tx-again.json: a second dataset for Texas (the first is tx.json)' },
  );
});
