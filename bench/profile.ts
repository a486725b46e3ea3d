// Where lint() spends its time on a long article: runs it on the 20,000-word article under
// the V8 profiler and prints the heaviest functions (self and total time), the share of the
// Markdown parse, and what each rule costs, so hot spots show per rule. With --corpus, the
// same over every article of a folder (each linted once per run), as the CLI lints them.
// Run: npx tsx bench/profile.ts [--words 20000] [--runs 30] [--corpus bench/corpus/articles-1000]
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { lintArticle, parseArticle, resolveConfig, RULES } from '../src/core/index.js';
import { createRoleIndex } from '../src/core/dataset/index.js';
import { salaryClaims } from '../src/core/claims/salary-claims.js';
import { loadBundledDataset } from '../src/node/bundled-dataset.js';
import { articleOfWords, loadRoles } from './articles.js';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const words = argument('--words', 20_000);
const runs = argument('--runs', 30);

const corpusAt = process.argv.indexOf('--corpus');
const corpus = corpusAt >= 0 ? process.argv[corpusAt + 1]! : undefined;
const markdownFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(folder, e.name)) : e.name.endsWith('.md') ? [join(folder, e.name)] : [],
  );
const texts = corpus ? markdownFiles(corpus).map((file) => readFileSync(file, 'utf8')) : [articleOfWords(await loadRoles(), words, words)];
const text = texts[0]!;
const config = resolveConfig();
const dataset = createRoleIndex(await loadBundledDataset());
/** Runs `each` on every text and adds up the times. */
const overAll = (each: (text: string) => number) => texts.reduce((sum, t) => sum + each(t), 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

for (let i = 0; i < (corpus ? 1 : 5); i++) for (const t of texts) lintArticle(parseArticle(t, config), { config, dataset });
// What is profiled must be articles that every rule runs on, or the per-rule times mean nothing.
const notArticles = texts.filter((t) => !lintArticle(parseArticle(t, config), { config, dataset }).isArticle).length;
if (texts.length === 0 || notArticles > 0) {
  console.error(`Sanity check failed: ${notArticles} of ${texts.length} texts to profile are not recognised as articles`);
  process.exit(1);
}

// Per phase and per rule, each rule alone on an already parsed article, interleaved.
const only = (id: string) => ({
  ...config,
  rules: Object.fromEntries(Object.entries(config.rules).map(([k, v]) => [k, k === id ? v : { ...v, severity: 'off' as const }])),
});
const perRule = new Map<string, number[]>(RULES.map((r) => [r.id, []]));
const phases = { parse: [] as number[], rules: [] as number[], claims: [] as number[] };
const articles = texts.map((t) => parseArticle(t, config));
for (let i = 0; i < runs; i++) {
  phases.parse.push(overAll((t) => time(() => parseArticle(t, config))));
  phases.rules.push(articles.reduce((sum, a) => sum + time(() => lintArticle(a, { config, dataset })), 0));
  phases.claims.push(articles.reduce((sum, a) => sum + time(() => salaryClaims(a)), 0));
  for (const rule of RULES)
    perRule.get(rule.id)!.push(articles.reduce((sum, a) => sum + time(() => lintArticle(a, { config: only(rule.id), dataset })), 0));
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let i = 0; i < runs; i++) for (const t of texts) lintArticle(parseArticle(t, config), { config, dataset });
const { profile } = await session.post('Profiler.stop');
const file = join(tmpdir(), `career-articles-lint-${corpus ? 'corpus' : words}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
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
    if (seen.has(name)) continue;
    total.set(name, (total.get(name) ?? 0) + dt);
    seen.add(name);
  }
});
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `${((100 * us) / all).toFixed(1).padStart(5)}%  ${name}`);

const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
console.log(
  corpus
    ? `lint() on ${texts.length} articles of ${corpus} (${(texts.reduce((n, t) => n + t.length, 0) / 2 ** 20).toFixed(1)} MiB), ${runs} runs, medians of the totals:`
    : `lint() on a ${words}-word article (${(text.length / 1024).toFixed(0)} KiB), ${runs} runs, medians:`,
);
console.log(`  parse (remark + GFM + front matter + article model): ${ms(phases.parse)}`);
console.log(`  all rules on the parsed article:                     ${ms(phases.rules)}`);
for (const [id, values] of perRule) console.log(`    ${id.padEnd(28)} ${ms(values)}`);
console.log(
  `  one salaryClaims(article) call${corpus ? ' per article' : ''}:${corpus ? '          ' : '                      '}${ms(phases.claims)}`,
);
console.log("  (the rule times include lintArticle's own pass over the tree for suppression comments)");
console.log(`\nself time:\n${top(self, 25).join('\n')}`);
console.log(`\ntotal time:\n${top(total, 40).join('\n')}`);
console.log(`\nprofile written to ${file}`);
