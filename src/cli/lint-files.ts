// Lints the files of one run: the cache first (when --cache asks for it), then the lint
// workers for the rest, a bounded number of files in flight so a 10,000-file run never holds
// every text at once. A file that cannot be read, linted in time or written is reported
// and the run goes on. The workers read and lint; the main thread hashes for the cache and
// writes fixes.
import { statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import type { DocumentSettings } from '../session/settings.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { findBundledDataset } from '../node/bundled-dataset.js';
import { encodeText, readBytesSync } from '../node/read-text.js';
import { WriteError, safeWrite } from '../node/safe-write.js';
import { isInside } from '../node/paths.js';
import type { Limits } from '../node/limits.js';
import { LintCache, hashOf, siteData, type CachedResult } from './cache.js';
import type { DatasetLoader } from './dataset.js';
import type { DatasetOverlay } from './dataset-overlay.js';
import type { LintJob } from './lint-job.js';
import { LintFailure, LintRunner, poolSize } from './lint-runner.js';
import { displayPath } from './io.js';
import type { FileReport } from './report.js';
import { unknownRoleCodes } from '../session/role-codes.js';
import { roleIndexFor } from './role-index.js';
import { configError } from './settings.js';

export interface LintPlan {
  cwd: string;
  files: readonly string[];
  /** Each file's settings, as the session chose them (settings.ts). */
  configs: readonly DocumentSettings[];
  datasets: DatasetLoader;
  fix: boolean;
  /** Real paths of the files and folders named on the command line: --fix writes only inside them. */
  roots: readonly string[];
  limits: Limits;
  cache: LintCache | undefined;
  /** --stdin: the text of the only file, which need not exist on disk. */
  stdin?: Uint8Array;
  /** Return each article's salary claims and page (the cross-article pass, the report). */
  claims?: boolean;
  /** With `claims`: the page carries the readability summary (the site report and `report --from` show it). */
  readability?: boolean;
  /**
   * `refresh`: rewrite out-of-date figures to the current release (instead of --fix's fixes),
   * through the same confined, stamp-checked write; `dry-run` writes nothing and returns diffs.
   */
  refresh?: 'write' | 'dry-run';
  /** Called as each file is done (a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface LintStats {
  files: number;
  cached: number;
  linted: number;
  workers: number;
  /** Files linted in the main thread (small runs of small files). */
  inThread: number;
}

/** Runs `work` on every item with at most `limit` at once; results keep the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** What one file's result depends on besides its text: its config and dataset, hashed. */
interface FileKeys {
  config: string;
  dataset: string;
  overlay: DatasetOverlay | undefined;
}

/**
 * The bundled dataset by size and time, never by reading it: a run served from the cache
 * must not load 1.6 MB of JSON only to learn that nothing changed.
 */
function bundledStamp(): string {
  try {
    const info = statSync(findBundledDataset());
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * --fix follows a symlinked file to its target; a link inside a linted folder that leads out
 * of it (`notes.md -> /etc/motd`) must not make the run write there.
 */
async function assertConfined(path: string, roots: readonly string[]): Promise<void> {
  const real = await realpath(path).catch(() => path);
  if (!roots.some((root) => isInside(real, root)))
    throw new WriteError(`is a link to ${real}, outside the files and folders named; not fixed`);
}

/**
 * Before any file is linted: a --dataset that cannot be used, a config's `roles` entry naming a
 * SOC code the dataset lacks, or area datasets that conflict, end the run with exit 2 (as the
 * server shows it on the config).
 */
async function assertDatasetsUsable(settings: readonly DocumentSettings[], datasets: DatasetLoader, cwd: string): Promise<void> {
  await datasets.assertUsable();
  const errors = [];
  // Once per config file (the session's settings are per folder; a config's folders share its datasets).
  const byConfig = new Map(settings.map((s) => [s.loaded, s.dataset] as const));
  for (const [loaded, dataset] of byConfig) {
    if (loaded?.file === undefined || !dataset) continue;
    const overlay = await datasets.get(dataset);
    // An unknown place or two files for one area: the config is wrong, as with any other key.
    if (overlay.areaError !== undefined) errors.push({ file: loaded.file, path: 'areaDatasets', message: overlay.areaError });
    if (Object.keys(loaded.raw.roles ?? {}).length === 0) continue;
    errors.push(...unknownRoleCodes(loaded.file, loaded.raw.roles, await roleIndexFor(overlay)));
  }
  if (errors.length > 0) throw configError(errors, cwd);
}

/** Whether a cached article's entry holds the site data `plan` asks for (a plain lint's entry has no readability). */
const holdsSiteData = (hit: CachedResult, plan: Pick<LintPlan, 'readability'>) =>
  hit.claims !== undefined && hit.page !== undefined && (!plan.readability || hit.page.readability !== undefined);

export async function lintFiles(plan: LintPlan): Promise<{ reports: FileReport[]; stats: LintStats }> {
  const { cwd, files, configs, datasets, fix, cache } = plan;
  await assertDatasetsUsable(configs, datasets, cwd);
  const configKeys = new Map<ResolvedConfig, string>();
  let stamp: string | undefined;
  const keysFor = async (settings: DocumentSettings): Promise<FileKeys> => {
    let config = configKeys.get(settings.config);
    if (config === undefined) configKeys.set(settings.config, (config = hashOf(JSON.stringify(settings.config))));
    if (!settings.dataset) return { config, dataset: '', overlay: undefined };
    const overlay = await datasets.get(settings.dataset);
    return { config, dataset: `${(stamp ??= bundledStamp())}:${overlay.hash}`, overlay };
  };
  const base = (path: string): FileReport => ({ path, display: displayPath(cwd, path), isArticle: false, findings: [] });
  const fromCache = (path: string, result: CachedResult): FileReport => ({
    ...base(path),
    isArticle: result.isArticle,
    findings: result.findings,
    ...siteData(result),
  });

  // First the cache: every file is read and hashed; only the misses go on to the workers.
  const reports = new Array<FileReport | undefined>(files.length);
  let todo = files.map((_, i) => i);
  if (cache) {
    await mapLimit(files, 16, async (path, i) => {
      const read = readBytesSync(path, plan.limits.fileBytes);
      if (!read.ok) return; // reported by the second pass, which reads it again
      const keys = await keysFor(configs[i]!);
      const hit = cache.get(LintCache.key(hashOf(read.bytes), keys.config, keys.dataset));
      // With --fix, a cached result with something to fix still needs the fix applied.
      // A result kept without claims (or their page data, or the readability this run shows) cannot serve a run that needs them.
      const usable = hit && !(fix && hit.findings.some((f) => f.fix)) && !(plan.claims && hit.isArticle && !holdsSiteData(hit, plan));
      if (hit && usable) reports[i] = fromCache(path, hit);
    });
    todo = todo.filter((i) => reports[i] === undefined);
  }

  // A run too small for a pool lints its small files in this thread (in-thread.ts), not in a worker.
  const size = poolSize(todo.length);
  const runner = new LintRunner({ timeoutMs: plan.limits.timeoutMs, memoryMb: plan.limits.workerMemoryMb }, size, size === 1);
  let done = files.length - todo.length;
  plan.onProgress?.(done, files.length);
  const lintOne = async (i: number): Promise<FileReport> => {
    try {
      return await lintOneFile(i);
    } finally {
      plan.onProgress?.(++done, files.length);
    }
  };
  const lintOneFile = async (i: number): Promise<FileReport> => {
    const path = files[i]!;
    const report = base(path);
    const keys = await keysFor(configs[i]!);
    const remember = (hash: string | undefined, result: CachedResult) => {
      if (cache && hash)
        cache.set(LintCache.key(hash, keys.config, keys.dataset), {
          isArticle: result.isArticle,
          findings: result.findings,
          ...siteData(result),
        });
    };
    const job: LintJob = {
      path,
      config: configs[i]!.config,
      configKey: keys.config,
      fix,
      hash: cache !== undefined,
      maxBytes: plan.limits.fileBytes,
    };
    if (keys.overlay) job.dataset = keys.overlay;
    if (plan.stdin) job.bytes = plan.stdin;
    if (plan.claims) job.claims = true;
    if (plan.claims && plan.readability) job.readability = true;
    if (plan.refresh) job.refresh = plan.refresh === 'dry-run' ? { patch: report.display } : {};
    try {
      const outcome = await runner.run(job);
      if (!outcome.ok) return { ...report, error: `${outcome.reason}, not linted` };
      const refreshed = outcome.refreshed && { refreshed: outcome.refreshed };
      if (outcome.fixed !== undefined && plan.refresh === 'dry-run') {
        // Nothing is written: the findings are those of the text as it would be.
        return { ...report, isArticle: outcome.isArticle, findings: outcome.findings, ...refreshed };
      }
      if (outcome.fixed !== undefined) {
        const fixed = encodeText(outcome.fixed, outcome.bom);
        try {
          await assertConfined(path, plan.roots);
          const expected = { stamp: outcome.stamp!, contentHash: outcome.hash!, hash: (bytes: Uint8Array) => hashOf(bytes) };
          await safeWrite(path, fixed, { what: 'fixed article', rewritesInput: true, expected });
        } catch (error) {
          if (!(error instanceof WriteError)) throw error;
          // Nothing was written: report what is still wrong with the file on disk.
          const { refresh: _unwritten, ...lintOnly } = job;
          const before = await runner.run({ ...lintOnly, fix: false });
          if (!before.ok) return { ...report, error: `${before.reason}, not linted` };
          remember(before.hash, before);
          return {
            ...report,
            isArticle: true,
            error: error.message,
            findings: before.findings,
            ...siteData(before),
          };
        }
        // The findings are those of the fixed text, so that is what the cache learns.
        remember(cache && hashOf(Buffer.from(fixed)), outcome);
      } else {
        remember(outcome.hash, outcome);
      }
      return {
        ...report,
        isArticle: outcome.isArticle,
        findings: outcome.findings,
        ...siteData(outcome),
        ...refreshed,
      };
    } catch (error) {
      // One odd file (too slow, too deep for the parser) must not end the run for the others.
      if (!(error instanceof LintFailure)) throw error;
      return { ...report, error: `${error.message}, not linted` };
    }
  };
  try {
    // Two files per worker in flight: the next job is queued while a worker lints.
    const linted = await mapLimit(todo, 2 * poolSize(todo.length), lintOne);
    todo.forEach((i, k) => (reports[i] = linted[k]));
  } finally {
    await runner.close();
  }
  const stats: LintStats = {
    files: files.length,
    cached: files.length - todo.length,
    linted: todo.length,
    workers: runner.workersStarted,
    inThread: runner.lintedInThread,
  };
  return { reports: reports as FileReport[], stats };
}
