// Where lint() spends its time on a long article: runs it on the 20,000-word article under
// the V8 profiler and prints the heaviest functions (self and total time), the share of the
// Markdown parse, and what each rule costs, so hot spots show per rule.
// Run: npx tsx bench/profile.ts [--words 20000] [--runs 30]
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { lintArticle, parseArticle, resolveConfig, RULES } from '../src/core/index.js';
import { createRoleIndex } from '../src/core/dataset/index.js';
import { salaryClaims } from '../src/core/salary/claims.js';
import { loadBundledDataset } from '../src/node/bundled-dataset.js';
import { articleOfWords, loadRoles } from './articles.js';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const words = argument('--words', 20_000);
const runs = argument('--runs', 30);

const text = articleOfWords(await loadRoles(), words, words);
const config = resolveConfig();
const dataset = createRoleIndex(await loadBundledDataset());
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

for (let i = 0; i < 5; i++) lintArticle(parseArticle(text, config), { config, dataset });

// Per phase and per rule, each rule alone on an already parsed article, interleaved.
const only = (id: string) => ({ ...config, rules: Object.fromEntries(Object.entries(config.rules).map(([k, v]) => [k, k === id ? v : { ...v, severity: 'off' as const }])) });
const perRule = new Map<string, number[]>(RULES.map((r) => [r.id, []]));
const phases = { parse: [] as number[], rules: [] as number[], claims: [] as number[] };
for (let i = 0; i < runs; i++) {
  let article = parseArticle(text, config);
  phases.parse.push(time(() => (article = parseArticle(text, config))));
  phases.rules.push(time(() => lintArticle(article, { config, dataset })));
  phases.claims.push(time(() => salaryClaims(article)));
  for (const rule of RULES) perRule.get(rule.id)!.push(time(() => lintArticle(article, { config: only(rule.id), dataset })));
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let i = 0; i < runs; i++) lintArticle(parseArticle(text, config), { config, dataset });
const { profile } = await session.post('Profiler.stop');
const file = join(tmpdir(), `career-articles-lint-${words}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
const deltas = profile.timeDeltas ?? [];
let all = 0;
profile.samples?.forEach((id, i) => {
  const dt = deltas[i] ?? 0;
  all += dt;
  self.set(label(nodes.get(id)!), (self.get(label(nodes.get(id)!)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(nodes.get(at)!);
    if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + dt), seen.add(name);
  }
});
const top = (map: Map<string, number>, count: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => `${((100 * us) / all).toFixed(1).padStart(5)}%  ${name}`);

const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
console.log(`lint() on a ${words}-word article (${(text.length / 1024).toFixed(0)} KiB), ${runs} runs, medians:`);
console.log(`  parse (remark + GFM + front matter + article model): ${ms(phases.parse)}`);
console.log(`  all rules on the parsed article:                     ${ms(phases.rules)}`);
for (const [id, values] of perRule) console.log(`    ${id.padEnd(28)} ${ms(values)}`);
console.log(`  one salaryClaims(article) call:                      ${ms(phases.claims)}`);
console.log(`\nself time:\n${top(self, 25).join('\n')}`);
console.log(`\ntotal time:\n${top(total, 40).join('\n')}`);
console.log(`\nprofile written to ${file}`);
