// In-process re-lint latency, as an editor sees it while the author types: the same text
// linted again and again after warm-up, by this project's lint() (every rule, the bundled
// dataset already indexed), markdownlint's sync lint() with its default rules, and bare
// remark-parse (CommonMark only: the floor any remark-based linter starts from).
// The three run interleaved, sample by sample, so a burst of load from other processes
// hits all of them alike. Prints one JSON object (bench/run.ts reads it).
// Run alone: npx tsx bench/latency.ts [--samples-small N] [--samples-large N]
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lint, resolveConfig } from '../src/core/index.js';
import { createRoleIndex } from '../src/core/dataset/index.js';
import { loadBundledDataset } from '../src/node/bundled-dataset.js';
import { articleOfWords, loadRoles, wordCount } from './articles.js';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  samples: number;
}

export interface LatencyResult {
  words: number;
  bytes: number;
  ours: Latency;
  markdownlint: Latency;
  remarkParse: Latency;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    samples: samples.length,
  };
}

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

const roles = await loadRoles();
const config = resolveConfig();
const dataset = createRoleIndex(await loadBundledDataset());
const remark = unified().use(remarkParse).freeze();

const contenders: Record<keyof Omit<LatencyResult, 'words' | 'bytes'>, (text: string) => unknown> = {
  ours: (text) => lint(text, { config, dataset }),
  markdownlint: (text) => markdownlint({ strings: { article: text }, config: { default: true } }),
  remarkParse: (text) => remark.parse(text),
};

function measure(text: string, warmup: number, samples: number): LatencyResult {
  const times: Record<string, number[]> = { ours: [], markdownlint: [], remarkParse: [] };
  const names = Object.keys(contenders) as Array<keyof typeof contenders>;
  for (let i = 0; i < warmup + samples; i++) {
    // Rotate the order too, so no contender always runs right after the same one.
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      const start = performance.now();
      contenders[name](text);
      const elapsed = performance.now() - start;
      if (i >= warmup) times[name]!.push(elapsed);
    }
  }
  return {
    words: wordCount(text),
    bytes: Buffer.byteLength(text),
    ours: summarize(times.ours!),
    markdownlint: summarize(times.markdownlint!),
    remarkParse: summarize(times.remarkParse!),
  };
}

const small = articleOfWords(roles, 1_500, 1500);
const large = articleOfWords(roles, 20_000, 20_000);
// The clean article must really be linted (an article, every rule run), or the comparison means nothing.
const check = lint(small, { config, dataset });
if (!check.isArticle) throw new Error('the generated 1,500-word article is not recognised as an article');

const results = [measure(small, 50, argument('--samples-small', 400)), measure(large, 5, argument('--samples-large', 40))];
process.stdout.write(`${JSON.stringify(results)}\n`);
