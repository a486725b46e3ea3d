import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  bundledDatasetSchema,
  createRoleIndex,
  parseDatasetCsv,
  parseDatasetJson,
  wageFigure,
  titleKey,
  type Occupation,
} from '../../src/core/dataset/index.js';
import { findBundledDataset, loadBundledDataset } from '../../src/node/bundled-dataset.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';

const bundled = await loadBundledDataset();
const index = createRoleIndex(bundled);
const socs = (matches: ReadonlyArray<{ occupation: Occupation }>) => matches.map((m) => m.occupation.soc).sort();
const get = (soc: string) => {
  const found = index.bySoc(soc);
  assert.ok(found, `${soc} is in the bundled data`);
  return found;
};

describe('the bundled dataset', () => {
  test('data/roles.json matches the bundled format schema and holds 831 occupations: the 830 of May 2025 and one only May 2024 has', () => {
    const json = JSON.parse(readFileSync(findBundledDataset(), 'utf8'));
    assert.equal(bundledDatasetSchema.safeParse(json).success, true);
    assert.equal(bundled.length, 831);
    assert.equal(bundled.filter((o) => o.period === 'May 2025').length, 830);
  });

  test('loading twice returns the same occupations without reading the file again', async () => {
    assert.equal(await loadBundledDataset(), bundled);
  });

  test('Sales Managers carry the BLS May 2025 figures, which are not top-coded', () => {
    const sales = get('11-2022');
    assert.equal(sales.title, 'Sales Managers');
    assert.deepEqual(sales.wages, { mean: 164350, median: 148270, p10: 73170, p25: 100360, p75: 207340, p90: 290540, hourlyMean: 79.02 });
    assert.deepEqual(sales.topCoded, []);
    assert.deepEqual(wageFigure(sales, 'p90'), { value: 290540, atLeast: false });
    assert.deepEqual([sales.period, sales.year, sales.source], ['May 2025', 2025, 'BLS OEWS']);
    assert.equal(sales.url, 'https://www.bls.gov/oes/2025/may/oes112022.htm');
  });

  test('the May 2024 and May 2023 figures are kept as `previous` releases, newest first, with their own top-coding', () => {
    const [may2024, may2023] = get('11-2022').previous ?? [];
    assert.equal(may2024?.period, 'May 2024');
    assert.equal(may2024?.employment, 603710);
    assert.equal(may2024?.wages.median, 138060);
    assert.deepEqual(may2024?.topCoded, ['p90']);
    assert.deepEqual(may2024 && wageFigure(may2024, 'p90'), { value: 239200, atLeast: true });
    assert.equal(may2023?.period, 'May 2023');
    assert.equal(may2023?.wages.median, 135160);
    assert.equal(may2023?.url, 'https://www.bls.gov/oes/2023/may/oes112022.htm');
  });

  test('Software Developers have a May 2025 mean of $148,100 and a May 2024 mean of $144,570', () => {
    assert.equal(get('15-1252').wages.mean, 148100);
    assert.equal(get('15-1252').previous?.[0]?.wages.mean, 144570);
  });

  test('top-coded cells match the counts BLS documents: none in May 2025, 87 in 45 occupations (2024), 81 in 41 (2023)', () => {
    const count = (lists: string[][]) => [lists.flat().length, lists.filter((l) => l.length).length];
    assert.deepEqual(count(bundled.map((o) => o.topCoded)), [0, 0]);
    const release = (period: string) => bundled.map((o) => [o, ...(o.previous ?? [])].find((s) => s.period === period)?.topCoded ?? []);
    assert.deepEqual(count(release('May 2024')), [87, 45]);
    assert.deepEqual(count(release('May 2023')), [81, 41]);
    for (const o of bundled) for (const key of o.topCoded) assert.equal(o.wages[key], undefined, `${o.soc} ${key}`);
  });

  test('hourly-only occupations have an hourly mean and no annual figures', () => {
    assert.deepEqual(get('27-2011').wages, { hourlyMean: 58.29 });
    assert.deepEqual(get('27-2011').topCoded, []);
  });

  test('O*NET codes that OEWS publishes only as an aggregate resolve to the aggregate', () => {
    assert.equal(index.bySoc('13-1021')?.soc, '13-1020');
    assert.deepEqual(socs(index.match('Cattle Broker')), ['13-1020']);
    assert.deepEqual(get('13-1020').includesSoc, ['13-1021', '13-1022', '13-1023']);
  });
});

describe('titleKey()', () => {
  const same: Array<[string, string]> = [
    ['Sales Managers', 'the sales manager'],
    ['Secretaries', 'Secretary'],
    ['Coaches', 'coach'],
    ['Nurses', 'nurse'],
    ['Attorneys', 'Attorney'],
    ['Salesmen', 'Salesman'],
    ['Businesses', 'business'],
    ['Front-End Developer', 'front end developers'],
    ["Driver's Helper", 'Driver’s Helpers'],
    ['R&D Manager', 'R and D Manager'],
    ['Café Owner', 'Cafe Owners'],
  ];
  for (const [a, b] of same) {
    test(`"${a}" and "${b}" share a key`, () => assert.equal(titleKey(a), titleKey(b)));
  }
  test('different roles keep different keys, and a lone article is kept', () => {
    assert.notEqual(titleKey('Sales Manager'), titleKey('Sales Engineer'));
    assert.notEqual(titleKey('Bus Driver'), titleKey('Driver'));
    assert.equal(titleKey('The'), 'the');
  });
});

describe('match()', () => {
  test('singular, plural, case, punctuation and a leading article all meet the BLS title', () => {
    for (const name of ['Sales Manager', 'Sales Managers', 'the sales-managers', 'SALES MANAGER']) {
      const matches = index.match(name);
      assert.deepEqual(socs(matches), ['11-2022'], name);
      assert.equal(matches[0]!.via, 'title');
      assert.equal(matches[0]!.matched, 'Sales Managers');
    }
    assert.deepEqual(socs(index.match('an Accountant')), ['13-2011']);
  });

  test('Product Manager matches Marketing Managers through its O*NET alternate title', () => {
    const [match, ...rest] = index.match('Product Manager');
    assert.equal(rest.length, 0);
    assert.deepEqual([match?.occupation.soc, match?.via, match?.matched], ['11-2021', 'alternate', 'Product Manager']);
  });

  test('Software Engineer matches Software Developers', () => {
    assert.deepEqual(socs(index.match('Software Engineer')), ['15-1252']);
  });

  test('an ambiguous alternate title keeps every candidate occupation', () => {
    assert.deepEqual(socs(index.match('Accounting Assistant')), ['43-3021', '43-3031', '43-3051']);
    // O*NET also writes "Project Manager (PM)" under Computer Occupations, All Other: the
    // index finds it by the short form; the role matcher sets it aside (its head noun differs).
    assert.deepEqual(socs(index.match('Project Manager')), ['11-9041', '11-9199', '13-1082', '15-1299']);
    assert.deepEqual(socs(matchRole(index, 'Project Manager').matches), ['11-9041', '11-9199', '13-1082']);
  });

  test('a BLS title wins over alternate titles that name other occupations', () => {
    // O*NET also lists "Marketing Manager" under Advertising and Promotions Managers.
    assert.deepEqual(socs(index.match('Marketing Manager')), ['11-2021']);
  });

  test('a title names its general occupation before ", Except": "Kindergarten Teacher" is not a preschool teacher', () => {
    // O*NET lists no "Kindergarten Teacher" under 25-2012, and search() meets "Pre-Kindergarten Teacher" first.
    for (const name of ['Kindergarten Teacher', 'kindergarten teachers', 'Medical Scientist']) {
      const [match, ...rest] = index.match(name);
      assert.equal(rest.length, 0, name);
      assert.equal(match?.via, 'title', name);
    }
    assert.deepEqual(socs(index.match('Kindergarten Teacher')), ['25-2012']);
    assert.deepEqual(socs(index.match('Medical Scientist')), ['19-1042']);
    const resolved = matchRole(index, 'Kindergarten Teacher').matches;
    assert.deepEqual([resolved[0]?.occupation.soc, resolved[0]?.kind], ['25-2012', 'exact']);
    // Only the head before ", Except": "Secretaries and Administrative Assistants" is not "Secretary".
    assert.equal(index.match('Secretary')[0]?.via, 'alternate');
  });

  test('match() does not guess: a misspelt role has no match, but suggest() finds it', () => {
    assert.deepEqual(index.match('Sofware Enginer'), []);
    assert.deepEqual(index.match(''), []);
    assert.equal(index.suggest('Sofware Enginer')[0]?.soc, '15-1252');
    assert.equal(index.suggest('Data Scientst')[0]?.soc, '15-2051');
    assert.equal(index.suggest('Sofware Enginer', 5).length, 5);
  });

  test('a SOC pin finds the occupation written with or without dash or O*NET suffix', () => {
    assert.equal(index.bySoc('112022')?.title, 'Sales Managers');
    const pinned = index.pinnedMatch('11-2022.00');
    assert.deepEqual([pinned?.occupation.soc, pinned?.via], ['11-2022', 'pinned']);
    assert.equal(index.pinnedMatch('99-9999'), undefined);
  });
});

describe('search()', () => {
  test('"product" lists Product Manager among the first results', () => {
    const results = index.searchMatches('product', 10);
    assert.ok(results.some((r) => r.occupation.soc === '11-2021' && r.matched === 'Product Manager'));
    assert.ok(results.every((r) => /product/i.test(r.matched)));
  });

  test('a title typed in full comes first and each occupation appears once', () => {
    const results = index.search('software developers', 20);
    assert.equal(results[0]?.soc, '15-1252');
    assert.equal(new Set(results.map((o) => o.soc)).size, results.length);
    assert.deepEqual(index.search('  ', 5), []);
  });
});

const custom = (over: Partial<Occupation> = {}): Occupation => ({
  soc: 'custom-001',
  title: 'Product Owners',
  aliases: ['Product Manager'],
  wages: { mean: 150000 },
  topCoded: [],
  release: { id: 'acme', program: 'Acme', period: '2025', year: 2025, source: 'Acme salary survey', citation: 'Acme salary survey, 2025' },
  period: '2025',
  year: 2025,
  source: 'Acme salary survey',
  ...over,
});

describe('workspace overlays', () => {
  test('an overlay with a bundled SOC code replaces the bundled occupation', () => {
    const mine = custom({ soc: '11-2022', title: 'Sales Managers', aliases: [], wages: { mean: 1 } });
    const overlaid = createRoleIndex(bundled, [mine]);
    const replaced = overlaid.bySoc('11-2022')!;
    assert.deepEqual({ ...replaced, outlook: undefined, outlooks: undefined }, { ...mine, outlook: undefined, outlooks: undefined });
    assert.deepEqual(overlaid.match('Sales Manager'), [{ occupation: replaced, via: 'title', matched: 'Sales Managers' }]);
    assert.equal(overlaid.search('sales managers', 1)[0], replaced);
    assert.equal(overlaid.occupations.length, 831);
    assert.equal(index.bySoc('11-2022')?.wages.mean, 164350, 'the bundled index is untouched');
  });

  test('O*NET alternate titles of a replaced code lead to the replacement', () => {
    const mine = custom({ soc: '11-2022', title: 'Revenue Leaders', aliases: [] });
    const [match] = createRoleIndex(bundled, [mine]).match('Sales Managers');
    assert.deepEqual([match?.occupation.title, match?.via, match?.matched], ['Revenue Leaders', 'alternate', 'Sales Manager']);
  });

  test('a workspace entry without projections keeps the bundled EP data for its SOC code; one with its own keeps its own', () => {
    const overlaid = createRoleIndex(bundled, [custom({ soc: '29-1141', title: 'Nurses', aliases: [] })]);
    const nurse = overlaid.bySoc('29-1141')!;
    assert.deepEqual([nurse.title, nurse.wages.mean], ['Nurses', 150000]);
    assert.equal(nurse.outlook, index.bySoc('29-1141')!.outlook);
    assert.equal(overlaid.projectionFor('29-1141', '2024–34')?.changePercent, 4.9);
    const own = index.bySoc('29-1141')!.outlooks![1]!;
    const withOwn = createRoleIndex(bundled, [custom({ soc: '29-1141', outlook: own })]).bySoc('29-1141')!;
    assert.deepEqual([withOwn.outlook, withOwn.outlooks], [own, undefined]);
  });

  test('workspace aliases are matched before titles and alternate titles, with their own source and year', () => {
    const overlaid = createRoleIndex(bundled, [custom()]);
    const matches = overlaid.match('product managers');
    assert.equal(matches.length, 1);
    assert.deepEqual([matches[0]?.occupation.soc, matches[0]?.via], ['custom-001', 'alias']);
    assert.deepEqual([matches[0]?.occupation.source, matches[0]?.occupation.year], ['Acme salary survey', 2025]);
    assert.equal(overlaid.occupations.length, 832);
    assert.equal(overlaid.search('product own', 1)[0]?.soc, 'custom-001');
  });
});

describe('parseDatasetJson()', () => {
  const file = 'roles.json';
  const dataset = (occupations: unknown[], extra = {}) =>
    JSON.stringify({ source: 'Acme survey', period: 'March 2025', ...extra, occupations }, null, 2);

  test('a valid dataset gives occupations with file-level defaults filled in', () => {
    const text = dataset([
      { soc: 'custom-001', title: 'Growth Marketer', aliases: ['Growth Hacker', ' Growth Hacker '], wages: { median: 90000, p90: 150000 } },
      { soc: '11-2022', title: 'Sales Managers', wages: { mean: 170000 }, topCoded: ['p90'], source: 'BLS OEWS', year: 2025 },
    ]);
    const result = parseDatasetJson(text, file);
    assert.ok(result.ok, JSON.stringify(result));
    const [growth, sales] = result.occupations;
    assert.deepEqual([growth?.source, growth?.period, growth?.year, growth?.file], ['Acme survey', 'March 2025', 2025, file]);
    assert.deepEqual(growth?.aliases, ['Growth Hacker']);
    assert.deepEqual([sales?.source, sales?.year, sales?.period, sales?.topCoded], ['BLS OEWS', 2025, '2025', ['p90']]);
  });

  test('invalid JSON syntax is reported with its line and column', () => {
    const text = '{\n  "occupations": [\n    { "soc": "x" "title": "X" }\n  ]\n}';
    const result = parseDatasetJson(text, file);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors, [{ file, message: 'invalid JSON: comma expected', line: 3, column: 18 }]);
  });

  test('a value of the wrong type is reported with its JSON path and line', () => {
    const text = dataset([
      { soc: 'a', title: 'A', wages: { mean: 1 } },
      { soc: 'b', title: 'B', wages: { mean: '160930' } },
    ]);
    const result = parseDatasetJson(text, file);
    assert.ok(!result.ok);
    const [error] = result.errors;
    assert.equal(error?.path, 'occupations[1].wages.mean');
    assert.equal(error?.message, 'occupations[1].wages.mean: expected a number, got string');
    assert.equal(error?.line, text.split('\n').findIndex((line) => line.includes('"160930"')) + 1);
  });

  test('missing and unknown properties are named, pointing at the object or the key', () => {
    const text = dataset([{ soc: 'a', wages: { mean: 1 }, salary: 5 }]);
    const result = parseDatasetJson(text, file);
    assert.ok(!result.ok);
    const messages = result.errors.map((e) => `${e.line} ${e.message}`);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    assert.deepEqual(
      messages.sort(),
      [
        `${lineOf('"salary"')} occupations[0].salary: unknown property \`salary\``,
        `${lineOf('"occupations"') + 1} occupations[0].title: missing required property \`title\``,
      ].sort(),
    );
  });

  test('cross-field problems are reported: duplicate id, no date, top-coded figure with a value, falling percentiles', () => {
    const text = JSON.stringify({
      occupations: [
        { soc: 'a', title: 'A', wages: { p25: 50000, median: 40000, p90: 300000 }, topCoded: ['p90'], year: 2024 },
        { soc: 'a', title: 'B', wages: { mean: 1 } },
      ],
    });
    const result = parseDatasetJson(text, file);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => e.path),
      ['occupations[0].wages.p90', 'occupations[0].wages.median', 'occupations[1].soc', 'occupations[1]'],
    );
    assert.match(result.errors[1]!.message, /expected `median` \(\$40,000\) to be at least `p25` \(\$50,000\)/);
  });
});

describe('parseDatasetCsv()', () => {
  const file = 'roles.csv';
  const header = 'soc_code,title,employment,hourly_mean,annual_mean,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,aliases,year';

  test('rows in BLS column format parse, with # as top-coded, * as missing and ; between aliases', () => {
    const text = `${header}\n11-2022,Sales Managers,603710,77.37,"$160,930",66910,95910,138060,201490,#,Sales Lead; Head of Sales,2024\ncustom-1,Growth Marketer,,*,90000,,,,,,,2025\n`;
    const result = parseDatasetCsv(text, file);
    assert.ok(result.ok, JSON.stringify(result));
    const [sales, growth] = result.occupations;
    assert.deepEqual(sales?.wages, { hourlyMean: 77.37, mean: 160930, p10: 66910, p25: 95910, median: 138060, p75: 201490 });
    assert.deepEqual([sales?.topCoded, sales?.aliases, sales?.year], [['p90'], ['Sales Lead', 'Head of Sales'], 2024]);
    assert.deepEqual([growth?.wages, growth?.employment, growth?.source], [{ mean: 90000 }, undefined, file]);
  });

  test('a bad cell is reported with the 1-based file line of its row and the column name', () => {
    const text = `${header}\n"a","Multi\nline title",1,,100,,,,,,,2024\nb,B,1,,lots,,,,,,,2024\n`;
    const result = parseDatasetCsv(text, file);
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, [{ file, line: 4, path: 'annual_mean', message: 'annual_mean: expected a number, got "lots"' }]);
  });

  test('schema problems in a row point at its line and column too', () => {
    const text = `soc_code,title,annual_mean,url,year\nok,Ok,1,,2024\nbad id,Bad,1,not a url,2024\n`;
    const result = parseDatasetCsv(text, file);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.line, e.path]),
      [
        [3, 'soc_code'],
        [3, 'url'],
      ],
    );
  });

  test('header problems and short rows are reported by line', () => {
    const unknown = parseDatasetCsv('soc_code,title,anual_mean\n', file);
    assert.ok(!unknown.ok);
    assert.equal(unknown.errors[0]?.line, 1);
    assert.match(unknown.errors[0].message, /unknown column `anual_mean`/);
    const short = parseDatasetCsv('soc_code,title,annual_mean,year\na,A,1,2024\n\nb,B\n', file);
    assert.ok(!short.ok);
    assert.deepEqual(
      short.errors.map((e) => e.line),
      [4],
    );
  });
});

test('core dataset modules import neither vscode nor Node built-ins, so they run in a web worker', () => {
  const dir = new URL('../../src/core/dataset/', import.meta.url);
  // Its sub-folders (codec/, formats/, names/) too.
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
    const source = readFileSync(new URL(name, dir), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) {
      assert.ok(spec.startsWith('.') || spec === 'zod' || spec === 'csv-parse/browser/esm/sync', `${name} imports ${spec}`);
    }
  }
});

describe('workspace projections', () => {
  const nurse = {
    soc: '29-1141',
    title: 'Registered Nurses',
    year: 2025,
    wages: { mean: 99000 },
    outlook: {
      period: '2025-2035',
      source: 'Acme projections',
      employmentBase: 100.0,
      employmentTarget: 110.0,
      changePercent: 10.0,
      openingsPerYear: 8.5,
      education: "Associate's degree",
    },
  };

  test('a JSON entry may carry its own projection and education, with a release of its period and source', () => {
    const parsed = parseDatasetJson(JSON.stringify({ occupations: [nurse] }), 'roles.json');
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const outlook = parsed.occupations[0]!.outlook!;
    assert.deepEqual(
      [
        outlook.release.period,
        outlook.release.year,
        outlook.release.targetYear,
        outlook.release.source,
        outlook.changePercent,
        outlook.education,
      ],
      ['2025–35', 2025, 2035, 'Acme projections', 10, "Associate's degree"],
    );
    assert.equal('selfEmployedPercent' in outlook, false, 'not given is blank, not zero');
    const overlaid = createRoleIndex(bundled, parsed.occupations);
    assert.equal(overlaid.projectionFor('29-1141')?.changePercent, 10);
  });

  test('a workspace percent change that disagrees with its employment figures names the JSON path', () => {
    const bad = { ...nurse, outlook: { ...nurse.outlook, changePercent: 12.0 } };
    const parsed = parseDatasetJson(JSON.stringify({ occupations: [bad] }, null, 2), 'roles.json');
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok);
    assert.equal(parsed.errors.length, 1);
    assert.equal(parsed.errors[0]!.path, 'occupations[0].outlook.changePercent');
    assert.match(parsed.errors[0]!.message, /12 disagrees with the employment figures \(10\.0\)/);
  });

  test('CSV rows may carry the EP columns; a row without them keeps the bundled projection for its SOC code', () => {
    const csv = [
      'soc_code,title,annual_mean,year,projection_period,employment_base_thousands,employment_target_thousands,change_percent,openings_per_year_thousands,typical_education,percent_self_employed',
      "29-1141,Registered Nurses,99000,2025,2025–35,100,95,-5.0,8.5,Associate's degree,—",
      '11-2022,Sales Managers,150000,2025,,,,,,,',
    ].join('\n');
    const parsed = parseDatasetCsv(csv, 'roles.csv');
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const [rn, sales] = parsed.occupations;
    assert.deepEqual(
      [rn!.outlook?.changePercent, rn!.outlook?.education, rn!.outlook?.selfEmployedPercent],
      [-5, "Associate's degree", undefined],
    );
    assert.equal(sales!.outlook, undefined);
    const overlaid = createRoleIndex(bundled, parsed.occupations);
    assert.equal(overlaid.bySoc('11-2022')!.outlook?.release.period, '2025–35');
    assert.equal(overlaid.bySoc('11-2022')!.outlook?.changePercent, 4.5);
    assert.equal(overlaid.bySoc('11-2022')!.wages.mean, 150000);
    const broken = parseDatasetCsv(csv.replace('-5.0', 'minus five'), 'roles.csv');
    assert.ok(!broken.ok);
    assert.deepEqual([broken.errors[0]!.line, broken.errors[0]!.path], [2, 'change_percent']);
  });
});
