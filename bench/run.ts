// The benchmark (npm run bench): this project's CLI next to markdownlint-cli2 on the same
// generated corpora, in the same run, as child processes; the in-process re-lint latency
// next to markdownlint and bare remark-parse; the CLI's start-up; Markdown built to be slow;
// optionally one 50 MB article. Writes bench/results.md. Runs of the contenders are
// interleaved and repeated, and the tables give medians, since the machine may be shared.
// Options: --quick (fewer repeats, no 10,000 corpus, no 50 MB article), --no-extension
// (skip bench/extension.bench.ts: activation and first lint), --skip-markdownlint-10000.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL, listsAndParagraphs, timeLint } from './adversarial.js';
import { lintHugeArticle } from './big-file.js';
import { CORPUS_ROOT, ensureBigArticle, ensureCorpus, type Corpus } from './corpus.js';
import type { LatencyResult } from './latency.js';
import { runMeasured, type Measured } from './measure.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'dist/cli.js');
const MARKDOWNLINT_CLI2 = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const flag = (name: string) => process.argv.includes(name);
const quick = flag('--quick');
const log = (line: string) => console.error(line);

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs --production` first (npm run bench does)');

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fixed = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';

/** A fixed amount of plain work: about 10 ms on an idle core; more means a busy machine. */
function calibrate(): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < 1e7; i++) sink = (sink + i) | 0;
  return performance.now() - start + (sink & 0);
}

interface Summary {
  runs: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  failures: string[];
}

function summarize(runs: Measured[]): Summary {
  const failures = runs
    .filter((r) => r.timedOut || r.signal || (r.code !== 0 && r.code !== 1))
    .map((r) => (r.timedOut ? 'timed out' : `exit ${r.code ?? r.signal}: ${r.stderr}`));
  return {
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    failures,
  };
}

type Contender = 'ours' | 'oursCached' | 'markdownlint' | 'parseOnly';
interface Row {
  corpus: Corpus;
  results: Partial<Record<Contender, Summary>>;
  skipped: Partial<Record<Contender, string>>;
}

const cacheFolder = mkdtempSync(join(tmpdir(), 'career-articles-bench-cache-'));

function commands(corpus: Corpus): Record<Contender, [string, string[]]> {
  const target = relative(CORPUS_ROOT, corpus.folder);
  const cache = join(cacheFolder, `${corpus.name}.json`);
  return {
    ours: [CLI, ['lint', target]],
    oursCached: [CLI, ['lint', '--cache', '--cache-location', cache, target]],
    markdownlint: [MARKDOWNLINT_CLI2, [`${target}/**/*.md`]],
    parseOnly: [join(HERE, 'parse-only.mjs'), [target]],
  };
}

async function throughput(corpus: Corpus, repeats: number, skipMarkdownlint: string | undefined): Promise<Row> {
  const row: Row = { corpus, results: {}, skipped: {} };
  const runs: Record<Contender, Measured[]> = { ours: [], oursCached: [], markdownlint: [], parseOnly: [] };
  const run = commands(corpus);
  const timeoutMs = 20 * 60_000;
  // The cache's first run lints everything and writes the cache: not a re-run, not counted.
  log(`  ${corpus.name}: filling the cache`);
  const fill = await runMeasured(run.oursCached[0], run.oursCached[1], { cwd: CORPUS_ROOT, timeoutMs });
  for (let i = 0; i < repeats; i++) {
    // Alternate the order, so neither linter always runs on a cache the other one warmed.
    const order: Contender[] =
      i % 2 === 0 ? ['ours', 'markdownlint', 'oursCached', 'parseOnly'] : ['parseOnly', 'markdownlint', 'oursCached', 'ours'];
    for (const who of order) {
      if (who === 'markdownlint' && skipMarkdownlint) continue;
      log(`  ${corpus.name}: ${who} (${i + 1}/${repeats})`);
      runs[who].push(await runMeasured(run[who][0], run[who][1], { cwd: CORPUS_ROOT, timeoutMs }));
    }
  }
  for (const who of Object.keys(runs) as Contender[]) if (runs[who].length) row.results[who] = summarize(runs[who]);
  if (skipMarkdownlint) row.skipped.markdownlint = skipMarkdownlint;
  row.results.oursCached?.failures.push(...summarize([fill]).failures);
  return row;
}

async function startup(file: string, repeats: number) {
  const runs: Record<string, Measured[]> = { version: [], ours: [], oursCached: [], markdownlint: [] };
  const cache = join(cacheFolder, 'one.json');
  await runMeasured(CLI, ['lint', '--cache-location', cache, file], { cwd: CORPUS_ROOT });
  for (let i = 0; i < repeats; i++) {
    runs.version!.push(await runMeasured(CLI, ['--version'], { cwd: CORPUS_ROOT }));
    runs.ours!.push(await runMeasured(CLI, ['lint', file], { cwd: CORPUS_ROOT }));
    runs.oursCached!.push(await runMeasured(CLI, ['lint', '--cache-location', cache, file], { cwd: CORPUS_ROOT }));
    runs.markdownlint!.push(await runMeasured(MARKDOWNLINT_CLI2, [file], { cwd: CORPUS_ROOT }));
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summarize(v)])) as Record<string, Summary>;
}

function latency(): LatencyResult[] {
  const samples = quick ? ['--samples-small', '150', '--samples-large', '15'] : ['--samples-small', '400', '--samples-large', '40'];
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'latency.ts'), ...samples], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`bench/latency.ts failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as LatencyResult[];
}

function profileSummary(): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'profile.ts'), '--runs', quick ? '5' : '15'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) return `bench/profile.ts failed: ${child.stderr.split('\n')[0]}`;
  return child.stdout.split('\n\n')[0]!.trim();
}

function extensionBench(): string | undefined {
  const script = join(HERE, 'extension.bench.ts');
  if (flag('--no-extension') || !existsSync(script)) return undefined;
  const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  return child.status === 0 ? child.stdout.trim() : `bench/extension.bench.ts failed: ${child.stderr.split('\n')[0]}`;
}

// ---- run everything ----

const calibrationBefore = median([calibrate(), calibrate(), calibrate()]);
const loadBefore = loadavg()[0]!;
const started = Date.now();
log('corpora');
const corpora = [
  await ensureCorpus(100, log),
  await ensureCorpus(1000, log),
  ...(quick ? [] : [await ensureCorpus(10_000, log)]),
  await ensureBigArticle(log),
];
const firstFile = join(corpora[0]!.folder, 'part-000');
const oneFile = relative(CORPUS_ROOT, join(firstFile, readdirSync(firstFile).sort()[0]!));

log('start-up: one file');
const start = await startup(oneFile, quick ? 3 : 7);

const rows: Row[] = [];
for (const corpus of corpora) {
  log(`throughput: ${corpus.name}`);
  const repeats = corpus.files >= 10_000 ? 1 : corpus.files >= 1000 ? (quick ? 2 : 3) : quick ? 3 : 5;
  const skip = corpus.files >= 10_000 && flag('--skip-markdownlint-10000') ? 'skipped (--skip-markdownlint-10000)' : undefined;
  rows.push(await throughput(corpus, repeats, skip));
}

log('latency (in process)');
const latencies = latency();
log('profile of lint() on the 20,000-word article');
const profile = profileSummary();
log('adversarial Markdown');
const adversarial: Array<[string, number, number | undefined]> = [];
for (const [name, text] of Object.entries(ADVERSARIAL)) adversarial.push([name, text.length, (await timeLint(text, 60)).ms]);
const lists: Array<[number, number | undefined]> = [];
for (const kib of quick ? [250, 500] : [250, 500, 1000, 2000]) lists.push([kib, (await timeLint(listsAndParagraphs(kib * 1024), 180)).ms]);
let huge: Awaited<ReturnType<typeof lintHugeArticle>> | undefined;
if (!quick) {
  log('the 50 MB article');
  huge = await lintHugeArticle(50);
}
const extension = extensionBench();
const calibrationAfter = median([calibrate(), calibrate(), calibrate()]);
rmSync(cacheFolder, { recursive: true, force: true });

// ---- results.md ----

const mb = (bytes: number) => bytes / 2 ** 20;
const lines: string[] = [];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
lines.push('# Benchmark results', '');
lines.push(
  `Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, in ${((Date.now() - started) / 60_000).toFixed(0)} minutes.`,
  '',
);
lines.push(
  `- Machine: ${availableParallelism()} cores available (${cpus().length} CPUs, ${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version}`,
);
lines.push(
  `- Load: load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end; a fixed loop of 10M additions took ${calibrationBefore.toFixed(0)} ms before and ${calibrationAfter.toFixed(0)} ms after (about 10 ms on an idle core). Absolute times are inflated by that load; the ratios compare runs that alternated on the same machine.`,
);
lines.push(
  '- The reference row is not a linter: it only reads and parses each file with remark-parse, on as many worker threads as the CLI uses, so it shows the floor for any remark-based linter on this machine.',
);
lines.push(
  "- Both CLIs run as child processes with their default output; peak memory is the child's own max RSS (process.resourceUsage() in the child, worker threads included). Times are medians of the runs shown.",
);
lines.push(
  `- markdownlint-cli2 ${(JSON.parse(readFileSync(join(ROOT, 'node_modules/markdownlint-cli2/package.json'), 'utf8')) as { version: string }).version} with \`{ "config": { "default": true } }\` (its default rules); this CLI with its default config (every rule, the bundled BLS dataset).`,
  '',
);

lines.push('## CLI throughput', '');
lines.push('| Corpus | Files | MiB | Linter | Runs | Wall s | CPU s | Files/s | MiB/s | Peak RSS MiB | Ours ÷ markdownlint (files/s) |');
lines.push('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const label: Record<Contender, string> = {
  ours: 'career-articles (cold)',
  oursCached: 'career-articles --cache (unchanged re-run)',
  markdownlint: 'markdownlint-cli2',
  parseOnly: 'reference: remark-parse alone, same workers, no rules (bench/parse-only.mjs)',
};
for (const row of rows) {
  const ml = row.results.markdownlint;
  for (const who of ['ours', 'oursCached', 'markdownlint', 'parseOnly'] as Contender[]) {
    const r = row.results[who];
    const name = row.corpus.name === 'big' ? '2 MB article' : `${fixed(row.corpus.files)} articles`;
    if (!r) {
      lines.push(
        `| ${name} | ${fixed(row.corpus.files)} | ${fixed(mb(row.corpus.bytes), 1)} | ${label[who]} | 0 | ${row.skipped[who] ?? 'not run'} | | | | | |`,
      );
      continue;
    }
    const filesPerS = row.corpus.files / (r.wallMs / 1000);
    const ratio = who !== 'markdownlint' && ml ? `${(ml.wallMs / r.wallMs).toFixed(2)}×` : '';
    const failed = r.failures.length ? ` ⚠ ${r.failures[0]}` : '';
    lines.push(
      `| ${name} | ${fixed(row.corpus.files)} | ${fixed(mb(row.corpus.bytes), 1)} | ${label[who]}${failed} | ${r.runs} | ${fixed(r.wallMs / 1000, 2)} | ${fixed(r.cpuMs / 1000, 2)} | ${fixed(filesPerS, filesPerS < 10 ? 2 : 0)} | ${fixed(mb(row.corpus.bytes) / (r.wallMs / 1000), 2)} | ${fixed(r.maxRssMb)} | ${ratio} |`,
    );
  }
}
lines.push('');

lines.push('## Start-up: one 9 KB article', '');
lines.push('| Command | Runs | Wall ms | CPU ms | Peak RSS MiB |', '| --- | ---: | ---: | ---: | ---: |');
const startLabels: Record<string, string> = {
  version: 'career-articles --version',
  ours: 'career-articles lint (1 file)',
  oursCached: 'career-articles lint --cache (1 unchanged file)',
  markdownlint: 'markdownlint-cli2 (1 file)',
};
for (const [key, r] of Object.entries(start))
  lines.push(`| ${startLabels[key]} | ${r.runs} | ${fixed(r.wallMs)} | ${fixed(r.cpuMs)} | ${fixed(r.maxRssMb)} |`);
lines.push('');

lines.push(
  '## Re-lint latency in process (after warm-up)',
  '',
  "Each sample types one more character into the article's salary section (a word, then deletes it, and again) and lints the new text.",
  '',
);
lines.push(
  '| Article | Linter | Samples | p50 ms | p95 ms | p99 ms | p95 ÷ markdownlint p95 |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const l of latencies) {
  const name = `${fixed(l.words)} words (${fixed(l.bytes / 1024)} KiB)`;
  for (const [who, title] of [
    ['ours', 'career-articles lint(), as the editor runs it (incremental parse)'],
    ['oursWhole', 'career-articles lint(), whole parse'],
    ['markdownlint', 'markdownlint lint() (sync)'],
    ['remarkParse', 'bare remark-parse'],
  ] as const) {
    const r = l[who];
    lines.push(
      `| ${name} | ${title} | ${r.samples} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${(r.p95 / l.markdownlint.p95).toFixed(2)} |`,
    );
  }
}
lines.push('');

lines.push('## Where lint() spends its time (20,000-word article)', '', '```', profile, '```', '');

lines.push("## Adversarial Markdown (lint() in the CLI's lint worker, 60 s limit)", '');
lines.push('| Document | KiB | lint() |', '| --- | ---: | --- |');
for (const [name, size, ms] of adversarial)
  lines.push(
    `| ${name} | ${fixed(size / 1024)} | ${ms === undefined ? '> 60 s: stopped (the CLI reports such a file as too slow)' : `${fixed(ms)} ms`} |`,
  );
lines.push('');
lines.push(
  'Short lists closed by paragraphs (`- a\\n- b\\n\\nparagraph`, repeated): micromark re-splices its whole event array each time a list closes, so time grows with the square of the size. Upstream, in micromark itself (markdownlint uses it too).',
  '',
);
lines.push('| KiB | lint() |', '| ---: | --- |');
for (const [kib, ms] of lists) lines.push(`| ${fixed(kib)} | ${ms === undefined ? '> 180 s: stopped' : `${fixed(ms)} ms`} |`);
lines.push('');

if (huge) {
  lines.push('## One 50 MB article (CLI, default heap)', '');
  lines.push(
    `Exit ${huge.code ?? huge.signal}, ${fixed(huge.wallMs / 1000, 1)} s wall, ${fixed(huge.cpuMs / 1000, 1)} s CPU, peak RSS ${fixed(huge.maxRssMb)} MiB${huge.stderr ? `; stderr: ${huge.stderr.split('\n')[0]}` : ''}.`,
    '',
  );
}
if (extension) lines.push('## Extension activation and first lint (bench/extension.bench.ts)', '', '```', extension, '```', '');

// The issue's targets, read off the tables above.
const row = (files: number) => rows.find((r) => r.corpus.files === files && r.corpus.name !== 'big');
const ratio = (r: Row | undefined, who: Contender) =>
  r?.results[who] && r.results.markdownlint ? r.results.markdownlint.wallMs / r.results[who].wallMs : NaN;
const small = latencies[0]!;
const targets: Array<[string, string, boolean]> = [
  [
    "Cold run on 1,000 articles: at least 3× markdownlint-cli2's files/s",
    `${ratio(row(1000), 'ours').toFixed(2)}×`,
    ratio(row(1000), 'ours') >= 3,
  ],
  [
    'Cached re-run on 1,000 unchanged articles: at least 20×',
    `${ratio(row(1000), 'oursCached').toFixed(1)}×`,
    ratio(row(1000), 'oursCached') >= 20,
  ],
  [
    "Re-lint p95 of a 1,500-word article: at most half of markdownlint's",
    `${small.ours.p95.toFixed(1)} ms vs ${small.markdownlint.p95.toFixed(1)} ms (${(small.ours.p95 / small.markdownlint.p95).toFixed(2)})`,
    small.ours.p95 <= small.markdownlint.p95 / 2,
  ],
  [
    'Peak memory on 10,000 articles: under 300 MB',
    row(10_000)?.results.ours ? `${fixed(row(10_000)!.results.ours!.maxRssMb)} MiB` : 'not run',
    (row(10_000)?.results.ours?.maxRssMb ?? Infinity) * 1.048576 < 300,
  ],
];
lines.push('## Targets', '', '| Target | Measured | Met |', '| --- | --- | --- |');
for (const [target, measured, met] of targets) lines.push(`| ${target} | ${measured} | ${met ? 'yes' : 'no'} |`);
lines.push('');

writeFileSync(join(HERE, 'results.md'), `${lines.join('\n')}\n`);
writeFileSync(join(HERE, 'corpus', 'results.json'), JSON.stringify({ rows, start, latencies, adversarial, lists, huge }, null, 2));
console.log(lines.join('\n'));
