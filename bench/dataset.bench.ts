// Cost of the bundled role dataset: load, index, and per-call lookups.
// Run: npx tsx bench/dataset.bench.ts   (add --expose-gc via NODE_OPTIONS for steadier heap numbers)
import { readFileSync } from 'node:fs';
import { decodeBundledDataset } from '../src/core/dataset/bundled.js';
import { createRoleIndex } from '../src/core/dataset/role-index.js';
import { findBundledDataset } from '../src/node/bundled-dataset.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

// Deterministic pseudo-random picks, so runs compare.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const typo = (text: string) => {
  const at = 1 + Math.floor(random() * (text.length - 2));
  return text.slice(0, at) + text.slice(at + 1);
};

/** The work timed must be the work claimed: a lookup that finds nothing stops the benchmark. */
function sane(ok: boolean, what: string): void {
  if (ok) return;
  console.error(`Sanity check failed: ${what}`);
  process.exit(1);
}

const heapBefore = heapMb();
const [text, readMs] = time(() => readFileSync(findBundledDataset(), 'utf8'));
const [json, parseMs] = time(() => JSON.parse(text) as unknown);
const [bundled, decodeMs] = time(() => decodeBundledDataset(json));
const index = createRoleIndex(bundled);
const [titleMatch, titlesMs] = time(() => index.match('Sales Managers'));
const [alternateMatch, alternatesMs] = time(() => index.match('Product Manager'));
const [suggested, suggestBuildMs] = time(() => index.suggest('Sofware Enginer'));
const [found, searchBuildMs] = time(() => index.search('product'));
const heapAfter = heapMb();
sane(bundled.length > 0, 'data/roles.json decoded to no occupations');
sane(titleMatch.length > 0 && alternateMatch.length > 0, 'match() found no occupation for "Sales Managers" or "Product Manager"');
sane(suggested.length > 0 && found.length > 0, 'suggest("Sofware Enginer") or search("product") returned nothing');

const titles = bundled.map((o) => o.title);
const alternates = bundled.flatMap((o) => o.alternateTitles ?? []);
const names = Array.from({ length: 1000 }, (_, i) => {
  if (i % 4 === 0) return pick(titles).toUpperCase();
  if (i % 4 === 1) return `the ${pick(alternates)}s`;
  if (i % 4 === 2) return pick(alternates);
  return typo(pick(alternates)); // mostly unknown names: the slowest path, all tiers miss
});
const perCall = (run: (name: string) => unknown, inputs: readonly string[]) => {
  const [, ms] = time(() => inputs.forEach(run));
  return (ms * 1000) / inputs.length;
};
const matchUs = perCall((name) => index.match(name), names);
// Every title and alternate title asked for as it is (half the names) must be found; the
// plural forms are a harder case ("the X (Y)s" finds nothing) and are not counted.
const exact = names.filter((_, i) => i % 4 === 0 || i % 4 === 2);
const matched = exact.filter((name) => index.match(name).length > 0).length;
sane(matched === exact.length, `match() found ${matched} of ${exact.length} titles and alternate titles asked for as they are`);
const unknown = names.filter((_, i) => i % 4 === 3).slice(0, 200);
const suggestUs = perCall((name) => index.suggest(name), unknown);
const searchUs = perCall((name) => index.search(name.slice(0, 6), 20), unknown);
const overlayMs = time(() => createRoleIndex(bundled, [{ ...bundled[0]!, aliases: ['Boss'] }]).match('Product Manager'))[1];

// A fixed amount of plain work, to read the numbers above against the machine's load.
let sink = 0;
const calibrationMs = time(() => {
  for (let i = 0; i < 1e7; i++) sink = (sink + i) | 0;
})[1];

const row = (label: string, value: number, unit: string) => console.log(`${label.padEnd(44)} ${value.toFixed(1).padStart(8)} ${unit}`);
console.log(
  `data/roles.json: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB), ${bundled.length} occupations ` +
    `(${bundled.filter((o) => o.outlook).length} with EP projections, ${bundled.filter((o) => o.previous?.length).length} with previous releases), ` +
    `${alternates.length} alternate-title links`,
);
row('read + JSON.parse + decode (load time)', readMs + parseMs + decodeMs, 'ms');
row('readFileSync', readMs, 'ms');
row('JSON.parse', parseMs, 'ms');
row('decode to Occupation[]', decodeMs, 'ms');
row('index: titles (first match)', titlesMs, 'ms');
row('index: alternate titles (first alternate match)', alternatesMs, 'ms');
row('index: suggest token index (first suggest)', suggestBuildMs, 'ms');
row('index: search list (first search)', searchBuildMs, 'ms');
row('new index with an overlay, reusing tables', overlayMs, 'ms');
row('heap after load + all indexes', heapAfter - heapBefore, `MB${gc ? '' : ' (no --expose-gc: approximate)'}`);
row('match() per lookup, 1,000 names', matchUs, 'µs');
row('suggest() per call, 200 unknown names', suggestUs, 'µs');
row('search() per call, 200 six-letter prefixes', searchUs, 'µs');
row('calibration: 10M additions (about 10 ms when idle)', calibrationMs, 'ms');
