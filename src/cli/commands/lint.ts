// `career-articles lint`: expand the inputs, read every config first (a bad one stops the
// run before any file is touched), then lint or fix the files (lint-files.ts), print one
// report and return the exit code. A file that cannot be read or written is reported and
// skipped. With --cache, unchanged files are answered from the cache without linting.
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { formatSourceError, type SourceError } from '../../core/config/json-source.js';
import { ConfigLoader, type LoadedConfig } from '../../node/config-loader.js';
import { hintFor, parseChoice, parseCommandArgs, parseCount } from '../args.js';
import { LintCache, cacheFile, hashOf } from '../cache.js';
import { DatasetProvider } from '../dataset.js';
import { EXIT, UsageError } from '../errors.js';
import { formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import { LINT_HELP } from '../help.js';
import { expandInputs } from '../inputs.js';
import { PROGRAM, displayPath, useColor, type Io } from '../io.js';
import { lintFiles } from '../lint-files.js';
import { buildStamp, timeoutFromEnv } from '../lint-runner.js';
import { countTotals, skippedReason, type FileReport, type Formatter } from '../report.js';
import { parseExtensions } from '../inputs.js';
import { assertExists, configError } from './shared.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'no-color': { type: 'boolean' },
  ext: { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function loadConfigs(files: string[], loader: ConfigLoader, cwd: string): Promise<LoadedConfig[]> {
  const outcomes = await Promise.all(files.map((file) => loader.forFile(file)));
  const errors = new Map<string, SourceError>();
  for (const outcome of outcomes) {
    if (!outcome.ok) for (const e of outcome.errors) errors.set(formatSourceError(e), e);
  }
  if (errors.size > 0) throw configError([...errors.values()], cwd);
  return outcomes.map((outcome) => (outcome as { ok: true; value: LoadedConfig }).value);
}

async function openCache(io: Io, location: string | undefined): Promise<LintCache> {
  const file = await cacheFile(io.cwd, location);
  return LintCache.open(file, hashOf(version, buildStamp()), (reason) =>
    io.err(`${PROGRAM}: warning: ignoring the cache file ${displayPath(io.cwd, file)} (${reason}); it will be rebuilt\n`),
  );
}

/** A file named on the command line that is not an article: one line on stderr, never silence. */
function noteSkipped(reports: readonly FileReport[], positionals: readonly string[], io: Io): void {
  const named = new Set(positionals.map((p) => resolve(io.cwd, p)));
  for (const report of reports) {
    const reason = skippedReason(report);
    if (reason !== undefined && named.has(report.path)) io.err(`${PROGRAM}: ${report.display}: ${reason}; skipped\n`);
  }
}

const debugging = (io: Io) => !['', '0', undefined].includes(io.env.CAREER_ARTICLES_DEBUG);

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, OPTIONS);
  if (values.help) {
    io.out(LINT_HELP);
    return EXIT.ok;
  }
  const format = parseChoice('format', values.format, ['stylish', 'json', 'sarif'], 'stylish', 'lint');
  const maxWarnings = parseCount('max-warnings', values['max-warnings'], 'lint');
  if (positionals.length === 0) throw new UsageError('no files, folders or globs to lint', hintFor('lint'));

  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const files = await expandInputs(positionals, io.cwd, {
    extensions: parseExtensions(values.ext),
    allowUnmatched: values['no-error-on-unmatched-pattern'] === true,
  });
  const configs = await loadConfigs(files, new ConfigLoader(configFile), io.cwd);
  const cache = values.cache || values['cache-location'] !== undefined ? await openCache(io, values['cache-location']) : undefined;

  const { reports, stats } = await lintFiles({
    cwd: io.cwd,
    files,
    configs,
    datasets: new DatasetProvider(io, datasetFile),
    fix: values.fix === true,
    timeoutMs: timeoutFromEnv(io.env),
    cache,
  });
  if (cache) {
    await cache.save().catch((error: unknown) => {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.err(`${PROGRAM}: warning: cannot write the cache file ${displayPath(io.cwd, cache.file)} (${reason})\n`);
    });
  }
  if (debugging(io)) {
    io.err(`${PROGRAM}: debug: ${stats.files} files, ${stats.cached} from the cache, ${stats.linted} linted by ${stats.workers} workers\n`);
  }

  if (!values.quiet) noteSkipped(reports, positionals, io);
  const all = countTotals(reports);
  const shown = values.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  io.out(FORMATTERS[format]!(shown, { cwd: io.cwd, color: useColor(io, values['no-color']), fixed: values.fix === true }));

  if (all.failedFiles > 0) return EXIT.failure;
  if (all.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && all.warnings > maxWarnings) {
    io.err(`career-articles: ${all.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
