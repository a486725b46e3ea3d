// The name index data/roles.json carries (name-index.ts) stands in for tables the matcher
// used to build at run time: read back, it must give exactly the tables built from the names
// themselves (every entry in order, every key lookup, suggest()'s postings and weights), and
// an index that does not fit its dataset must be ignored rather than trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeAlternateTitles, encodeAlternateTitles } from '../../src/core/dataset/names/alternate-titles.js';
import { decodeBundledDataset } from '../../src/core/dataset/bundled.js';
import { decodeInts, encodeInts } from '../../src/core/dataset/codec/int-codec.js';
import { buildNameIndex } from '../../src/core/dataset/names/name-index.js';
import { buildAlternates, bundledAlternates, bundledTitles, namesOf, type NameEntry } from '../../src/core/dataset/names/names.js';
import { prebuiltNames } from '../../src/core/dataset/names/prebuilt-names.js';
import { createRoleIndex } from '../../src/core/dataset/role-index.js';
import { tokenTable } from '../../src/core/dataset/names/suggest.js';
import type { BundledDataset } from '../../src/core/dataset/formats/schema.js';
import { expandAbbreviation, titleKey } from '../../src/core/dataset/names/normalize.js';

const json = JSON.parse(readFileSync(new URL('../../data/roles.json', import.meta.url), 'utf8')) as BundledDataset & {
  nameIndex: NonNullable<BundledDataset['nameIndex']>;
};
const plain = (entry: NameEntry) => ({ text: entry.text, key: entry.key, folded: entry.folded, socs: entry.socs, via: entry.via });

/** The same dataset without its index: the tables are then built from the names. */
function withoutIndex(): ReturnType<typeof decodeBundledDataset> {
  const { nameIndex: _, ...rest } = json;
  return decodeBundledDataset(rest);
}

test('integer lists survive encoding, and a damaged encoding is refused', () => {
  const values = [0, 1, 31, 32, 1023, 1024, 52_316, 2 ** 24, 7];
  assert.deepEqual([...decodeInts(encodeInts(values))], values);
  assert.equal(decodeInts('').length, 0);
  assert.throws(() => decodeInts(`${encodeInts([5])}"`), /unexpected character/);
  assert.throws(() => decodeInts('g'), /ends inside a number/); // a continuation digit with nothing after it
  assert.throws(() => encodeInts([-1]), /non-negative/);
});

test('the prebuilt index gives every bundled name exactly as building the tables from the names does', () => {
  const prebuilt = decodeBundledDataset(json);
  assert.ok(prebuiltNames(prebuilt), 'data/roles.json carries a name index that fits it');
  const built = withoutIndex();
  assert.equal(prebuiltNames(built), undefined);
  const titles = bundledTitles(prebuilt).entries.map(plain);
  const alternates = bundledAlternates(prebuilt).entries.map(plain);
  assert.deepEqual(titles, namesOf(built).entries.map(plain));
  assert.deepEqual(alternates, buildAlternates(built).entries.map(plain));
  assert.ok(alternates.length > 50_000);
  // Every key looks up the same entries, in the same order, in both tables.
  const reference = { titles: namesOf(built), alternates: buildAlternates(built) };
  for (const key of new Set([...titles, ...alternates].map((e) => e.key))) {
    assert.deepEqual(bundledTitles(prebuilt).byKey(key).map(plain), reference.titles.byKey(key).map(plain), key);
    assert.deepEqual(bundledAlternates(prebuilt).byKey(key).map(plain), reference.alternates.byKey(key).map(plain), key);
  }
  assert.deepEqual(bundledAlternates(prebuilt).byKey('no such key at all'), []);
});

test("suggest()'s postings and weights read from the index equal those built from the names", () => {
  const prebuilt = decodeBundledDataset(json);
  const built = withoutIndex();
  const fromIndex = prebuiltNames(prebuilt)!.tokens();
  const fromNames = tokenTable([...namesOf(built).entries, ...buildAlternates(built).entries]);
  assert.equal(fromIndex.size, fromNames.size);
  assert.deepEqual([...fromIndex.weights], [...fromNames.weights]);
  assert.deepEqual(
    new Map([...fromIndex.postings].map(([t, ids]) => [t, [...ids]])),
    new Map([...fromNames.postings].map(([t, ids]) => [t, [...ids]])),
  );
  const a = createRoleIndex(prebuilt);
  const b = createRoleIndex(built);
  for (const role of ['Sofware Enginer', 'Nurse', 'HVAC Tech', 'product manger', 'Chief Happiness Officer', 'data']) {
    assert.deepEqual(
      a.suggest(role, 5).map((o) => o.soc),
      b.suggest(role, 5).map((o) => o.soc),
      role,
    );
    assert.deepEqual(
      a.match(role).map((m) => [m.occupation.soc, m.via, m.matched]),
      b.match(role).map((m) => [m.occupation.soc, m.via, m.matched]),
      role,
    );
    assert.deepEqual(
      a.search(role, 30).map((o) => o.soc),
      b.search(role, 30).map((o) => o.soc),
      role,
    );
  }
});

test('the committed index is the one buildNameIndex computes from the committed names', () => {
  assert.deepEqual(buildNameIndex(withoutIndex(), decodeAlternateTitles(json.alternateTitles)), json.nameIndex);
});

test('an index that does not fit its dataset is ignored, and matching still works from the names', () => {
  const cut = { ...json, nameIndex: { ...json.nameIndex, order: json.nameIndex.order.slice(0, -40) } };
  const broken = { ...json, nameIndex: { ...json.nameIndex, keys: `${json.nameIndex.keys}AAA` } };
  const fewer = { ...json, alternateTitles: encodeAlternateTitles(decodeAlternateTitles(json.alternateTitles).slice(1)) };
  for (const data of [cut, broken, fewer]) {
    const occupations = decodeBundledDataset(data);
    assert.equal(prebuiltNames(occupations), undefined);
    assert.equal(createRoleIndex(occupations).match('Sales Manager')[0]?.occupation.soc, '11-2022');
  }
});

test('build-dataset --check fails when the committed name index is stale, even with every name unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'name-index-'));
  try {
    const out = join(dir, 'roles.json');
    const text = readFileSync(new URL('../../data/roles.json', import.meta.url), 'utf8');
    // One token renamed: the names and their data are as before, only the derived index differs.
    const stale = text.replace(`"tokens":["${json.nameIndex.tokens[0]!}"`, `"tokens":["${json.nameIndex.tokens[0]!}x"`);
    assert.notEqual(stale, text);
    const check = (file: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('../../scripts/build-dataset.ts', import.meta.url)), '--check', '--out', file],
        {
          encoding: 'utf8',
        },
      );
    writeFileSync(out, text);
    assert.equal(check(out).status, 0, 'the committed file checks out');
    writeFileSync(out, stale);
    const failed = check(out);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /is stale: run `npm run build:data`/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a word that is a property of every object ('constructor') keys as itself, in the index as at run time", () => {
  assert.equal(expandAbbreviation('constructor', false), 'constructor');
  assert.equal(expandAbbreviation('toString', true), 'toString');
  assert.equal(titleKey('Elevator Constructor Helper'), 'elevator constructor helper');
});
