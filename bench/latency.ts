// In-process re-lint latency, as an editor sees it while the author types: each sample types
// one more character into the salary section (a word, then deletes it, and again), and the
// text is linted again, after warm-up, by this project's lint() as the extension runs it
// (every rule, the bundled dataset already indexed, the document's incremental parser, which
// re-parses only the section typed in), the same with a whole parse each time,
// markdownlint's sync lint() with its default rules, and bare remark-parse (CommonMark
// only: the floor for any linter that parses the whole text again).
// The three run interleaved, sample by sample, so a burst of load from other processes
// hits all of them alike. Prints one JSON object (bench/run.ts reads it).
// Run alone: npx tsx bench/latency.ts [--samples-small N] [--samples-large N]
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createIncrementalParser, lint, resolveConfig } from '../src/core/index.js';
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
  oursWhole: Latency;
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

// One incremental parser per document, as lint-service.ts keeps one per open document.
let parser = createIncrementalParser();
const contenders: Record<keyof Omit<LatencyResult, 'words' | 'bytes'>, (text: string) => unknown> = {
  ours: (text) => lint(text, { config, dataset, parser }),
  oursWhole: (text) => lint(text, { config, dataset }),
  markdownlint: (text) => markdownlint({ strings: { article: text }, config: { default: true } }),
  remarkParse: (text) => remark.parse(text),
};

const TYPED = 'experienced ';

/** The text after `keystrokes` keystrokes in its salary section: typing TYPED, then deleting it. */
function typed(text: string, keystrokes: number): string {
  const at = text.indexOf('\n', text.indexOf('### Salary') + 12);
  const step = keystrokes % (2 * TYPED.length);
  const length = step <= TYPED.length ? step : 2 * TYPED.length - step;
  return text.slice(0, at) + TYPED.slice(0, length) + text.slice(at);
}

function measure(text: string, warmup: number, samples: number): LatencyResult {
  if (!text.includes('### Salary')) throw new Error('the generated article has no salary section to type in');
  parser = createIncrementalParser();
  const times: Record<string, number[]> = { ours: [], oursWhole: [], markdownlint: [], remarkParse: [] };
  const names = Object.keys(contenders) as Array<keyof typeof contenders>;
  for (let i = 0; i < warmup + samples; i++) {
    const current = typed(text, i);
    // Rotate the order too, so no contender always runs right after the same one.
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      const start = performance.now();
      contenders[name](current);
      const elapsed = performance.now() - start;
      if (i >= warmup) times[name]!.push(elapsed);
    }
  }
  return {
    words: wordCount(text),
    bytes: Buffer.byteLength(text),
    ours: summarize(times.ours!),
    oursWhole: summarize(times.oursWhole!),
    markdownlint: summarize(times.markdownlint!),
    remarkParse: summarize(times.remarkParse!),
  };
}

const small = articleOfWords(roles, 1_500, 1500);
const large = articleOfWords(roles, 20_000, 20_000);
// The clean article must really be linted (an article, every rule run), or the comparison means nothing.
const check = lint(small, { config, dataset });
if (!check.isArticle) throw new Error('the generated 1,500-word article is not recognised as an article');
// And the incremental parser must see what a whole parse sees, keystroke after keystroke.
const probe = createIncrementalParser();
for (let i = 0; i < 30; i++) {
  const text = typed(small, i);
  if (JSON.stringify(lint(text, { config, dataset, parser: probe }).findings) !== JSON.stringify(lint(text, { config, dataset }).findings))
    throw new Error(`incremental and whole parses disagree after ${i} keystrokes`);
}

const results = [measure(small, 50, argument('--samples-small', 400)), measure(large, 5, argument('--samples-large', 40))];
process.stdout.write(`${JSON.stringify(results)}\n`);
