// The house style's cost (issue #28: a 500-term style file may cost at most 20% more CPU per
// article): the bundled examples linted in process with no style, with the careers preset
// (its terms, patterns and the dataset's job titles), with a 500-term style file alone and over
// the preset, and with 10,000 terms over it (plus a pattern and an acronym each), medians of CPU
// time per lint. Terms share one first-word index, so 10,000 should cost about what 500 do.
// Run alone: npx tsx bench/style.ts [rounds]; `npm run bench -- --only style` runs it too.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../src/core/config/parse.js';
import { lint } from '../src/core/lint.js';
import type { ResolvedConfig } from '../src/core/config/resolve.js';
import { bundledRoleIndex } from '../test/unit/helpers/dataset.js';

const ROUNDS = Number(process.argv[2] ?? 30);
const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const texts = readdirSync(EXAMPLES).map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));

function styleConfig(terms: number, presets = ['careers']): ResolvedConfig {
  const style = {
    presets,
    terms: Array.from({ length: terms }, (_, i) => ({ use: `approved term ${i}`, avoid: [`banned term ${i}`, `bannedword${i}`] })),
    patterns: [{ pattern: '\\bclick here\\b', flags: 'i', message: 'link text' }],
    acronyms: [{ acronym: 'RN', expansion: 'registered nurse' }],
  };
  const parsed = parseConfig(JSON.stringify({ style }), 'bench.json');
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.value;
}

const dataset = await bundledRoleIndex();
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function measure(config: ResolvedConfig | undefined): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (const text of texts) lint(text, { dataset, ...(config && { config }) });
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / texts.length);
  }
  return median(times);
}

measure(undefined); // warm-up
const base = measure(undefined);
console.log(`no style             ${base.toFixed(2)} ms per article`);
for (const [name, config] of [
  ['careers preset', styleConfig(0)],
  ['500 terms', styleConfig(500, [])],
  ['500 terms+careers', styleConfig(500)],
  ['10,000 terms+careers', styleConfig(10_000)],
] as const) {
  measure(config); // its own warm-up: the dataset's title words, the style's compiled rules
  const ms = measure(config);
  console.log(`${name.padEnd(20)} ${ms.toFixed(2)} ms per article (${(((ms - base) / base) * 100).toFixed(0)}% more)`);
}
