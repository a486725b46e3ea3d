// The benchmark (npm run bench): this project's CLI next to markdownlint-cli2 on the same
// generated corpora, in the same run, as child processes; one article in a cold process; the
// in-process re-lint latency next to markdownlint and bare remark-parse; Markdown built to be
// slow; one 50 MB article; the extension's activation and first lint. Runs of the contenders
// alternate and repeat, the tables give medians, and the load average is printed before and
// after, since the machine may be shared. Every measured run is checked (bench/sanity.ts): a
// run that did not lint every file, or found a different number of problems than the other
// runs of the same corpus, stops the benchmark with exit code 1.
// Options:
//   --quick          one article and the 100-article corpus, short latency runs, the extension
//                    benchmark's smoke run: a check of the bench in a couple of minutes
//   --only a,b       only these parts: single, 100, 1000, 10000, big, latency, profile,
//                    adversarial, huge, extension, lsp, style
//   --no-extension   skip bench/extension.bench.ts
//   --skip-markdownlint-10000
// A full run writes bench/results.md; --quick and --only write bench/corpus/results-quick.md
// or results-partial.md (git-ignored), so a partial run never replaces the full figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ADVERSARIAL, listsAndParagraphs, timeLint } from './adversarial.js';
import { lintHugeArticle } from './big-file.js';
import { MAX_GROWTH, claimScaling } from './claim-scaling.js';
import { CORPUS_ROOT, ensureBigArticle, ensureCorpus } from './corpus.js';
import type { LatencyResult } from './latency.js';
import { runMeasured, type Measured } from './measure.js';
import { renderResults, type Contender, type Results, type Row, type Summary } from './results.js';
import { SanityError, checkRuns, readMarkdownlint, readOurs, readParseOnly } from './sanity.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'dist/cli.js');
const MARKDOWNLINT_CLI2 = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const PARTS = ['single', '100', '1000', '10000', 'big', 'latency', 'profile', 'adversarial', 'huge', 'extension', 'lsp', 'style'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-extension': { type: 'boolean', default: false },
    'skip-markdownlint-10000': { type: 'boolean', default: false },
  },
  strict: true,
});
const quick = values.quick;
const only = values.only?.split(',').map((p) => p.trim());
const unknownPart = only?.find((p) => !(PARTS as readonly string[]).includes(p));
if (unknownPart) throw new Error(`--only: unknown part "${unknownPart}"; parts: ${PARTS.join(', ')}`);
const parts = new Set<Part>(
  (only as Part[] | undefined) ??
    (quick ? ['single', '100', 'latency', 'extension', 'lsp'] : PARTS.filter((p) => p !== 'extension' || !values['no-extension'])),
);
const log = (line: string) => console.error(line);
const fixedRatio = ([, small, large]: [string, number, number]) => `${(large / Math.max(small, 1)).toFixed(1)}x`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
/** The CLI's debug line says how many files it read, took from the cache and linted (bench/sanity.ts reads it). */
const OURS_ENV = { CAREER_ARTICLES_DEBUG: '1' };

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A fixed amount of plain work: about 10 ms on an idle core; more means a busy machine. */
function calibrate(): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < 1e7; i++) sink = (sink + i) | 0;
  return performance.now() - start + (sink & 0);
}

function summarize(runs: Measured[], findings: number): Summary {
  return {
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    // The kernel's figure where there is one (it includes Node's exit), else the child's own.
    cpuMs: median(runs.map((r) => (Number.isFinite(r.kernelCpuMs) ? r.kernelCpuMs : r.cpuMs))),
    inChildCpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)),
    findings,
  };
}

const cacheFolder = mkdtempSync(join(tmpdir(), 'career-articles-bench-cache-'));

function commands(target: string, cache: string): Record<Contender, [string, string[], Record<string, string>]> {
  return {
    ours: [CLI, ['lint', target], OURS_ENV],
    oursCached: [CLI, ['lint', '--cache', '--cache-location', cache, target], OURS_ENV],
    markdownlint: [MARKDOWNLINT_CLI2, [target.endsWith('.md') ? target : `${target}/**/*.md`], {}],
    parseOnly: [join(HERE, 'parse-only.mjs'), [target], {}],
  };
}

const reader = { ours: readOurs, oursCached: readOurs, markdownlint: readMarkdownlint, parseOnly: readParseOnly };

/**
 * Runs each contender `repeats` times on `target` (a folder or one file), alternating the order
 * from one round to the next, and checks every run as soon as it ends.
 */
async function compare(name: string, target: string, files: number, repeats: number, contenders: Contender[]) {
  const runs: Record<Contender, Measured[]> = { ours: [], oursCached: [], markdownlint: [], parseOnly: [] };
  const run = commands(target, join(cacheFolder, `${name}.json`));
  const timeoutMs = 20 * 60_000;
  const label: Record<Contender, string> = {
    ours: `${name}: career-articles`,
    oursCached: `${name}: career-articles --cache`,
    markdownlint: `${name}: markdownlint-cli2`,
    parseOnly: `${name}: remark-parse alone`,
  };
  const findings: Partial<Record<Contender, number>> = {};
  const check = (who: Contender) => {
    const cold = who === 'oursCached' ? findings.ours : undefined;
    findings[who] = checkRuns(label[who], runs[who], reader[who], { files, lintedEach: who === 'oursCached' ? 0 : files, findings: cold });
  };
  if (contenders.includes('oursCached')) {
    // The cache's first run lints everything and writes the cache: not a re-run, not counted.
    log(`  ${name}: filling the cache`);
    const fill = await runMeasured(run.oursCached[0], run.oursCached[1], { cwd: CORPUS_ROOT, timeoutMs, env: OURS_ENV });
    checkRuns(`${name}: career-articles --cache, filling run`, [fill], readOurs, { files, lintedEach: files });
  }
  for (let i = 0; i < repeats; i++) {
    // Alternate the order, so neither linter always runs on a cache the other one warmed.
    const order = i % 2 === 0 ? contenders : [...contenders].reverse();
    for (const who of order) {
      log(`  ${name}: ${who} (${i + 1}/${repeats})`);
      runs[who].push(await runMeasured(run[who][0], run[who][1], { cwd: CORPUS_ROOT, timeoutMs, env: run[who][2] }));
      // The cached re-runs are checked against the cold runs' count, so those come first.
      if (who !== 'oursCached' || findings.ours !== undefined) check(who);
    }
    if (contenders.includes('oursCached')) check('oursCached');
  }
  const results: Partial<Record<Contender, Summary>> = {};
  for (const who of contenders) results[who] = summarize(runs[who], findings[who] ?? NaN);
  return results;
}

function childOutput(script: string, args: string[]): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) throw new SanityError(`bench/${script} failed (exit ${child.status ?? child.signal}): ${child.stderr.trim()}`);
  return child.stdout;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs --production` first (npm run bench does)');
  const loadBefore = loadavg();
  log(`load average before: ${load()} (parts: ${[...parts].join(', ')})`);
  const calibrationBefore = median([calibrate(), calibrate(), calibrate()]);
  const started = Date.now();
  const results: Results = {
    argv: process.argv.slice(2),
    quick,
    parts: [...parts],
    rows: [],
    load: { before: loadBefore, after: loadBefore },
    calibrationMs: { before: calibrationBefore, after: NaN },
    minutes: 0,
  };

  const small = await ensureCorpus(100, log);
  if (parts.has('single')) {
    const folder = join(small.folder, 'part-000');
    const file = relative(CORPUS_ROOT, join(folder, readdirSync(folder).sort()[0]!));
    log(`one article, cold process: ${file} (load average ${load()})`);
    const contenders: Contender[] = ['ours', 'markdownlint', 'oursCached'];
    results.single = { file, ...(await compare('one article', file, 1, quick ? 5 : 11, contenders)) };
    const versions: Measured[] = [];
    for (let i = 0; i < (quick ? 3 : 5); i++) versions.push(await runMeasured(CLI, ['--version'], { cwd: CORPUS_ROOT }));
    if (versions.some((v) => v.code !== 0 || !/^\d+\.\d+\.\d+/.test(v.output.stdout)))
      throw new SanityError('career-articles --version did not print a version');
    results.version = summarize(versions, NaN);
  }

  const sizes: Array<[Part, number]> = [
    ['100', 100],
    ['1000', 1000],
    ['10000', 10_000],
  ];
  for (const [part, count] of sizes) {
    if (!parts.has(part)) continue;
    const corpus = count === 100 ? small : await ensureCorpus(count, log);
    log(`throughput: ${corpus.name} (load average ${load()})`);
    const repeats = count >= 10_000 ? 1 : count >= 1000 ? (quick ? 2 : 3) : quick ? 3 : 5;
    const skip = count >= 10_000 && values['skip-markdownlint-10000'];
    const contenders: Contender[] = skip ? ['ours', 'oursCached', 'parseOnly'] : ['ours', 'markdownlint', 'oursCached', 'parseOnly'];
    const row: Row = {
      corpus,
      results: await compare(corpus.name, relative(CORPUS_ROOT, corpus.folder), count, repeats, contenders),
      skipped: {},
    };
    if (skip) row.skipped.markdownlint = 'skipped (--skip-markdownlint-10000)';
    results.rows.push(row);
  }
  if (parts.has('big')) {
    const big = await ensureBigArticle(log);
    log(`throughput: the 2 MB article (load average ${load()})`);
    const contenders: Contender[] = ['ours', 'markdownlint', 'oursCached', 'parseOnly'];
    results.rows.push({
      corpus: big,
      results: await compare('big', relative(CORPUS_ROOT, big.folder), 1, quick ? 3 : 5, contenders),
      skipped: {},
    });
  }

  if (parts.has('latency')) {
    log(`latency (in process) (load average ${load()})`);
    const samples = quick ? ['--samples-small', '150', '--samples-large', '15'] : ['--samples-small', '400', '--samples-large', '40'];
    results.latencies = JSON.parse(childOutput('latency.ts', samples)) as LatencyResult[];
  }
  if (parts.has('profile')) {
    log(`profile of lint() on the 20,000-word article (load average ${load()})`);
    results.profile = childOutput('profile.ts', ['--runs', quick ? '5' : '15'])
      .split('\n\n')[0]!
      .trim();
  }
  if (parts.has('adversarial')) {
    log(`adversarial Markdown (load average ${load()})`);
    results.adversarial = [];
    for (const [name, text] of Object.entries(ADVERSARIAL)) results.adversarial.push([name, text.length, (await timeLint(text, 60)).ms]);
    results.lists = [];
    for (const kib of [250, 500, 1000, 2000]) results.lists.push([kib, (await timeLint(listsAndParagraphs(kib * 1024), 180)).ms]);
    results.claimScaling = claimScaling();
    const runaway = results.claimScaling.find(([, small, large]) => large / Math.max(small, 1) > MAX_GROWTH);
    if (runaway) throw new SanityError(`claim scanning: 2 MB of ${runaway[0]} took ${fixedRatio(runaway)} the time of 200 KB`);
  }
  if (parts.has('huge')) {
    log(`the 50 MB article (load average ${load()})`);
    const huge = await lintHugeArticle(50);
    if (huge.code !== 0 && huge.code !== 1)
      throw new SanityError(`the 50 MB article: exit ${huge.code ?? huge.signal}: ${huge.output.stderr.slice(0, 300)}`);
    const reports = JSON.parse(huge.output.stdout) as Array<{ error?: string }>;
    if (reports.length !== 1 || reports[0]!.error !== undefined)
      throw new SanityError(
        `the 50 MB article: expected one linted article in the json output, got ${JSON.stringify(reports).slice(0, 200)}`,
      );
    results.huge = { ...huge, output: { stdout: '', stderr: '' } };
  }
  if (parts.has('extension')) {
    log(`extension activation and first lint${quick ? ' (smoke run)' : ''} (load average ${load()})`);
    results.extension = childOutput('extension.bench.ts', quick ? ['--smoke'] : []).trim();
  }
  if (parts.has('lsp')) {
    log(`language server start and first lint (load average ${load()})`);
    results.lsp = childOutput('lsp.bench.ts', []).trim();
  }

  if (parts.has('style')) {
    log(`the house style's cost per article (load average ${load()})`);
    results.style = childOutput('style.ts', [quick ? '10' : '30']).trim();
  }

  results.calibrationMs.after = median([calibrate(), calibrate(), calibrate()]);
  results.load.after = loadavg();
  results.minutes = (Date.now() - started) / 60_000;
  log(`load average after: ${load()}`);

  const full = !quick && !only;
  const out = full ? join(HERE, 'results.md') : join(CORPUS_ROOT, quick ? 'results-quick.md' : 'results-partial.md');
  const markdown = renderResults(results);
  writeFileSync(out, markdown);
  const slim = { ...results, rows: results.rows.map((r) => ({ ...r, corpus: { ...r.corpus, folder: relative(ROOT, r.corpus.folder) } })) };
  writeFileSync(join(CORPUS_ROOT, full ? 'results.json' : `results-${quick ? 'quick' : 'partial'}.json`), JSON.stringify(slim, null, 2));
  console.log(markdown);
  log(`written to ${relative(ROOT, out)}`);
}

main()
  .catch((error: unknown) => {
    if (error instanceof SanityError) console.error(`Sanity check failed: ${error.message}`);
    else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  })
  .finally(() => rmSync(cacheFolder, { recursive: true, force: true }));
